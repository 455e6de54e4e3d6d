"""Which backups to keep: daily / weekly / monthly buckets over the local catalogue.

A pure function over (id, created_at, verified) so it is tested with golden fixtures. Buckets
are Helsinki calendar days, ISO weeks and months (a backup at 00:30 Helsinki belongs to that
day even though it is the previous day in UTC; DST changes move nothing). Like restic's
``forget``: walk from the newest; the first backup of each new day is kept until ``daily``
days are kept, and the same for weeks and months.

Safety rules on top (RELIABILITY.md B13): every verified backup made within ``keep_within``
(30 days, a fixed floor, not a setting) is kept; the newest *verified* backup is always kept;
unverified ones are never counted as a bucket's keeper; anything dated in the future beyond a
one-hour clock skew (a wrong clock, a bogus entry) is kept and not counted, so it cannot push
real backups out. Golden cases: tests/data/retention_golden.json.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vastaanotto.clock import HELSINKI


@dataclass(frozen=True)
class Policy:
    daily: int = 14
    weekly: int = 8
    monthly: int = 24
    keep_within: dt.timedelta = dt.timedelta(days=30)


@dataclass(frozen=True)
class Item:
    id: int
    created_at: dt.datetime  # aware
    verified: bool = True


@dataclass(frozen=True)
class Plan:
    keep: frozenset[int]
    prune: frozenset[int]
    reasons: dict[int, tuple[str, ...]]


FUTURE_SLACK = dt.timedelta(hours=1)


def plan(items: list[Item], policy: Policy, now: dt.datetime) -> Plan:
    reasons: dict[int, list[str]] = {}
    ordered = sorted(items, key=lambda i: (i.created_at, i.id), reverse=True)
    candidates = []
    for item in ordered:
        if item.created_at > now + FUTURE_SLACK:
            reasons.setdefault(item.id, []).append("future")
        elif item.verified:
            candidates.append(item)
        else:
            # Unverified (running or failed) entries are not ours to judge: they were never a
            # good backup, so the service removes them separately; here they are just pruned.
            pass
    if candidates:
        reasons.setdefault(candidates[0].id, []).append("newest")
    for item in candidates:
        if now - item.created_at <= policy.keep_within:
            reasons.setdefault(item.id, []).append("within")
    buckets = (
        ("daily", policy.daily, lambda d: d.date()),
        ("weekly", policy.weekly, lambda d: d.isocalendar()[:2]),
        ("monthly", policy.monthly, lambda d: (d.year, d.month)),
    )
    for label, count, key_of in buckets:
        seen = set()
        for item in candidates:
            if len(seen) >= count:
                break
            key = key_of(item.created_at.astimezone(HELSINKI))
            if key in seen:
                continue
            seen.add(key)
            reasons.setdefault(item.id, []).append(label)
    keep = frozenset(reasons)
    prune = frozenset(i.id for i in items) - keep
    return Plan(keep=keep, prune=prune,
                reasons={k: tuple(v) for k, v in reasons.items()})
