"""Booking services after the booking: move, resize, cancel, arrival, no-show, completion,
the calendar read and the audit trail they leave."""

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from tests.core.booking_practice import (MONDAY, NOW, appointment, at, book, conflict_of,
                                         events, p, utc)  # noqa: F401 - fixture
from vastaanotto.clock import fixed_clock
from vastaanotto.errors import ValidationError
from vastaanotto.models import AppointmentStatus, AuditEvent, CancelledBy, Client, Visit
from vastaanotto.privacy import audit_chain
from vastaanotto.services import booking


# --- move and resize -------------------------------------------------------------------------

def test_move_excludes_itself_and_checks_the_target(db, p):
    first = book(p, at(MONDAY, 9))
    book(p, at(MONDAY, 11), client=1)
    booking.move(p.reception, first, starts_at=at(MONDAY, 9, 30))   # overlaps its old self
    a = appointment(db, first)
    assert (a.starts_at, a.ends_at) == (at(MONDAY, 9, 30), at(MONDAY, 10, 30))
    event = events(db, "appointment.moved")[-1]
    assert event.details["old_starts_at"] == "2026-11-23T07:00:00+00:00"
    assert event.details["starts_at"] == "2026-11-23T07:30:00+00:00"
    assert conflict_of(booking.move, p.reception, first,
                       starts_at=at(MONDAY, 10, 30)).code == "practitioner_busy"
    booking.move(p.reception, first, starts_at=at(MONDAY, 11), practitioner_id=p.p2)
    assert appointment(db, first).practitioner_id == p.p2
    with pytest.raises(ValidationError) as info:
        booking.move(p.reception, first, starts_at=at(MONDAY, 11), practitioner_id=p.p3)
    assert info.value.code == "practitioner_not_for_service"
    booking.move(p.owner, first, starts_at=at(MONDAY, 11), practitioner_id=p.p1,
                 override_reason="Tuplavaraus sovittu")
    assert appointment(db, first).override_reason == "Tuplavaraus sovittu"
    booking.move(p.reception, first, starts_at=at(MONDAY, 14))
    assert appointment(db, first).override_by_id is None   # describes the current placement


def test_resize(db, p):
    first = book(p, at(MONDAY, 9))
    book(p, at(MONDAY, 11), client=1)
    booking.resize(p.reception, first, ends_at=at(MONDAY, 11))       # back to back
    assert appointment(db, first).ends_at == at(MONDAY, 11)
    assert conflict_of(booking.resize, p.reception, first,
                       ends_at=at(MONDAY, 11, 15)).code == "practitioner_busy"
    with pytest.raises(ValidationError) as info:
        booking.resize(p.reception, first, ends_at=at(MONDAY, 9))
    assert info.value.code == "ends_before_start"
    event = events(db, "appointment.resized")[-1]
    assert (event.details["old_ends_at"], event.details["ends_at"]) == (
        "2026-11-23T08:00:00+00:00", "2026-11-23T09:00:00+00:00")


# --- cancel and status ---------------------------------------------------------------------

def _client(db, client_id):
    with db.session() as s:
        return s.get(Client, client_id)


def test_cancel_late_only_when_the_client_cancels_within_the_limit(db, p):
    tomorrow = dt.date(2026, 11, 17)
    soon = book(p, at(tomorrow, 9))               # 19 h after NOW
    later = book(p, at(dt.date(2026, 11, 18), 9))   # 43 h after NOW
    by_practice = book(p, at(tomorrow, 11))
    with pytest.raises(ValidationError):
        booking.cancel(p.reception, soon, by=CancelledBy.CLIENT, reason=" ")
    changes = booking.cancel(p.reception, soon, by=CancelledBy.CLIENT, reason="Flunssa")
    assert changes.touches("clients")
    booking.cancel(p.reception, later, by=CancelledBy.CLIENT, reason="Muuttunut aikataulu")
    booking.cancel(p.reception, by_practice, by=CancelledBy.PRACTICE, reason="Hoitaja sairas")
    assert [appointment(db, i).late_cancellation for i in (soon, later, by_practice)] == [
        True, False, False]
    assert _client(db, p.clients[0]).late_cancellation_count == 1
    a = appointment(db, soon)
    assert (a.status, a.cancelled_at, a.cancelled_by) == (AppointmentStatus.CANCELLED, NOW,
                                                          CancelledBy.CLIENT)
    event = events(db, "appointment.cancelled")[0]
    assert event.details["late"] is True and "Flunssa" not in str(event.details) + event.reason
    assert conflict_of(booking.cancel, p.reception, soon, by=CancelledBy.CLIENT,
                       reason="again").code == "invalid_status_transition"


def test_status_transitions_counters_and_visit(db, p):
    arrived = book(p, at(MONDAY, 9))
    direct = book(p, at(MONDAY, 11))
    missing = book(p, at(MONDAY, 13), client=1)
    cancelled = book(p, at(MONDAY, 15), client=2)
    desk = dataclasses.replace(p.reception, clock=fixed_clock(at(MONDAY, 8, 55)))
    assert conflict_of(booking.mark_no_show, desk, missing).code == "appointment_not_started"
    booking.mark_arrived(desk, arrived)
    assert conflict_of(booking.mark_no_show, desk, arrived).code == "invalid_status_transition"
    after = dataclasses.replace(desk, clock=fixed_clock(at(MONDAY, 16)))
    visit_id = booking.mark_completed(after, arrived).data
    booking.mark_completed(after, direct)
    booking.mark_no_show(after, missing)
    booking.cancel(desk, cancelled, by=CancelledBy.PRACTICE, reason="peruttu")
    for appt_id, func in [(cancelled, booking.mark_completed), (arrived, booking.mark_arrived),
                          (missing, booking.mark_completed), (arrived, booking.cancel)]:
        kwargs = {"by": CancelledBy.CLIENT, "reason": "x"} if func is booking.cancel else {}
        assert conflict_of(func, after, appt_id, **kwargs).code == "invalid_status_transition"
    assert conflict_of(booking.move, after, cancelled,
                       starts_at=at(MONDAY, 9)).code == "invalid_status_transition"
    with db.session() as s:
        visits = {v.appointment_id: v for v in s.scalars(select(Visit))}
    assert visits[arrived].id == visit_id
    assert visits[arrived].started_at == at(MONDAY, 8, 55)      # arrival time
    assert visits[direct].started_at == at(MONDAY, 11)          # booked start
    assert (visits[direct].client_id, visits[direct].practitioner_id) == (p.clients[0], p.p1)
    assert visits[direct].completed_at == at(MONDAY, 16)
    assert _client(db, p.clients[1]).no_show_count == 1
    assert appointment(db, arrived).status is AppointmentStatus.COMPLETED


# --- calendar reads and the audit trail ---------------------------------------------------

def test_appointments_between_filters_and_audits_once(db, p):
    a = book(p, at(MONDAY, 9))
    b = book(p, at(MONDAY, 9), practitioner=p.p2, client=1)
    c = book(p, at(MONDAY, 11), client=2)
    booking.cancel(p.reception, c, by=CancelledBy.PRACTICE, reason="peruttu")
    book(p, at(dt.date(2026, 11, 24), 9))
    rows = booking.appointments_between(p.reception, at(MONDAY, 0), at(MONDAY, 23))
    assert [r.id for r in rows] == [a, b]
    assert rows[0].client_name == "Asiakas1 Testinen" and rows[0].service_name == "Hieronta"
    assert rows[0].starts_at == utc(2026, 11, 23, 7)
    only = booking.appointments_between(p.reception, at(MONDAY, 9, 30), at(MONDAY, 23),
                                        [p.p1], include_cancelled=True)
    assert [r.id for r in only] == [a, c]    # overlapping the start counts
    viewed = events(db, "calendar.viewed")
    assert len(viewed) == 2 and viewed[-1].details["practitioner_ids"] == [p.p1]
    assert viewed[0].details["start"] == "2026-11-22T22:00:00+00:00"


def test_every_mutation_is_audited_in_one_unbroken_chain(db, p):
    appt = book(p, at(MONDAY, 9))
    booking.move(p.reception, appt, starts_at=at(MONDAY, 10))
    booking.resize(p.reception, appt, ends_at=at(MONDAY, 11, 30))
    desk = dataclasses.replace(p.reception, clock=fixed_clock(at(MONDAY, 10)))
    booking.mark_arrived(desk, appt)
    booking.mark_completed(desk, appt)
    other = book(p, at(MONDAY, 14))
    booking.cancel(p.reception, other, by=CancelledBy.CLIENT, reason="peruttu")
    with db.session() as s:
        actions = [e.action for e in s.scalars(
            select(AuditEvent).where(AuditEvent.entity_type == "appointment")
            .order_by(AuditEvent.seq))]
        assert audit_chain.verify(s, db.audit_key).ok
    assert actions == ["appointment.booked", "appointment.moved", "appointment.resized",
                       "appointment.arrived", "appointment.completed", "appointment.booked",
                       "appointment.cancelled"]
