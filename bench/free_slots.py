"""Free-slot benchmark: "next free times for a service across all practitioners, 8 weeks".

    python bench/free_slots.py [--runs 60] [--appointments 5000] [--history 20000] [--seed 1]

Builds a busy practice in a temporary SQLite file: 10 practitioners on 9-hour weekday shifts, a few
absences, ~5,000 appointments packed into the 8-week window (and older history outside it, so
the indexes have to do their job), then times ``booking.next_free_slots`` the way the desk calls
it. Two cases:

* ``typical``: a 45-minute service, first 10 slots (found within the first days);
* ``full_window``: a 4-hour service that fits nowhere, so all 8 weeks are scanned, the worst case.

For the week view's budget it also times ``booking.appointments_between`` for one week of all
practitioners (the read plus its audited "calendar.viewed" commit).

Prints one JSON line with the median and p95 in milliseconds (budget: 16 ms). The figures are
taken after ``gc.freeze()``, as a long-running desktop process should do once it has started:
otherwise every few calls a full collection walks the ~200,000 objects that SQLAlchemy and the
models leave in any process, a pause of 20-40 ms that has nothing to do with the search. The p95
without the freeze is printed as well, so the difference stays visible.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gc
import json
import random
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

from argon2 import PasswordHasher
from timing import timed  # bench/timing.py (bench/ is on sys.path when run)

from sqlalchemy import insert

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vastaanotto.clock import HELSINKI, fixed_clock  # noqa: E402
from vastaanotto.db.engine import open_database, sqlite_url  # noqa: E402
from vastaanotto.models import (Absence, Appointment, AppointmentStatus, Client,  # noqa: E402
                                Service, WorkingHours, service_practitioner)
from vastaanotto.models.staff import Role  # noqa: E402
from vastaanotto.services import auth, booking  # noqa: E402
from vastaanotto.services.setup import initialize_practice  # noqa: E402
from vastaanotto.services.staff import insert_staff  # noqa: E402

PRACTITIONERS = 10
WINDOW_DAYS = 56
BUDGET_MS = 16.0
FIRST_DAY = dt.date(2026, 9, 7)  # a Monday with no public holiday in the next 8 weeks
PROFILE = {
    "name": "Penkkiklinikka Oy", "business_id": "0737546-2", "street": "Testikatu 1",
    "postal_code": "00100", "city": "Helsinki", "email": "info@example.fi",
    "register_contact_name": "Olli Omistaja", "register_contact_email": "olli@example.fi",
    "iban": "FI21 1234 5600 0007 85", "bic": "NDEAFIHH",
}


def local(day: dt.date, minutes: int) -> dt.datetime:
    return (dt.datetime.combine(day, dt.time(0), tzinfo=HELSINKI)
            + dt.timedelta(minutes=minutes)).astimezone(dt.timezone.utc)


def build(path: Path, appointments: int, history: int, seed: int):
    rng = random.Random(seed)
    auth.configure_hasher(PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    db = open_database(sqlite_url(path), audit_key=b"b" * 32)
    clock = fixed_clock(local(FIRST_DAY, 7 * 60))
    owner = initialize_practice(db, PROFILE, owner_username="olli",
                                owner_display_name="Olli Omistaja",
                                owner_password="Pitkä salasana 42!", workstation="bench",
                                clock=clock)
    with db.session() as s:
        staff = [insert_staff(s, username=f"hoitaja{i}", display_name=f"Hoitaja {i}",
                              roles=[Role.PRACTITIONER], password="Hoitajan salasana 1").id
                 for i in range(PRACTITIONERS)]
        services = [Service(name=name, duration_minutes=minutes, price=Decimal("60.00"),
                            buffer_after_minutes=after)
                    for name, minutes, after in [("Hieronta 30", 30, 0), ("Fysioterapia", 45, 15),
                                                 ("Hieronta 60", 60, 0), ("Pitkä hoito", 240, 0)]]
        s.add_all(services)
        s.flush()
        s.execute(insert(service_practitioner),
                  [{"service_id": sv.id, "staff_id": p} for sv in services for p in staff])
        for i, p in enumerate(staff):
            start, end = (dt.time(8), dt.time(17)) if i % 2 else (dt.time(9), dt.time(18))
            s.add_all(WorkingHours(staff_id=p, weekday=d, starts=start, ends=end)
                      for d in range(5))
            off = FIRST_DAY + dt.timedelta(days=rng.randrange(WINDOW_DAYS))
            s.add(Absence(staff_id=p, starts_at=local(off, 0), ends_at=local(off, 24 * 60)))
        s.execute(insert(Client), [{"first_name": f"Asiakas{i}", "last_name": "Penkki"}
                                   for i in range(2000)])
        rows = []
        for p_index, p in enumerate(staff):
            opens = 8 * 60 if p_index % 2 else 9 * 60
            for day_no in range(WINDOW_DAYS):
                day = FIRST_DAY + dt.timedelta(days=day_no)
                if day.weekday() >= 5:
                    continue
                t = opens
                while True:
                    sv = services[rng.choice([0, 0, 0, 1, 2])]
                    t += rng.choice([0, 0, 0, 0, 15])   # a gap now and then: a busy practice
                    if t + sv.duration_minutes > opens + 9 * 60:
                        break
                    rows.append({"practitioner_id": p, "service_id": sv.id,
                                 "client_id": rng.randrange(1, 2001),
                                 "starts_at": local(day, t),
                                 "ends_at": local(day, t + sv.duration_minutes),
                                 "status": AppointmentStatus.BOOKED})
                    t += sv.duration_minutes + sv.buffer_after_minutes
        rng.shuffle(rows)
        rows = rows[:appointments]
        for _ in range(history):
            day = FIRST_DAY - dt.timedelta(days=rng.randrange(1, 3 * 365))
            t = rng.randrange(8 * 60, 17 * 60, 15)
            rows.append({"practitioner_id": rng.choice(staff), "service_id": services[0].id,
                         "client_id": rng.randrange(1, 2001), "starts_at": local(day, t),
                         "ends_at": local(day, t + 30), "status": AppointmentStatus.COMPLETED})
        s.execute(insert(Appointment), rows)
    in_window = min(appointments, len(rows) - history)
    return db, owner, services, in_window


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--appointments", type=int, default=5000)
    parser.add_argument("--history", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="vastaanotto-bench-") as tmp:
        db, owner, services, in_window = build(Path(tmp) / "bench.sqlite3", args.appointments,
                                               args.history, args.seed)
        ctx = dataclasses.replace(owner, clock=fixed_clock(local(FIRST_DAY, 7 * 60)))
        typical = lambda: booking.next_free_slots(ctx, service_id=services[1].id)  # noqa: E731
        worst = lambda: booking.next_free_slots(ctx, service_id=services[3].id)  # noqa: E731
        found_typical, found_worst = len(typical()), len(worst())
        gc.collect()
        _, unfrozen_p95 = timed(typical, args.runs)
        gc.freeze()
        median, p95 = timed(typical, args.runs)
        full_median, full_p95 = timed(worst, args.runs)
        monday = local(FIRST_DAY + dt.timedelta(days=7), 0)
        week = lambda: booking.appointments_between(  # noqa: E731
            ctx, monday, monday + dt.timedelta(days=7))
        week_rows = len(week())
        week_median, week_p95 = timed(week, args.runs)
        gc.unfreeze()
        db.dispose()
    result = {"median_ms": round(median, 2), "p95_ms": round(p95, 2),
              "full_window_median_ms": round(full_median, 2),
              "full_window_p95_ms": round(full_p95, 2), "budget_ms": BUDGET_MS,
              "p95_ms_without_gc_freeze": round(unfrozen_p95, 2),
              "week_view_median_ms": round(week_median, 2), "week_view_p95_ms": round(week_p95, 2),
              "week_view_rows": week_rows,
              "practitioners": PRACTITIONERS, "appointments_in_window": in_window,
              "history_appointments": args.history, "days": WINDOW_DAYS,
              "slots_typical": found_typical, "slots_full_window": found_worst,
              "runs": args.runs}
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()
