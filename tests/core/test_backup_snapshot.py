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


def test_the_copy_is_a_single_plain_file_in_rollback_journal_mode(owner_ctx, tmp_path):
    add_clients(owner_ctx, 5)
    dest = tmp_path / "snap.sqlite3"
    facts = snapshot.take_snapshot(owner_ctx.db, dest)
    header = dest.read_bytes()[:20]
    # Bytes 18-19 are 1/1 for rollback journal, 2/2 for WAL: the live file's WAL header
    # copied as such would make ``sqlite3`` want -wal/-shm files beside a restored backup.
    assert header[:16] == snapshot.SQLITE_MAGIC and header[18:20] == b"\x01\x01"
    assert facts.counts["clients"] == 5 and facts.size_bytes == dest.stat().st_size


def test_a_corrupt_snapshot_stops_the_backup_and_leaves_nothing(owner_ctx, tmp_path,
                                                                monkeypatch):
    """integrity_check runs beside the encryption; when it fails the run fails with
    ``backup_corrupt`` and every file of the run is gone. The corruption is injected right
    after the copy (a disk flipping bits cannot be produced here)."""
    import datetime as dt

    from vastaanotto.backup import archive
    from vastaanotto.backup.keys import BackupKeys
    from vastaanotto.errors import BackupRejected
    from vastaanotto.progress import Progress

    add_clients(owner_ctx, 300)
    real_copy = snapshot.copy_snapshot

    def copy_then_damage(db, dest):
        real_copy(db, dest)
        data = bytearray(dest.read_bytes())
        page = int.from_bytes(data[16:18], "big") or 65536
        for start in range(page, len(data), page):  # every b-tree page but the first
            data[start + 8:start + 64] = b"\x5a" * 56
        dest.write_bytes(bytes(data))

    monkeypatch.setattr(snapshot, "copy_snapshot", copy_then_damage)
    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(BackupRejected) as err:
        archive.make_archive(owner_ctx.db, BackupKeys.generate(), work, 1,
                             dt.datetime.now(dt.timezone.utc), Progress())
    assert err.value.code == "backup_corrupt"
    assert list(work.iterdir()) == []
