"""The same migrations and services on a real PostgreSQL server (started by tests/integration/
postgres.py): schema equal to the models, append-only audit trail, and the foundation services
working unchanged through ``open_database("postgresql+psycopg://...")``."""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData, Table, inspect, insert, select, text
from sqlalchemy import exc as sa_exc

import vastaanotto.models  # noqa: F401 - registers every table
from vastaanotto import settings
from vastaanotto.db import migrate
from vastaanotto.db.base import Base
from vastaanotto.db.engine import open_database
from vastaanotto.db.types import Money, Rate, UTCDateTime
from vastaanotto.errors import (AccountLocked, AuthenticationFailed, PermissionDenied,
                                ValidationError)
from vastaanotto.models.audit import AuditEvent, Outcome
from vastaanotto.models.staff import Role, Staff
from vastaanotto.privacy import audit_chain
from vastaanotto.services import auth, catalog, practice
from vastaanotto.services import staff as staff_service
from vastaanotto.services.base import anonymous_context, audit
from vastaanotto.services.catalog import HoursRow
from vastaanotto.services.client_search import include_name
from vastaanotto.services.setup import initialize_practice
from tests.conftest import OWNER_PASSWORD, PROFILE

pytestmark = pytest.mark.integration

KEY = b"P" * 32
T0 = dt.datetime(2026, 11, 21, 10, 0, tzinfo=dt.timezone.utc)


def schema_differences(engine) -> list:
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True,
                                                     "include_name": include_name})
        return compare_metadata(ctx, Base.metadata)


def user_tables(engine) -> set[str]:
    return set(inspect(engine).get_table_names()) - {"alembic_version"}


def audit_triggers(engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(text(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_event'::regclass "
            "AND NOT tgisinternal")).scalars()) if "audit_event" in user_tables(engine) else set()


def audit_functions(engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(text(
            "SELECT proname FROM pg_proc WHERE proname LIKE 'audit_event%'")).scalars())


@pytest.fixture
def pg_db(pg_url):
    db = open_database(pg_url, audit_key=KEY)
    yield db
    db.dispose()


def test_it_is_a_real_postgresql_server(engine):
    assert engine.dialect.name == "postgresql"
    with engine.connect() as conn:
        version = conn.execute(text("SHOW server_version_num")).scalar()
    assert int(version) >= 130000


# --- migrations --------------------------------------------------------------------------------

def test_empty_database_upgrades_to_head_and_matches_the_models(engine):
    assert migrate.current_revision(engine) is None
    assert user_tables(engine) == set()

    assert migrate.upgrade_to_head(engine) is True

    assert migrate.current_revision(engine) == migrate.head_revision()
    assert user_tables(engine) == set(Base.metadata.tables)
    assert schema_differences(engine) == []
    assert audit_triggers(engine)
    assert migrate.upgrade_to_head(engine) is False


def test_downgrade_to_base_and_upgrade_again(engine):
    migrate.upgrade_to_head(engine)
    cfg = migrate.alembic_config(engine)

    command.downgrade(cfg, "base")
    assert migrate.current_revision(engine) is None
    assert user_tables(engine) == set()
    assert audit_functions(engine) == set()

    command.upgrade(cfg, "head")
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert schema_differences(engine) == []
    assert audit_triggers(engine)


# --- the append-only audit trail ---------------------------------------------------------------

def _append_events(db, count=3):
    ctx = anonymous_context(db, "desk-pg")
    with db.session() as session:
        for n in range(count):
            audit(session, ctx, "probe", details={"n": n})


@pytest.mark.parametrize("sql", [
    "UPDATE audit_event SET actor_name = 'Mallory' WHERE seq = 2",
    "UPDATE audit_event SET hash = hash",
    "DELETE FROM audit_event WHERE seq = 3",
    "DELETE FROM audit_event",
])
def test_audit_trigger_blocks_update_and_delete_even_for_the_superuser(pg_db, sql):
    _append_events(pg_db)
    with pg_db.engine.connect() as conn:
        assert conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
                            ).scalar() is True
    with pytest.raises(sa_exc.DBAPIError, match="append-only"):
        with pg_db.engine.begin() as conn:
            conn.execute(text(sql))
    with pg_db.session() as session:
        assert audit_chain.verify(session, KEY) == audit_chain.VerifyResult(True, 3)


def test_audit_trail_cannot_be_truncated(pg_db):
    """TRUNCATE is a DELETE that row triggers never see; it empties the trail, and an empty
    trail verifies as ok. It must be blocked like DELETE (RELIABILITY L4)."""
    _append_events(pg_db)
    with pytest.raises(sa_exc.DBAPIError, match="append-only"):
        with pg_db.engine.begin() as conn:
            conn.execute(text("TRUNCATE audit_event"))
    with pg_db.session() as session:
        assert audit_chain.verify(session, KEY) == audit_chain.VerifyResult(True, 3)


def test_tampering_by_an_admin_is_found_by_the_verifier(pg_db):
    _append_events(pg_db, 10)
    with pg_db.engine.begin() as conn:
        conn.execute(text("ALTER TABLE audit_event DISABLE TRIGGER USER"))
        conn.execute(text("UPDATE audit_event SET reason = 'x' WHERE seq = 6"))
        conn.execute(text("ALTER TABLE audit_event ENABLE TRIGGER USER"))
    with pg_db.session() as session:
        result = audit_chain.verify(session, KEY)
    assert (result.ok, result.first_bad_seq, result.problem) == (False, 6, "mac")


def test_concurrent_appends_never_fork_the_chain(pg_db):
    """L3 on PostgreSQL (the advisory lock in audit_chain.append), scaled down."""
    workers, per_worker = 6, 25
    barrier = threading.Barrier(workers)
    errors: list[BaseException] = []

    def work(worker: int) -> None:
        try:
            ctx = anonymous_context(pg_db, f"desk-{worker}")
            barrier.wait(30)
            for n in range(per_worker):
                with pg_db.session() as session:
                    audit(session, ctx, "probe.append", details={"worker": worker, "n": n})
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    with pg_db.session() as session:
        events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))
        result = audit_chain.verify(session, KEY)
    assert [e.seq for e in events] == list(range(1, workers * per_worker + 1))
    assert Counter(e.details["worker"] for e in events) == {w: per_worker for w in range(workers)}
    assert result == audit_chain.VerifyResult(True, workers * per_worker)


# --- the foundation services, unchanged ------------------------------------------------------

class Clock:
    def __init__(self):
        self.now = T0

    def __call__(self):
        return self.now


def test_foundation_services_work_on_postgresql(pg_db):
    clock = Clock()
    owner = initialize_practice(pg_db, PROFILE, owner_username="olli",
                                owner_display_name="Olli Omistaja",
                                owner_password=OWNER_PASSWORD, workstation="pg-desk", clock=clock)
    assert practice.get_profile(owner).iban == "FI2112345600000785"

    ctx = auth.authenticate(pg_db, "OLLI", OWNER_PASSWORD, workstation="pg-desk", clock=clock)
    assert ctx.roles == {Role.OWNER}
    with pytest.raises(AuthenticationFailed):
        auth.authenticate(pg_db, "olli", "väärä salasana", workstation="pg-desk", clock=clock)
    with pytest.raises(AuthenticationFailed):
        auth.authenticate(pg_db, "eiole", "väärä salasana", workstation="pg-desk", clock=clock)

    aino = staff_service.create_staff(ctx, username="aino", display_name="Aino Aalto",
                                      roles=[Role.PRACTITIONER, Role.RECEPTION],
                                      password="Hierontaa tänään 3").data
    with pytest.raises(ValidationError) as info:
        staff_service.create_staff(ctx, username="AINO", display_name="Toinen",
                                   roles=[Role.RECEPTION], password="Hierontaa tänään 3")
    assert info.value.code == "username_taken"
    staff_service.update_staff(ctx, aino, display_name="Aino Aalto",
                               roles=[Role.PRACTITIONER])

    # Lockout with aware times through PostgreSQL's timestamptz.
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            auth.authenticate(pg_db, "aino", "väärä", workstation="pg-2", clock=clock)
    with pg_db.session() as session:
        locked_until = session.scalar(select(Staff.locked_until).where(Staff.id == aino))
    assert locked_until == T0 + dt.timedelta(seconds=30)
    with pytest.raises(AccountLocked):
        auth.authenticate(pg_db, "aino", "Hierontaa tänään 3", workstation="pg-2", clock=clock)
    clock.now = T0 + dt.timedelta(seconds=30)
    aino_ctx = auth.authenticate(pg_db, "aino", "Hierontaa tänään 3", workstation="pg-2",
                                 clock=clock)
    assert aino_ctx.roles == {Role.PRACTITIONER}

    service_id = catalog.create_service(ctx, {
        "name": "Hieronta 60 min", "duration_minutes": 60, "price": "65,50",
        "practitioner_ids": [aino]}).data
    [row] = catalog.list_services(aino_ctx)
    assert (row.id, row.price, row.practitioner_ids) == (service_id, Decimal("65.50"), {aino})
    with pytest.raises(ValidationError) as info:
        catalog.create_service(ctx, {"name": "HIERONTA 60 MIN", "duration_minutes": 30,
                                     "price": "10"})
    assert info.value.code == "name_taken"

    rows = [HoursRow(0, dt.time(8), dt.time(12)), HoursRow(0, dt.time(12), dt.time(16))]
    catalog.set_opening_hours(ctx, rows)
    assert catalog.get_opening_hours(aino_ctx) == rows

    practice.update_profile(ctx, {**PROFILE, "city": "Espoo", "postal_code": "02100"})
    practice.set_setting(ctx, settings.IDLE_LOCK_MINUTES, 15)
    assert practice.get_setting(ctx, settings.IDLE_LOCK_MINUTES) == 15

    with pytest.raises(PermissionDenied):
        catalog.set_opening_hours(aino_ctx, rows)

    with pg_db.session() as session:
        events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))
        result = audit_chain.verify(session, KEY)
    assert result == audit_chain.VerifyResult(True, len(events))
    actions = [e.action for e in events]
    for expected in ("practice.initialized", "login.ok", "login.failed", "account.locked",
                     "login.locked_out", "staff.created", "staff.updated", "service.created",
                     "opening_hours.updated", "practice.updated", "setting.changed",
                     "permission.refused"):
        assert expected in actions
    refused = events[-1]
    assert (refused.action, refused.outcome, refused.actor_id) == ("permission.refused",
                                                                   Outcome.REFUSED, aino)
    assert all(e.at.utcoffset() == dt.timedelta(0) for e in events)


# --- column types on PostgreSQL ----------------------------------------------------------------

def test_column_types_round_trip_on_postgresql(engine):
    metadata = MetaData()
    probe = Table("type_probe", metadata, Column("id", Integer, primary_key=True),
                  Column("at", UTCDateTime()), Column("amount", Money()), Column("rate", Rate()))
    metadata.create_all(engine)
    helsinki = dt.datetime(2026, 10, 25, 3, 30, 0, 654321, fold=1,
                           tzinfo=ZoneInfo("Europe/Helsinki"))
    with engine.begin() as conn:
        conn.execute(insert(probe).values(id=1, at=helsinki, amount=Decimal("1234.50"),
                                          rate=Decimal("25.5")))
        conn.execute(insert(probe).values(id=2, amount=Decimal("9999999999.99"),
                                          rate=Decimal("13.5")))
        with pytest.raises(sa_exc.StatementError):
            conn.execute(insert(probe).values(id=3, at=dt.datetime(2026, 1, 1)))
    with engine.begin() as conn:
        with pytest.raises(sa_exc.StatementError):
            conn.execute(insert(probe).values(id=4, amount=1.5))
    with engine.connect() as conn:
        rows = conn.execute(select(probe).order_by(probe.c.id)).all()
    assert rows[0].at == helsinki.astimezone(dt.timezone.utc)
    assert rows[0].at.utcoffset() == dt.timedelta(0)
    assert str(rows[0].amount) == "1234.50" and str(rows[1].amount) == "9999999999.99"
    assert (rows[0].rate, rows[1].rate) == (Decimal("25.5"), Decimal("13.5"))


def test_database_refuses_overlapping_bookings_of_a_practitioner(pg_db):
    """Migration 0002: two desks writing at once cannot double-book, even past the service."""
    from vastaanotto.models import Appointment, Client, Service

    owner = initialize_practice(pg_db, PROFILE, owner_username="olli",
                                owner_display_name="Olli Omistaja",
                                owner_password=OWNER_PASSWORD, workstation="w")
    with pg_db.session() as s:
        client = Client(first_name="Aino", last_name="Äijälä")
        service = Service(name="Hieronta", duration_minutes=60, price=Decimal("50.00"))
        s.add_all([client, service])
        s.flush()
        ids = (client.id, service.id)

    def add(start_hour, status="booked", override=None, room=None):
        with pg_db.session() as s:
            s.add(Appointment(client_id=ids[0], practitioner_id=owner.staff_id,
                              service_id=ids[1], status=status, override_by_id=override,
                              starts_at=T0.replace(hour=start_hour),
                              ends_at=T0.replace(hour=start_hour + 1)))

    add(10)
    add(11)  # back to back: [10, 11) and [11, 12) do not overlap
    with pytest.raises(sa_exc.IntegrityError) as info:
        add(10)
    assert info.value.orig.sqlstate == "23P01"  # exclusion_violation
    add(10, status="cancelled")  # a cancelled slot may be booked again
    add(10, override=owner.staff_id)  # "book anyway" is recorded, not blocked
