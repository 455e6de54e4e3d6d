"""Pure calendar arithmetic: hours, holidays, absences, DST, and the free-slot search."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vastaanotto.clock import HELSINKI
from vastaanotto.errors import ValidationError
from vastaanotto.scheduling.availability import (
    Busy, Calendar, Need, PracticeHours, SpecialHours, Span, WeeklyHours, check_local_time,
    find_slots, hours_problems, is_public_holiday, local_day_bounds, local_to_utc,
    round_up_to_grid, working_intervals)

UTC = dt.timezone.utc
T = dt.time
EVERY_DAY_8_18 = tuple(WeeklyHours(d, T(8), T(18)) for d in range(7))
WEEKDAYS_8_18 = tuple(WeeklyHours(d, T(8), T(18)) for d in range(5))
NIGHTS = tuple(WeeklyHours(d, T(0), T(6)) for d in range(7))


def utc(*args):
    return dt.datetime(*args, tzinfo=UTC)


def hel(*args, fold=0):
    return dt.datetime(*args, tzinfo=HELSINKI, fold=fold)


def local_times(slots):
    return [s.starts_at.astimezone(HELSINKI).strftime("%H:%M") for s in slots]


# --- holidays, special days, weekly rules -------------------------------------------------

def test_finnish_public_holidays():
    assert is_public_holiday(dt.date(2026, 12, 6))       # Itsenäisyyspäivä (a Sunday in 2026)
    assert is_public_holiday(dt.date(2026, 4, 3))        # Pitkäperjantai
    assert is_public_holiday(dt.date(2026, 6, 19))       # Juhannusaatto, closed by custom
    assert not is_public_holiday(dt.date(2026, 12, 7))


def test_holiday_is_closed_unless_a_special_day_opens_it():
    practice = PracticeHours(EVERY_DAY_8_18)
    assert working_intervals(dt.date(2026, 12, 6), practice, ()) == []
    assert practice.closed_reason(dt.date(2026, 12, 6)) == "holiday"
    assert working_intervals(dt.date(2026, 12, 7), practice, ()) == [
        Span(utc(2026, 12, 7, 6), utc(2026, 12, 7, 16))]
    opened = PracticeHours(EVERY_DAY_8_18, {dt.date(2026, 12, 6): SpecialHours(closed=False)})
    assert working_intervals(dt.date(2026, 12, 6), opened, ()) == [
        Span(utc(2026, 12, 6, 6), utc(2026, 12, 6, 16))]
    short = PracticeHours(EVERY_DAY_8_18,
                          {dt.date(2026, 12, 6): SpecialHours(False, T(10), T(12))})
    assert working_intervals(dt.date(2026, 12, 6), short, ()) == [
        Span(utc(2026, 12, 6, 8), utc(2026, 12, 6, 10))]


def test_special_closed_day_and_its_code():
    practice = PracticeHours(WEEKDAYS_8_18, {dt.date(2026, 11, 23): SpecialHours(closed=True)})
    assert working_intervals(dt.date(2026, 11, 23), practice, ()) == []
    start = utc(2026, 11, 23, 8)
    assert hours_problems(start, start + dt.timedelta(hours=1), practice, ()) == [
        "practice_closed"]


def test_working_hours_cut_to_opening_hours_with_validity_and_room():
    practice = PracticeHours(WEEKDAYS_8_18)
    weekly = [WeeklyHours(0, T(7), T(12), room_id=3),           # starts before opening
              WeeklyHours(0, T(13), T(20), room_id=4),          # ends after closing
              WeeklyHours(1, T(9), T(17), valid_from=dt.date(2026, 12, 1))]
    monday = dt.date(2026, 11, 23)
    assert working_intervals(monday, practice, weekly) == [
        Span(utc(2026, 11, 23, 6), utc(2026, 11, 23, 10), 3),
        Span(utc(2026, 11, 23, 11), utc(2026, 11, 23, 16), 4)]
    assert working_intervals(dt.date(2026, 11, 24), practice, weekly) == []   # not yet valid
    assert working_intervals(dt.date(2026, 12, 1), practice, weekly) == [
        Span(utc(2026, 12, 1, 7), utc(2026, 12, 1, 15))]
    # Rules exist but none for Wednesday: a day off, not the opening-hours fallback.
    assert working_intervals(dt.date(2026, 11, 25), practice, weekly) == []
    # No rules at all: works whenever the practice is open.
    assert working_intervals(dt.date(2026, 11, 25), practice, ()) == [
        Span(utc(2026, 11, 25, 6), utc(2026, 11, 25, 16))]


def test_absences_are_cut_out():
    practice = PracticeHours(WEEKDAYS_8_18)
    lunch = (hel(2026, 11, 23, 11), hel(2026, 11, 23, 11, 30))
    spans = working_intervals(dt.date(2026, 11, 23), practice, (), [lunch])
    assert spans == [Span(utc(2026, 11, 23, 6), utc(2026, 11, 23, 9)),
                     Span(utc(2026, 11, 23, 9, 30), utc(2026, 11, 23, 16))]
    vacation = (utc(2026, 11, 22), utc(2026, 11, 30))
    assert working_intervals(dt.date(2026, 11, 23), practice, (), [vacation]) == []


def test_hours_problems_codes():
    practice = PracticeHours(WEEKDAYS_8_18)
    weekly = [WeeklyHours(0, T(12), T(16))]
    at = hel(2026, 11, 23, 9)
    hour = dt.timedelta(hours=1)
    assert hours_problems(at, at + hour, practice, weekly) == ["outside_working_hours"]
    assert hours_problems(hel(2026, 11, 23, 12), hel(2026, 11, 23, 13), practice, weekly) == []
    assert hours_problems(hel(2026, 11, 23, 7), hel(2026, 11, 23, 8), practice, ()) == [
        "outside_opening_hours"]
    absent = [(hel(2026, 11, 23, 12, 30), hel(2026, 11, 23, 14))]
    assert hours_problems(hel(2026, 11, 23, 12), hel(2026, 11, 23, 13), practice, weekly,
                          absent) == ["practitioner_absent"]
    # Half-open: ending when the absence begins is fine.
    assert hours_problems(hel(2026, 11, 23, 12), hel(2026, 11, 23, 12, 30), practice, weekly,
                          absent) == []
    assert hours_problems(hel(2026, 12, 25, 9), hel(2026, 12, 25, 10), practice, ()) == [
        "holiday"]


# --- local time and DST --------------------------------------------------------------------

def test_local_to_utc_and_day_bounds_across_dst():
    assert local_to_utc(dt.date(2026, 3, 29), T(2, 30)) == utc(2026, 3, 29, 0, 30)
    assert local_to_utc(dt.date(2026, 3, 29), T(4, 30)) == utc(2026, 3, 29, 1, 30)
    assert local_to_utc(dt.date(2026, 10, 25), T(3, 30)) == utc(2026, 10, 25, 0, 30)
    assert local_to_utc(dt.date(2026, 10, 25), T(3, 30), fold=1) == utc(2026, 10, 25, 1, 30)
    start, end = local_day_bounds(dt.date(2026, 3, 29))
    assert (start, end - start) == (utc(2026, 3, 28, 22), dt.timedelta(hours=23))
    start, end = local_day_bounds(dt.date(2026, 10, 25))
    assert (start, end - start) == (utc(2026, 10, 24, 21), dt.timedelta(hours=25))


def test_check_local_time_refuses_gap_naive_and_far_dates():
    with pytest.raises(ValidationError) as info:
        check_local_time(hel(2026, 3, 29, 3, 30))
    assert info.value.code == "nonexistent_local_time"
    with pytest.raises(ValidationError) as info:
        check_local_time(dt.datetime(2026, 3, 29, 10))
    assert info.value.code == "naive_datetime"
    for year in (1999, 2101, 1, 9999):
        with pytest.raises(ValidationError) as info:
            check_local_time(dt.datetime(year, 6, 1, 12, tzinfo=HELSINKI))
        assert info.value.code == "date_out_of_range"
    # The ambiguous hour exists twice; the caller's fold picks which.
    assert check_local_time(hel(2026, 10, 25, 3, 30)) == utc(2026, 10, 25, 0, 30)
    assert check_local_time(hel(2026, 10, 25, 3, 30, fold=1)) == utc(2026, 10, 25, 1, 30)
    assert check_local_time(utc(2026, 3, 29, 1, 30)) == utc(2026, 3, 29, 1, 30)


def test_round_up_to_grid():
    assert round_up_to_grid(utc(2026, 11, 23, 8, 7, 1), 15) == utc(2026, 11, 23, 8, 15)
    assert round_up_to_grid(utc(2026, 11, 23, 8, 15), 15) == utc(2026, 11, 23, 8, 15)
    assert round_up_to_grid(utc(2026, 11, 23, 8, 15, 0, 1), 5) == utc(2026, 11, 23, 8, 20)


# --- Busy and the slot search ---------------------------------------------------------------

def test_busy_merges_and_finds_overlaps_half_open():
    busy = Busy([(30, 40), (10, 20), (20, 25), (15, 18), (50, 50)])
    assert (busy.starts, busy.ends) == ([10, 30], [25, 40])
    assert busy.first_overlap(25, 30) is None     # touches both neighbours, overlaps neither
    assert busy.first_overlap(24, 26) == 25
    assert busy.first_overlap(0, 11) == 25
    assert busy.first_overlap(39, 100) == 40
    assert busy.first_overlap(40, 100) is None


def _calendar(weekly=(), busy=None, practice=PracticeHours(WEEKDAYS_8_18), **kw):
    return Calendar(practice=practice, weekly={1: list(weekly)} if weekly else {},
                    absences={}, busy=busy or {}, **kw)


def _secs(*args):
    return int(utc(*args).timestamp())


def test_slots_skip_bookings_with_buffers_and_allow_back_to_back():
    # Booked 09:00-10:00 local (07-08 UTC) with 15 min cleaning after.
    busy = {1: Busy([(_secs(2026, 11, 23, 7), _secs(2026, 11, 23, 8, 15))])}
    cal = _calendar(busy=busy)
    slots = find_slots(cal, [1], Need(60), grid_minutes=15, start=hel(2026, 11, 23, 8),
                       end=hel(2026, 11, 23, 12), limit=10)
    # Starts are offered up to the end of the window (11:45), not only those ending in it.
    assert local_times(slots) == ["08:00", "10:15", "10:30", "10:45", "11:00", "11:15", "11:30",
                                  "11:45"]
    # A service that needs 30 minutes of preparation cannot start until 10:45.
    slots = find_slots(cal, [1], Need(60, before=30), grid_minutes=15,
                       start=hel(2026, 11, 23, 8), end=hel(2026, 11, 23, 12), limit=10)
    assert local_times(slots) == ["08:00", "10:45", "11:00", "11:15", "11:30", "11:45"]
    assert slots[0].ends_at - slots[0].starts_at == dt.timedelta(hours=1)


def test_slots_across_spring_forward_keep_the_local_grid():
    cal = _calendar(weekly=[WeeklyHours(d, T(8), T(16)) for d in range(5)])
    slots = find_slots(cal, [1], Need(60), grid_minutes=30, start=hel(2026, 3, 27, 14),
                       end=hel(2026, 4, 2), limit=4)
    assert [s.starts_at for s in slots] == [
        utc(2026, 3, 27, 12), utc(2026, 3, 27, 12, 30), utc(2026, 3, 27, 13),  # Fri, UTC+2
        utc(2026, 3, 30, 5)]                                                  # Mon 08:00, UTC+3
    assert local_times(slots) == ["14:00", "14:30", "15:00", "08:00"]


def test_night_slots_on_both_dst_sundays_follow_the_wall_clock():
    cal = _calendar(weekly=[WeeklyHours(6, T(0), T(6))], practice=PracticeHours(NIGHTS))
    spring = find_slots(cal, [1], Need(60), grid_minutes=30, start=hel(2026, 3, 29, 0),
                        end=hel(2026, 3, 29, 12), limit=50)
    # 03:00-03:59 does not exist; 02:30 + 60 min ends at 04:30 on the wall clock.
    assert local_times(spring) == ["00:00", "00:30", "01:00", "01:30", "02:00", "02:30",
                                   "04:00", "04:30", "05:00"]
    assert spring[5].starts_at == utc(2026, 3, 29, 0, 30)
    autumn = find_slots(cal, [1], Need(60), grid_minutes=30, start=hel(2026, 10, 25, 0),
                        end=hel(2026, 10, 25, 12), limit=50)
    # 03:00-03:59 happens twice, so its grid times are offered twice, as distinct instants.
    assert local_times(autumn) == ["00:00", "00:30", "01:00", "01:30", "02:00", "02:30",
                                   "03:00", "03:30", "03:00", "03:30", "04:00", "04:30",
                                   "05:00"]
    assert len({s.starts_at for s in autumn}) == 13


def test_slots_order_by_time_then_practitioner_and_stop_at_limit():
    practice = PracticeHours(WEEKDAYS_8_18)
    cal = Calendar(practice=practice, weekly={}, absences={},
                   busy={2: Busy([(_secs(2026, 11, 23, 6), _secs(2026, 11, 23, 7))])})
    slots = find_slots(cal, [3, 2], Need(30), grid_minutes=30, start=hel(2026, 11, 23, 8),
                       end=hel(2026, 11, 30), limit=4)
    assert [(s.practitioner_id, local_times([s])[0]) for s in slots] == [
        (3, "08:00"), (3, "08:30"), (2, "09:00"), (3, "09:00")]


def test_room_needing_service_gets_a_free_room():
    busy_room = Busy([(_secs(2026, 11, 23, 6), _secs(2026, 11, 23, 7))])
    cal = _calendar(weekly=[WeeklyHours(0, T(8), T(12), room_id=7)],
                    room_busy={7: busy_room}, rooms=[5, 7])
    slots = find_slots(cal, [1], Need(60, needs_room=True), grid_minutes=60,
                       start=hel(2026, 11, 23, 8), end=hel(2026, 11, 23, 12), limit=10)
    # The practitioner's own room is taken 08-09, and a working-hours room is not swapped.
    assert [(local_times([s])[0], s.room_id) for s in slots] == [
        ("09:00", 7), ("10:00", 7), ("11:00", 7)]
    free_choice = _calendar(room_busy={5: busy_room}, rooms=[5, 7])
    slots = find_slots(free_choice, [1], Need(60, needs_room=True), grid_minutes=60,
                       start=hel(2026, 11, 23, 8), end=hel(2026, 11, 23, 10), limit=10)
    assert [s.room_id for s in slots] == [7, 5]
    no_rooms = _calendar()
    assert find_slots(no_rooms, [1], Need(60, needs_room=True), grid_minutes=60,
                      start=hel(2026, 11, 23, 8), end=hel(2026, 11, 24), limit=10) == []


def test_blocked_time_is_tested_without_buffers():
    blocked = Busy([(_secs(2026, 11, 23, 6), _secs(2026, 11, 23, 7))])
    cal = _calendar()
    slots = find_slots(cal, [1], Need(60, before=30, after=30), grid_minutes=60,
                       start=hel(2026, 11, 23, 8), end=hel(2026, 11, 23, 11), limit=10,
                       blocked=blocked)
    assert local_times(slots) == ["09:00", "10:00"]


intervals = st.lists(st.tuples(st.integers(0, 600), st.integers(5, 120)), max_size=12)


@settings(max_examples=150, deadline=None)
@given(booked=intervals, before=st.sampled_from([0, 5, 15]), after=st.sampled_from([0, 10]),
       duration=st.sampled_from([15, 30, 45, 90]), grid=st.sampled_from([5, 15, 30]))
def test_search_equals_brute_force(booked, before, after, duration, grid):
    """Every grid start is offered exactly when its occupied time is free and inside hours."""
    day0 = _secs(2026, 11, 23, 6)  # Monday 08:00 local; open until 18:00 (16:00 UTC)
    occupied = [(day0 + m * 60 - 600, day0 + (m + length) * 60) for m, length in booked]
    cal = _calendar(busy={1: Busy(occupied)})
    slots = find_slots(cal, [1], Need(duration, before, after), grid_minutes=grid,
                       start=hel(2026, 11, 23, 0), end=hel(2026, 11, 24), limit=500)
    got = [int(s.starts_at.timestamp()) for s in slots]
    expected = [
        t for t in range(day0, _secs(2026, 11, 23, 16) - duration * 60 + 1, grid * 60)
        if not any(s < t + (duration + after) * 60 and t - before * 60 < e for s, e in occupied)]
    assert got == expected
