"""Booking services on a real SQLite file: conflicts, hours, overrides, DST, free slots."""

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.core.booking_practice import (MONDAY, NOW, add_rows, appointment, at, book,
                                         conflict_of, events, p, utc)  # noqa: F401 - fixture
from vastaanotto.clock import HELSINKI, fixed_clock
from vastaanotto.errors import NotFound, PermissionDenied, ValidationError
from vastaanotto.models import (Absence, Appointment, AppointmentStatus, BookingChannel,
                                CancelledBy, Outcome, Role, SpecialDay, WorkingHours)
from vastaanotto.services import booking, catalog, clients, staff
from vastaanotto.services.catalog import HoursRow


def test_book_stores_times_price_and_audits_without_the_note(db, p):
    appt_id = book(p, at(MONDAY, 9), note="Ovikoodi 1234")
    a = appointment(db, appt_id)
    assert (a.starts_at, a.ends_at) == (utc(2026, 11, 23, 7), utc(2026, 11, 23, 8))
    assert a.status is AppointmentStatus.BOOKED and a.channel is BookingChannel.PHONE
    assert a.price == Decimal("50.00") and a.booked_at == NOW
    assert a.booked_by_id == p.reception.staff_id and a.override_by_id is None
    event = events(db, "appointment.booked")[-1]
    assert event.entity_id == appt_id and event.client_id == p.clients[0]
    assert event.details["starts_at"] == "2026-11-23T07:00:00+00:00"
    assert event.details["overridden"] == []
    assert "1234" not in str(event.details) + event.reason


# --- the conflict matrix -------------------------------------------------------------------

CASES = [
    # (existing: service, practitioner, client, room, start), (new: ...), expected code or None
    pytest.param(("massage", "p1", 0, None, (9, 0)), ("massage", "p1", 1, None, (9, 30)),
                 "practitioner_busy", id="same-practitioner-overlap"),
    pytest.param(("massage", "p1", 0, None, (9, 0)), ("massage", "p1", 1, None, (10, 0)),
                 None, id="back-to-back-is-fine"),
    pytest.param(("massage", "p1", 0, None, (10, 0)), ("massage", "p1", 1, None, (9, 0)),
                 None, id="back-to-back-before-is-fine"),
    pytest.param(("massage", "p1", 0, None, (9, 0)), ("massage", "p2", 0, None, (9, 30)),
                 "client_busy", id="same-client-other-practitioner"),
    pytest.param(("massage", "p1", 0, None, (9, 0)), ("massage", "p2", 1, None, (9, 0)),
                 None, id="other-practitioner-other-client"),
    pytest.param(("pool", "p1", 0, "r1", (9, 0)), ("pool", "p2", 1, "r1", (9, 15)),
                 "room_busy", id="same-room"),
    pytest.param(("pool", "p1", 0, "r1", (9, 0)), ("pool", "p2", 1, "r2", (9, 15)),
                 None, id="other-room"),
    pytest.param(("physio", "p1", 0, None, (9, 0)), ("massage", "p1", 1, None, (9, 45)),
                 "practitioner_busy", id="existing-after-buffer"),
    pytest.param(("physio", "p1", 0, None, (9, 0)), ("massage", "p1", 1, None, (10, 0)),
                 None, id="after-existing-buffer"),
    pytest.param(("massage", "p1", 0, None, (9, 0)), ("prep", "p1", 1, None, (10, 0)),
                 "practitioner_busy", id="new-before-buffer"),
    pytest.param(("massage", "p1", 0, None, (9, 0)), ("prep", "p1", 1, None, (10, 15)),
                 None, id="after-new-before-buffer"),
    pytest.param(("physio", "p1", 0, None, (9, 0)), ("massage", "p2", 0, None, (9, 45)),
                 None, id="client-ignores-buffers"),
]


@pytest.mark.parametrize("existing, new, expected", CASES)
def test_conflict_matrix(db, p, existing, new, expected):
    def place(spec):
        service, who, client, room, (h, m) = spec
        return book(p, at(MONDAY, h, m), service=getattr(p, service),
                    practitioner=getattr(p, who), client=client,
                    room_id=getattr(p, room) if room else None)

    first = place(existing)
    if expected is None:
        assert place(new) > first
        return
    err = conflict_of(place, new)
    assert err.code == expected and err.params["appointment_ids"] == [first]


def test_cancelled_and_no_show_appointments_free_their_time(db, p):
    first = book(p, at(MONDAY, 9))
    booking.cancel(p.reception, first, by=CancelledBy.PRACTICE, reason="Hoitaja sairas")
    second = book(p, at(MONDAY, 9), client=1)
    late = dataclasses.replace(p.reception, clock=fixed_clock(utc(2026, 11, 23, 7, 30)))
    booking.mark_no_show(late, second)
    assert book(p, at(MONDAY, 9), client=2)


def test_several_conflicts_are_reported_in_order(db, p):
    first = book(p, at(MONDAY, 9))
    err = conflict_of(book, p, at(MONDAY, 17, 30))  # fine on its own, ends after closing
    assert err.params["conflicts"] == ["outside_opening_hours"]
    err = conflict_of(book, p, at(MONDAY, 9, 15))
    assert err.params["conflicts"] == ["practitioner_busy", "client_busy"]
    assert err.params["appointment_ids"] == [first]


# --- hours, holidays, absences ----------------------------------------------------------

def test_working_hours_absence_special_day_and_holiday(db, p):
    add_rows(db, WorkingHours(staff_id=p.p1, weekday=0, starts=dt.time(12), ends=dt.time(16)),
             Absence(staff_id=p.p2, starts_at=at(MONDAY, 12), ends_at=at(MONDAY, 13)),
             SpecialDay(day=dt.date(2026, 11, 24), closed=True))
    assert conflict_of(book, p, at(MONDAY, 9)).code == "outside_working_hours"
    assert book(p, at(MONDAY, 12))
    assert conflict_of(book, p, at(MONDAY, 11, 30), practitioner=p.p2,
                       client=1).code == "practitioner_absent"
    assert book(p, at(MONDAY, 13), practitioner=p.p2, client=1)
    assert conflict_of(book, p, at(MONDAY, 7), practitioner=p.p2,
                       client=2).code == "outside_opening_hours"
    assert conflict_of(book, p, at(dt.date(2026, 11, 24), 10), practitioner=p.p2,
                       client=2).code == "practice_closed"
    assert conflict_of(book, p, at(dt.date(2026, 11, 21), 10), practitioner=p.p2,
                       client=2).code == "outside_opening_hours"  # Saturday


def test_independence_day_is_closed_even_when_sundays_are_open(db, p):
    catalog.set_opening_hours(p.owner, [HoursRow(d, dt.time(8), dt.time(18)) for d in range(7)])
    assert conflict_of(book, p, at(dt.date(2026, 12, 6), 10)).code == "holiday"
    assert book(p, at(dt.date(2026, 11, 29), 10))   # an ordinary Sunday
    add_rows(db, SpecialDay(day=dt.date(2026, 12, 6), closed=False))
    assert book(p, at(dt.date(2026, 12, 6), 10))


# --- override -------------------------------------------------------------------------------

def test_owner_may_book_anyway_and_it_is_recorded(db, p):
    first = book(p, at(MONDAY, 9))
    second = book(p, at(MONDAY, 9, 30), ctx=p.owner, client=1,
                  override_reason="Asiakas odottaa, lyhyt käynti")
    a = appointment(db, second)
    assert a.override_by_id == p.owner.staff_id
    assert a.override_reason == "Asiakas odottaa, lyhyt käynti"
    event = events(db, "appointment.booked")[-1]
    assert event.details["overridden"] == ["practitioner_busy"]
    assert event.reason == "Asiakas odottaa, lyhyt käynti" and event.actor_id == p.owner.staff_id
    # Nothing to override: the booking is ordinary and the fields stay empty.
    third = book(p, at(MONDAY, 11), ctx=p.owner, override_reason="varmuuden vuoksi")
    assert appointment(db, third).override_by_id is None
    assert appointment(db, first).override_by_id is None


def test_reception_may_not_override_and_the_refusal_is_audited(db, p):
    book(p, at(MONDAY, 9))
    with pytest.raises(PermissionDenied):
        book(p, at(MONDAY, 9, 30), client=1, override_reason="kiire")
    refused = events(db, "permission.refused")[-1]
    assert refused.outcome is Outcome.REFUSED and refused.details == {"action": "calendar.override"}
    assert refused.actor_id == p.reception.staff_id
    with db.session() as s:
        assert len(s.scalars(select(Appointment.id)).all()) == 1
    with pytest.raises(ValidationError) as info:
        book(p, at(MONDAY, 9, 30), ctx=p.owner, client=1, override_reason="  ")
    assert info.value.code == "required"


# --- refusals before any conflict check -----------------------------------------------------

def test_refusals(db, p):
    def code(**kw):
        with pytest.raises((ValidationError, NotFound)) as info:
            book(p, **kw)
        return info.value.code

    assert code(start=at(MONDAY, 9), service=p.needles) == "practitioner_not_for_service"
    assert code(start=at(MONDAY, 9), service=p.pool) == "room_required"
    assert code(start=dt.datetime(2026, 11, 23, 9)) == "naive_datetime"
    assert code(start=at(dt.date(1999, 12, 31), 9)) == "date_out_of_range"
    assert code(start=at(dt.date(2101, 1, 3), 9)) == "date_out_of_range"
    assert code(start=at(dt.date(2026, 3, 29), 3, 30)) == "nonexistent_local_time"
    assert code(start=at(MONDAY, 9), practitioner=999_999) == "not_found"
    staff.set_active(p.owner, p.p2, False)
    assert code(start=at(MONDAY, 9), practitioner=p.p2) == "inactive_practitioner"
    catalog.set_service_active(p.owner, p.physio, False)
    assert code(start=at(MONDAY, 9), service=p.physio) == "inactive_service"
    clients.set_archived(p.owner, p.clients[2], True)
    assert code(start=at(MONDAY, 9), client=2) == "inactive_client"
    with pytest.raises(PermissionDenied):
        booking.book(dataclasses.replace(p.reception, roles=frozenset()),
                     client_id=p.clients[0], practitioner_id=p.p1, service_id=p.massage,
                     starts_at=at(MONDAY, 9))


def test_practitioner_role_may_book(db, p, make_ctx):
    ctx = dataclasses.replace(make_ctx(Role.PRACTITIONER), clock=fixed_clock(NOW))
    assert book(p, at(MONDAY, 9), ctx=ctx)


# --- DST ------------------------------------------------------------------------------------

@pytest.fixture
def nights(db, p):
    """A sleep laboratory: open and working Sunday nights 00:00-06:00 as well."""
    rows = [HoursRow(d, dt.time(8), dt.time(18)) for d in range(5)]
    catalog.set_opening_hours(p.owner, rows + [HoursRow(6, dt.time(0), dt.time(6))])
    return p


def test_dst_appointments_are_stored_in_utc(db, nights):
    p = nights
    spring = appointment(db, book(p, at(dt.date(2026, 3, 29), 2, 30)))
    # 02:30 EET (UTC+2) = 00:30 UTC; 60 real minutes later is 01:30 UTC = 04:30 EEST.
    assert (spring.starts_at, spring.ends_at) == (utc(2026, 3, 29, 0, 30), utc(2026, 3, 29, 1, 30))
    assert spring.ends_at.astimezone(HELSINKI).time() == dt.time(4, 30)
    autumn = appointment(db, book(p, at(dt.date(2026, 10, 25), 2, 30), client=1))
    # 02:30 EEST (UTC+3) = 23:30 UTC the day before; ends 00:30 UTC = the first 03:30.
    assert (autumn.starts_at, autumn.ends_at) == (utc(2026, 10, 24, 23, 30),
                                                  utc(2026, 10, 25, 0, 30))
    # The repeated hour: fold=0 is the first 03:30 (EEST), fold=1 the second (EET).
    first = appointment(db, book(p, at(dt.date(2026, 10, 25), 3, 30), practitioner=p.p2,
                                 client=2, service=p.prep))
    second = appointment(db, book(p, at(dt.date(2026, 10, 25), 3, 30, fold=1),
                                  practitioner=p.p2, client=2, service=p.prep))
    assert (first.starts_at, second.starts_at) == (utc(2026, 10, 25, 0, 30),
                                                   utc(2026, 10, 25, 1, 30))


def test_free_slots_across_dst_keep_the_local_grid(db, nights):
    slots = booking.next_free_slots(nights.reception, service_id=nights.needles,
                                    start=at(dt.date(2026, 3, 27), 17), limit=4)
    # Friday 17:00-17:30 at UTC+2 on the 15-minute grid, then Sunday 00:00 local.
    assert [s.starts_at for s in slots] == [utc(2026, 3, 27, 15), utc(2026, 3, 27, 15, 15),
                                            utc(2026, 3, 27, 15, 30), utc(2026, 3, 28, 22)]
    monday = booking.next_free_slots(nights.reception, service_id=nights.needles,
                                     start=at(dt.date(2026, 3, 30), 0), limit=1)
    assert monday[0].starts_at == utc(2026, 3, 30, 5)   # 08:00 EEST
    assert monday[0].starts_at.astimezone(HELSINKI).time() == dt.time(8)


# --- free slots and walk-ins -----------------------------------------------------------------

def test_next_free_slots_across_practitioners(db, p):
    book(p, at(MONDAY, 8))
    slots = booking.next_free_slots(p.reception, service_id=p.massage, start=at(MONDAY, 8),
                                    limit=5)
    assert [(s.practitioner_id, s.starts_at.astimezone(HELSINKI).strftime("%H:%M"))
            for s in slots] == [(p.p2, "08:00"), (p.p2, "08:15"), (p.p2, "08:30"),
                                (p.p2, "08:45"), (p.p1, "09:00")]
    assert all(s.ends_at - s.starts_at == dt.timedelta(hours=1) for s in slots)
    only = booking.next_free_slots(p.reception, service_id=p.needles, start=at(MONDAY, 8))
    assert {s.practitioner_id for s in only} == {p.p3}
    rooms = booking.next_free_slots(p.reception, service_id=p.pool, start=at(MONDAY, 8),
                                    limit=2)
    assert [s.room_id for s in rooms] == [p.r1, p.r1]
    # Default start is now (rounded up to the grid); a Saturday skips to Monday.
    weekend = dataclasses.replace(p.reception, clock=fixed_clock(utc(2026, 11, 21, 9, 7)))
    first = booking.next_free_slots(weekend, service_id=p.massage, limit=1)[0]
    assert first.starts_at == utc(2026, 11, 23, 6)
    with pytest.raises(ValidationError):
        booking.next_free_slots(p.reception, service_id=p.massage, days=0)
    assert events(db, "calendar.viewed") == []


def test_free_slots_for_one_practitioner_and_without_inactive_ones(db, p):
    mine = booking.next_free_slots(p.reception, service_id=p.massage, practitioner_id=p.p2,
                                   start=at(MONDAY, 8), limit=3)
    assert {s.practitioner_id for s in mine} == {p.p2}
    with pytest.raises(ValidationError) as info:
        booking.next_free_slots(p.reception, service_id=p.massage, practitioner_id=p.p3)
    assert info.value.code == "practitioner_not_for_service"
    staff.set_active(p.owner, p.p1, False)
    rest = booking.next_free_slots(p.reception, service_id=p.massage, start=at(MONDAY, 8))
    assert {s.practitioner_id for s in rest} == {p.p2}


def test_seconds_are_dropped_so_times_stay_on_whole_minutes(db, p):
    a = appointment(db, book(p, at(MONDAY, 9).replace(second=42, microsecond=5)))
    assert (a.starts_at, a.ends_at) == (utc(2026, 11, 23, 7), utc(2026, 11, 23, 8))


def test_every_offered_slot_can_be_booked(db, p):
    book(p, at(MONDAY, 9), practitioner=p.p2)
    book(p, at(MONDAY, 10, 30), service=p.physio, client=1)
    slots = booking.next_free_slots(p.reception, service_id=p.physio, start=at(MONDAY, 8),
                                    limit=40)
    assert len(slots) == 40
    for slot in slots[::7]:
        appt_id = booking.book(p.owner, client_id=p.clients[2],
                               practitioner_id=slot.practitioner_id, service_id=p.physio,
                               starts_at=slot.starts_at).data
        booking.cancel(p.owner, appt_id, by=CancelledBy.PRACTICE, reason="koe")


def test_walk_in_takes_the_first_free_slot_today(db, p):
    desk = dataclasses.replace(p.reception, clock=fixed_clock(at(MONDAY, 10, 7)))
    first = appointment(db, booking.walk_in(desk, client_id=p.clients[0],
                                            service_id=p.massage).data)
    assert (first.starts_at, first.practitioner_id) == (at(MONDAY, 10, 15), p.p1)
    assert first.channel is BookingChannel.WALK_IN
    second = appointment(db, booking.walk_in(desk, client_id=p.clients[1],
                                             service_id=p.massage).data)
    assert (second.starts_at, second.practitioner_id) == (at(MONDAY, 10, 15), p.p2)
    # The same client cannot be in two rooms: the next walk-in waits for the first to end.
    third = appointment(db, booking.walk_in(desk, client_id=p.clients[0],
                                            service_id=p.massage).data)
    assert third.starts_at == at(MONDAY, 11, 15)
    chosen = appointment(db, booking.walk_in(desk, client_id=p.clients[2], service_id=p.massage,
                                             practitioner_id=p.p2).data)
    assert (chosen.starts_at, chosen.practitioner_id) == (at(MONDAY, 11, 15), p.p2)
    late = dataclasses.replace(desk, clock=fixed_clock(at(MONDAY, 17, 30)))
    assert conflict_of(booking.walk_in, late, client_id=p.clients[2],
                       service_id=p.massage).code == "no_free_slot"
    assert [e.details["channel"] for e in events(db, "appointment.booked")] == ["walk_in"] * 4


def test_move_with_clear_room_takes_the_room_away(db, p):
    """room_id=None keeps the room; clear_room=True (the calendar's undo of a move into a room
    column) removes it, and a service that needs a room refuses that."""
    appt = book(p, at(MONDAY, 9))
    booking.move(p.reception, appt, starts_at=at(MONDAY, 9), room_id=p.r1)
    booking.move(p.reception, appt, starts_at=at(MONDAY, 10))
    assert appointment(db, appt).room_id == p.r1
    booking.move(p.reception, appt, starts_at=at(MONDAY, 9), clear_room=True)
    assert appointment(db, appt).room_id is None
    assert events(db, "appointment.moved")[-1].details["old_room_id"] == p.r1
    assert events(db, "appointment.moved")[-1].details["room_id"] is None
    with pytest.raises(ValidationError):
        booking.move(p.reception, appt, starts_at=at(MONDAY, 9), room_id=p.r2, clear_room=True)
    pooled = book(p, at(MONDAY, 13), service=p.pool, room_id=p.r1)
    with pytest.raises(ValidationError) as info:
        booking.move(p.reception, pooled, starts_at=at(MONDAY, 13), clear_room=True)
    assert info.value.code == "room_required"
    assert appointment(db, pooled).room_id == p.r1
