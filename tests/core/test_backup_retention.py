"""Retention: hand-checked cases, the golden file tests/data/retention_golden.json and
properties (RELIABILITY.md B13)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from vastaanotto.backup.retention import Item, Policy, plan
from vastaanotto.clock import HELSINKI

UTC = dt.timezone.utc


def local(y, m, d, h=3, mi=0):
    return dt.datetime(y, m, d, h, mi, tzinfo=HELSINKI)


def ids(p):
    return sorted(p.keep)


def buckets(daily=0, weekly=0, monthly=0):
    """A policy of buckets alone: the 30-day floor off, to test the bucket walk itself."""
    return Policy(daily=daily, weekly=weekly, monthly=monthly, keep_within=dt.timedelta(0))


def test_daily_keeps_newest_per_helsinki_day():
    items = [Item(1, local(2026, 11, 20, 9)), Item(2, local(2026, 11, 20, 18)),
             Item(3, local(2026, 11, 21, 0, 30)),  # 22:30 UTC on the 20th: still the 21st here
             Item(4, local(2026, 11, 21, 12))]
    p = plan(items, buckets(daily=7, weekly=0, monthly=0), local(2026, 11, 22))
    assert ids(p) == [2, 4]
    assert items[2].created_at.astimezone(UTC).day == 20


def test_daily_limit_counts_days_not_backups():
    items = [Item(i, local(2026, 11, 1 + i)) for i in range(10)]  # 1.11 … 10.11
    p = plan(items, buckets(daily=3, weekly=0, monthly=0), local(2026, 11, 12))
    assert ids(p) == [7, 8, 9]


def test_dst_autumn_fold_is_one_day():
    # 25.10.2026 the clocks go back at 04:00: 03:30 happens twice (EEST then EET).
    first = dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)   # 03:30 EEST
    second = dt.datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 03:30 EET
    before = dt.datetime(2026, 10, 24, 20, 59, tzinfo=UTC)  # 23:59 on the 24th
    p = plan([Item(1, first), Item(2, second), Item(3, before)],
             buckets(daily=5, weekly=0, monthly=0), local(2026, 10, 26))
    assert ids(p) == [2, 3]


def test_dst_spring_gap_day():
    # 29.3.2026 03:00 → 04:00: the day is 23 hours long but still one day.
    a = dt.datetime(2026, 3, 28, 23, 30, tzinfo=UTC)  # 01:30 EET on the 29th
    b = dt.datetime(2026, 3, 29, 20, 30, tzinfo=UTC)  # 23:30 EEST on the 29th
    p = plan([Item(1, a), Item(2, b)], buckets(daily=5, weekly=0, monthly=0),
             local(2026, 3, 30))
    assert ids(p) == [2]


def test_weekly_and_monthly_walk_back():
    # One backup every Monday from 5.1.2026 (ISO week 2) for 20 weeks.
    items = [Item(i, local(2026, 1, 5) + dt.timedelta(weeks=i)) for i in range(20)]
    p = plan(items, buckets(daily=1, weekly=4, monthly=3), local(2026, 6, 1))
    # Dates: 19 → 18.5., 16 → 27.4., 15 → 20.4., 12 → 30.3., 11 → 23.3.
    # daily 1 → 19; weekly 4 → 19, 18, 17, 16; monthly 3: May → 19, Apr → 16, Mar → 12.
    assert ids(p) == [12, 16, 17, 18, 19]


def test_irregular_gaps_and_multiple_per_month():
    dates = [local(2025, 12, 31, 23, 59), local(2026, 1, 1, 0, 1), local(2026, 1, 15),
             local(2026, 2, 28), local(2026, 3, 1), local(2026, 3, 2)]
    items = [Item(i, d) for i, d in enumerate(dates)]
    p = plan(items, buckets(daily=2, weekly=0, monthly=3), local(2026, 4, 1))
    # daily: 5 (2.3.), 4 (1.3.); monthly: Mar→5, Feb→3, Jan→2.
    assert ids(p) == [2, 3, 4, 5]


def test_future_dated_is_kept_but_does_not_count():
    now = local(2026, 11, 22, 12)
    items = [Item(1, now + dt.timedelta(days=400)), Item(2, now - dt.timedelta(days=1)),
             Item(3, now - dt.timedelta(days=2))]
    p = plan(items, buckets(daily=1, weekly=0, monthly=0), now)
    assert ids(p) == [1, 2]
    assert p.reasons[1] == ("future",)


def test_newest_verified_survives_zero_policy_and_unverified_never_counts():
    now = local(2026, 11, 22, 12)
    items = [Item(1, now - dt.timedelta(hours=1), verified=False),
             Item(2, now - dt.timedelta(days=3))]
    p = plan(items, buckets(daily=0, weekly=0, monthly=0), now)
    assert ids(p) == [2]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3 * 365 * 24 * 60), st.booleans()), max_size=60),
       st.integers(0, 10), st.integers(0, 6), st.integers(0, 14))
def test_properties(offsets, daily, weekly, monthly):
    now = dt.datetime(2026, 11, 22, 12, tzinfo=UTC)
    items = [Item(i, now - dt.timedelta(minutes=m), v) for i, (m, v) in enumerate(offsets)]
    p = plan(items, Policy(daily, weekly, monthly), now)
    assert p.keep | p.prune == {i.id for i in items} and not (p.keep & p.prune)
    verified = [i for i in items if i.verified]
    if verified:
        newest = max(verified, key=lambda i: (i.created_at, i.id))
        assert newest.id in p.keep
    within = {i.id for i in verified if now - i.created_at <= dt.timedelta(days=30)}
    assert within <= p.keep  # nothing verified from the last 30 days is ever pruned (B13)
    assert len(p.keep - within) <= 1 + daily + weekly + monthly
    # Applying the plan again to what was kept removes nothing more (stable).
    again = plan([i for i in items if i.id in p.keep], Policy(daily, weekly, monthly), now)
    assert again.keep == p.keep


GOLDEN = Path(__file__).resolve().parents[1] / "data" / "retention_golden.json"


def _golden_cases():
    return json.loads(GOLDEN.read_text())["cases"]


def test_golden_file_is_big_enough():
    cases = _golden_cases()
    assert len(cases) >= 50 and len({c["name"] for c in cases}) == len(cases)


@pytest.mark.parametrize("case", _golden_cases(), ids=lambda c: c["name"])
def test_golden(case):  # B13: the expected sets come from tests/data/make_retention_golden.py
    now = dt.datetime.fromisoformat(case["now"])
    pol = case["policy"]
    policy = Policy(daily=pol["daily"], weekly=pol["weekly"], monthly=pol["monthly"],
                    keep_within=dt.timedelta(days=pol.get("keep_within_days", 30)))
    items = [Item(i, dt.datetime.fromisoformat(at), ok) for i, at, ok in case["items"]]
    p = plan(items, policy, now)
    assert sorted(p.keep) == case["keep"]
    assert sorted(p.prune) == sorted({i.id for i in items} - set(case["keep"]))
    # The two promises B13 names, checked on every case besides the exact set.
    verified = [i for i in items if i.verified and i.created_at <= now + dt.timedelta(hours=1)]
    if verified:
        assert max(verified, key=lambda i: (i.created_at, i.id)).id in p.keep
    assert {i.id for i in verified if now - i.created_at <= policy.keep_within} <= p.keep
