"""Helpers of the payment tests (core and UI): an issued invoice, a visit at an odd price.

Built on ``billing_fixtures.build_practice``: ``p`` is its namespace.
"""

from __future__ import annotations

from decimal import Decimal

from tests.core.billing_fixtures import add_visit
from vastaanotto.models import VatClass
from vastaanotto.services import catalog, invoicing
from vastaanotto.services.invoicing import LineInput


def issued(p, price: str = "75.00", ctx=None) -> int:
    """An issued invoice of Matti's with one massage line at ``price``."""
    ctx = ctx or p.reception
    inv = invoicing.create_draft(ctx, client_id=p.matti, lines=[
        LineInput("Hieronta 60 min", 1, price, VatClass.GENERAL)]).data
    invoicing.issue(ctx, inv)
    return inv


def visit_priced(p, db, price: str, hour: int = 11) -> int:
    """A completed visit of Matti's to a new service costing ``price`` (say cents that cash
    cannot pay: 42,37)."""
    service = catalog.create_service(p.owner, {
        "name": "Hieronta 30 min", "duration_minutes": 30, "price": Decimal(price),
        "vat_class": VatClass.GENERAL, "practitioner_ids": [p.hoitaja.staff_id]}).data
    return add_visit(db, client_id=p.matti, practitioner_id=p.hoitaja.staff_id,
                     service_id=service, hour=hour)
