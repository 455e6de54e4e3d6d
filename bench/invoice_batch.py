"""Batch printing benchmark: 1,000 invoices rendered into one combined PDF with progress,
budget under 60 s (issue #5).

    python bench/invoice_batch.py [--invoices 1000] [--clients 300] [--seed 2026]

Generates the demo practice (``vastaanotto.demo``) in a temporary SQLite file and issues
``--invoices`` invoices of one to four lines (its clients in turn, the practice's services
and prices). Then it times ``vastaanotto.billing.batch.render_batch`` exactly as the Billing
view runs it: every invoice through ``invoicing.render_pdf`` (role check, document, render,
audited "invoice.printed" event), merged into one PDF written atomically, the invoices
marked sent, ``progress.step`` after each. Also times the variant of one file per invoice.

Prints one JSON line: seconds for the combined and per-file runs, per-invoice milliseconds,
pages and size of the combined file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select, update

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from invoice_pdf import TODAY, demo_practice  # noqa: E402
from vastaanotto.billing.batch import render_batch  # noqa: E402
from vastaanotto.models import Client, Invoice, Service  # noqa: E402
from vastaanotto.progress import Progress  # noqa: E402
from vastaanotto.services import invoicing  # noqa: E402
from vastaanotto.services.invoicing import LineInput  # noqa: E402

BUDGET_S = 60.0


def build(path: Path, clients: int, invoices: int, seed: int):
    db, owner = demo_practice(path, clients, seed)
    with db.session() as session:
        client_ids = list(session.scalars(select(Client.id).where(
            Client.anonymised_at.is_(None)).order_by(Client.id)))
        services = session.execute(select(Service.id, Service.name, Service.price,
                                          Service.vat_class).order_by(Service.id)).all()
        # Demo invoices may exist; only ours are in the batch.
        session.execute(update(Invoice).values(sent_at=dt.datetime(2026, 1, 1,
                                                                  tzinfo=dt.timezone.utc)))
    ids = []
    for n in range(invoices):
        lines = [LineInput(name, 1 + (n + k) % 2, price, vat_class, service_id=sid)
                 for k, (sid, name, price, vat_class) in enumerate(
                     services[(n + j) % len(services)] for j in range(1 + n % 4))]
        inv = invoicing.create_draft(owner, client_id=client_ids[n % len(client_ids)],
                                     lines=lines).data
        invoicing.issue(owner, inv, issue_date=TODAY)
        ids.append(inv)
    return db, owner, ids


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--invoices", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="vastaanotto-bench-") as tmp:
        tmp_path = Path(tmp)
        db, owner, ids = build(tmp_path / "bench.sqlite3", args.clients, args.invoices,
                               args.seed)
        invoicing.render_pdf(owner, ids[0])  # fonts registered, caches warm, as in the app
        gc.collect()
        gc.freeze()
        steps = []
        progress = Progress(on_update=lambda done, total, label: steps.append(done))
        start = time.perf_counter()
        result = render_batch(progress, owner, ids, combined=tmp_path / "laskut.pdf",
                              mark_sent=False)
        combined_s = time.perf_counter() - start
        size = (tmp_path / "laskut.pdf").stat().st_size
        folder = tmp_path / "files"
        folder.mkdir()
        start = time.perf_counter()
        render_batch(Progress(), owner, ids, folder=folder, mark_sent=True)
        files_s = time.perf_counter() - start
        gc.unfreeze()
        db.dispose()
    out = {"invoices": len(ids), "combined_s": round(combined_s, 2),
           "per_invoice_ms": round(combined_s / len(ids) * 1000, 2),
           "one_file_each_s": round(files_s, 2), "pages": result.pages,
           "combined_mb": round(size / 2**20, 1), "progress_steps": len(steps),
           "budget_s": BUDGET_S, "within_budget": combined_s < BUDGET_S}
    print(json.dumps(out))
    return out


if __name__ == "__main__":
    main()
