"""The snapshot while the program writes (RELIABILITY.md S3), and PostgreSQL's typed refusal."""

from __future__ import annotations

import threading

import pytest

from tests.core.test_backup_service import add_clients
from vastaanotto.backup import snapshot
from vastaanotto.db.engine import Database, create_db_engine
from vastaanotto.db.sqlite_file import sqlite_module
from vastaanotto.errors import BackupError


def test_snapshots_under_a_busy_writer_are_consistent(owner_ctx, tmp_path):
    add_clients(owner_ctx, 10)
    stop = threading.Event()
    written = []

    def writer():
        i = 1000
        while not stop.is_set():
            # Two rows per transaction: a consistent copy never holds an odd count of them.
            add_clients(owner_ctx, 2, start=i)
            written.append(i)
            i += 2

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        counts = []
        for n in range(6):
            dest = tmp_path / f"snap{n}.sqlite3"
            facts = snapshot.take_snapshot(owner_ctx.db, dest)  # integrity_check inside
            conn = sqlite_module().connect(str(dest))
            rows = conn.execute("SELECT count(*) FROM client").fetchone()[0]
            conn.close()
            assert rows == facts.counts["clients"] and (rows - 10) % 2 == 0
            counts.append(rows)
    finally:
        stop.set()
        thread.join()
    assert written and counts == sorted(counts)


def test_postgresql_is_refused_with_a_typed_error(tmp_path):
    # No server is contacted: the snapshot refuses before it connects.
    engine = create_db_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    with pytest.raises(BackupError) as err:
        snapshot.take_snapshot(Database(engine=engine, url=str(engine.url)),
                               tmp_path / "x.sqlite3")
    assert err.value.code == "backup_not_supported_postgresql"
    engine.dispose()
