"""Invoice PDF benchmark: "invoice PDF under 50 ms each" (DESIGN.md, performance budgets).

    python bench/invoice_pdf.py [--invoices 200] [--clients 2000] [--seed 2026]

Generates the demo practice (``vastaanotto.demo``) in a temporary SQLite file, invoices the
completed visits of ``--invoices`` clients (one to four visits each, the way the desk invoices
a course of treatment) and issues them. Then it times, per invoice:

* ``service``: ``invoicing.render_pdf`` as the UI calls it: load the invoice, build the
  document (VAT breakdown, virtual barcode, EPC payload), render, and commit the audited
  "invoice.printed" event;
* ``render``: ``render_invoice_pdf`` alone on the already built document.

Prints one JSON line with the medians and p95s in milliseconds (budget: 50 ms for the service
call). As in ``free_slots.py``, timings are taken after ``gc.freeze()``, as a long-running
desktop process does once it has started.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from argon2 import PasswordHasher
from sqlalchemy import select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vastaanotto.billing.pdf import render_invoice_pdf  # noqa: E402
from vastaanotto.db.engine import sqlite_url  # noqa: E402
from vastaanotto.demo import DEMO_LOGINS, create_demo_practice  # noqa: E402
from vastaanotto.models import Visit  # noqa: E402
from vastaanotto.practice_db import open_practice_database  # noqa: E402
from vastaanotto.services import auth, invoicing  # noqa: E402

BUDGET_MS = 50.0
TODAY = dt.date(2026, 11, 21)


def demo_practice(path: Path, clients: int, seed: int):
    """The demo practice generated into ``path`` (fast password hashing) and the owner's
    context: ``(db, owner)``. Shared with bench/invoice_batch.py."""
    auth.configure_hasher(PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    db = open_practice_database(sqlite_url(path))
    create_demo_practice(db, seed=seed, clients=clients, today=TODAY)
    username, password, _ = DEMO_LOGINS[0]  # the owner
    return db, auth.authenticate(db, username, password, workstation="bench")


def build(path: Path, clients: int, invoices: int, seed: int):
    db, owner = demo_practice(path, clients, seed)
    with db.session() as session:
        rows = session.execute(select(Visit.id, Visit.client_id)
                               .where(Visit.service_id.is_not(None))
                               .order_by(Visit.client_id, Visit.started_at))
        by_client: dict[int, list[int]] = defaultdict(list)
        for visit_id, client_id in rows:
            by_client[client_id].append(visit_id)
    ids = []
    for n, visits in enumerate(list(by_client.values())[:invoices]):
        invoice_id = invoicing.create_from_visits(owner, visits[: 1 + n % 4]).data
        invoicing.issue(owner, invoice_id, issue_date=TODAY)
        ids.append(invoice_id)
    if len(ids) < invoices:
        raise SystemExit(f"only {len(ids)} clients have visits; raise --clients")
    return db, owner, ids


def timed(func, items) -> list[float]:
    times = []
    for item in items:
        start = time.perf_counter()
        func(item)
        times.append((time.perf_counter() - start) * 1000)
    return times


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--invoices", type=int, default=200)
    parser.add_argument("--clients", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="vastaanotto-bench-") as tmp:
        db, owner, ids = build(Path(tmp) / "bench.sqlite3", args.clients, args.invoices,
                               args.seed)
        invoicing.render_pdf(owner, ids[0])  # fonts registered, caches warm, as in the app
        gc.collect()
        gc.freeze()
        service = timed(lambda i: invoicing.render_pdf(owner, i), ids)
        docs = [invoicing.get_invoice_document(owner, i) for i in ids]
        render = timed(render_invoice_pdf, docs)
        sizes = [len(render_invoice_pdf(doc)) for doc in docs[:20]]
        gc.unfreeze()
        db.dispose()
    result = {"median_ms": round(statistics.median(service), 2),
              "p95_ms": round(p95(service), 2), "budget_ms": BUDGET_MS,
              "render_only_median_ms": round(statistics.median(render), 2),
              "render_only_p95_ms": round(p95(render), 2),
              "invoices": len(ids), "lines_per_invoice": "1-4",
              "pdf_kb_median": round(statistics.median(sizes) / 1024, 1),
              "within_budget": statistics.median(service) < BUDGET_MS}
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()
