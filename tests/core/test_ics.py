"""The .ics attachment: right local time on both sides of the 2026 daylight-saving changes."""

import datetime as dt

import icalendar
import pytest

from vastaanotto.clock import HELSINKI
from vastaanotto.messaging import ics

UTC = dt.timezone.utc


def _event(data: bytes):
    cal = icalendar.Calendar.from_ical(data)
    return cal, next(c for c in cal.walk("VEVENT"))


@pytest.mark.parametrize("start_utc, local_hour", [
    # Sunday 29.3.2026: clocks go 03:00 -> 04:00. 10:00 local is EEST (+3) = 07:00 UTC.
    (dt.datetime(2026, 3, 29, 7, 0, tzinfo=UTC), 10),
    # The day before the change: 10:00 local is EET (+2) = 08:00 UTC.
    (dt.datetime(2026, 3, 28, 8, 0, tzinfo=UTC), 10),
    # Sunday 25.10.2026: clocks go 04:00 -> 03:00. 10:00 local is EET again = 08:00 UTC.
    (dt.datetime(2026, 10, 25, 8, 0, tzinfo=UTC), 10),
    (dt.datetime(2026, 10, 24, 7, 0, tzinfo=UTC), 10),
    # An appointment across the autumn change itself: 02:30 EEST -> ends 03:30 EET.
    (dt.datetime(2026, 10, 24, 23, 30, tzinfo=UTC), 2),
])
def test_times_round_trip_across_dst(start_utc, local_hour):
    end = start_utc + dt.timedelta(hours=2)
    data = ics.build(uid="appointment-1@x", starts_at=start_utc, ends_at=end,
                     summary="Päähieronta – Testiklinikka", location="Mannerheimintie 1",
                     stamp=start_utc)
    cal, event = _event(data)
    start = event.decoded("dtstart")
    assert event["dtstart"].params["TZID"] == "Europe/Helsinki"
    assert start.hour == local_hour
    assert start.astimezone(UTC) == start_utc
    assert event.decoded("dtend").astimezone(UTC) == end  # two real hours, whatever the clock
    # The calendar carries its own VTIMEZONE with the 2026 transitions.
    tz = next(c for c in cal.walk("VTIMEZONE"))
    assert tz["TZID"] == "Europe/Helsinki"
    assert b"20260329T040000" in data and b"20261025T040000" in data
    assert "Päähieronta" in str(event["summary"])


def test_lines_are_crlf_and_folded():
    start = dt.datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    data = ics.build(uid="u", starts_at=start, ends_at=start + dt.timedelta(hours=1),
                     summary="S" * 200, stamp=start)
    lines = data.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_cancellation_and_sequence():
    start = dt.datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    data = ics.build(uid="appointment-7@p", starts_at=start, ends_at=start + dt.timedelta(hours=1),
                     summary="x", stamp=start, cancelled=True, sequence=2)
    cal, event = _event(data)
    assert str(cal["method"]) == "CANCEL"
    assert str(event["status"]) == "CANCELLED"
    assert int(event["sequence"]) == 2
    assert str(event["uid"]) == "appointment-7@p"
    assert event.decoded("dtstart") == start.astimezone(HELSINKI)
