"""Email against a real SMTP server on 127.0.0.1 (aiosmtpd): what the client's mail program
receives (headers, RFC 2047 subject, UTF-8 body, .ics and PDF attachments), STARTTLS and
implicit TLS with a self-signed certificate and a login, and every kind of refusal."""

import datetime as dt
import ssl
from email.header import decode_header, make_header

import pytest

from tests.core.billing_fixtures import build_practice
from tests.integration.smtp_server import SmtpServer, free_port, self_signed_certificate
from vastaanotto.messaging import email_transport
from vastaanotto.messaging.email_transport import SmtpConfig
from vastaanotto.messaging.transport import Attachment, Outcome, SendError
from vastaanotto.models import MessageKind, MessageStatus
from vastaanotto.models.resources import VatClass
from vastaanotto.services import clients, invoicing
from vastaanotto.services import messages as svc
from vastaanotto.services.invoicing import LineInput

NOW = dt.datetime(2026, 11, 21, 10, 0, tzinfo=dt.timezone.utc)
SUBJECT = "Muistutus: Päähieronta – Åsa Öberg"


def config(port, **kw):
    values = dict(host="127.0.0.1", port=port, security="none", username="", password="",
                  sender="info@testiklinikka.fi", sender_name="Testiklinikka Öy", timeout=5)
    values.update(kw)
    return SmtpConfig(**values)


def _send(cfg, *, subject=SUBJECT, attachments=()):
    msg = email_transport.build(cfg, to="asa.oberg@example.fi", subject=subject,
                                body="Hei Åsa,\n\nnähdään maanantaina klo 10.00. Välkommen!\n",
                                dedupe_key="a:1:reminder:email:20261123T0800Z", date=NOW,
                                attachments=attachments)
    return email_transport.send(cfg, msg)


def test_received_message_headers_encoding_and_attachments():
    ics = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
    pdf = b"%PDF-1.4 test \xe4\xf6"
    with SmtpServer() as server:
        message_id = _send(config(server.port), attachments=(
            Attachment("varaus.ics", "text/calendar", ics, {"method": "PUBLISH"}),
            Attachment("lasku-7.pdf", "application/pdf", pdf)))
        [got] = server.received
    raw = got.data
    assert raw.isascii()                       # 7-bit on the wire: encoded words and QP
    header = raw.split(b"\r\n\r\n")[0].decode("ascii")
    subject_raw = header.split("\r\nSubject: ")[1].split("\r\n")[0:3]
    folded = subject_raw[0] + "".join(line for line in subject_raw[1:] if line[:1] in " \t")
    assert "=?utf-8?" in folded.lower()            # RFC 2047 encoded words
    assert str(make_header(decode_header(folded))) == SUBJECT
    mail = got.parsed()
    assert mail["Subject"] == SUBJECT
    assert mail["From"].addresses[0].display_name == "Testiklinikka Öy"
    assert mail["Message-ID"] == message_id
    assert message_id == email_transport.message_id("a:1:reminder:email:20261123T0800Z",
                                                    "info@testiklinikka.fi")
    assert got.mail_from == "info@testiklinikka.fi" and got.rcpt_tos == ["asa.oberg@example.fi"]
    body = mail.get_body(("plain",))
    assert body.get_content_charset() == "utf-8"
    assert "nähdään maanantaina klo 10.00. Välkommen!" in body.get_content()
    attachments = {a.get_filename(): a for a in mail.iter_attachments()}
    assert attachments["varaus.ics"].get_content_type() == "text/calendar"
    assert attachments["varaus.ics"].get_param("method") == "PUBLISH"
    assert attachments["varaus.ics"].get_payload(decode=True) == ics
    assert attachments["lasku-7.pdf"].get_payload(decode=True) == pdf


def _tls_pair(tmp_path):
    cert, key, pem = self_signed_certificate(tmp_path)
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(cert, key)
    client_ctx = ssl.create_default_context(cadata=pem.decode())
    return server_ctx, client_ctx


def test_starttls_with_login(tmp_path):
    server_ctx, client_ctx = _tls_pair(tmp_path)
    with SmtpServer(tls_context=server_ctx, login=("klinikka", "Sähköposti-salasana")) as server:
        _send(config(server.port, security="starttls", username="klinikka",
                     password="Sähköposti-salasana", ssl_context=client_ctx))
        assert server.logins == ["klinikka"] and len(server.received) == 1
        # Refused certificate (the default trust store does not know it): no send, no retry.
        with pytest.raises(SendError) as caught:
            _send(config(server.port, security="starttls", username="klinikka",
                         password="x"))
        assert (caught.value.code, caught.value.outcome) == ("tls_certificate",
                                                             Outcome.REJECTED)
        with pytest.raises(SendError) as caught:
            _send(config(server.port, security="starttls", username="klinikka",
                         password="väärä", ssl_context=client_ctx))
        assert caught.value.code == "smtp_auth_535" and caught.value.outcome is Outcome.REJECTED
        assert len(server.received) == 1


def test_server_without_starttls_is_refused_when_required():
    with SmtpServer() as server:
        with pytest.raises(SendError) as caught:
            _send(config(server.port, security="starttls"))
        assert caught.value.code == "smtp_no_starttls" and server.received == []


def test_implicit_tls(tmp_path):
    server_ctx, client_ctx = _tls_pair(tmp_path)
    with SmtpServer(implicit_tls=server_ctx) as server:
        _send(config(server.port, security="tls", ssl_context=client_ctx))
        assert len(server.received) == 1


@pytest.mark.parametrize("rcpt_reply, data_reply, code, outcome", [
    ("550 5.1.1 No such user", "", "smtp_550", Outcome.REJECTED),
    ("451 4.3.0 Try again later", "", "smtp_451", Outcome.RETRY),
    ("", "552 5.3.4 Message too big", "smtp_552", Outcome.REJECTED),
    ("", "451 4.3.0 Queue full", "smtp_451", Outcome.RETRY),
])
def test_refusals(rcpt_reply, data_reply, code, outcome):
    with SmtpServer() as server:
        server.handler.rcpt_reply = rcpt_reply
        server.handler.data_reply = data_reply
        with pytest.raises(SendError) as caught:
            _send(config(server.port))
    assert (caught.value.code, caught.value.outcome) == (code, outcome)


def test_timeout_after_data_is_unknown_and_no_server_is_retry():
    with SmtpServer() as server:
        server.handler.data_delay = 3
        with pytest.raises(SendError) as caught:
            _send(config(server.port, timeout=1))
        assert server.handler.data_started.is_set()
    assert caught.value.outcome is Outcome.UNKNOWN
    with pytest.raises(SendError) as caught:
        _send(config(free_port()))
    assert (caught.value.code, caught.value.outcome) == ("connection_refused", Outcome.RETRY)


# -- invoices by email, through the queue --------------------------------------------------

@pytest.fixture
def billing(db, owner_ctx, make_ctx):
    return build_practice(db, owner_ctx, make_ctx)


def test_invoice_and_payment_reminder_by_email_with_pdf(db, billing):
    b = billing
    clients.update_client(b.owner, b.asa, {"email": "asa.oberg@example.fi"})
    inv = invoicing.create_draft(b.reception, client_id=b.asa, lines=[
        LineInput("Hieronta 60 min", "1", "75.00", VatClass.GENERAL)]).data
    with SmtpServer() as server:
        svc.save_settings(b.owner, {"email_enabled": True, "smtp_host": "127.0.0.1",
                                    "smtp_port": server.port, "smtp_security": "none",
                                    "smtp_sender": "laskut@testiklinikka.fi"})
        from vastaanotto.errors import Conflict
        with pytest.raises(Conflict) as caught:
            svc.queue_invoice_email(b.reception, inv)
        assert caught.value.code == "invoice_not_issued"
        invoicing.issue(b.reception, inv)
        first = svc.queue_invoice_email(b.reception, inv).data
        assert svc.queue_invoice_email(b.reception, inv).data == first   # no double queue
        report = svc.send_due(b.reception, NOW)
        assert report.sent == 1
        svc.queue_invoice_email(b.reception, inv, payment_reminder=True)
        svc.send_due(b.reception, NOW)
        invoice_mail, reminder_mail = (r.parsed() for r in server.received)
    assert invoice_mail["Subject"] == "Faktura 1 – Testiklinikka Oy"     # Åsa reads Swedish
    text = invoice_mail.get_body(("plain",)).get_content()
    assert "75,00 €" in text and "Förfallodag: 5.12.2026" in text
    [pdf] = [a for a in invoice_mail.iter_attachments()]
    assert pdf.get_content_type() == "application/pdf" and pdf.get_filename() == "lasku-1.pdf"
    assert pdf.get_payload(decode=True).startswith(b"%PDF")
    assert reminder_mail["Subject"].startswith("Betalningspåminnelse")
    rows = svc.list_messages(b.reception)
    assert {(r.kind, r.status) for r in rows} == {(MessageKind.INVOICE, MessageStatus.SENT),
                                                  (MessageKind.PAYMENT_REMINDER,
                                                   MessageStatus.SENT)}


def test_invoice_without_email_is_refused_clearly(db, billing):
    b = billing
    svc.save_settings(b.owner, {"email_enabled": True, "smtp_host": "127.0.0.1",
                                "smtp_port": 25, "smtp_security": "none",
                                "smtp_sender": "laskut@testiklinikka.fi"})
    inv = invoicing.create_draft(b.reception, client_id=b.matti, lines=[
        LineInput("Hieronta 60 min", "1", "75.00", VatClass.GENERAL)]).data
    invoicing.issue(b.reception, inv)
    from vastaanotto.errors import ValidationError
    with pytest.raises(ValidationError) as caught:
        svc.queue_invoice_email(b.reception, inv)
    assert (caught.value.field, caught.value.code) == ("email", "required")
    assert svc.list_messages(b.reception) == []
