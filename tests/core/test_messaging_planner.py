"""The planner and the sender against a real SMTP server and a 46elks-style gateway on
127.0.0.1: confirmations, moves, cancellations, reminders, consent and quiet hours."""

import datetime as dt
import icalendar
from sqlalchemy import select

from tests.core.booking_practice import book, utc
from tests.core.messaging_practice import (MONDAY, NOW, at, gateway, messages, mp, p,  # noqa: F401
                                           smtp)
from vastaanotto.models import AuditEvent, MessageKind, MessageStatus
from vastaanotto.models.appointments import CancelledBy
from vastaanotto.models.clients import ConsentChannel, ConsentKind
from vastaanotto.services import booking, clients
from vastaanotto.services import messages as svc

K, S = MessageKind, MessageStatus
REMINDER_NOW = utc(2026, 11, 22, 12, 0)       # Sunday 14.00 local, the day before MONDAY


def _ics(received):
    part = next(p for p in received.parsed().iter_attachments()
                if p.get_content_type() == "text/calendar")
    cal = icalendar.Calendar.from_ical(part.get_payload(decode=True))
    return cal, next(c for c in cal.walk("VEVENT"))


def test_booking_gets_one_confirmation_with_calendar_entry(db, mp):
    appt = book(mp.p, at(MONDAY, 10), client=0)
    assert svc.plan(mp.reception, NOW).queued == 1
    assert svc.plan(mp.reception, NOW).queued == 0           # idempotent
    [m] = messages(db)
    assert (m.kind, m.channel.value, m.recipient) == (K.CONFIRMATION, "email",
                                                      "maija@example.fi")
    assert "klo 10.00" in m.body and "23.11.2026" in m.body and "Hieronta" in m.body
    report = svc.send_due(mp.reception, NOW)
    assert report.sent == 1
    [received] = mp.smtp.received
    assert received.rcpt_tos == ["maija@example.fi"]
    mail = received.parsed()
    assert mail["Subject"] == "Ajanvarausvahvistus 23.11.2026 klo 10.00"
    assert "Meikäläinen" not in mail["Subject"]
    cal, event = _ics(received)
    assert event.decoded("dtstart") == at(MONDAY, 10)
    assert str(event["uid"]).startswith(f"appointment-{appt}@")
    [sent] = messages(db)
    assert sent.status is S.SENT and sent.provider_id == mail["Message-ID"]


def test_audit_names_messages_but_never_their_text(db, mp):
    book(mp.p, at(MONDAY, 10), client=0)
    svc.plan(mp.reception, NOW)
    svc.send_due(mp.reception, NOW)
    with db.session() as s:
        events = list(s.scalars(select(AuditEvent).where(AuditEvent.action.like("message.%"))))
    assert [e.action for e in events] == ["message.queued", "message.sent"]
    for e in events:
        text = repr(e.details) + e.reason
        assert "Maija" not in text and "maija@example.fi" not in text and "Hieronta" not in text
        assert e.details["kind"] == "confirmation" and e.client_id == mp.maija


def test_move_before_sending_replaces_the_confirmation(db, mp):
    appt = book(mp.p, at(MONDAY, 10), client=0)
    svc.plan(mp.reception, NOW)
    booking.move(mp.reception, appt, starts_at=at(MONDAY, 13))
    svc.plan(mp.reception, NOW)
    old, new = messages(db)
    assert old.status is S.CANCELLED and old.error_code == "appointment_moved"
    assert new.kind is K.CONFIRMATION and "klo 13.00" in new.body
    svc.send_due(mp.reception, NOW)
    assert len(mp.smtp.received) == 1 and "13.00" in mp.smtp.received[0].parsed()["Subject"]


def test_move_after_confirmation_sends_a_change_with_updated_entry(db, mp):
    appt = book(mp.p, at(MONDAY, 10), client=0)
    svc.plan(mp.reception, NOW)
    svc.send_due(mp.reception, NOW)
    booking.move(mp.reception, appt, starts_at=at(MONDAY, 14))
    svc.plan(mp.reception, NOW)
    change = messages(db)[-1]
    assert change.kind is K.CHANGE and "klo 14.00" in change.body
    svc.send_due(mp.reception, NOW)
    first, second = mp.smtp.received
    _, event1 = _ics(first)
    _, event2 = _ics(second)
    assert event2["uid"] == event1["uid"] and int(event2["sequence"]) == 1
    assert event2.decoded("dtstart") == at(MONDAY, 14)


def test_cancellation_after_confirmation(db, mp):
    appt = book(mp.p, at(MONDAY, 10), client=0)
    svc.plan(mp.reception, NOW)
    svc.send_due(mp.reception, NOW)
    booking.cancel(mp.reception, appt, by=CancelledBy.CLIENT, reason="Flunssa")
    svc.plan(mp.reception, NOW)
    cancellation = messages(db)[-1]
    assert cancellation.kind is K.CANCELLATION
    svc.send_due(mp.reception, NOW)
    cal, event = _ics(mp.smtp.received[-1])
    assert str(cal["method"]) == "CANCEL" and str(event["status"]) == "CANCELLED"
    assert "Flunssa" not in mp.smtp.received[-1].data.decode("utf-8", "replace")


def test_cancelled_before_anything_was_sent_sends_nothing(db, mp):
    appt = book(mp.p, at(MONDAY, 10), client=0)
    svc.plan(mp.reception, NOW)
    booking.cancel(mp.reception, appt, by=CancelledBy.CLIENT, reason="x")
    svc.plan(mp.reception, NOW)
    [m] = messages(db)
    assert m.status is S.CANCELLED and m.error_code == "appointment_cancelled"
    assert svc.send_due(mp.reception, NOW).sent == 0 and mp.smtp.received == []


def test_reminders_by_sms_else_email_with_consent(db, mp):
    for client in (0, 1, 2):
        book(mp.p, at(MONDAY, 9 + 2 * client), client=client, practitioner=mp.p.p1)
    svc.plan(mp.reception, NOW)           # confirmations a week earlier
    svc.send_due(mp.reception, NOW)
    svc.plan(mp.reception, REMINDER_NOW)
    reminders = messages(db, kind=K.REMINDER)
    by_client = {m.client_id: m for m in reminders}
    assert by_client[mp.maija].channel.value == "sms"
    assert by_client[mp.maija].recipient == "+358401234567"
    assert by_client[mp.sven].channel.value == "email"
    assert "påminner" in by_client[mp.sven].body      # Swedish template for a Swedish client
    assert by_client[mp.erkki].status is S.FAILED
    assert by_client[mp.erkki].error_code == "no_recipient"
    report = svc.send_due(mp.reception, REMINDER_NOW)
    assert report.sent == 2
    [sms] = mp.gateway.requests
    assert sms.path == "/a1/sms" and sms.form["to"] == "+358401234567"
    assert sms.form["from"] == "Testiklin" and sms.form["message"].startswith("Muistutus")
    assert "maanantaina 23.11.2026 klo 9.00" in sms.form["message"]
    assert by_client[mp.maija].id in report.ids
    assert messages(db, id=by_client[mp.maija].id)[0].provider_id.startswith("s")
    assert svc.plan(mp.reception, REMINDER_NOW).queued == 0   # once only


def test_no_reminder_without_consent_or_for_cancelled(db, mp):
    clients.record_consent(mp.owner, mp.maija, ConsentKind.REMINDERS, False,
                           ConsentChannel.PHONE)
    book(mp.p, at(MONDAY, 10), client=0)
    cancelled = book(mp.p, at(MONDAY, 10), client=1, practitioner=mp.p.p2)
    booking.cancel(mp.reception, cancelled, by=CancelledBy.PRACTICE, reason="sairas")
    svc.plan(mp.reception, REMINDER_NOW)
    assert messages(db, kind=K.REMINDER) == []


def test_queued_reminder_is_cancelled_when_the_appointment_is(db, mp):
    appt = book(mp.p, at(MONDAY, 10), client=0)
    svc.save_settings(mp.owner, {**svc.get_settings(mp.owner).__dict__, "confirm_email": False})
    svc.plan(mp.reception, REMINDER_NOW)
    [reminder] = messages(db, kind=K.REMINDER)
    assert reminder.status is S.QUEUED
    booking.cancel(mp.reception, appt, by=CancelledBy.CLIENT, reason="x")
    svc.plan(mp.reception, REMINDER_NOW)
    assert messages(db, kind=K.REMINDER)[0].status is S.CANCELLED
    assert messages(db, kind=K.CANCELLATION) == []   # nothing had been told yet
    assert svc.send_due(mp.reception, REMINDER_NOW).sent == 0


def test_sms_waits_for_the_morning(db, mp):
    book(mp.p, at(MONDAY, 12), client=0)
    svc.plan(mp.reception, NOW)           # the confirmation, a week earlier
    svc.send_due(mp.reception, NOW)
    evening = utc(2026, 11, 22, 20, 30)   # 22.30 local
    svc.plan(mp.reception, evening)
    [reminder] = messages(db, kind=K.REMINDER)
    assert reminder.not_before == utc(2026, 11, 23, 6, 0)    # 08.00 local
    svc.send_due(mp.reception, evening)
    assert mp.gateway.requests == []
    svc.send_due(mp.reception, utc(2026, 11, 23, 6, 0))
    assert len(mp.gateway.requests) == 1


def test_reminder_skipped_when_the_night_lasts_until_the_appointment(db, mp):
    book(mp.p, at(MONDAY, 8), client=0)     # 08.00 appointment, planned at 22.30
    svc.plan(mp.reception, utc(2026, 11, 22, 20, 30))
    assert messages(db, kind=K.REMINDER) == []


def test_retried_sms_that_falls_into_the_night_waits(db, mp):
    mp.gateway.mode = "503"
    book(mp.p, at(MONDAY, 12), client=0)
    svc.plan(mp.reception, NOW)
    svc.send_due(mp.reception, NOW)
    late = utc(2026, 11, 22, 18, 59)       # 20.59 local: the first try fails
    svc.plan(mp.reception, late)
    report = svc.send_due(mp.reception, late)
    assert report.retrying == 1
    [m] = messages(db, kind=K.REMINDER)
    assert m.status is S.QUEUED and m.error_code == "http_503"
    mp.gateway.mode = "ok"
    svc.send_due(mp.reception, utc(2026, 11, 22, 19, 5))     # 21.05 local: quiet
    [m] = messages(db, kind=K.REMINDER)
    assert m.status is S.QUEUED and m.not_before == utc(2026, 11, 23, 6, 0)
    assert m.attempts == 1 and len(mp.gateway.requests) == 1


def test_dst_reminder_time_text(db, mp):
    """The reminder of an appointment after the spring change shows local summer time."""
    start = dt.datetime(2027, 3, 29, 7, 0, tzinfo=dt.timezone.utc)   # 10.00 EEST
    svc.save_settings(mp.owner, {**svc.get_settings(mp.owner).__dict__, "confirm_email": False})
    with db.session() as s:
        from vastaanotto.models import Appointment
        s.add(Appointment(client_id=mp.maija, practitioner_id=mp.p.p1,
                          service_id=mp.p.massage, starts_at=start,
                          ends_at=start + dt.timedelta(hours=1)))
    svc.plan(mp.reception, start - dt.timedelta(hours=20))
    [m] = messages(db, kind=K.REMINDER)
    assert "29.3.2027 klo 10.00" in m.body


def test_booked_close_to_the_time_gets_confirmation_but_no_second_reminder(db, mp):
    book(mp.p, at(MONDAY, 12), client=0)
    svc.plan(mp.reception, REMINDER_NOW)   # booked the day before: inside the window
    assert [m.kind for m in messages(db)] == [K.CONFIRMATION]


def test_landline_number_falls_back_to_email_and_long_sms_fails_visibly(db, mp):
    clients.update_client(mp.owner, mp.maija, {"phone": "09 123 4567"})   # not a mobile
    svc.save_settings(mp.owner, {**svc.get_settings(mp.owner).__dict__, "confirm_email": False})
    book(mp.p, at(MONDAY, 10), client=0)
    svc.plan(mp.reception, REMINDER_NOW)
    [m] = messages(db, kind=K.REMINDER)
    assert m.channel.value == "email" and m.recipient == "maija@example.fi"
    # A service name long enough to push the rendered SMS past the part limit.
    from vastaanotto.models.resources import Service
    with db.session() as s:
        s.get(Service, mp.p.massage).name = "Š" * 100
    clients.update_client(mp.owner, mp.sven, {"phone": "040 765 4321"})
    book(mp.p, at(MONDAY, 12), client=1)
    svc.save_settings(mp.owner, {**svc.get_settings(mp.owner).__dict__, "sms_max_parts": 1})
    svc.plan(mp.reception, REMINDER_NOW)
    [sms] = messages(db, kind=K.REMINDER, client_id=mp.sven)
    assert sms.channel.value == "sms" and sms.status is S.FAILED
    from vastaanotto.messaging import segments
    parts = segments.count(sms.body).parts
    assert parts > 1 and sms.error_code == f"sms_too_long:{parts}"    # the count is shown
    assert svc.failed_count(mp.reception, mp.sven) == 1
