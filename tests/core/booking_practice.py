"""The small practice the booking tests share, and helpers to book in it.

A module of its own (not a conftest) so that only the booking tests see these names.
"""

import dataclasses
import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from vastaanotto.clock import HELSINKI, fixed_clock
from vastaanotto.errors import Conflict
from vastaanotto.models import Appointment, AuditEvent, Role
from vastaanotto.services import booking, catalog, clients, staff

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 11, 16, 12, 0, tzinfo=UTC)   # Monday 16.11.2026 14:00 local
MONDAY = dt.date(2026, 11, 23)


def at(day, hour, minute=0, fold=0):
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=HELSINKI).replace(fold=fold)


def utc(*args):
    return dt.datetime(*args, tzinfo=UTC)


def events(db, action):
    with db.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)
                              .order_by(AuditEvent.seq)))


def appointment(db, appt_id):
    with db.session() as s:
        return s.get(Appointment, appt_id)


def add_rows(db, *rows):
    with db.session() as s:
        s.add_all(rows)


@pytest.fixture
def p(db, owner_ctx, make_ctx):
    """A practice: three practitioners, two rooms, five services, three clients."""
    owner = dataclasses.replace(owner_ctx, clock=fixed_clock(NOW))
    reception = dataclasses.replace(make_ctx(Role.RECEPTION), clock=fixed_clock(NOW))
    pr = [staff.create_staff(owner, username=f"hoitaja{i}", display_name=f"Hoitaja {i}",
                             roles=[Role.PRACTITIONER], password="Hoitajan salasana 1").data
          for i in (1, 2, 3)]
    rooms = [catalog.save_room(owner, None, name=n).data for n in ("Huone 1", "Huone 2")]

    def service(name, minutes, who, **extra):
        return catalog.create_service(owner, {"name": name, "duration_minutes": minutes,
                                              "price": Decimal("50.00"),
                                              "practitioner_ids": who, **extra}).data

    ns = SimpleNamespace(
        owner=owner, reception=reception, p1=pr[0], p2=pr[1], p3=pr[2], r1=rooms[0],
        r2=rooms[1],
        massage=service("Hieronta", 60, pr[:2]),
        physio=service("Fysioterapia", 45, pr[:2], buffer_after_minutes=15),
        prep=service("Laserhoito", 30, pr[:2], buffer_before_minutes=15),
        pool=service("Allasterapia", 30, pr[:2], needs_room=True),
        needles=service("Akupunktio", 30, [pr[2]]),
        clients=[clients.create_client(owner, {"first_name": f"Asiakas{i}",
                                               "last_name": "Testinen"}).data
                 for i in (1, 2, 3)],
    )
    return ns


def book(p, start, *, ctx=None, practitioner=None, service=None, client=0, **kw):
    return booking.book(ctx or p.reception, client_id=p.clients[client],
                        practitioner_id=practitioner or p.p1,
                        service_id=service or p.massage, starts_at=start, **kw).data


def conflict_of(func, *args, **kw):
    with pytest.raises(Conflict) as info:
        func(*args, **kw)
    return info.value
