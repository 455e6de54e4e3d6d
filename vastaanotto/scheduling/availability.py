"""When a practitioner can be booked: hours, holidays, absences and the free-slot search.

Pure functions over plain data: the booking service loads the rules and the booked intervals
once (:mod:`vastaanotto.scheduling.store`) and hands them in, so this arithmetic is tested
without a database and runs at the speed of sorted Python lists.

Time rules (DESIGN.md, "Rules of the data"):

* Opening and working hours are local wall-clock times in Europe/Helsinki. Each local date is
  turned into UTC instants on its own, so "08:00" stays 08:00 on both sides of a DST change.
* A wall-clock time that does not exist (the spring-forward gap, 29.3.2026 03:00-03:59) is
  refused for a booking (:func:`check_local_time`, code ``nonexistent_local_time``): silently
  moving a client's time by an hour is worse than asking the person again. A boundary of an
  hours rule that falls into the gap is read with ``fold=0`` (the offset before the change),
  i.e. it lands one hour later on the wall clock; only night shifts can meet this.
* An ambiguous wall-clock time (25.10.2026 03:00-03:59 happens twice) is taken with the
  caller's ``fold``; :func:`local_to_utc` defaults to ``fold=0``, the first occurrence (EEST).
* Slots start on the calendar grid of local wall-clock time. Helsinki's UTC offsets are whole
  hours and every grid choice (5, 10, 15, 30 minutes) divides an hour, so the local grid and the
  UTC grid are the same instants; the search therefore steps in plain epoch seconds.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Iterable, Mapping, NamedTuple, Sequence

import holidays

from vastaanotto.clock import HELSINKI
from vastaanotto.errors import ValidationError

UTC = dt.timezone.utc
MAX_DURATION_MINUTES = 1440  # the service table's CHECK; resize keeps to it as well

Interval = tuple[dt.datetime, dt.datetime]


class Span(NamedTuple):
    """A bookable stretch [start, end) in UTC, with the room the practitioner works in, if any."""

    start: dt.datetime
    end: dt.datetime
    room_id: int | None = None


@dataclass(frozen=True)
class WeeklyHours:
    """One weekly rule in local time; weekday 0 = Monday. Used for opening and working hours."""

    weekday: int
    starts: dt.time
    ends: dt.time
    room_id: int | None = None
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None

    def applies(self, day: dt.date) -> bool:
        return (day.weekday() == self.weekday
                and (self.valid_from is None or self.valid_from <= day)
                and (self.valid_until is None or day <= self.valid_until))


@dataclass(frozen=True)
class SpecialHours:
    """A date that overrides the weekly opening hours.

    ``closed=False`` without times opens the date with the usual weekly hours, which is how a
    practice opens on a public holiday; with times it opens for exactly those hours.
    """

    closed: bool = True
    opens: dt.time | None = None
    closes: dt.time | None = None


@functools.lru_cache(maxsize=32)
def _holidays(year: int) -> frozenset[dt.date]:
    # Building the calendar costs tens of milliseconds; the free-slot budget is 16 ms.
    return frozenset(holidays.Finland(years=year))


def is_public_holiday(day: dt.date) -> bool:
    """Finnish public holidays, plus Midsummer Eve and Christmas Eve as the package lists them."""
    return day in _holidays(day.year)


@functools.lru_cache(maxsize=8192)
def local_to_utc(day: dt.date, time: dt.time, fold: int = 0) -> dt.datetime:
    """A local wall-clock time on ``day`` as an aware UTC instant (see the module doc on DST).

    Cached: the slot search asks for the same few shift boundaries for every practitioner and
    day, and a zoneinfo conversion costs more than the rest of a day's arithmetic.
    """
    return dt.datetime.combine(day, time, tzinfo=HELSINKI).replace(fold=fold).astimezone(UTC)


def check_local_time(moment: dt.datetime, field_name: str = "starts_at") -> dt.datetime:
    """Refuse naive and non-existent wall-clock times; return the instant in UTC.

    A time in a zone with DST (a ZoneInfo) that does not survive a round trip through UTC lies
    in the spring-forward gap. Seconds are dropped: the calendar's resolution is a minute, and
    whole minutes let the free-slot search read booked time as plain integers.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValidationError(field_name, "naive_datetime")
    # Before any conversion: year 1 or 9999 would overflow astimezone().
    if not 2000 <= moment.year <= 2100:
        raise ValidationError(field_name, "date_out_of_range")
    as_utc = moment.astimezone(UTC)
    back = as_utc.astimezone(moment.tzinfo)
    if back.replace(tzinfo=None, fold=0) != moment.replace(tzinfo=None, fold=0):
        raise ValidationError(field_name, "nonexistent_local_time")
    return as_utc.replace(second=0, microsecond=0)


def local_day_bounds(day: dt.date) -> Interval:
    """The local day [00:00, next 00:00) in UTC: 23 or 25 hours long on DST change days."""
    return (local_to_utc(day, dt.time(0)), local_to_utc(day + dt.timedelta(days=1), dt.time(0)))


def _span(day: dt.date, starts: dt.time, ends: dt.time, room_id: int | None = None) -> Span | None:
    start, end = local_to_utc(day, starts), local_to_utc(day, ends)
    # Both ends in one DST gap collapse to nothing; such a rule has no bookable time that day.
    return Span(start, end, room_id) if start < end else None


@dataclass(frozen=True)
class PracticeHours:
    """The practice's opening hours: weekly rules, special dates and public holidays."""

    weekly: tuple[WeeklyHours, ...] = ()
    special: Mapping[dt.date, SpecialHours] = field(default_factory=dict)

    def closed_reason(self, day: dt.date) -> str | None:
        """``practice_closed`` (a special date), ``holiday`` (and not opened), or None."""
        special = self.special.get(day)
        if special is not None:
            return "practice_closed" if special.closed else None
        return "holiday" if is_public_holiday(day) else None

    def intervals(self, day: dt.date) -> list[Span]:
        if self.closed_reason(day):
            return []
        special = self.special.get(day)
        if special is not None and special.opens is not None and special.closes is not None:
            pairs = [(special.opens, special.closes)]
        else:
            pairs = [(w.starts, w.ends) for w in self.weekly if w.applies(day)]
        spans = (_span(day, a, b) for a, b in pairs)
        return sorted(s for s in spans if s is not None)


def _intersect(spans: Iterable[Span], limits: Sequence[Span]) -> list[Span]:
    out = []
    for s in spans:
        for lim in limits:
            start, end = max(s.start, lim.start), min(s.end, lim.end)
            if start < end:
                out.append(Span(start, end, s.room_id))
    return out


def _subtract(spans: Iterable[Span], cuts: Sequence[Interval]) -> list[Span]:
    out = []
    for s in spans:
        pieces = [s]
        for c_start, c_end in cuts:
            next_pieces = []
            for p in pieces:
                if c_end <= p.start or c_start >= p.end:
                    next_pieces.append(p)
                    continue
                if p.start < c_start:
                    next_pieces.append(Span(p.start, c_start, p.room_id))
                if c_end < p.end:
                    next_pieces.append(Span(c_end, p.end, p.room_id))
            pieces = next_pieces
        out.extend(pieces)
    return out


def working_intervals(day: dt.date, practice: PracticeHours, weekly: Sequence[WeeklyHours],
                      absences: Sequence[Interval] = ()) -> list[Span]:
    """Bookable time of one practitioner on a local date, in UTC, sorted.

    Working hours are cut to the opening hours and absences are cut out. A practitioner with no
    working-hours rules at all works whenever the practice is open: a sole trader should not have
    to enter the same hours twice. Rules that exist but do not cover ``day`` mean a day off.
    """
    return _working(day, practice.intervals(day), [w for w in weekly if w.applies(day)],
                    absences, has_rules=bool(weekly))


def _working(day: dt.date, opening: list[Span], today: Sequence[WeeklyHours],
             absences: Sequence[Interval], *, has_rules: bool) -> list[Span]:
    """``today``: the rules that apply on ``day``; ``has_rules``: whether any rules exist."""
    if not opening:
        return []
    if not has_rules:
        own: list[Span] = opening
    else:
        spans = (_span(day, w.starts, w.ends, w.room_id) for w in today)
        own = _intersect([s for s in spans if s is not None], opening)
    return sorted(_subtract(own, absences)) if absences and own else own


def _inside(start: dt.datetime, end: dt.datetime, spans: Sequence[Span]) -> bool:
    return any(s.start <= start and end <= s.end for s in spans)


def hours_problems(start: dt.datetime, end: dt.datetime, practice: PracticeHours,
                   weekly: Sequence[WeeklyHours], absences: Sequence[Interval] = ()) -> list[str]:
    """Why [start, end) is not bookable time, as codes; empty when it is.

    Only the appointment itself must fit the hours: its buffers (preparation, cleaning) may
    fall just outside them, as they do on paper calendars. The rules of the local date of
    ``start`` apply.
    """
    problems = []
    if any(a < end and start < b for a, b in absences):
        problems.append("practitioner_absent")
    day = start.astimezone(HELSINKI).date()
    closed = practice.closed_reason(day)
    if closed:
        return problems + [closed]
    opening = practice.intervals(day)
    if not _inside(start, end, opening):
        problems.append("outside_opening_hours")
    if weekly:
        spans = (_span(day, w.starts, w.ends) for w in weekly if w.applies(day))
        if not _inside(start, end, [s for s in spans if s is not None]):
            problems.append("outside_working_hours")
    return problems


class Busy:
    """Occupied time as merged, sorted, disjoint [start, end) intervals in epoch seconds.

    Integers, not datetimes: the free-slot search tests thousands of candidates per call and
    ``bisect`` on int lists is the cheapest lookup Python has.
    """

    __slots__ = ("starts", "ends")

    def __init__(self, intervals: Iterable[tuple[int, int]] = ()):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(intervals):
            if start >= end:
                continue
            if self.ends and start <= self.ends[-1]:
                # Touching intervals merge too: for half-open overlap tests that is equivalent.
                if end > self.ends[-1]:
                    self.ends[-1] = end
            else:
                self.starts.append(start)
                self.ends.append(end)

    def first_overlap(self, lo: int, hi: int) -> int | None:
        """The end of the busy interval overlapping [lo, hi), or None if [lo, hi) is free."""
        i = bisect_right(self.ends, lo)
        if i < len(self.starts) and self.starts[i] < hi:
            return self.ends[i]
        return None


@dataclass(frozen=True)
class Slot:
    practitioner_id: int
    starts_at: dt.datetime  # aware UTC
    ends_at: dt.datetime    # aware UTC
    room_id: int | None = None


@dataclass(frozen=True)
class Calendar:
    """Everything the search needs, loaded once per call."""

    practice: PracticeHours
    weekly: Mapping[int, Sequence[WeeklyHours]]   # by practitioner
    absences: Mapping[int, Sequence[Interval]]    # by practitioner
    busy: Mapping[int, Busy]                      # by practitioner, buffers included
    room_busy: Mapping[int, Busy] = field(default_factory=dict)
    rooms: Sequence[int] = ()                     # active rooms, in the order to offer them


@dataclass(frozen=True)
class Need:
    """What the new appointment occupies: its length and the buffers around it, in minutes."""

    duration: int
    before: int = 0
    after: int = 0
    needs_room: bool = False


def _align_up(t: int, grid: int) -> int:
    return -(-t // grid) * grid


def _free_room(cal: Calendar, span_room: int | None, lo: int, hi: int) -> tuple[bool, int | None,
                                                                                int | None]:
    """(found, room, earliest end of a blocking booking) for the occupied interval [lo, hi).

    A practitioner whose working hours name a room is offered only that room (their equipment is
    there); otherwise any active room, lowest id first.
    """
    choices = [span_room] if span_room in cal.rooms else cal.rooms
    soonest = None
    for room in choices:
        busy = cal.room_busy.get(room)
        end = busy.first_overlap(lo, hi) if busy is not None else None
        if end is None:
            return True, room, None
        soonest = end if soonest is None else min(soonest, end)
    return False, None, soonest


def _starts_in(span: Span, cal: Calendar, busy: Busy | None, need: Need, grid: int,
               not_before: int, before_limit: int, blocked: Busy | None):
    """Grid starts inside ``span`` whose occupied interval is free; yields (start, room)."""
    dur, before, after = need.duration * 60, need.before * 60, need.after * 60
    span_end = int(span.end.timestamp())
    t = _align_up(max(int(span.start.timestamp()), not_before), grid)
    while t + dur <= span_end and t < before_limit:
        lo, hi = t - before, t + dur + after
        end = busy.first_overlap(lo, hi) if busy is not None else None
        if end is not None:  # jump past the booking rather than test every grid step in it
            t = _align_up(end + before, grid)
            continue
        if blocked is not None:
            end = blocked.first_overlap(t, t + dur)
            if end is not None:
                t = _align_up(end, grid)
                continue
        room = None
        if need.needs_room:
            found, room, end = _free_room(cal, span.room_id, lo, hi)
            if not found:
                t = _align_up(end + before, grid) if end is not None else span_end
                continue
        yield t, room
        t += grid


def find_slots(cal: Calendar, practitioner_ids: Sequence[int], need: Need, *, grid_minutes: int,
               start: dt.datetime, end: dt.datetime, limit: int,
               blocked: Busy | None = None) -> list[Slot]:
    """The first ``limit`` free grid starts in [start, end), by time then practitioner id.

    ``blocked`` holds time when the slot is impossible whoever gives it (the client's other
    appointments, for a walk-in); it is tested against the appointment without buffers. Days
    are scanned in order and the scan stops after the first day that fills the list, so the
    usual question ("the next free times") touches only a day or two.
    """
    grid = grid_minutes * 60
    not_before, before_limit = int(start.timestamp()), int(end.timestamp())
    day, last = start.astimezone(HELSINKI).date(), end.astimezone(HELSINKI).date()
    found: list[Slot] = []
    ids = sorted(set(practitioner_ids))
    length = need.duration * 60
    while day <= last and len(found) < limit:
        opening = cal.practice.intervals(day)  # once per day, shared by every practitioner
        today: list[tuple[int, int, int | None]] = []
        for pid in ids if opening else ():
            busy = cal.busy.get(pid)
            rules = cal.weekly.get(pid, ())
            for span in _working(day, opening, [w for w in rules if w.applies(day)],
                                 cal.absences.get(pid, ()), has_rules=bool(rules)):
                for t, room in _starts_in(span, cal, busy, need, grid, not_before,
                                          before_limit, blocked):
                    today.append((t, pid, room))
        today.sort(key=lambda row: (row[0], row[1]))
        found.extend(Slot(pid, dt.datetime.fromtimestamp(t, UTC),
                          dt.datetime.fromtimestamp(t + length, UTC), room)
                     for t, pid, room in today[:limit - len(found)])
        day += dt.timedelta(days=1)
    return found


def round_up_to_grid(moment: dt.datetime, grid_minutes: int) -> dt.datetime:
    """The first grid instant at or after ``moment`` (the local grid: see the module doc)."""
    return dt.datetime.fromtimestamp(_align_up(math.ceil(moment.timestamp()), grid_minutes * 60),
                                     UTC)
