"""Put a verified snapshot in place of the live SQLite file: all or nothing.

Order (each step leaves the live database intact if the process dies there):

1. stage: copy the verified plaintext to a temp file beside the database (same disk, so the
   final rename is atomic) — re-keyed with ``sqlcipher_export`` when the live file is
   SQLCipher — set rollback-journal mode, ``integrity_check``, fsync;
2. keep aside: ``VACUUM INTO`` a copy of the current database (its WAL included) under
   ``kept-aside/``; a database too damaged to read is copied byte for byte instead;
3. checkpoint the live WAL and switch it to rollback mode, which deletes ``-wal``: a stale WAL
   next to the *new* file would be replayed onto it and corrupt it;
4. ``os.replace`` the staged file over the database, remove any ``-wal``/``-shm``/``-journal``
   leftovers, fsync the folder.

Every connection to the database must be closed first (``Database.dispose``); step 3 fails
with ``backup_busy`` otherwise, before anything changed.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
from pathlib import Path

from vastaanotto.paths import fsync_dir, fsync_file
from vastaanotto.backup.snapshot import copy_file_synced, is_plain_sqlite
from vastaanotto.db.sqlite_file import sqlite_module
from vastaanotto.errors import BackupError

KEPT_ASIDE_FOLDER = "kept-aside"
COMPANIONS = ("-wal", "-shm", "-journal")


def _connect(path: Path, key: bytes | None):
    conn = sqlite_module().connect(str(path), timeout=5.0, isolation_level=None)
    if key is not None:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def _stage(plain: Path, staged: Path, key: bytes | None) -> None:
    module = sqlite_module()
    try:
        if key is None:
            copy_file_synced(plain, staged)
        else:
            conn = _connect(plain, None)
            try:
                conn.execute(f"ATTACH DATABASE ? AS keyed KEY \"x'{key.hex()}'\"", (str(staged),))
                conn.execute("SELECT sqlcipher_export('keyed')")
                conn.execute("DETACH DATABASE keyed")
            finally:
                conn.close()
        conn = _connect(staged, key)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            if [r[0] for r in conn.execute("PRAGMA integrity_check")] != ["ok"]:
                raise BackupError("backup_integrity_failed")
        finally:
            conn.close()
        fsync_file(staged)
    except module.Error:
        raise BackupError("backup_integrity_failed") from None
    except OSError:
        raise BackupError("backup_target_full") from None


def _keep_aside(db_path: Path, key: bytes | None, now: dt.datetime) -> Path:
    folder = db_path.parent / KEPT_ASIDE_FOLDER
    folder.mkdir(exist_ok=True)
    stamp = now.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    kept = folder / f"{db_path.stem}-before-restore-{stamp}{db_path.suffix}"
    module = sqlite_module()
    try:
        conn = _connect(db_path, key)
        try:
            conn.execute("VACUUM INTO ?", (str(kept),))
        finally:
            conn.close()
        fsync_file(kept)
    except module.Error:
        # Unreadable (which may be why we restore): keep its bytes, companions too.
        kept.unlink(missing_ok=True)
        kept.mkdir()
        for suffix in ("",) + COMPANIONS:
            source = Path(str(db_path) + suffix)
            if source.exists():
                shutil.copy2(source, kept / source.name)
    except OSError:
        kept.unlink(missing_ok=True)
        raise BackupError("backup_target_full") from None
    fsync_dir(folder)
    return kept


def _release_wal(db_path: Path, key: bytes | None) -> None:
    module = sqlite_module()
    try:
        conn = _connect(db_path, key)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        finally:
            conn.close()
    except module.Error:
        if is_plain_sqlite(db_path) or key is not None:
            raise BackupError("backup_busy") from None
        return  # unreadable anyway; kept aside byte for byte above
    if str(mode).lower() != "delete":
        raise BackupError("backup_busy")  # another connection still holds it in WAL mode


_SAME = object()


def replace_database(db_path: Path, plain: Path, work: Path, now: dt.datetime, *,
                     key: bytes | None = None, new_key: bytes | None | object = _SAME
                     ) -> Path | None:
    """Replace ``db_path`` with the verified plain snapshot ``plain``; returns the kept-aside
    copy (None when there was no database).

    ``key`` opens the live file; the restored file gets the same key unless ``new_key`` is
    given (None: plain). A live file whose key is lost is passed with ``key=None``: it cannot
    be read, so it is kept aside byte for byte, as it is."""
    staged = work / f"staged-{uuid.uuid4().hex[:12]}.sqlite3"
    try:
        _stage(plain, staged, key if new_key is _SAME else new_key)
        kept = None
        if db_path.exists():
            kept = _keep_aside(db_path, key, now)
            _release_wal(db_path, key)
        for suffix in COMPANIONS:
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        os.replace(staged, db_path)
        fsync_dir(db_path.parent)
        return kept
    finally:
        staged.unlink(missing_ok=True)
