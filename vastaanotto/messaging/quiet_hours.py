"""No SMS at night: a message due in the quiet hours (default 21–08 Helsinki time) waits for
the morning. Computed on local wall-clock time, so the rule holds across daylight saving."""

from __future__ import annotations

import datetime as dt

from vastaanotto.clock import HELSINKI


def in_quiet_hours(at: dt.datetime, start_hour: int, end_hour: int) -> bool:
    if start_hour == end_hour:
        return False  # no quiet hours
    hour = at.astimezone(HELSINKI).hour
    if start_hour > end_hour:  # over midnight, e.g. 21 -> 8
        return hour >= start_hour or hour < end_hour
    return start_hour <= hour < end_hour


def next_allowed(at: dt.datetime, start_hour: int, end_hour: int) -> dt.datetime:
    """``at`` itself when allowed, else the end of the quiet period (aware UTC)."""
    if not in_quiet_hours(at, start_hour, end_hour):
        return at.astimezone(dt.timezone.utc)
    local = at.astimezone(HELSINKI)
    day = local.date()
    if start_hour > end_hour and local.hour >= start_hour:
        day += dt.timedelta(days=1)
    morning = dt.datetime.combine(day, dt.time(end_hour), tzinfo=HELSINKI)
    # Round-trip through UTC: a wall time inside a spring-forward gap maps to a real instant.
    return morning.astimezone(dt.timezone.utc)
