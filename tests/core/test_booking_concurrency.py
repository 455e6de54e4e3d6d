"""Two desks, one slot: separate OS processes book the same time on the same SQLite file.

Each process opens its own engine, waits at a barrier, then books. BEGIN IMMEDIATE makes the
check-and-insert of one desk finish before the other's starts, so exactly one wins each round
and the others get Conflict("practitioner_busy"). No retries and no sleeps: a race shows up as
a wrong count, not as a flaky pass.
"""

import datetime as dt
import multiprocessing
import queue

import pytest
from sqlalchemy import select

from vastaanotto.clock import HELSINKI, fixed_clock
from vastaanotto.context import Context
from vastaanotto.db.engine import open_database
from vastaanotto.errors import Conflict
from vastaanotto.models import Appointment, Role
from vastaanotto.privacy import audit_chain
from vastaanotto.services import booking, catalog, clients, staff
from decimal import Decimal

DESKS = 3
ROUNDS = 5
NOW = dt.datetime(2026, 11, 16, 12, 0, tzinfo=dt.timezone.utc)


def _desk(url, audit_key, desk, staff_id, client_id, practitioner_id, service_id, starts,
          barrier, results):
    """Runs in a spawned process: its own engine, its own Context, one booking per round."""
    db = open_database(url, audit_key=audit_key, migrate=False)
    ctx = Context(db=db, staff_id=staff_id, username=f"desk{desk}", display_name=f"Desk {desk}",
                  roles=frozenset({Role.RECEPTION}), workstation=f"desk-{desk}",
                  clock=fixed_clock(NOW))
    try:
        for round_no, start in enumerate(starts):
            barrier.wait(timeout=60)
            try:
                appt_id = booking.book(ctx, client_id=client_id, practitioner_id=practitioner_id,
                                       service_id=service_id,
                                       starts_at=dt.datetime.fromisoformat(start)).data
                results.put((round_no, desk, "ok", appt_id))
            except Conflict as exc:
                results.put((round_no, desk, "conflict", exc.code))
            except Exception as exc:  # reported to the parent, which fails the test
                results.put((round_no, desk, "error", type(exc).__name__ + ": " + str(exc)))
    finally:
        db.dispose()


@pytest.fixture
def practice(db, owner_ctx):
    practitioner = staff.create_staff(owner_ctx, username="hoitaja", display_name="Hoitaja",
                                      roles=[Role.PRACTITIONER],
                                      password="Hoitajan salasana 1").data
    desks = [staff.create_staff(owner_ctx, username=f"vastaanotto{i}",
                                display_name=f"Vastaanotto {i}", roles=[Role.RECEPTION],
                                password="Vastaanoton salasana 1").data for i in range(DESKS)]
    service = catalog.create_service(owner_ctx, {"name": "Hieronta", "duration_minutes": 60,
                                                 "price": Decimal("60.00"),
                                                 "practitioner_ids": [practitioner]}).data
    people = [clients.create_client(owner_ctx, {"first_name": f"Asiakas{i}",
                                                "last_name": "Kilpailija"}).data
              for i in range(DESKS)]
    return practitioner, desks, service, people


def test_one_slot_two_desks_exactly_one_wins(db, practice):
    practitioner, desks, service, people = practice
    # Monday 23.11.2026, a different hour each round: 09:00, 10:00, ... local.
    starts = [dt.datetime(2026, 11, 23, 9 + r, tzinfo=HELSINKI).isoformat() for r in range(ROUNDS)]
    mp = multiprocessing.get_context("spawn")
    barrier = mp.Barrier(DESKS)
    results = mp.Queue()
    procs = [mp.Process(target=_desk, args=(db.url, db.audit_key, i, desks[i], people[i],
                                            practitioner, service, starts, barrier, results))
             for i in range(DESKS)]
    for proc in procs:
        proc.start()
    try:
        outcomes = [results.get(timeout=120) for _ in range(DESKS * ROUNDS)]
    except queue.Empty:
        pytest.fail("a desk process stopped answering")
    finally:
        for proc in procs:
            proc.join(timeout=60)
    assert all(proc.exitcode == 0 for proc in procs)
    assert [o for o in outcomes if o[2] == "error"] == []
    for round_no in range(ROUNDS):
        this = [o for o in outcomes if o[0] == round_no]
        assert sorted(o[2] for o in this) == ["conflict"] * (DESKS - 1) + ["ok"]
        assert {o[3] for o in this if o[2] == "conflict"} == {"practitioner_busy"}
    with db.session() as s:
        booked = s.scalars(select(Appointment).order_by(Appointment.starts_at)).all()
        assert audit_chain.verify(s, db.audit_key).ok
    assert [a.starts_at for a in booked] == [dt.datetime.fromisoformat(t) for t in starts]
    assert sorted(a.id for a in booked) == sorted(o[3] for o in outcomes if o[2] == "ok")
