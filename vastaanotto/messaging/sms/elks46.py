"""46elks (46elks AB, Stockholm, Sweden): ``POST /a1/sms`` with HTTP basic auth (API username
and password) and the form fields ``from``, ``to`` and ``message``; a 200 answer is JSON with
the message ``id``. Documented at https://46elks.com/docs/send-sms.

Outcomes: a refused connection or a failure while the request is being written means the
gateway never took the message (retry later); 429 and 5xx are temporary refusals (retry); other
4xx are permanent (bad number, bad credentials, sender not allowed); no answer after the
request was sent is UNKNOWN, because the gateway may already have sent the SMS.
"""

from __future__ import annotations

import base64
import http.client
import json
import socket
import ssl
import urllib.parse

from vastaanotto.messaging.sms.base import SmsConfig
from vastaanotto.messaging.transport import Outcome, SendError

PATH = "/a1/sms"


class Elks46:
    name = "46elks"
    country = "SE"

    def __init__(self, config: SmsConfig, ssl_context: ssl.SSLContext | None = None):
        self.config = config
        self._ssl_context = ssl_context

    def _connection(self) -> tuple[http.client.HTTPConnection, str]:
        url = urllib.parse.urlsplit(self.config.api_url.rstrip("/"))
        if url.scheme == "https":
            conn = http.client.HTTPSConnection(url.hostname, url.port or 443,
                                               timeout=self.config.timeout,
                                               context=self._ssl_context)
        elif url.scheme == "http" and url.hostname in ("127.0.0.1", "localhost", "::1"):
            # Plain HTTP only to a local test gateway: credentials never cross a network.
            conn = http.client.HTTPConnection(url.hostname, url.port or 80,
                                              timeout=self.config.timeout)
        else:
            raise SendError("sms_url_not_https", Outcome.REJECTED)
        return conn, url.path + PATH

    def send(self, to: str, text: str, *, reference: str = "") -> str:
        conn, path = self._connection()
        body = urllib.parse.urlencode({"from": self.config.sender, "to": to,
                                       "message": text}).encode()
        token = base64.b64encode(f"{self.config.username}:{self.config.password}".encode())
        headers = {"Authorization": "Basic " + token.decode("ascii"),
                   "Content-Type": "application/x-www-form-urlencoded"}
        try:
            try:
                conn.connect()
            except (socket.timeout, TimeoutError):
                raise SendError("timeout", Outcome.RETRY) from None
            except ssl.SSLError:
                raise SendError("tls_error", Outcome.REJECTED) from None
            except OSError:
                raise SendError("connection_failed", Outcome.RETRY) from None
            try:
                conn.request("POST", path, body=body, headers=headers)
            except OSError:  # the request never reached the gateway whole
                raise SendError("connection_failed", Outcome.RETRY) from None
            try:
                response = conn.getresponse()
                payload = response.read(65536)
            except (socket.timeout, TimeoutError):
                raise SendError("timeout_after_request", Outcome.UNKNOWN) from None
            except (OSError, http.client.HTTPException):
                raise SendError("no_response", Outcome.UNKNOWN) from None
        finally:
            conn.close()
        status = response.status
        if status == 200:
            try:
                answer = json.loads(payload)
                return str(answer["id"])[:100]
            except (ValueError, KeyError, TypeError):
                raise SendError("sms_bad_answer", Outcome.UNKNOWN) from None
        if status == 429 or status >= 500:
            raise SendError(f"http_{status}", Outcome.RETRY)
        raise SendError(f"http_{status}", Outcome.REJECTED)
