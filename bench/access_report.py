"""Access report benchmark (RELIABILITY L5): one patient with 10,000 audit events over two
years, among 200,000 events of other clients; the report PDF for those two years.

    python bench/access_report.py [--events 10000] [--others 200000] [--runs 5]

Times ``audit_log.client_access_report`` end to end (query, PDF of every event, the
request recorded, the audit event) and, for comparison, the same rows without the PDF.
Prints one JSON line with medians in milliseconds (budget: 5 s for the report).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

from argon2 import PasswordHasher
from timing import timed  # bench/timing.py (bench/ is on sys.path when run)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vastaanotto.clock import fixed_clock  # noqa: E402
from vastaanotto.db.engine import open_database, sqlite_url  # noqa: E402
from vastaanotto.services import audit_log, auth, clients  # noqa: E402
from vastaanotto.services.base import anonymous_context, audit  # noqa: E402
from vastaanotto.services.setup import initialize_practice  # noqa: E402

BUDGET_MS = 5000.0
UTC = dt.timezone.utc
NOW = dt.datetime(2026, 11, 21, 10, 0, tzinfo=UTC)
PROFILE = {
    "name": "Penkkiklinikka Oy", "business_id": "0737546-2", "street": "Testikatu 1",
    "postal_code": "00100", "city": "Helsinki", "email": "info@example.fi",
    "register_contact_name": "Olli Omistaja", "register_contact_email": "olli@example.fi",
    "iban": "FI21 1234 5600 0007 85", "bic": "NDEAFIHH",
}
ACTIONS = ["client.viewed", "client.history_viewed", "note.read", "appointment.booked",
           "invoice.viewed", "client.updated"]


class Ticking:
    def __init__(self, start: dt.datetime, step: dt.timedelta):
        self.now, self.step = start, step

    def __call__(self) -> dt.datetime:
        self.now += self.step
        return self.now


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--others", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    auth.configure_hasher(PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    folder = Path(tempfile.mkdtemp(prefix="bench-access-"))
    db = open_database(sqlite_url(folder / "bench.sqlite3"), audit_key=b"k" * 32)
    owner = initialize_practice(db, PROFILE, owner_username="olli",
                                owner_display_name="Olli Omistaja",
                                owner_password="Pitkä salasana 42!", workstation="desk")
    owner = dataclasses.replace(owner, clock=fixed_clock(NOW))
    patient = clients.create_client(owner, {"first_name": "Maija",
                                            "last_name": "Meikäläinen"}).data
    start = NOW - dt.timedelta(days=729)
    total = args.events + args.others
    step = (NOW - start) / total
    ctx = anonymous_context(db, "desk-2", Ticking(start, step), name="Hanna Hoitaja")
    per_patient = max(1, total // args.events)
    with db.session() as session:
        for i in range(total):
            client_id = patient if i % per_patient == 0 else 1000 + i % 5000
            audit(session, ctx, ACTIONS[i % len(ACTIONS)], entity_type="client",
                  entity_id=client_id, client_id=client_id,
                  reason="sijaisuus" if i % 50 == 0 else "")
    rows = len(audit_log.access_rows(owner, patient))
    report_ms, report_p95 = timed(lambda: audit_log.client_access_report(
        owner, patient, record_request=False), args.runs, warmup=1)
    rows_ms, _ = timed(lambda: audit_log.access_rows(owner, patient), args.runs, warmup=1)
    print(json.dumps({"benchmark": "access_report", "patient_events": rows,
                      "all_events": total, "report_median_ms": round(report_ms, 1),
                      "report_p95_ms": round(report_p95, 1), "rows_median_ms": round(rows_ms, 1),
                      "budget_ms": BUDGET_MS, "within_budget": report_p95 < BUDGET_MS}))
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
