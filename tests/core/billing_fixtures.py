"""A small practice for the invoicing tests: staff of every role, clients, services, visits.

Plain functions (not fixtures) so that test modules, the concurrency test's child processes
and the benchmark can share them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

from vastaanotto.clock import HELSINKI, fixed_clock
from vastaanotto.models import Role, VatClass, Visit
from vastaanotto.services import catalog, clients

NOW = dt.datetime(2026, 11, 21, 10, 0, tzinfo=dt.timezone.utc)
TODAY = dt.date(2026, 11, 21)


def at(ctx, moment: dt.datetime = NOW):
    """The same person with a fixed clock, so dates on invoices are known."""
    return dataclasses.replace(ctx, clock=fixed_clock(moment))


def build_practice(db, owner_ctx, make_ctx) -> SimpleNamespace:
    owner = at(owner_ctx)
    reception = at(make_ctx(Role.RECEPTION))
    hoitaja = at(make_ctx(Role.PRACTITIONER))
    toinen = at(make_ctx(Role.PRACTITIONER))
    physio = catalog.create_service(owner, {
        "name": "Fysioterapia 45 min", "duration_minutes": 45, "price": Decimal("80.00"),
        "vat_class": VatClass.HEALTH_EXEMPT, "practitioner_ids": [hoitaja.staff_id]}).data
    massage = catalog.create_service(owner, {
        "name": "Hieronta 60 min", "duration_minutes": 60, "price": Decimal("75.00"),
        "vat_class": VatClass.GENERAL,
        "practitioner_ids": [hoitaja.staff_id, toinen.staff_id]}).data
    matti = clients.create_client(owner, {
        "first_name": "Matti", "last_name": "Meikäläinen", "street": "Kotikatu 5 A 12",
        "postal_code": "33100", "city": "Tampere", "language": "fi"}).data
    asa = clients.create_client(owner, {
        "first_name": "Åsa", "last_name": "Öberg", "street": "Strandvägen 3",
        "postal_code": "65100", "city": "Vasa", "language": "sv"}).data
    return SimpleNamespace(db=db, owner=owner, reception=reception, hoitaja=hoitaja,
                           toinen=toinen, physio=physio, massage=massage, matti=matti, asa=asa)


def add_visit(db, *, client_id: int, practitioner_id: int, service_id: int | None,
              day: dt.date = dt.date(2026, 11, 20), hour: int = 10) -> int:
    started = dt.datetime.combine(day, dt.time(hour), tzinfo=HELSINKI)
    with db.session() as session:
        visit = Visit(client_id=client_id, practitioner_id=practitioner_id,
                      service_id=service_id, started_at=started,
                      completed_at=started + dt.timedelta(minutes=45))
        session.add(visit)
        session.flush()
        return visit.id
