"""The small practice the Clients-view tests share: an owner, a receptionist, two
practitioners with a service, and helpers to add clients and book them.

A module of its own (not a conftest) so that only the client tests see these names. Every
context runs on one fixed clock (Monday 16.11.2026 14:00 in Helsinki), so bookings a week
ahead are in the future and birth dates are checked against a known today.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest

from vastaanotto.clock import HELSINKI, fixed_clock
from vastaanotto.models import Role
from vastaanotto.services import booking, catalog, clients

NOW = dt.datetime(2026, 11, 16, 12, 0, tzinfo=dt.timezone.utc)
MONDAY = dt.date(2026, 11, 23)


def at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=HELSINKI)


@pytest.fixture
def practice(owner_ctx, make_ctx):
    clock = fixed_clock(NOW)
    owner = dataclasses.replace(owner_ctx, clock=clock)
    reception = dataclasses.replace(make_ctx(Role.RECEPTION), clock=clock)
    nurse = dataclasses.replace(make_ctx(Role.PRACTITIONER), clock=clock)
    other_nurse = dataclasses.replace(make_ctx(Role.PRACTITIONER), clock=clock)
    service = catalog.create_service(owner, {
        "name": "Hieronta", "duration_minutes": 60, "price": Decimal("50.00"),
        "practitioner_ids": [nurse.staff_id, other_nurse.staff_id]}).data
    ns = SimpleNamespace(owner=owner, reception=reception, nurse=nurse,
                         other_nurse=other_nurse, service=service)

    def client(first="Maija", last="Virtanen", **extra) -> int:
        return clients.create_client(owner, {"first_name": first, "last_name": last,
                                             **extra}).data

    def book(client_id: int, hour: int, *, who=None, day: dt.date = MONDAY) -> int:
        return booking.book(reception, client_id=client_id,
                            practitioner_id=(who or nurse).staff_id, service_id=service,
                            starts_at=at(day, hour)).data

    ns.client, ns.book = client, book
    return ns
