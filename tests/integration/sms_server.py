"""A local HTTP server that follows the 46elks SMS API (https://46elks.com/docs/send-sms):
``POST /a1/sms`` with basic auth and the form fields ``from``, ``to``, ``message``; a 200 reply
is JSON with the message id. Runs ``http.server`` in a thread on 127.0.0.1.

``mode`` chooses the behaviour: "ok", an HTTP status code as text ("401", "403", "429", "500",
"503"), or "hang" (reads the request, then never answers until released).
"""

from __future__ import annotations

import base64
import itertools
import json
import threading
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

USER, PASSWORD = "u0123456789abcdef", "Salainen-API-avain"


@dataclass
class SmsRequest:
    path: str
    user: str
    password: str
    form: dict[str, str]


class SmsGateway:
    def __init__(self, mode: str = "ok"):
        self.mode = mode
        self.requests: list[SmsRequest] = []
        self.request_seen = threading.Event()
        self.release = threading.Event()
        ids = itertools.count(1)
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # the test output stays clean
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length", "0"))
                raw = self.rfile.read(length).decode()
                form = {k: v[0] for k, v in urllib.parse.parse_qs(raw).items()}
                user = password = ""
                auth = self.headers.get("Authorization", "")
                if auth.startswith("Basic "):
                    user, _, password = base64.b64decode(auth[6:]).decode().partition(":")
                gateway.requests.append(SmsRequest(self.path, user, password, form))
                gateway.request_seen.set()
                if gateway.mode == "hang":
                    gateway.release.wait(30)
                    return
                if self.path != "/a1/sms":
                    return self._reply(404, "Not found")
                if (user, password) != (USER, PASSWORD):
                    return self._reply(401, "Unauthorized")
                if gateway.mode != "ok":
                    return self._reply(int(gateway.mode), "Error")
                if not form.get("to", "").startswith("+"):
                    return self._reply(403, "Invalid phone number")
                number = next(ids)
                body = json.dumps({"status": "created", "direction": "outgoing",
                                   "from": form.get("from"), "to": form.get("to"),
                                   "message": form.get("message"), "parts": 1,
                                   "id": f"s{number:032x}", "cost": 3500})
                self._reply(200, body, "application/json")

            def _reply(self, status: int, text: str, ctype: str = "text/plain"):
                data = text.encode()
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "SmsGateway":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
