"""Pure layout of the time grid: which column an appointment goes in, where on the local
wall clock it starts and ends, and how overlapping appointments share a column side by side.

No Qt here, so the arithmetic is unit-tested on its own (tests/ui/test_calendar_layout.py) and
costs what Python costs; the painting widget (``time_grid``) only scales these minutes to
pixels.

The vertical axis is the local wall clock of Europe/Helsinki, as on a paper calendar: an
appointment at 09.00 is drawn at 09.00 whatever the UTC offset. On the spring-forward day the
hour 03.00-04.00 does not exist, so a booking across it is drawn from its start to its end
wall-clock time; on the autumn day the hour 03.00-04.00 happens twice and both are drawn in
the same hour row (where two bookings then overlap, they are laid side by side), and a
booking whose wall-clock end is not after its start (03.00 EEST to 03.00 EET) is drawn with
its real length.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
import enum
from dataclasses import dataclass
from typing import Iterable, Sequence

from vastaanotto.clock import HELSINKI
from vastaanotto.models.appointments import AppointmentStatus
from vastaanotto.services.schedule import CalendarData, CalendarEntry

DAY_MINUTES = 24 * 60


class Mode(enum.Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    MY_DAY = "my_day"


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the time grid: a local date and a practitioner or a room (one of them)."""

    day: dt.date
    practitioner_id: int | None = None
    room_id: int | None = None


@dataclass(frozen=True, slots=True)
class Placed:
    """An appointment in the grid: its column, minutes of the local day [top, bottom), and its
    lane among ``lanes`` side-by-side lanes of the cluster it overlaps with."""

    id: int
    column: int
    top: int
    bottom: int
    lane: int = 0
    lanes: int = 1


_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
_offsets: dict[int, int] = {}


def _offset(epoch: int) -> int:
    """Helsinki's UTC offset in seconds at ``epoch``. Offsets change only on the hour (DST
    switches at 01.00 UTC), so one zoneinfo lookup per hour serves every appointment in it:
    the week view converts thousands of instants per layout."""
    hour = epoch // 3600
    offset = _offsets.get(hour)
    if offset is None:
        if len(_offsets) > 100_000:
            _offsets.clear()
        offset = _offsets[hour] = int(
            dt.datetime.fromtimestamp(hour * 3600, HELSINKI).utcoffset().total_seconds())
    return offset


def local_minutes(epoch: int, day: dt.date) -> int:
    """Wall-clock minutes of ``epoch`` counted from local midnight of ``day`` (may be < 0 or
    > 1440 for an instant on another date)."""
    return (epoch + _offset(epoch)) // 60 - (day.toordinal() - _EPOCH_ORDINAL) * DAY_MINUTES


def local_day(epoch: int) -> dt.date:
    return dt.date.fromordinal((epoch + _offset(epoch)) // 86400 + _EPOCH_ORDINAL)


def day_epoch(day: dt.date) -> int:
    """Epoch seconds of local midnight starting ``day``."""
    return int(dt.datetime.combine(day, dt.time(0), tzinfo=HELSINKI).timestamp())


def wall_clock(day: dt.date, minute: int) -> dt.datetime:
    """The aware local datetime of ``minute`` on ``day`` (fold 0 on the ambiguous hour); a
    time in the spring-forward gap is returned as such, for the service to refuse."""
    day = day + dt.timedelta(days=minute // DAY_MINUTES)
    minute %= DAY_MINUTES
    return dt.datetime.combine(day, dt.time(minute // 60, minute % 60), tzinfo=HELSINKI)


def snap(minute: float, grid: int) -> int:
    """The nearest grid line."""
    return int(round(minute / grid)) * grid


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week (Finnish weeks start on Monday)."""
    return day - dt.timedelta(days=day.weekday())


def month_start(day: dt.date) -> dt.date:
    """The Monday on or before the first of ``day``'s month: the month grid's first cell."""
    return week_start(day.replace(day=1))


def range_of(mode: Mode, day: dt.date) -> tuple[dt.date, int]:
    """(first day, number of days) that ``mode`` shows around ``day``."""
    if mode is Mode.WEEK:
        return week_start(day), 7
    if mode is Mode.MONTH:
        return month_start(day), 42
    return day, 1


def build_columns(mode: Mode, data: CalendarData, *, by_room: bool = False) -> list[Column]:
    """Day views: one column per practitioner (or per room); week view: for each day, one
    column per practitioner shown."""
    days = [d.day for d in data.days]
    if mode is Mode.WEEK:
        # A weekend the practice is simply not open (no hours, not a holiday) and nobody is
        # booked on takes no room; a holiday stays, shaded and named.
        quiet = [d.day for d in data.days
                 if not (d.opening or d.closed or d.day.weekday() < 5)]
        # Only the quiet days' bookings matter: found by bisecting the sorted starts, not by
        # converting every entry of the week to its local date.
        starts = [e.start for e in data.entries] if quiet else []
        busy = {day for day in quiet
                if bisect_left(starts, day_epoch(day + dt.timedelta(days=1)))
                > bisect_left(starts, day_epoch(day))}
        days = [d.day for d in data.days if d.opening or d.closed or d.day in busy
                or d.day.weekday() < 5]
    if by_room and mode in (Mode.DAY, Mode.MY_DAY) and data.rooms:
        return [Column(days[0], room_id=rid) for rid, _name in data.rooms]
    people = [p.id for p in data.practitioners]
    return [Column(day, practitioner_id=pid) for day in days for pid in people]


def assign_lanes(items: Sequence[tuple[int, int, int]]) -> dict[int, tuple[int, int]]:
    """``items``: (id, top, bottom). Returns id -> (lane, lanes).

    Appointments that overlap (directly or through a chain) form a cluster; each takes the
    lowest lane free at its start, and every member of a cluster gets the cluster's lane count
    so that side-by-side boxes have equal widths. Half-open: back to back is no overlap.
    """
    out: dict[int, tuple[int, int]] = {}
    cluster: list[tuple[int, int]] = []   # (id, lane)
    lane_ends: list[int] = []             # bottom of the last item in each lane
    cluster_end = None
    for item_id, top, bottom in sorted(items, key=lambda it: (it[1], -it[2], it[0])):
        if cluster_end is not None and top >= cluster_end:
            for cid, lane in cluster:
                out[cid] = (lane, len(lane_ends))
            cluster, lane_ends, cluster_end = [], [], None
        for lane, end in enumerate(lane_ends):
            if end <= top:
                lane_ends[lane] = bottom
                break
        else:
            lane = len(lane_ends)
            lane_ends.append(bottom)
        cluster.append((item_id, lane))
        cluster_end = bottom if cluster_end is None else max(cluster_end, bottom)
    for cid, lane in cluster:
        out[cid] = (lane, len(lane_ends))
    return out


def place(entries: Iterable[CalendarEntry], columns: Sequence[Column], *,
          show_cancelled: bool = False) -> list[Placed]:
    """Every entry that belongs to a column, with its minutes and lane.

    An entry goes to the column of its local start date and its practitioner (or room, for room
    columns). Minutes are clipped to that day; a zero-length rest still gets one minute so the
    box stays clickable.
    """
    # Days as day numbers since the epoch: no date object per entry (hundreds per layout).
    index = {}
    for i, col in enumerate(columns):
        index[(col.day.toordinal() - _EPOCH_ORDINAL, col.practitioner_id, col.room_id)] = i
    by_room = bool(columns) and columns[0].room_id is not None
    per_column: dict[int, list[tuple[int, int, int]]] = {}
    cancelled = AppointmentStatus.CANCELLED
    offsets, offset_of = _offsets, _offset
    for e in entries:
        if e.status is cancelled and not show_cancelled:
            continue
        start = e.start
        offset = offsets.get(start // 3600)
        local = (start + (offset if offset is not None else offset_of(start))) // 60
        day = local // DAY_MINUTES
        key = (day, None, e.room_id) if by_room else (day, e.practitioner_id, None)
        col = index.get(key)
        if col is None:
            continue
        top = local % DAY_MINUTES
        wall = (e.end + offset_of(e.end)) // 60 - local
        # In the repeated autumn hour the wall clock can end where it started (03.00 EEST
        # to 03.00 EET); such a box keeps its real length instead of vanishing.
        length = wall if wall > 0 else (e.end - e.start) // 60
        bottom = min(top + length, DAY_MINUTES)
        per_column.setdefault(col, []).append((e.id, top, max(bottom, top + 1)))
    placed = []
    for col, items in per_column.items():
        lanes = assign_lanes(items)
        for item_id, top, bottom in items:
            lane, count = lanes[item_id]
            placed.append(Placed(item_id, col, top, bottom, lane, count))
    return placed


def hour_span(data: CalendarData, placed: Sequence[Placed], *, default=(8 * 60, 17 * 60),
              margin: int = 60) -> tuple[int, int]:
    """The wall-clock minutes to show: the opening hours (and every appointment) with an hour
    of margin, in whole hours; ``default`` when the practice has no hours that week."""
    lows, highs = [], []
    for d in data.days:
        for start, end in d.opening:
            lows.append(local_minutes(start, d.day))
            highs.append(local_minutes(end, d.day))
    for p in placed:
        lows.append(p.top)
        highs.append(p.bottom)
    low = min(lows, default=default[0]) - margin
    high = max(highs, default=default[1]) + margin
    low = max(0, (low // 60) * 60)
    high = min(DAY_MINUTES, -(-high // 60) * 60)
    return low, max(high, low + 60)
