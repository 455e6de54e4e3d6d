"""Email over SMTP (smtplib): implicit TLS (465), STARTTLS (587) or plain (only for a local
test server), with a time-out on every step.

The Message-ID is derived from the queue's dedupe key, so if a message whose outcome was unknown
is sent again by a person's decision, the receiving mail programs can recognise the duplicate.
Subjects and names are RFC 2047 encoded and bodies UTF-8 (``email.policy.SMTP``), so ä ö å
survive every hop. Failures are classified for the queue (``transport.Outcome``): anything
before the DATA command is "definitely not accepted"; a time-out or a dropped connection while
the server holds the data is "unknown".
"""

from __future__ import annotations

import base64
import hashlib
import smtplib
import socket
import ssl
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime

from vastaanotto.messaging.transport import Attachment, Outcome, SendError

SECURITY = ("starttls", "tls", "none")


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    security: str            # one of SECURITY
    username: str
    password: str
    sender: str              # the From address
    sender_name: str = ""
    timeout: float = 30.0
    ssl_context: ssl.SSLContext | None = None  # tests trust their own certificate


def message_id(dedupe_key: str, sender: str) -> str:
    domain = sender.rpartition("@")[2] or "vastaanotto.invalid"
    digest = hashlib.sha256(dedupe_key.encode()).hexdigest()[:32]
    return f"<{digest}@{domain}>"


def build(config: SmtpConfig, *, to: str, subject: str, body: str, dedupe_key: str,
          date, attachments: tuple[Attachment, ...] = ()) -> EmailMessage:
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["From"] = Address(display_name=config.sender_name, addr_spec=config.sender)
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id(dedupe_key, config.sender)
    msg["Auto-Submitted"] = "auto-generated"
    # Quoted-printable keeps ä ö å intact through servers without 8BITMIME.
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    for item in attachments:
        maintype, _, subtype = item.content_type.partition("/")
        msg.add_attachment(item.data, maintype=maintype, subtype=subtype,
                           filename=item.filename, params=item.params)
    return msg


def _code_outcome(code: int) -> Outcome:
    return Outcome.RETRY if 400 <= code < 500 else Outcome.REJECTED


def _login(smtp: smtplib.SMTP, username: str, password: str) -> None:
    if (username + password).isascii():
        smtp.login(username, password)
        return
    # smtplib encodes credentials as ASCII; AUTH PLAIN is defined over UTF-8 (RFC 4616), so a
    # password like "Sähköposti-salasana" goes this way.
    token = base64.b64encode(b"\0" + username.encode() + b"\0" + password.encode()).decode()
    code, _ = smtp.docmd("AUTH", "PLAIN " + token)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, b"")


def _connect(config: SmtpConfig) -> smtplib.SMTP:
    context = config.ssl_context or ssl.create_default_context()
    try:
        if config.security == "tls":
            smtp = smtplib.SMTP_SSL(config.host, config.port, timeout=config.timeout,
                                    context=context)
        else:
            smtp = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
        smtp.ehlo()
        if config.security == "starttls":
            if not smtp.has_extn("starttls"):
                smtp.close()
                raise SendError("smtp_no_starttls", Outcome.REJECTED)
            smtp.starttls(context=context)
            smtp.ehlo()
        if config.username:
            _login(smtp, config.username, config.password)
        return smtp
    except SendError:
        raise
    except smtplib.SMTPAuthenticationError as exc:
        raise SendError(f"smtp_auth_{exc.smtp_code}", Outcome.REJECTED) from None
    except smtplib.SMTPResponseException as exc:
        raise SendError(f"smtp_{exc.smtp_code}", _code_outcome(exc.smtp_code)) from None
    except ssl.SSLCertVerificationError:
        raise SendError("tls_certificate", Outcome.REJECTED) from None
    except ssl.SSLError:
        raise SendError("tls_error", Outcome.REJECTED) from None
    except (socket.timeout, TimeoutError):
        raise SendError("timeout", Outcome.RETRY) from None
    except ConnectionRefusedError:
        raise SendError("connection_refused", Outcome.RETRY) from None
    except socket.gaierror:
        raise SendError("unknown_host", Outcome.RETRY) from None
    except (smtplib.SMTPException, OSError):
        raise SendError("connection_failed", Outcome.RETRY) from None


def send(config: SmtpConfig, msg: EmailMessage) -> str:
    """Sends ``msg``; returns its Message-ID, or raises :class:`SendError`."""
    smtp = _connect(config)
    try:
        try:
            # Envelope steps one by one: until DATA ends, nothing has been accepted.
            code, _ = smtp.mail(config.sender)
            if code != 250:
                raise SendError(f"smtp_{code}", _code_outcome(code))
            code, _ = smtp.rcpt(str(msg["To"].addresses[0].addr_spec))
            if code not in (250, 251):
                raise SendError(f"smtp_{code}", _code_outcome(code))
        except smtplib.SMTPServerDisconnected:
            raise SendError("smtp_disconnected", Outcome.RETRY) from None
        except (socket.timeout, TimeoutError):
            raise SendError("timeout", Outcome.RETRY) from None
        try:
            # smtplib raises only when DATA itself is refused; the verdict on the message
            # (e.g. 552 too big, 451 queue full) comes back as a plain reply code.
            code, _ = smtp.data(msg.as_bytes())
            if code != 250:
                raise SendError(f"smtp_{code}", _code_outcome(code))
        except SendError:
            raise
        except smtplib.SMTPDataError as exc:
            raise SendError(f"smtp_{exc.smtp_code}", _code_outcome(exc.smtp_code)) from None
        except (smtplib.SMTPServerDisconnected, socket.timeout, TimeoutError, OSError):
            raise SendError("timeout_after_data", Outcome.UNKNOWN) from None
    finally:
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()
    return str(msg["Message-ID"])


def check_connection(config: SmtpConfig) -> None:
    """Connect, negotiate TLS and log in, then quit: the settings page's first check."""
    smtp = _connect(config)
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()
