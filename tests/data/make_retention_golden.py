"""Writes retention_golden.json: the B13 golden cases for vastaanotto.backup.retention.

The expected keep sets come from ``oracle`` below — the documented rules written a second,
different way (bucket first: "the N most recent distinct buckets, the newest backup in each")
rather than the implementation's walk from the newest — never from the code under test. The
cases with a ``note`` were checked by hand as well. Re-run only to add cases:
``.venv/bin/python tests/data/make_retention_golden.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path
from zoneinfo import ZoneInfo

HEL = ZoneInfo("Europe/Helsinki")
UTC = dt.timezone.utc
RULES = [
    "Buckets are Helsinki calendar days, ISO weeks and calendar months of created_at.",
    "Only verified backups dated at most 1 hour after 'now' are candidates; later ones are "
    "kept as 'future' and never counted (clock skew, bogus entries).",
    "daily N: the newest candidate of each of the N most recent days that have a candidate; "
    "the same for weekly (ISO weeks) and monthly.",
    "Every candidate with now - created_at <= keep_within (30 days unless the case says) is "
    "kept.",
    "The newest candidate (by created_at, then id) is always kept.",
    "Unverified entries are pruned, whatever their date (they never were a good backup).",
    "Everything not kept is pruned.",
]


def oracle(case: dict) -> list[int]:
    now = dt.datetime.fromisoformat(case["now"])
    pol = case["policy"]
    within = dt.timedelta(days=pol.get("keep_within_days", 30))
    items = [(i, dt.datetime.fromisoformat(at), ok) for i, at, ok in case["items"]]
    keep = {i for i, at, ok in items if at > now + dt.timedelta(hours=1)}
    cands = [(at, i) for i, at, ok in items if ok and at <= now + dt.timedelta(hours=1)]
    if cands:
        keep.add(max(cands)[1])
    keep |= {i for at, i in cands if now - at <= within}
    for count, key in ((pol["daily"], lambda d: d.date()),
                       (pol["weekly"], lambda d: tuple(d.isocalendar())[:2]),
                       (pol["monthly"], lambda d: (d.year, d.month))):
        by_key: dict = {}
        for at, i in cands:
            by_key.setdefault(key(at.astimezone(HEL)), []).append((at, i))
        for k in sorted(by_key, reverse=True)[:count]:
            keep.add(max(by_key[k])[1])
    return sorted(keep)


def iso(d: dt.datetime) -> str:
    return d.isoformat()


def hel(y, m, d, h=2, mi=0, fold=0) -> dt.datetime:
    return dt.datetime(y, m, d, h, mi, tzinfo=HEL, fold=fold)


def case(name, now, policy, items, note=""):
    c = {"name": name, "now": iso(now), "policy": policy,
         "items": [[i, iso(at), ok] for i, (at, ok) in enumerate(items, start=1)]}
    if note:
        c["note"] = note
    return c


def P(d, w, m, within=None):
    p = {"daily": d, "weekly": w, "monthly": m}
    if within is not None:
        p["keep_within_days"] = within
    return p


def cases() -> list[dict]:
    out = []
    rnd = random.Random(20261122)
    now = hel(2026, 11, 22, 12)
    # 1. regular nightly backups, 120 days, several policies
    nightly = [(hel(2026, 11, 22, 2) - dt.timedelta(days=k), True) for k in range(120)]
    for pol in (P(14, 8, 24), P(7, 4, 12), P(3, 0, 0, 0), P(1, 1, 1, 0), P(0, 0, 0, 0),
                P(10, 0, 3, 0), P(0, 6, 0, 0)):
        label = "-".join(f"{k[0]}{v}" for k, v in pol.items())
        out.append(case(f"nightly-120d-{label}", now, pol, nightly))
    out[-3]["note"] = "no buckets and the floor off: only the newest (1) is kept"
    out.append(case("nightly-120d-floor-only", now, P(0, 0, 0), nightly,
                    "ids 1-30 (22.11. back to 24.10.): 23.10. 02:00 EEST (31) is 30 d 11 h "
                    "before 22.11. 12:00 EET"))
    # 2. irregular gaps (seeded), with some unverified
    for n in range(12):
        at = now - dt.timedelta(minutes=rnd.randint(0, 600))
        items = []
        for _ in range(rnd.randint(5, 40)):
            items.append((at, rnd.random() > 0.15))
            at -= dt.timedelta(minutes=rnd.choice([7, 90, 600, 1440, 2000, 4000, 20000, 60000]))
        pol = P(rnd.randint(0, 10), rnd.randint(0, 6), rnd.randint(0, 14),
                rnd.choice([None, 0, 7, 30]))
        out.append(case(f"irregular-{n}", now, pol, items))
    # 3. DST: autumn fold 25.10.2026 (04:00 EEST -> 03:00 EET), spring gap 29.3.2026
    fold = [(dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC), True),   # 03:30 EEST
            (dt.datetime(2026, 10, 25, 1, 30, tzinfo=UTC), True),   # 03:30 EET (again)
            (dt.datetime(2026, 10, 24, 20, 59, tzinfo=UTC), True),  # 23:59 on 24.10.
            (dt.datetime(2026, 10, 25, 21, 59, tzinfo=UTC), True)]  # 23:59 on 25.10.
    out.append(case("dst-autumn-fold-2026", hel(2026, 10, 27, 12), P(5, 0, 0, 0), fold,
                    "days 24.10. (3), 25.10. (1,2,4: newest 4) -> keep 3, 4"))
    out.append(case("dst-autumn-fold-2026-daily1", hel(2026, 10, 26, 1), P(1, 0, 0, 0), fold,
                    "daily 1 -> newest day 25.10., its newest is 4"))
    spring = [(dt.datetime(2026, 3, 28, 23, 30, tzinfo=UTC), True),  # 01:30 EET 29.3.
              (dt.datetime(2026, 3, 29, 0, 59, tzinfo=UTC), True),   # 02:59 EET
              (dt.datetime(2026, 3, 29, 1, 0, tzinfo=UTC), True),    # 04:00 EEST
              (dt.datetime(2026, 3, 29, 20, 30, tzinfo=UTC), True),  # 23:30 EEST 29.3.
              (dt.datetime(2026, 3, 29, 21, 30, tzinfo=UTC), True)]  # 00:30 EEST 30.3.
    out.append(case("dst-spring-gap-2026", hel(2026, 4, 2), P(5, 0, 0, 0), spring,
                    "29.3. holds 1-4 (newest 4), 30.3. holds 5 -> keep 4, 5"))
    out.append(case("dst-spring-gap-2026-within", hel(2026, 4, 2), P(1, 0, 0), spring,
                    "all within 30 days -> all kept"))
    for year, (sm, sd), (am, ad) in ((2025, (3, 30), (10, 26)), (2027, (3, 28), (10, 31))):
        items = []
        for base_m, base_d in ((sm, sd), (am, ad)):
            for hh in range(22, 30):  # 22:00 the day before .. 05:00 UTC
                items.append((dt.datetime(year, base_m, base_d, 0, 0, tzinfo=UTC)
                              + dt.timedelta(hours=hh - 24), True))
        out.append(case(f"dst-hourly-{year}", hel(year, 12, 1), P(4, 2, 2, 0), items))
    # 4. Helsinki midnight is 22:00/21:00 UTC
    mid = [(dt.datetime(2026, 11, 20, 21, 59, tzinfo=UTC), True),  # 23:59 20.11.
           (dt.datetime(2026, 11, 20, 22, 1, tzinfo=UTC), True),   # 00:01 21.11.
           (dt.datetime(2026, 11, 21, 12, 0, tzinfo=UTC), True)]   # 14:00 21.11.
    out.append(case("helsinki-midnight", hel(2026, 11, 22), P(2, 0, 0, 0), mid,
                    "20.11. -> 1; 21.11. holds 2 and 3 -> 3; keep 1, 3"))
    out.append(case("helsinki-midnight-daily1", hel(2026, 11, 22), P(1, 0, 0, 0), mid,
                    "keep 3 only"))
    # 5. ISO week 53 of 2026 and the year change; 6. leap February 2028
    weeks = [(hel(2026, 12, 20) + dt.timedelta(days=k), True) for k in range(0, 20, 2)]
    out.append(case("iso-week-53", hel(2027, 1, 10, 12), P(0, 4, 0, 0), weeks))
    out.append(case("year-change-monthly", hel(2027, 1, 10, 12), P(0, 0, 2, 0), weeks))
    leap = [(hel(2028, 2, d), True) for d in (27, 28, 29)] + [(hel(2028, 3, 1), True)]
    out.append(case("leap-february-2028", hel(2028, 3, 15), P(0, 0, 2, 0), leap,
                    "months 2028-03 (4) and 2028-02 (newest 29.2. = 3) -> keep 3, 4"))
    out.append(case("leap-february-2028-daily", hel(2028, 4, 20), P(2, 0, 0, 0), leap))
    # 7. clock skew and future-dated entries
    base = [(now - dt.timedelta(days=k), True) for k in range(1, 6)]
    out.append(case("skew-59min-counts", now, P(1, 0, 0, 0),
                    base + [(now + dt.timedelta(minutes=59), True)],
                    "59 min ahead is within slack: newest candidate (6) is the day's keeper"))
    out.append(case("skew-61min-future", now, P(1, 0, 0, 0),
                    base + [(now + dt.timedelta(minutes=61), True)],
                    "61 min ahead: kept as future, not counted; 1 is still kept"))
    out.append(case("future-400d", now, P(2, 0, 0, 0),
                    base + [(now + dt.timedelta(days=400), True)]))
    out.append(case("future-many", now, P(2, 1, 1, 0),
                    [(now + dt.timedelta(days=k), True) for k in (2, 30, 365)] + base))
    out.append(case("future-unverified", now, P(1, 0, 0, 0),
                    [(now + dt.timedelta(days=3), False)] + base,
                    "future entries are kept even unverified (not ours to judge)"))
    # 8. bogus entries
    out.append(case("epoch-1970", now, P(3, 2, 2),
                    [(dt.datetime(1970, 1, 1, tzinfo=UTC), True)] + base))
    out.append(case("epoch-1970-only", now, P(0, 0, 0, 0),
                    [(dt.datetime(1970, 1, 1, tzinfo=UTC), True)],
                    "the only verified backup is the newest: kept"))
    same = [(now - dt.timedelta(hours=3), True)] * 5
    out.append(case("identical-timestamps", now, P(1, 0, 0), same,
                    "all within 30 d -> all kept"))
    out.append(case("identical-timestamps-no-floor", now, P(1, 0, 0, 0), same,
                    "ties broken by id: the highest id (5) is the newest"))
    out.append(case("newest-unverified", now, P(1, 0, 0, 0),
                    [(now - dt.timedelta(minutes=5), False)] + base,
                    "unverified 1 pruned; newest verified is 2"))
    out.append(case("all-unverified", now, P(3, 3, 3), [(now - dt.timedelta(days=k), False)
                                                         for k in range(4)]))
    out.append(case("burst-same-minute", now, P(2, 0, 0, 0),
                    [(now - dt.timedelta(seconds=k), True) for k in range(30)]
                    + [(now - dt.timedelta(days=40), True)]))
    out.append(case("unverified-old-ones", now, P(0, 0, 12, 0),
                    [(now - dt.timedelta(days=31 * k), k % 2 == 0) for k in range(12)]))
    # 9. the 30-day floor
    edge = [(now - dt.timedelta(days=30), True), (now - dt.timedelta(days=30, seconds=1), True),
            (now - dt.timedelta(days=60), True)]
    out.append(case("within-30d-edge", now, P(0, 0, 0), edge,
                    "exactly 30 d (1) kept: newest and within; 30 d + 1 s (2) and 60 d pruned"))
    out.append(case("within-30d-edge-daily", now, P(3, 0, 0), edge))
    out.append(case("within-7d", now, P(0, 0, 0, 7),
                    [(now - dt.timedelta(days=k), True) for k in range(0, 12)]))
    out.append(case("within-30d-dense", now, P(1, 0, 0),
                    [(now - dt.timedelta(hours=6 * k), True) for k in range(160)]))
    # 10. old backups only, zero buckets
    out.append(case("old-only-zero-policy", now, P(0, 0, 0),
                    [(now - dt.timedelta(days=100 + k), True) for k in range(5)],
                    "nothing within 30 d; only the newest (1) kept"))
    out.append(case("old-only-monthly", now, P(0, 0, 3),
                    [(now - dt.timedelta(days=100 + 10 * k), True) for k in range(12)]))
    # 11. edges
    out.append(case("empty", now, P(14, 8, 24), []))
    out.append(case("single", now, P(0, 0, 0, 0), [(now - dt.timedelta(days=500), True)]))
    out.append(case("single-unverified", now, P(14, 8, 24), [(now, False)]))
    # 12. years of hourly-ish history at random, default policy
    for n in range(4):
        at, items = now, []
        for _ in range(200):
            at -= dt.timedelta(minutes=rnd.randint(30, 8000))
            items.append((at, rnd.random() > 0.05))
        out.append(case(f"history-{n}", now, P(14, 8, 24) if n % 2 else P(7, 4, 12), items))
    for c in out:
        c["keep"] = oracle(c)
    return out


def main() -> None:
    data = {"about": __doc__.strip().splitlines()[0], "rules": RULES, "cases": cases()}
    path = Path(__file__).with_name("retention_golden.json")
    text = json.dumps(data, indent=1, ensure_ascii=False)
    # One backup per line: [id, created_at, verified].
    text = re.sub(r'\[\n\s+(\d+),\n\s+("[^"]+"),\n\s+(true|false)\n\s+\]', r"[\1, \2, \3]",
                  text)
    text = re.sub(r'"keep": \[[\d,\s]*\]', lambda m: " ".join(m.group(0).split()), text)
    path.write_text(text + "\n")
    print(len(data["cases"]), "cases ->", path)


if __name__ == "__main__":
    main()
