"""The calendar's pure layout (ui/calendar/layout.py): lanes for overlapping appointments,
columns, wall-clock minutes across DST changes, the hours shown, ranges by mode."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import given
from hypothesis import strategies as st

from ui.calendar.layout import (Column, Mode, assign_lanes, build_columns, hour_span,
                                local_day, local_minutes, month_start, place, range_of, snap,
                                wall_clock, week_start)
from vastaanotto.clock import HELSINKI
from vastaanotto.models.appointments import AppointmentStatus
from vastaanotto.services.schedule import (CalendarData, CalendarDay, CalendarEntry,
                                           CalendarPerson)

S = AppointmentStatus


def entry(id_, start: dt.datetime, minutes: int, practitioner=1, status=S.BOOKED, room=None):
    a = int(start.timestamp())
    return CalendarEntry(id_, practitioner, room, 1, "Asiakas", "", 1, "Hieronta", "#7fb77e",
                         status, a, a + minutes * 60, None, False, 0, 0, "phone", "")


def local(day, hour, minute=0, fold=0):
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=HELSINKI).replace(fold=fold)


def data_of(days, people=(1, 2), entries=(), opening=None):
    rows = []
    for day in days:
        spans = opening(day) if opening else ()
        rows.append(CalendarDay(day, None, "", spans))
    return CalendarData(days[0], tuple(rows), 15,
                        tuple(CalendarPerson(i, f"Hoitaja {i}", "#4a90d9", True) for i in people),
                        (), tuple(entries), {}, {})


def test_lanes_side_by_side_only_where_they_overlap():
    lanes = assign_lanes([(1, 540, 600), (2, 570, 630), (3, 600, 660), (4, 700, 730)])
    # 1 and 2 overlap; 3 starts when 1 ends (half-open) and takes its lane; 4 stands alone.
    assert lanes == {1: (0, 2), 2: (1, 2), 3: (0, 2), 4: (0, 1)}


def test_a_chain_of_overlaps_shares_one_lane_count():
    lanes = assign_lanes([(1, 0, 100), (2, 10, 20), (3, 30, 40), (4, 50, 60), (5, 90, 120)])
    assert {lanes[i][1] for i in lanes} == {2}
    assert lanes[1] == (0, 2) and lanes[2][0] == lanes[3][0] == lanes[4][0] == 1
    assert lanes[5] == (1, 2)  # lane 1 is free again at 90, lane 0 is not


@given(st.lists(st.tuples(st.integers(0, 1400), st.integers(1, 240)), max_size=40))
def test_lanes_never_put_overlapping_boxes_in_one_lane(spans):
    items = [(i, top, top + length) for i, (top, length) in enumerate(spans)]
    lanes = assign_lanes(items)
    assert set(lanes) == {i for i, _t, _b in items}
    for i, top, bottom in items:
        lane, count = lanes[i]
        assert 0 <= lane < count
        for j, top2, bottom2 in items:
            if i < j and top < bottom2 and top2 < bottom:  # overlap
                assert lanes[j][0] != lane and lanes[j][1] == count


def test_wall_clock_minutes_on_dst_days():
    spring, autumn = dt.date(2026, 3, 29), dt.date(2026, 10, 25)
    # 02.30 and 04.30 on the spring day are one real hour apart but two on the wall.
    assert local_minutes(int(local(spring, 2, 30).timestamp()), spring) == 150
    assert local_minutes(int(local(spring, 4, 30).timestamp()), spring) == 270
    # The autumn hour 03.00-04.00 happens twice: both are drawn at 03.30.
    first = int(local(autumn, 3, 30, fold=0).timestamp())
    second = int(local(autumn, 3, 30, fold=1).timestamp())
    assert second - first == 3600
    assert local_minutes(first, autumn) == local_minutes(second, autumn) == 210
    assert local_day(first) == autumn
    assert wall_clock(spring, 9 * 60).utcoffset() == dt.timedelta(hours=3)
    assert wall_clock(dt.date(2026, 3, 28), 9 * 60).utcoffset() == dt.timedelta(hours=2)
    assert wall_clock(spring, 24 * 60 + 30) == local(spring + dt.timedelta(days=1), 0, 30)


def test_local_minutes_agree_with_zoneinfo_everywhere():
    rng = random.Random(7)
    for _ in range(20_000):
        moment = rng.randrange(946_684_800, 4_102_444_800)
        shown = dt.datetime.fromtimestamp(moment, HELSINKI)
        assert local_day(moment) == shown.date()
        assert local_minutes(moment, shown.date()) == shown.hour * 60 + shown.minute


def test_place_on_the_dst_days_uses_the_wall_clock():
    spring, autumn = dt.date(2026, 3, 29), dt.date(2026, 10, 25)
    entries = [entry(1, local(spring, 2, 30), 60), entry(2, local(autumn, 3, 0, fold=0), 60),
               entry(3, local(autumn, 3, 30, fold=1), 30)]
    columns = [Column(spring, 1), Column(autumn, 1)]
    placed = {p.id: p for p in place(entries, columns)}
    # 02.30 + 60 real minutes is 04.30 on the spring wall clock.
    assert (placed[1].column, placed[1].top, placed[1].bottom) == (0, 150, 270)
    # The second 03.30 overlaps the first 03.00-04.00 on the wall: side by side.
    assert (placed[2].top, placed[2].bottom) == (180, 240)
    assert (placed[3].top, placed[3].bottom) == (210, 240)
    assert {placed[2].lane, placed[3].lane} == {0, 1} and placed[3].lanes == 2


def test_place_by_practitioner_room_and_cancelled():
    day = dt.date(2026, 11, 23)
    entries = [entry(1, local(day, 9), 60, practitioner=1, room=5),
               entry(2, local(day, 9), 60, practitioner=2, status=S.CANCELLED),
               entry(3, local(day + dt.timedelta(days=1), 9), 30, practitioner=2),
               entry(4, local(day, 9), 30, practitioner=9)]  # not a shown column
    columns = [Column(day, 1), Column(day, 2)]
    assert [(p.id, p.column) for p in place(entries, columns)] == [(1, 0)]
    shown = place(entries, columns, show_cancelled=True)
    assert sorted((p.id, p.column) for p in shown) == [(1, 0), (2, 1)]
    rooms = [Column(day, room_id=5), Column(day, room_id=6)]
    assert [(p.id, p.column) for p in place(entries, rooms)] == [(1, 0)]


def test_week_columns_day_by_day_and_closed_weekend_left_out():
    monday = dt.date(2026, 11, 23)
    days = [monday + dt.timedelta(days=i) for i in range(7)]
    opening = lambda d: ((1, 2),) if d.weekday() < 5 else ()  # noqa: E731
    data = data_of(days, opening=opening)
    columns = build_columns(Mode.WEEK, data)
    assert [(c.day.weekday(), c.practitioner_id) for c in columns][:3] == [(0, 1), (0, 2),
                                                                           (1, 1)]
    assert len(columns) == 10  # Mon-Fri × 2
    booked = data_of(days, entries=[entry(1, local(days[5], 10), 30)], opening=opening)
    assert len(build_columns(Mode.WEEK, booked)) == 12  # Saturday has a booking: shown
    day = data_of(days[:1])
    assert build_columns(Mode.DAY, day) == [Column(monday, 1), Column(monday, 2)]


def test_hours_shown_cover_opening_and_bookings():
    day = dt.date(2026, 11, 23)
    opening = lambda d: ((int(local(d, 8).timestamp()), int(local(d, 18).timestamp())),)  # noqa
    data = data_of([day], opening=opening)
    assert hour_span(data, []) == (7 * 60, 19 * 60)
    late = place([entry(1, local(day, 20, 30), 60)], [Column(day, 1)])
    assert hour_span(data, late) == (7 * 60, 22 * 60 + 30 - 30 + 60)
    assert hour_span(data_of([day]), []) == (7 * 60, 18 * 60)  # no hours: 8-17 and margin


def test_ranges_weeks_start_on_monday():
    sunday = dt.date(2026, 11, 29)
    assert week_start(sunday) == dt.date(2026, 11, 23)
    assert range_of(Mode.WEEK, sunday) == (dt.date(2026, 11, 23), 7)
    assert range_of(Mode.DAY, sunday) == (sunday, 1)
    assert month_start(dt.date(2026, 11, 15)) == dt.date(2026, 10, 26)
    assert range_of(Mode.MONTH, dt.date(2026, 11, 15)) == (dt.date(2026, 10, 26), 42)
    assert snap(607, 15) == 600 and snap(608, 15) == 615 and snap(613, 5) == 615
