"""The booking calendar's range loader: what a range holds (clients, services, statuses,
series, late flags, counters), the shading (opening and working hours, breaks, absences,
holidays, special days), DST days, the practitioner filter, permission and the audit."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tests.core.booking_practice import MONDAY, NOW, add_rows, at, book, events, p  # noqa: F401
from vastaanotto.clock import fixed_clock
from vastaanotto.errors import PermissionDenied, ValidationError
from vastaanotto.models import Absence, AppointmentSeries, Role, SpecialDay, WorkingHours
from vastaanotto.models.appointments import AppointmentStatus, CancelledBy
from vastaanotto.services import booking, clients, schedule
from vastaanotto.services.base import anonymous_context

S = AppointmentStatus


def epoch(moment: dt.datetime) -> int:
    return int(moment.timestamp())


def test_a_week_holds_its_appointments_with_client_and_service(db, p):
    first = book(p, at(MONDAY, 9), client=0)
    other = book(p, at(MONDAY + dt.timedelta(days=2), 10), practitioner=p.p2, client=1,
                 service=p.physio)
    book(p, at(MONDAY + dt.timedelta(days=7), 9))  # the next week: not in the range
    clients.update_client(p.owner, p.clients[0], {"first_name": "Maija",
                                                  "last_name": "Meikäläinen",
                                                  "phone": "040 123 4567"})
    data = schedule.calendar_range(p.reception, MONDAY, 7)
    assert [e.id for e in data.entries] == [first, other]
    e = data.entries[0]
    assert (e.client_name, e.phone, e.service_name, e.practitioner_id) == (
        "Maija Meikäläinen", "+358401234567", "Hieronta", p.p1)
    assert e.status is S.BOOKED and e.color.startswith("#") and e.series_id is None
    assert (e.starts_at, e.ends_at) == (at(MONDAY, 9), at(MONDAY, 10))
    assert (e.start, e.end) == (epoch(at(MONDAY, 9)), epoch(at(MONDAY, 10)))
    assert [d.day for d in data.days] == [MONDAY + dt.timedelta(days=i) for i in range(7)]
    assert data.first_day == MONDAY and data.last_day == MONDAY + dt.timedelta(days=6)
    assert [x.name for x in data.practitioners] == ["Hoitaja 1", "Hoitaja 2", "Hoitaja 3"]
    assert [name for _id, name in data.rooms] == ["Huone 1", "Huone 2"]
    assert data.grid_minutes == 15


def test_statuses_late_flag_series_and_counters_come_along(db, p):
    late = book(p, at(MONDAY, 9), client=0)
    shown = book(p, at(MONDAY, 11), client=1)
    with db.session() as s:
        series = AppointmentSeries(local_start_time=dt.time(13), first_date=MONDAY)
        s.add(series)
        s.flush()
        series_id = series.id
    repeated = book(p, at(MONDAY, 13), client=2)
    from vastaanotto.models import Appointment
    with db.session() as s:
        s.get(Appointment, repeated).series_id = series_id
    close = dataclasses.replace(p.reception, clock=fixed_clock(at(MONDAY, 8)))
    booking.cancel(close, late, by=CancelledBy.CLIENT, reason="Flunssa")
    after = dataclasses.replace(p.reception, clock=fixed_clock(at(MONDAY, 12)))
    booking.mark_no_show(after, shown)
    by_id = {e.id: e for e in schedule.calendar_range(p.reception, MONDAY, 1).entries}
    assert by_id[late].status is S.CANCELLED and by_id[late].late_cancellation
    assert by_id[late].late_cancellation_count == 1
    assert by_id[shown].status is S.NO_SHOW and by_id[shown].no_show_count == 1
    assert by_id[repeated].series_id == series_id


def test_shading_follows_hours_breaks_absences_and_closed_days(db, p):
    add_rows(db,
             # Hoitaja 1 works 8-12 and 12.30-16 on Mondays: a break at 12-12.30.
             WorkingHours(staff_id=p.p1, weekday=0, starts=dt.time(8), ends=dt.time(12)),
             WorkingHours(staff_id=p.p1, weekday=0, starts=dt.time(12, 30),
                          ends=dt.time(16)),
             Absence(staff_id=p.p2, starts_at=at(MONDAY, 12), ends_at=at(MONDAY, 13)),
             SpecialDay(day=MONDAY + dt.timedelta(days=1), closed=True))
    data = schedule.calendar_range(p.reception, MONDAY, 7)
    spans = lambda pid, day: [(dt.datetime.fromtimestamp(a, at(day, 0).tzinfo).time(),  # noqa: E731
                               dt.datetime.fromtimestamp(b, at(day, 0).tzinfo).time())
                              for a, b in data.bookable[(pid, day)]]
    assert spans(p.p1, MONDAY) == [(dt.time(8), dt.time(12)), (dt.time(12, 30), dt.time(16))]
    assert spans(p.p2, MONDAY) == [(dt.time(8), dt.time(12)), (dt.time(13), dt.time(18))]
    assert spans(p.p3, MONDAY) == [(dt.time(8), dt.time(18))]  # no rules: the opening hours
    assert data.absences[p.p2] == ((epoch(at(MONDAY, 12)), epoch(at(MONDAY, 13)), "other"),)
    tuesday, saturday = data.days[1], data.days[5]
    assert tuesday.closed == "practice_closed" and tuesday.opening == ()
    assert data.bookable[(p.p3, tuesday.day)] == ()
    assert saturday.closed is None and saturday.opening == ()  # simply not open
    assert data.days[0].opening == ((epoch(at(MONDAY, 8)), epoch(at(MONDAY, 18))),)


def test_finnish_public_holidays_are_closed_and_named(p):
    data = schedule.calendar_range(p.reception, dt.date(2026, 12, 6), 1)
    assert data.days[0].closed == "holiday"
    assert data.days[0].holiday_name == "Itsenäisyyspäivä"
    english = schedule.calendar_range(p.reception, dt.date(2026, 12, 24), 3,
                                      holiday_language="en_US")
    assert [d.holiday_name for d in english.days] == ["Christmas Eve", "Christmas Day",
                                                      "Second Day of Christmas"]
    assert all(d.closed == "holiday" for d in english.days)


@pytest.mark.parametrize("day, hours", [(dt.date(2026, 3, 29), 23), (dt.date(2026, 10, 25), 25)])
def test_dst_days_are_local_days(db, p, day, hours):
    """The range is the local day: 23 hours in spring, 25 in autumn; a booking just after
    local midnight and one just before the next belong to it, none of the next day."""
    with db.session() as s:
        from vastaanotto.models import Appointment
        for start in (at(day, 0, 30), at(day, 23, 0), at(day + dt.timedelta(days=1), 0, 0)):
            s.add(Appointment(practitioner_id=p.p1, service_id=p.massage, client_id=None,
                              starts_at=start, ends_at=start + dt.timedelta(minutes=30)))
    data = schedule.calendar_range(p.owner, day, 1)
    assert len(data.entries) == 2
    first, last = data.entries
    # 00.30 to 23.00 on the wall clock is 22.5 hours, less or more the hour the clocks moved.
    assert (last.start - first.start) == int((hours - 1.5) * 3600)


def test_practitioner_filter_and_inactive_people(db, p):
    book(p, at(MONDAY, 9))
    book(p, at(MONDAY, 9), practitioner=p.p2, client=1)
    only = schedule.calendar_range(p.reception, MONDAY, 1, [p.p2])
    assert [x.id for x in only.practitioners] == [p.p2]
    assert {e.practitioner_id for e in only.entries} == {p.p2}
    from vastaanotto.services import staff
    staff.set_active(p.owner, p.p3, False)
    staff.set_active(p.owner, p.p1, False)
    names = [x.name for x in schedule.calendar_range(p.reception, MONDAY, 1).practitioners]
    # Hoitaja 1 left but still has a booking that day; Hoitaja 3 left and has none.
    assert names == ["Hoitaja 1", "Hoitaja 2"]


def test_each_range_is_one_audit_event(db, p):
    before = len(events(db, "calendar.viewed"))
    schedule.calendar_range(p.reception, MONDAY, 7, [p.p1, p.p2])
    viewed = events(db, "calendar.viewed")
    assert len(viewed) == before + 1
    event = viewed[-1]
    assert event.actor_id == p.reception.staff_id
    assert event.details["practitioner_ids"] == [p.p1, p.p2]
    assert event.details["start"] == at(MONDAY, 0).astimezone(dt.timezone.utc).isoformat()


def test_refused_without_the_calendar_role(db, p):
    nobody = anonymous_context(db, "desk", fixed_clock(NOW))
    with pytest.raises(PermissionDenied):
        schedule.calendar_range(nobody, MONDAY, 1)
    assert events(db, "permission.refused")
    assert not events(db, "calendar.viewed")


@pytest.mark.parametrize("days", [0, 63, "7"])
def test_range_length_is_checked(p, days):
    with pytest.raises(ValidationError) as info:
        schedule.calendar_range(p.reception, MONDAY, days)
    assert info.value.field == "days"


def test_the_range_cache_keeps_metadata_until_cleared_or_old(db, p):
    """A view's RangeCache saves the practitioner, service, room and hours queries between
    loads; clear() (the view calls it on Changes of those kinds) and max_age bring edits in,
    and a service it has not seen (booked at another desk) refreshes it on the spot."""
    from decimal import Decimal

    from vastaanotto.services import catalog, staff

    book(p, at(MONDAY, 9))
    ticks = [0.0]
    cache = schedule.RangeCache(max_age=60, clock=lambda: ticks[0])
    warm = schedule.calendar_range(p.reception, MONDAY, 7, cache=cache)
    assert warm == schedule.calendar_range(p.reception, MONDAY, 7)
    staff.update_staff(p.owner, p.p1, display_name="Hoitaja Yksi", roles=[Role.PRACTITIONER])
    names = lambda data: [x.name for x in data.practitioners]  # noqa: E731
    assert "Hoitaja 1" in names(schedule.calendar_range(p.reception, MONDAY, 7, cache=cache))
    cache.clear()
    assert "Hoitaja Yksi" in names(schedule.calendar_range(p.reception, MONDAY, 7, cache=cache))
    staff.update_staff(p.owner, p.p1, display_name="Hoitaja Ykkönen", roles=[Role.PRACTITIONER])
    ticks[0] = 61.0   # a minute later the cache is read again by itself
    assert "Hoitaja Ykkönen" in names(schedule.calendar_range(p.reception, MONDAY, 7,
                                                              cache=cache))
    new = catalog.create_service(p.owner, {"name": "Kuppaus", "duration_minutes": 30,
                                           "price": Decimal("40.00"),
                                           "practitioner_ids": [p.p1]}).data
    book(p, at(MONDAY, 13), service=new)
    data = schedule.calendar_range(p.reception, MONDAY, 7, cache=cache)
    assert [e.service_name for e in data.entries] == ["Hieronta", "Kuppaus"]
