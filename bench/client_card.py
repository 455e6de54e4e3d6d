"""Client card benchmark: opening one card with a long history.

    python bench/client_card.py [--runs 60] [--bookings 500] [--invoices 100] [--seed 1]

Builds a temporary SQLite practice where one client has 500 bookings, 100 visits, 100 issued
invoices (one line each, from a visit) and about 150 payments, among 2,000 other clients with
20,000 bookings and 2,000 invoices of their own (so the indexes have to do their job). Then
times what the desk does when a card opens: ``clients.get_client_card`` followed by
``client_history.client_history`` (two transactions, two audit events), as reception (every
invoice) and as the practitioner (only invoices of their own visits).

Prints one JSON line: median and p95 in milliseconds of card + history (budget: 50 ms). The
figures are taken after ``gc.freeze()``, as in bench/free_slots.py: a long-running desktop
process freezes its start-up objects, so a full collection does not walk them every few calls.
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

from vastaanotto.clock import fixed_clock  # noqa: E402
from vastaanotto.context import Context  # noqa: E402
from vastaanotto.db.engine import open_database, sqlite_url  # noqa: E402
from vastaanotto.models import (Appointment, AppointmentStatus, Client, Invoice,  # noqa: E402
                                InvoiceLine, InvoiceStatus, Payment, PaymentMethod, Service,
                                VatClass, Visit)
from vastaanotto.models.staff import Role  # noqa: E402
from vastaanotto.services import auth, clients  # noqa: E402
from vastaanotto.services.client_history import client_history  # noqa: E402
from vastaanotto.services.setup import initialize_practice  # noqa: E402
from vastaanotto.services.staff import insert_staff  # noqa: E402

BUDGET_MS = 50.0
UTC = dt.timezone.utc
NOW = dt.datetime(2026, 11, 21, 10, 0, tzinfo=UTC)
OTHER_CLIENTS = 2000
PROFILE = {
    "name": "Penkkiklinikka Oy", "business_id": "0737546-2", "street": "Testikatu 1",
    "postal_code": "00100", "city": "Helsinki", "email": "info@example.fi",
    "register_contact_name": "Olli Omistaja", "register_contact_email": "olli@example.fi",
    "iban": "FI21 1234 5600 0007 85", "bic": "NDEAFIHH",
}
STATUSES = [AppointmentStatus.COMPLETED] * 6 + [AppointmentStatus.CANCELLED,
                                                AppointmentStatus.NO_SHOW, AppointmentStatus.BOOKED]


def _history(rng, client_id, staff, service, count, start_no):
    """``count`` bookings of ``client_id`` spread over the last five years."""
    rows = []
    for n in range(count):
        start = NOW - dt.timedelta(days=rng.randrange(1, 5 * 365), minutes=15 * rng.randrange(40))
        status = rng.choice(STATUSES)
        rows.append({"id": start_no + n, "client_id": client_id,
                     "practitioner_id": rng.choice(staff), "service_id": service,
                     "starts_at": start, "ends_at": start + dt.timedelta(minutes=45),
                     "status": status, "late_cancellation": status is AppointmentStatus.CANCELLED,
                     "cancel_reason": "Sairastui" if status is AppointmentStatus.CANCELLED else ""})
    return rows


def _billing(rng, client_id, appts, invoices, first_id, first_number):
    """One visit, one issued invoice with one line and 1-2 payments per completed booking."""
    visits, heads, lines, payments = [], [], [], []
    done = [a for a in appts if a["status"] is AppointmentStatus.COMPLETED][:invoices]
    for n, appt in enumerate(done):
        vid = iid = first_id + n
        visits.append({"id": vid, "appointment_id": appt["id"], "client_id": client_id,
                       "practitioner_id": appt["practitioner_id"],
                       "service_id": appt["service_id"], "started_at": appt["starts_at"]})
        day = appt["starts_at"].date()
        heads.append({"id": iid, "number": first_number + n, "status": InvoiceStatus.ISSUED,
                      "client_id": client_id, "buyer_name": "Asiakas", "issue_date": day,
                      "delivery_date": day, "due_date": day + dt.timedelta(days=14),
                      "total": Decimal("80.00"), "vat_total": Decimal("0.00")})
        lines.append({"invoice_id": iid, "visit_id": vid, "description": "Fysioterapia",
                      "quantity": Decimal("1.00"), "unit_price": Decimal("80.00"),
                      "vat_class": VatClass.HEALTH_EXEMPT, "vat_rate": Decimal("0"),
                      "line_total": Decimal("80.00"), "vat_amount": Decimal("0.00")})
        for part in ([Decimal("80.00")] if rng.random() < 0.5 else
                     [Decimal("40.00"), Decimal("40.00")]):
            payments.append({"invoice_id": iid, "client_id": client_id, "amount": part,
                             "method": PaymentMethod.CARD,
                             "received_at": appt["starts_at"] + dt.timedelta(days=3)})
    return visits, heads, lines, payments


def build(path: Path, bookings: int, invoices: int, seed: int):
    rng = random.Random(seed)
    auth.configure_hasher(PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    db = open_database(sqlite_url(path), audit_key=b"b" * 32)
    owner = initialize_practice(db, PROFILE, owner_username="olli",
                                owner_display_name="Olli Omistaja",
                                owner_password="Pitkä salasana 42!", workstation="bench",
                                clock=fixed_clock(NOW))
    with db.session() as s:
        staff = [insert_staff(s, username=f"hoitaja{i}", display_name=f"Hoitaja {i}",
                              roles=[Role.PRACTITIONER], password="Hoitajan salasana 1").id
                 for i in range(5)]
        reception = insert_staff(s, username="vastaanotto", display_name="Vastaanotto",
                                 roles=[Role.RECEPTION], password="Vastaanoton salasana 1").id
        service = Service(name="Fysioterapia", duration_minutes=45, price=Decimal("80.00"))
        s.add(service)
        s.flush()
        s.execute(insert(Client), [{"first_name": f"Asiakas{i}", "last_name": "Penkki"}
                                   for i in range(OTHER_CLIENTS)])
    target = clients.create_client(owner, {"first_name": "Pitkä", "last_name": "Historia",
                                           "phone": "040 123 4567",
                                           "personal_identity_code": "131052-308T"}).data
    appts, visits, heads, lines, payments = [], [], [], [], []
    next_id, number = 1, 1
    for client_id, count, inv in [(target, bookings, invoices)] + [
            (c, 10, 1) for c in range(1, OTHER_CLIENTS + 1)]:
        rows = _history(rng, client_id, staff, service.id, count, next_id)
        next_id += count
        parts = _billing(rng, client_id, rows, inv, len(heads) + 1, number)
        number += len(parts[1])
        appts += rows
        for bucket, part in zip((visits, heads, lines, payments), parts):
            bucket += part
    with db.session() as s:
        for model, rows in ((Appointment, appts), (Visit, visits), (Invoice, heads),
                            (InvoiceLine, lines), (Payment, payments)):
            s.execute(insert(model), rows)
    practitioner = Context(db=db, staff_id=staff[0], username="hoitaja0",
                           display_name="Hoitaja 0", roles=frozenset({Role.PRACTITIONER}),
                           workstation="bench", clock=fixed_clock(NOW))
    desk = dataclasses.replace(practitioner, staff_id=reception, username="vastaanotto",
                               display_name="Vastaanotto", roles=frozenset({Role.RECEPTION}))
    return db, desk, practitioner, target


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--bookings", type=int, default=500)
    parser.add_argument("--invoices", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="vastaanotto-bench-") as tmp:
        db, desk, practitioner, target = build(Path(tmp) / "bench.sqlite3", args.bookings,
                                               args.invoices, args.seed)

        def open_card(ctx):
            clients.get_client_card(ctx, target)
            return client_history(ctx, target)

        shown = open_card(desk)
        gc.collect()
        gc.freeze()
        median, p95 = timed(lambda: open_card(desk), args.runs)
        own_median, own_p95 = timed(lambda: open_card(practitioner), args.runs)
        history_median, _ = timed(lambda: client_history(desk, target), args.runs)
        gc.unfreeze()
        db.dispose()
    result = {"median_ms": round(median, 2), "p95_ms": round(p95, 2), "budget_ms": BUDGET_MS,
              "practitioner_median_ms": round(own_median, 2),
              "practitioner_p95_ms": round(own_p95, 2),
              "history_only_median_ms": round(history_median, 2),
              "bookings": len(shown.bookings), "visits": len(shown.visits),
              "invoices": len(shown.invoices), "payments": len(shown.payments),
              "runs": args.runs}
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()
