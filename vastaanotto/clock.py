"""Time: UTC in the database, Europe/Helsinki on screen. A clock is injectable for tests."""

from __future__ import annotations

import datetime as dt
from typing import Callable
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def fixed_clock(moment: dt.datetime) -> Clock:
    if moment.tzinfo is None:
        raise ValueError("fixed_clock needs an aware datetime")
    return lambda: moment


def local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(HELSINKI)
