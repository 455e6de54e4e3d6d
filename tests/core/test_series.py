"""Recurring series on a real SQLite file: DST, conflict preview, skips, overrides, all or
nothing, and moving/cancelling this, following or all members."""

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.core.booking_practice import (MONDAY, appointment, at, book, events, p,  # noqa: F401
                                         utc)
from vastaanotto.clock import HELSINKI, fixed_clock
from vastaanotto.errors import Conflict, PermissionDenied, ValidationError
from vastaanotto.models import Appointment, AppointmentStatus, CancelledBy
from vastaanotto.models.appointments import AppointmentSeries
from vastaanotto.services import booking, series
from vastaanotto.services.series import Scope

SPRING = utc(2026, 3, 1, 10)           # Sunday 1.3.2026, before both DST changes
TUESDAY = dt.date(2026, 3, 17)         # no public holiday falls on a Tuesday until November


def early(p):
    """Owner and reception whose clock reads 1.3.2026, so the spring dates are in the future."""
    return (dataclasses.replace(p.owner, clock=fixed_clock(SPRING)),
            dataclasses.replace(p.reception, clock=fixed_clock(SPRING)))


def members(db, series_id=None):
    with db.session() as s:
        stmt = select(Appointment).order_by(Appointment.starts_at)
        if series_id is not None:
            stmt = stmt.where(Appointment.series_id == series_id)
        return list(s.scalars(stmt))


def count(db, model):
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def local(a):
    return a.starts_at.astimezone(HELSINKI)


def test_weekly_series_keeps_ten_oclock_across_both_dst_changes(db, p):
    owner, reception = early(p)
    first = book(p, at(TUESDAY, 10), ctx=reception)
    changes = series.create_series(reception, first, interval_weeks=1,
                                   until=dt.date(2026, 11, 3))
    rows = members(db, changes.data)
    assert len(rows) == 34 and rows[0].id == first and set(changes.ids) == {r.id for r in rows}
    assert {(local(a).hour, local(a).minute) for a in rows} == {(10, 0)}
    assert {local(a).weekday() for a in rows} == {1}
    by_day = {local(a).date(): a.starts_at.replace(tzinfo=dt.timezone.utc) for a in rows}
    assert by_day[dt.date(2026, 3, 24)] == utc(2026, 3, 24, 8)    # EET, UTC+2
    assert by_day[dt.date(2026, 3, 31)] == utc(2026, 3, 31, 7)    # EEST, UTC+3
    assert by_day[dt.date(2026, 10, 20)] == utc(2026, 10, 20, 7)
    assert by_day[dt.date(2026, 10, 27)] == utc(2026, 10, 27, 8)  # EET again
    assert all(a.ends_at - a.starts_at == dt.timedelta(hours=1) for a in rows)
    with db.session() as session:
        rule = session.get(AppointmentSeries, changes.data)
        assert (rule.interval_weeks, rule.local_start_time, rule.first_date, rule.until_date) == (
            1, dt.time(10), TUESDAY, dt.date(2026, 11, 3))
    [event] = events(db, "series.created")
    assert event.entity_id == changes.data and event.details["booked"] == 33
    assert len(events(db, "appointment.booked")) == 34
    assert events(db, "appointment.booked")[-1].details["series_id"] == changes.data


def test_every_other_week_n_times_and_the_gap_hour(db, p):
    owner, reception = early(p)
    # 03.30 does not exist on 29.3.2026: a Sunday, so an owner-only night booking shows it.
    first = book(p, at(dt.date(2026, 3, 15), 3, 30), ctx=owner, override_reason="Yöhoito")
    plan = series.preview_series(owner, first, interval_weeks=2, count=3)
    assert [o.day for o in plan] == [dt.date(2026, 3, 15), dt.date(2026, 3, 29),
                                     dt.date(2026, 4, 12)]
    assert plan[0].existing and plan[1].starts_at is None
    assert plan[1].problems == ("nonexistent_local_time",) and not plan[1].overridable
    with pytest.raises(ValidationError) as info:
        series.create_series(owner, first, interval_weeks=2, count=3, override_reason="Yöhoito")
    assert (info.value.field, info.value.code) == ("skip_dates", "nonexistent_local_time")
    assert info.value.params["dates"] == ["2026-03-29"]
    changes = series.create_series(owner, first, interval_weeks=2, count=3,
                                   skip_dates=[dt.date(2026, 3, 29)], override_reason="Yöhoito")
    assert [local(a).date() for a in members(db, changes.data)] == [dt.date(2026, 3, 15),
                                                                     dt.date(2026, 4, 12)]


def test_preview_lists_conflicts_and_create_refuses_them_all_or_nothing(db, p):
    owner, reception = early(p)
    first = book(p, at(MONDAY, 10), ctx=reception)
    other = book(p, at(MONDAY + dt.timedelta(weeks=2), 10, 30), ctx=reception, client=1)
    plan = series.preview_series(reception, first, count=6)
    problems = {o.day: (o.problems, o.appointment_ids) for o in plan if o.problems}
    assert problems == {dt.date(2026, 12, 7): (("practitioner_busy",), (other,))}
    before = count(db, Appointment)
    err = pytest.raises(Conflict, series.create_series, reception, first, count=6).value
    assert err.code == "practitioner_busy" and err.params["dates"] == ["2026-12-07"]
    assert err.params["appointment_ids"] == [other]
    assert count(db, Appointment) == before and count(db, AppointmentSeries) == 0
    assert appointment(db, first).series_id is None
    assert events(db, "series.created") == []
    changes = series.create_series(reception, first, count=6,
                                   skip_dates=[dt.date(2026, 12, 7)])
    days = [local(a).date() for a in members(db, changes.data)]
    assert days == [MONDAY + dt.timedelta(weeks=w) for w in (0, 1, 3, 4, 5)]
    assert events(db, "series.created")[-1].details["skipped"] == ["2026-12-07"]


def test_holidays_and_closed_days_show_in_the_preview(db, p):
    owner, reception = early(p)
    first = book(p, at(dt.date(2026, 3, 30), 10), ctx=reception)   # Monday; 6.4. Easter Monday
    plan = series.preview_series(reception, first, count=3)
    assert [o.problems for o in plan] == [(), ("holiday",), ()]


def test_book_anyway_needs_the_right_and_records_who_and_why(db, p):
    owner, reception = early(p)
    first = book(p, at(dt.date(2026, 3, 30), 10), ctx=reception)
    with pytest.raises(PermissionDenied):
        series.create_series(reception, first, count=3, override_reason="Sovittu erikseen")
    assert count(db, AppointmentSeries) == 0
    assert events(db, "permission.refused")[-1].details["action"] == "calendar.override"
    changes = series.create_series(owner, first, count=3, override_reason="Sovittu erikseen")
    rows = members(db, changes.data)
    easter = next(a for a in rows if local(a).date() == dt.date(2026, 4, 6))
    assert easter.override_by_id == owner.staff_id and easter.override_reason == "Sovittu erikseen"
    assert all(a.override_by_id is None for a in rows if a is not easter)
    event = events(db, "series.created")[-1]
    assert event.reason == "Sovittu erikseen" and event.details["overridden"] == ["2026-04-06"]


@pytest.mark.parametrize("kw, field, code", [
    ({"count": 0}, "occurrences", "out_of_range"),
    ({"count": 1}, "occurrences", "out_of_range"),
    ({"count": 105}, "occurrences", "out_of_range"),
    ({"count": 3, "interval_weeks": 0}, "interval_weeks", "out_of_range"),
    ({"count": 3, "interval_weeks": 53}, "interval_weeks", "out_of_range"),
    ({"count": 3, "interval_weeks": True}, "interval_weeks", "out_of_range"),
    ({"count": 60, "interval_weeks": 2}, "occurrences", "series_too_long"),
    ({"until": dt.date(2026, 11, 16)}, "until_date", "until_before_first"),
    ({"until": dt.date(2026, 11, 23)}, "until_date", "until_before_first"),
    ({"until": dt.date(2026, 11, 26)}, "until_date", "too_few_occurrences"),
    ({"until": dt.date(3000, 1, 1)}, "until_date", "series_too_long"),
    ({"until": dt.date(2028, 11, 23)}, "until_date", "too_many_occurrences"),
    ({"until": dt.datetime(2027, 1, 1)}, "until_date", "invalid_date"),
    ({}, "occurrences", "until_or_count"),
    ({"count": 3, "until": dt.date(2027, 1, 1)}, "occurrences", "until_or_count"),
    ({"count": 3, "skip_dates": [dt.date(2026, 11, 24)]}, "skip_dates", "not_in_series"),
    ({"count": 2, "skip_dates": [dt.date(2026, 11, 30)]}, "skip_dates", "nothing_to_book"),
])
def test_bad_rules_are_refused_and_nothing_is_written(db, p, kw, field, code):
    first = book(p, at(MONDAY, 10))
    before = count(db, Appointment)
    with pytest.raises(ValidationError) as info:
        series.create_series(p.reception, first, **kw)
    assert (info.value.field, info.value.code) == (field, code)
    if kw.get("skip_dates") is None:
        with pytest.raises(ValidationError):
            series.preview_series(p.reception, first, **kw)
    assert count(db, Appointment) == before and count(db, AppointmentSeries) == 0
    assert appointment(db, first).series_id is None


def test_a_member_or_a_cancelled_one_cannot_start_another_series(db, p):
    first = book(p, at(MONDAY, 10))
    series.create_series(p.reception, first, count=2)
    assert pytest.raises(Conflict, series.create_series, p.reception, first,
                         count=2).value.code == "already_in_series"
    lone = book(p, at(MONDAY, 14))
    booking.cancel(p.reception, lone, by=CancelledBy.CLIENT, reason="Flunssa")
    assert pytest.raises(Conflict, series.preview_series, p.reception, lone,
                         count=2).value.code == "invalid_status_transition"


def test_past_dates_must_be_skipped(db, p):
    # A completed visit a fortnight ago repeated weekly: last week's date is in the past.
    past = dataclasses.replace(p.owner, clock=fixed_clock(utc(2026, 11, 1, 10)))
    first = book(p, at(dt.date(2026, 11, 2), 10), ctx=past)
    plan = series.preview_series(p.reception, first, count=4)
    # The reception's clock reads 16.11.2026 14.00: 9.11. and 16.11. 10.00 have passed.
    assert [o.problems for o in plan] == [(), ("in_the_past",), ("in_the_past",), ()]
    with pytest.raises(ValidationError) as info:
        series.create_series(p.owner, first, count=4, override_reason="x")
    assert info.value.code == "in_the_past"
    assert info.value.params["dates"] == ["2026-11-09", "2026-11-16"]


@pytest.fixture
def five(db, p):
    """A weekly series of five Mondays at 10.00 from 23.11.2026; returns the member ids."""
    first = book(p, at(MONDAY, 10))
    sid = series.create_series(p.reception, first, count=5).data
    return [a.id for a in members(db, sid)]


def times(db, ids):
    rows = {a.id: a for a in members(db)}
    return [local(rows[i]).strftime("%d.%m %H.%M") for i in ids]


def test_move_this_following_and_all(db, p, five):
    # THIS: only the second one.
    series.move_series(p.reception, five[1], Scope.THIS, new_start_local=at(
        MONDAY + dt.timedelta(weeks=1), 12))
    assert times(db, five) == ["23.11 10.00", "30.11 12.00", "07.12 10.00", "14.12 10.00",
                               "21.12 10.00"]
    # FOLLOWING from the third: third to fifth to 11.30 and to another practitioner.
    changes = series.move_series(p.reception, five[2], Scope.FOLLOWING,
                                 new_start_local=at(MONDAY + dt.timedelta(weeks=2), 11, 30),
                                 practitioner_id=p.p2)
    assert set(changes.ids) == set(five[2:]) and changes.data == five[2]
    assert times(db, five) == ["23.11 10.00", "30.11 12.00", "07.12 11.30", "14.12 11.30",
                               "21.12 11.30"]
    rows = {a.id: a for a in members(db)}
    assert [rows[i].practitioner_id for i in five] == [p.p1, p.p1, p.p2, p.p2, p.p2]
    # The moved part is a series of its own now.
    old, new = rows[five[0]].series_id, rows[five[2]].series_id
    assert old != new and {rows[i].series_id for i in five[:2]} == {old}
    assert {rows[i].series_id for i in five[2:]} == {new}
    # ALL of the first part, an hour earlier: the first two only, by the same delta.
    series.move_series(p.reception, five[0], Scope.ALL, new_start_local=at(MONDAY, 9))
    assert times(db, five) == ["23.11 09.00", "30.11 11.00", "07.12 11.30", "14.12 11.30",
                               "21.12 11.30"]
    moved = events(db, "appointment.moved")
    assert len(moved) == 1 + 3 + 2
    assert moved[-1].details["scope"] == "all" and moved[-1].details["series_id"] == old
    assert [e.details["scope"] for e in events(db, "series.moved")] == ["following", "all"]


def test_moving_a_series_by_a_week_does_not_collide_with_itself(db, p, five):
    series.move_series(p.reception, five[0], Scope.ALL,
                       new_start_local=at(MONDAY + dt.timedelta(weeks=1), 10))
    assert times(db, five) == ["30.11 10.00", "07.12 10.00", "14.12 10.00", "21.12 10.00",
                               "28.12 10.00"]


def test_a_conflict_refuses_the_whole_move(db, p, five):
    other = book(p, at(MONDAY + dt.timedelta(weeks=3), 15), client=1)
    before = times(db, five)
    err = pytest.raises(Conflict, series.move_series, p.reception, five[1], Scope.FOLLOWING,
                        new_start_local=at(MONDAY + dt.timedelta(weeks=1), 15)).value
    assert err.code == "practitioner_busy" and err.params["dates"] == ["2026-12-14"]
    assert err.params["appointment_ids"] == [other]
    assert times(db, five) == before and events(db, "series.moved") == []
    # Reception may not book over it; the owner may, and it is recorded.
    with pytest.raises(PermissionDenied):
        series.move_series(p.reception, five[1], Scope.FOLLOWING, override_reason="Tärkeä",
                           new_start_local=at(MONDAY + dt.timedelta(weeks=1), 15))
    series.move_series(p.owner, five[1], Scope.FOLLOWING, override_reason="Tärkeä",
                       new_start_local=at(MONDAY + dt.timedelta(weeks=1), 15))
    rows = {a.id: a for a in members(db)}
    assert rows[five[3]].override_by_id == p.owner.staff_id
    assert rows[five[3]].override_reason == "Tärkeä"
    assert rows[five[2]].override_by_id is None


def test_move_across_dst_keeps_the_wall_clock_delta(db, p):
    owner, reception = early(p)
    first = book(p, at(TUESDAY + dt.timedelta(weeks=1), 10), ctx=reception)
    sid = series.create_series(reception, first, count=3).data
    ids = [a.id for a in members(db, sid)]
    series.move_series(reception, first, Scope.ALL, new_start_local=at(dt.date(2026, 3, 25), 8))
    assert times(db, ids) == ["25.03 08.00", "01.04 08.00", "08.04 08.00"]
    assert [a.starts_at.hour for a in members(db, sid)] == [6, 5, 5]


def test_cancel_following_and_all(db, p, five):
    booking.mark_arrived(p.reception, five[0])
    changes = series.cancel_series(p.reception, five[3], Scope.FOLLOWING,
                                   by=CancelledBy.PRACTICE, reason="Loma")
    assert set(changes.ids) == set(five[3:])
    status = lambda: [appointment(db, i).status for i in five]  # noqa: E731
    B, C, A = AppointmentStatus.BOOKED, AppointmentStatus.CANCELLED, AppointmentStatus.ARRIVED
    assert status() == [A, B, B, C, C]
    series.cancel_series(p.reception, five[1], Scope.THIS, by=CancelledBy.CLIENT,
                         reason="Flunssa")
    assert status() == [A, C, B, C, C]
    series.cancel_series(p.reception, five[2], Scope.ALL, by=CancelledBy.CLIENT,
                         reason="Muutto")
    assert status() == [A, C, C, C, C]   # the arrived one stays
    assert appointment(db, five[2]).cancel_reason == "Muutto"
    cancelled = events(db, "appointment.cancelled")
    assert len(cancelled) == 4 and cancelled[-1].details["scope"] == "all"
    assert [e.details["scope"] for e in events(db, "series.cancelled")] == ["following", "all"]
    assert "Muutto" not in str([e.details for e in cancelled])


def test_series_operations_refuse_a_lone_appointment_and_bad_text(db, p, five):
    lone = book(p, at(MONDAY, 15), client=2)
    assert pytest.raises(Conflict, series.cancel_series, p.reception, lone, Scope.ALL,
                         by=CancelledBy.CLIENT, reason="x").value.code == "not_in_series"
    with pytest.raises(ValidationError) as info:
        series.cancel_series(p.reception, five[0], Scope.ALL, by=CancelledBy.CLIENT,
                             reason="ok\x07")
    assert info.value.code == "invalid_characters"
    assert appointment(db, five[0]).status is AppointmentStatus.BOOKED


def test_appointment_rows_carry_the_series(db, p, five):
    rows = booking.appointments_between(p.reception, at(MONDAY, 0), at(MONDAY, 23))
    assert [r.series_id for r in rows] == [appointment(db, five[0]).series_id]


def test_the_fast_preview_agrees_with_the_booking_check_on_every_date(db, p):
    """The preview reads the range once; the booking service checks one time at a time.
    Both must name the same problems: buffers, rooms, the client elsewhere, absences,
    closed days and working hours."""
    from vastaanotto.models import Absence, SpecialDay, WorkingHours
    from vastaanotto.scheduling import store

    first = book(p, at(MONDAY, 10), service=p.pool, room_id=p.r1)    # room + 30 min
    week = lambda n: MONDAY + dt.timedelta(weeks=n)  # noqa: E731
    book(p, at(week(1), 9, 45), client=1, practitioner=p.p2, service=p.pool, room_id=p.r1)
    book(p, at(week(2), 9, 15), client=1, service=p.physio)           # its buffer till 10.15
    book(p, at(week(3), 9), client=1, service=p.physio)               # buffer ends at 10.00
    book(p, at(week(4), 10), client=0, practitioner=p.p2)             # the client elsewhere
    add_rows = [Absence(staff_id=p.p1, starts_at=at(week(5), 10, 15),
                        ends_at=at(week(5), 11)),
                SpecialDay(day=week(6), closed=True),
                WorkingHours(staff_id=p.p1, weekday=0, starts=dt.time(8),
                             ends=dt.time(18), valid_until=week(6)),
                WorkingHours(staff_id=p.p1, weekday=0, starts=dt.time(8),
                             ends=dt.time(10, 15), valid_from=week(7), valid_until=week(7)),
                WorkingHours(staff_id=p.p1, weekday=0, starts=dt.time(8),
                             ends=dt.time(18), valid_from=week(8))]
    with db.session() as s:
        s.add_all(add_rows)
    plan = series.preview_series(p.reception, first, count=10)
    assert [o.problems for o in plan[1:]] == [
        ("room_busy",), ("practitioner_busy",), (), ("client_busy",), ("practitioner_absent",),
        ("practice_closed",), ("outside_working_hours",), (), ()]
    with db.session() as s:
        appt = s.get(Appointment, first)
        service = store.load_service(s, appt.service_id)
        for occ in plan[1:]:
            exact = series._problems(s, appt, service, occ.starts_at, occ.ends_at,
                                     p.reception.now())
            assert (occ.problems, occ.appointment_ids) == exact, occ.day
