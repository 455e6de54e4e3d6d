"""The messages service: settings (validation, keyring, test sends), templates (placeholders,
SMS length, preview with a real appointment), the log and its roles, marketing audiences."""

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st
from sqlalchemy import select

from tests.core.booking_practice import book
from tests.core.messaging_practice import (MONDAY, NOW, at, gateway, messages, mp, p,  # noqa: F401
                                           settings_for, smtp)
from vastaanotto import secrets
from vastaanotto.errors import PermissionDenied, SendFailed, ValidationError, ValidationErrors
from vastaanotto.messaging import settings as ms
from vastaanotto.messaging import templates
from vastaanotto.models import AuditEvent, MessageChannel, MessageKind, MessageStatus, Role
from vastaanotto.models.clients import ConsentChannel, ConsentKind
from vastaanotto.services import clients
from vastaanotto.services import messages as svc
from vastaanotto.services.practice import practice_uid

K, Ch, S = MessageKind, MessageChannel, MessageStatus


def _codes(exc):
    errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
    return {e.field: e.code for e in errors}


def test_settings_validate_every_field_at_once(owner_ctx):
    bad = settings_for(0, "http://sms.example.com", smtp_host="", smtp_sender="ei-osoite",
                       sms_sender="Testiklinikka", sms_username="", quiet_start_hour=25)
    with pytest.raises(ValidationErrors) as caught:
        svc.save_settings(owner_ctx, bad)
    assert _codes(caught.value) == {
        ms.SMTP_PORT.key: "too_small", ms.QUIET_START.key: "too_large",
        ms.SMTP_HOST.key: "required", ms.SMTP_SENDER.key: "invalid_email",
        ms.SMS_SENDER.key: "invalid_sender_id", ms.SMS_USERNAME.key: "required",
        ms.SMS_API_URL.key: "https_required"}


def test_settings_saved_passwords_in_keyring_and_audited(owner_ctx, db, memory_keyring):
    svc.save_settings(owner_ctx, settings_for(2525, "https://api.46elks.com",
                                              smtp_username="klinikka"),
                      smtp_password="Sähköposti-salasana", sms_password="api-avain")
    cfg = svc.get_settings(owner_ctx)
    assert (cfg.smtp_port, cfg.sms_sender, cfg.smtp_username) == (2525, "Testiklin", "klinikka")
    uid = practice_uid(db)
    assert secrets.get_secret(ms.SMTP_PASSWORD, uid) == "Sähköposti-salasana"
    assert svc.has_password(owner_ctx, ms.SMS_PASSWORD)
    with db.session() as s:
        event = s.scalars(select(AuditEvent).where(
            AuditEvent.action == "messages.settings_changed")).one()
    assert ms.SMTP_PASSWORD in event.fields and "Sähköposti-salasana" not in repr(event.details)
    with db.session() as s:
        assert svc.providers_in_use(s) == [
            {"name": "127.0.0.1", "channel": "email", "country": "FI"},
            {"name": "46elks", "channel": "sms", "country": "SE"}]


def test_settings_are_for_the_owner_only(make_ctx):
    reception = make_ctx(Role.RECEPTION)
    with pytest.raises(PermissionDenied):
        svc.save_settings(reception, settings_for(25, "https://api.46elks.com"))
    with pytest.raises(PermissionDenied):
        svc.list_templates(reception)
    with pytest.raises(PermissionDenied):
        svc.marketing_preview(reception, Ch.EMAIL)


def test_test_email_reaches_the_server(mp):
    message_id = svc.test_email(mp.owner, "olli@testiklinikka.fi")
    [got] = mp.smtp.received
    mail = got.parsed()
    assert mail["Message-ID"] == message_id and got.rcpt_tos == ["olli@testiklinikka.fi"]
    assert "(ä ö å)" in mail.get_body(("plain",)).get_content()
    with pytest.raises(ValidationError) as caught:
        svc.test_email(mp.owner, "olli@")
    assert caught.value.code == "invalid_email"


def test_test_send_failures_are_clear(mp):
    mp.smtp.handler.rcpt_reply = "550 5.1.1 No such user"
    with pytest.raises(SendFailed) as caught:
        svc.test_email(mp.owner, "olli@testiklinikka.fi")
    assert caught.value.params == {"reason": "smtp_550"}
    mp.gateway.mode = "401"
    with pytest.raises(SendFailed) as caught:
        svc.test_sms(mp.owner, "040 765 4321")
    assert caught.value.params == {"reason": "http_401"}
    mp.gateway.mode = "ok"
    assert svc.test_sms(mp.owner, "040 765 4321").startswith("s")
    assert mp.gateway.requests[-1].form["to"] == "+358407654321"


def test_defaults_are_seeded_in_three_languages(owner_ctx):
    rows = svc.list_templates(owner_ctx)
    assert len(rows) == len(templates.DEFAULTS) == 30
    assert {r.language for r in rows} == {"fi", "sv", "en"}
    assert all(r.is_default for r in rows)
    assert len(svc.list_templates(owner_ctx)) == 30       # seeded once


def test_unknown_placeholder_is_refused_with_its_name(owner_ctx):
    with pytest.raises(ValidationError) as caught:
        svc.save_template(owner_ctx, K.REMINDER, Ch.EMAIL, "fi", subject="Muistutus {date}",
                          body="Hei {clinet_name}, aika {time}.")
    err = caught.value
    assert (err.field, err.code, err.params) == ("body", "unknown_placeholder",
                                                 {"placeholder": "clinet_name"})
    with pytest.raises(ValidationError) as caught:   # invoice fields do not fit a reminder
        svc.save_template(owner_ctx, K.REMINDER, Ch.SMS, "fi", subject="",
                          body="Eräpäivä {due_date}")
    assert caught.value.params == {"placeholder": "due_date"}
    with pytest.raises(ValidationError) as caught:
        svc.save_template(owner_ctx, K.REMINDER, Ch.EMAIL, "fi", subject="x", body="{time")
    assert caught.value.code == "invalid_template"


def test_sms_template_over_the_part_limit_is_refused_with_the_count(owner_ctx):
    with pytest.raises(ValidationError) as caught:
        svc.save_template(owner_ctx, K.REMINDER, Ch.SMS, "fi", subject="",
                          body="Muistutus {time}. " + "Tervetuloa! " * 45)
    assert caught.value.code == "sms_too_long"
    assert caught.value.params["parts"] == 4 and caught.value.params["maximum"] == 3


@hsettings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=80))
def test_template_validation_never_crashes(owner_ctx, text):
    try:
        subject, body = templates.validate(K.REMINDER, Ch.EMAIL, "S", text)
    except ValidationError as exc:
        assert exc.code in ("required", "unknown_placeholder", "invalid_template", "too_long")
        return
    values = {n: "v" for n in templates.PLACEHOLDERS[K.REMINDER]}
    templates.render(body, values)          # whatever passed validation renders


def test_preview_with_a_real_appointment(db, mp):
    appt = book(mp.p, at(MONDAY, 10), client=1)          # Sven
    [choice] = svc.preview_appointments(mp.owner)
    assert choice.id == appt and "Sven" in choice.label
    subject, body = templates.default(K.REMINDER, Ch.SMS, "sv")
    shown = svc.preview(mp.owner, K.REMINDER, Ch.SMS, "sv", subject=subject, body=body,
                        appointment_id=appt)
    assert "måndag 23.11.2026 kl. 10.00" in shown.body
    assert shown.sms_parts == 1 and shown.sms_encoding == "gsm7"
    with pytest.raises(ValidationError):
        svc.preview(mp.owner, K.REMINDER, Ch.SMS, "sv", subject="", body="{nimi}",
                    appointment_id=appt)


def test_saved_template_is_used_for_the_next_message(db, mp):
    svc.save_template(mp.owner, K.CONFIRMATION, Ch.EMAIL, "fi",
                      subject="Tervetuloa {client_first_name}!",
                      body="Nähdään {weekday} klo {time}. {practice_name}")
    book(mp.p, at(MONDAY, 10), client=0)
    svc.plan(mp.reception, NOW)
    [m] = messages(db)
    assert m.subject == "Tervetuloa Maija!"
    assert m.body.startswith("Nähdään maanantaina klo 10.00")


def test_log_roles_and_dismiss(db, mp, make_ctx):
    book(mp.p, at(MONDAY, 10), client=0)
    svc.plan(mp.reception, NOW)
    practitioner = make_ctx(Role.PRACTITIONER)
    with pytest.raises(PermissionDenied):
        svc.list_messages(practitioner)
    [row] = svc.list_messages(mp.reception, client_id=mp.maija)
    assert row.status is S.QUEUED and row.client_name == "Maija Meikäläinen"
    assert svc.list_messages(mp.reception, client_id=mp.sven) == []
    svc.dismiss_message(mp.reception, row.id)
    assert messages(db)[0].status is S.CANCELLED
    assert svc.send_due(mp.reception, NOW).sent == 0


def _consent(owner, client_id, kind, given):
    clients.record_consent(owner, client_id, kind, given, ConsentChannel.FORM)


def test_marketing_counts_and_reasons(db, mp):
    extra = clients.create_client(mp.owner, {"first_name": "Aino", "last_name": "Arkistoitu",
                                             "email": "aino@example.fi"}).data
    _consent(mp.owner, mp.maija, ConsentKind.EMAIL_MARKETING, True)
    _consent(mp.owner, mp.sven, ConsentKind.EMAIL_MARKETING, True)
    _consent(mp.owner, mp.sven, ConsentKind.EMAIL_MARKETING, False)   # withdrawn later
    _consent(mp.owner, mp.erkki, ConsentKind.EMAIL_MARKETING, True)   # but has no email
    _consent(mp.owner, extra, ConsentKind.EMAIL_MARKETING, True)
    clients.set_archived(mp.owner, extra, True)
    shown = svc.marketing_preview(mp.owner, Ch.EMAIL)
    assert shown.recipients == 1
    assert {k: v for k, v in shown.excluded.items() if v} == {
        "withdrawn": 1, "no_address": 1, "archived": 1}
    sms = svc.marketing_preview(mp.owner, Ch.SMS)
    assert sms.recipients == 0 and sms.excluded["no_consent"] == 4


def test_marketing_goes_only_to_consent_with_opt_out(db, mp):
    _consent(mp.owner, mp.maija, ConsentKind.EMAIL_MARKETING, True)
    _consent(mp.owner, mp.sven, ConsentKind.SMS_MARKETING, True)      # SMS only: not by email
    changes = svc.send_marketing(mp.owner, Ch.EMAIL, subject="Joulutarjous",
                                 body="Hei {client_first_name}, hieronnat -20 %.")
    assert changes.data == 1
    svc.send_due(mp.reception, NOW)
    [got] = mp.smtp.received
    assert got.rcpt_tos == ["maija@example.fi"]
    text = got.parsed().get_body(("plain",)).get_content()
    assert text.startswith("Hei Maija, hieronnat -20 %.")
    assert "Et halua enää markkinointiviestejämme?" in text and "09 123 4567" in text
    with db.session() as s:
        event = s.scalars(select(AuditEvent).where(
            AuditEvent.action == "marketing.queued")).one()
    assert event.details["recipients"] == 1 and "Joulutarjous" not in repr(event.details)
