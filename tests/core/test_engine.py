"""The SQLite engine: driver and version, pragmas, foreign keys, SQLCipher at rest, BEGIN IMMEDIATE
under concurrent writers (RELIABILITY L3, scaled down) and SIGKILL durability (S1, scaled down)."""

from __future__ import annotations

import multiprocessing as mp
import os
import random
import signal
import time
from collections import Counter

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import select, text

from vastaanotto.db.engine import (WAL_SAFE_SQLITE, create_db_engine, open_database,
                                   sqlite_version_tuple, sqlite_url)
from vastaanotto.models.audit import AuditEvent
from vastaanotto.models.staff import StaffRole
from vastaanotto.privacy import audit_chain

AUDIT_KEY = b"a" * 32
SPAWN = mp.get_context("spawn")


def pragma(conn, name: str):
    return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_sqlite_comes_from_sqlcipher3_and_is_wal_safe(db):
    assert db.engine.dialect.dbapi.__name__.startswith("sqlcipher3")
    with db.engine.connect() as conn:
        version = conn.exec_driver_sql("SELECT sqlite_version()").scalar()
    assert tuple(int(p) for p in version.split(".")) >= (3, 51, 3)
    assert sqlite_version_tuple(db.engine.dialect.dbapi) >= WAL_SAFE_SQLITE


def test_connection_pragmas(db):
    with db.engine.connect() as conn:
        assert pragma(conn, "journal_mode") == "wal"
        assert pragma(conn, "foreign_keys") == 1
        assert pragma(conn, "synchronous") == 2  # FULL
        assert pragma(conn, "busy_timeout") == 5000
        assert pragma(conn, "secure_delete") == 1
        assert pragma(conn, "journal_size_limit") == 64 * 1024 * 1024


def test_every_pooled_connection_gets_the_pragmas(db):
    """Pragmas are per connection: a second, simultaneous connection has them too.
    (Raw DBAPI connections: an engine connection would BEGIN IMMEDIATE and wait for the other.)"""
    first, second = db.engine.raw_connection(), db.engine.raw_connection()
    try:
        assert first.driver_connection is not second.driver_connection
        for conn in (first, second):
            cur = conn.driver_connection.cursor()
            assert cur.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert cur.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
            assert cur.execute("PRAGMA synchronous").fetchone()[0] == 2
            cur.close()
    finally:
        first.close()
        second.close()


def test_foreign_key_violation_is_refused(db):
    with pytest.raises(sa_exc.IntegrityError, match="FOREIGN KEY"):
        with db.session() as session:
            session.add(StaffRole(staff_id=987654, role="owner"))
    with db.session() as session:
        assert session.scalar(select(StaffRole.id)) is None


def test_write_transactions_begin_immediate(db):
    """A second writer waits for the lock at BEGIN, instead of failing half-way."""
    with db.session() as s1:
        s1.execute(text("SELECT 1"))
        conn2 = db.engine.raw_connection()
        try:
            cur = conn2.driver_connection.cursor()
            cur.execute("PRAGMA busy_timeout = 0")
            with pytest.raises(Exception, match="locked"):
                cur.execute("BEGIN IMMEDIATE")
        finally:
            conn2.invalidate()  # do not hand a busy_timeout=0 connection back to the pool


def test_sqlcipher_file_is_encrypted_and_needs_the_key(tmp_path):
    key = os.urandom(32)
    url = sqlite_url(tmp_path / "secret.sqlite3")
    db = open_database(url, key=key)
    with db.session() as session:
        session.execute(text("CREATE TABLE probe (v TEXT)"))
        session.execute(text("INSERT INTO probe VALUES ('Maija Meikäläinen 010594Y9032')"))
    raw_conn = db.engine.raw_connection()
    try:
        cur = raw_conn.driver_connection.cursor()
        assert cur.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cur.close()
    finally:
        raw_conn.close()
    db.dispose()

    raw = (tmp_path / "secret.sqlite3").read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert "Meikäläinen".encode() not in raw and b"010594Y9032" not in raw

    wrong = create_db_engine(url, key=os.urandom(32))
    with pytest.raises(sa_exc.DatabaseError):
        with wrong.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    wrong.dispose()

    right = create_db_engine(url, key=key)
    with right.connect() as conn:
        assert conn.exec_driver_sql("SELECT v FROM probe").scalar().startswith("Maija")
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    right.dispose()


# --- L3 scaled down: concurrent audit appends from several processes ------------------------

WORKERS = 4
EVENTS_PER_WORKER = 50


def _append_worker(url: str, worker: int, start, errors) -> None:
    from vastaanotto.db.engine import open_database
    from vastaanotto.services.base import anonymous_context, audit

    try:
        db = open_database(url, audit_key=AUDIT_KEY, migrate=False)
        ctx = anonymous_context(db, workstation=f"desk-{worker}")
        rng = random.Random(worker)
        start.wait(30)
        for n in range(EVENTS_PER_WORKER):
            with db.session() as session:
                audit(session, ctx, "probe.append", details={"worker": worker, "n": n})
            time.sleep(rng.random() * 0.003)  # a desk does not append in a tight loop
        db.dispose()
    except BaseException as exc:  # reported to the parent, which fails the test
        errors.put(f"worker {worker}: {type(exc).__name__}: {exc}")
        raise


def test_concurrent_appends_from_processes_never_fork_the_chain(tmp_path):
    url = sqlite_url(tmp_path / "shared.sqlite3")
    open_database(url, audit_key=AUDIT_KEY).dispose()  # migrate once, up front

    start = SPAWN.Event()
    errors = SPAWN.Queue()
    procs = [SPAWN.Process(target=_append_worker, args=(url, w, start, errors))
             for w in range(WORKERS)]
    for p in procs:
        p.start()
    time.sleep(0.5)  # let every worker reach the barrier: the appends really overlap
    start.set()
    for p in procs:
        p.join(120)
    reported = []
    while not errors.empty():
        reported.append(errors.get())
    assert reported == []
    assert [p.exitcode for p in procs] == [0] * WORKERS

    db = open_database(url, audit_key=AUDIT_KEY, migrate=False)
    try:
        with db.session() as session:
            events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))
            result = audit_chain.verify(session, AUDIT_KEY)
    finally:
        db.dispose()
    total = WORKERS * EVENTS_PER_WORKER
    assert [e.seq for e in events] == list(range(1, total + 1))
    assert Counter(e.details["worker"] for e in events) == {w: EVENTS_PER_WORKER
                                                            for w in range(WORKERS)}
    assert len({e.hash for e in events}) == total
    assert result.ok and result.checked == total, result
    # The workers were interleaved, not one after another (otherwise nothing was tested).
    order = [e.details["worker"] for e in events]
    switches = sum(1 for a, b in zip(order, order[1:]) if a != b)
    assert switches >= WORKERS, switches


# --- S1 scaled down: SIGKILL a committing process ----------------------------------------------

def _commit_worker(url: str, sender, seed: int) -> None:
    from vastaanotto.db.engine import open_database

    rng = random.Random(seed)
    db = open_database(url, migrate=False)
    n = 0
    while True:
        n += 1
        payload = rng.randbytes(rng.randint(100, 6000)).hex()
        with db.session() as session:
            session.execute(text("INSERT INTO probe (id, payload) VALUES (:id, :p)"),
                            {"id": n, "p": payload})
        sender.send(n)  # acknowledged only after COMMIT returned


@pytest.mark.parametrize("trial", range(3))
def test_sigkill_during_commits_loses_no_acknowledged_row(tmp_path, trial):
    seed = random.SystemRandom().randrange(2**32)
    rng = random.Random(seed)
    url = sqlite_url(tmp_path / "crash.sqlite3")
    setup = create_db_engine(url)
    with setup.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE probe (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)")
    setup.dispose()

    receiver, sender = SPAWN.Pipe(duplex=False)
    child = SPAWN.Process(target=_commit_worker, args=(url, sender, seed))
    child.start()
    sender.close()
    acked: list[int] = []
    assert receiver.poll(60), "the child never committed"
    deadline = time.monotonic() + rng.uniform(0.3, 1.5)
    while time.monotonic() < deadline:
        if receiver.poll(0.01):
            acked.append(receiver.recv())
    os.kill(child.pid, signal.SIGKILL)
    child.join(30)
    assert child.exitcode == -signal.SIGKILL
    while True:
        try:
            acked.append(receiver.recv())
        except EOFError:
            break
    receiver.close()
    assert len(acked) >= 3, f"seed {seed}: too few commits to mean anything"

    after = create_db_engine(url)
    try:
        with after.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok", seed
            present = set(conn.exec_driver_sql("SELECT id FROM probe").scalars())
    finally:
        after.dispose()
    missing = set(acked) - present
    assert not missing, f"seed {seed}: acknowledged rows lost: {sorted(missing)[:10]}"
    assert present <= set(range(1, max(acked) + 2)), f"seed {seed}"
