"""Engine factory: the only place that knows SQLite pragmas, SQLCipher keys and PostgreSQL.

SQLite is opened through the ``sqlcipher3`` driver even when the file is not encrypted, because it
bundles a current SQLite (3.53): the SQLite of Debian 12's standard library (3.40) has the
WAL-reset corruption bug fixed only in 3.51.3. On an affected SQLite we fall back to the rollback
journal rather than run multi-connection WAL (RELIABILITY.md S7).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

# Re-exported: most callers name them from here; the start-up peek uses the light module.
from vastaanotto.db.sqlite_file import (DATABASE_FILE, database_path,  # noqa: F401
                                        sqlite_module, sqlite_url)
from vastaanotto.errors import DatabaseKeyError, StorageError

WAL_SAFE_SQLITE = (3, 51, 3)


def sqlite_version_tuple(module) -> tuple[int, ...]:
    return tuple(int(p) for p in module.sqlite_version.split("."))


@dataclass
class Database:
    """An engine, its session factory and the facts the services need about the store."""

    engine: Engine
    url: str
    audit_key: bytes | None = None
    encrypted: bool = False  # a SQLCipher file opened with its key
    _sessions: sessionmaker = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def sqlite_path(self) -> Path | None:
        """The database file, or None for a server or an in-memory database."""
        url = make_url(self.url)
        if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
            return None
        return Path(url.database)

    def reconnect(self) -> None:
        """Dispose the engine and open the file again, keyed as it is now.

        For after the file was replaced (encrypted in place, restored): every holder of this
        ``Database`` (session controller, contexts, views) keeps working with the new engine.
        GUI thread, with no session of this database open.
        """
        self.engine.dispose()
        key = _key_for(self.url)
        self.engine = create_db_engine(self.url, key=key)
        self.encrypted = key is not None
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        _check_readable(self.engine, key)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_name(self) -> str:
        """For the status bar: the file name or the server, never a password."""
        url = make_url(self.url)
        if url.get_backend_name() == "sqlite":
            return Path(url.database or "").name
        return f"{url.host or 'localhost'}/{url.database}"

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: commits on success, rolls back on any exception."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def _install_sqlite_pragmas(engine: Engine, *, key: bytes | None, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # The driver's own transaction handling is switched off so that we can say
        # BEGIN IMMEDIATE ourselves: a writer takes the lock up front instead of failing
        # half-way with "database is locked" when two desks book at once.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if key is not None:
            cur.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            cur.execute("PRAGMA temp_store = MEMORY")
        else:
            cur.execute("PRAGMA secure_delete = ON")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA busy_timeout = 5000")
        cur.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA journal_size_limit = 67108864")
        # 32 MiB page cache per connection: search as you type over 200k clients stays under
        # one frame even on an encrypted file, where each page read must be decrypted
        # (bench/client_search.py). It fills lazily, only as pages are read.
        cur.execute("PRAGMA cache_size = -32768")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _refuse_network_path(path: Path) -> None:
    """WAL needs every process on one host; a share corrupts it (RELIABILITY.md S6)."""
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        raise StorageError("database_on_network_share")
    if os.name == "posix":
        try:
            with open("/proc/mounts", encoding="utf-8") as mounts:
                rows = [line.split() for line in mounts]
        except OSError:
            return
        best = ("", "")
        resolved = str(path.resolve())
        for row in rows:
            if len(row) >= 3 and resolved.startswith(row[1]) and len(row[1]) > len(best[0]):
                best = (row[1], row[2])
        if best[1] in {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs"}:
            raise StorageError("database_on_network_share")


def create_db_engine(url: str, *, key: bytes | None = None, echo: bool = False) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        module = sqlite_module()
        if key is not None and not hasattr(module, "sqlcipher_version") \
                and module.__name__ == "sqlite3":
            raise StorageError("encryption_unavailable")
        if parsed.database and parsed.database != ":memory:":
            path = Path(parsed.database)
            _refuse_network_path(path)
            path.parent.mkdir(parents=True, exist_ok=True)
        wal = sqlite_version_tuple(module) >= WAL_SAFE_SQLITE
        engine = create_engine(url, module=module, echo=echo)
        _install_sqlite_pragmas(engine, key=key, wal=wal)
        return engine
    # PostgreSQL and others: plain SQLAlchemy; the engine is the same code for the services.
    return create_engine(url, echo=echo, pool_pre_ping=True)


def _key_for(url: str) -> bytes | None:
    """The keyring's key when ``url`` names an encrypted SQLite file, else None."""
    from vastaanotto.db import encryption

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database \
            or parsed.database == ":memory:":
        return None
    path = Path(parsed.database)
    if not encryption.is_encrypted(path):
        return None
    return encryption.stored_key(path)


def _check_readable(engine: Engine, key: bytes | None) -> None:
    """Read the schema once, so that a wrong key (or a key for a plain file, or no key for an
    encrypted one) is a typed error here instead of a driver error somewhere later."""
    if engine.dialect.name != "sqlite":
        return
    try:
        # The connect event's pragmas already read the file: a wrong key fails right here,
        # with the driver's own error class (not wrapped by SQLAlchemy's pool).
        raw = engine.raw_connection()
    except Exception as exc:  # noqa: BLE001 - told apart by the driver's message below
        engine.dispose()
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise (DatabaseKeyError("database_key_wrong") if key is not None
                   else StorageError("not_a_database")) from None
        raise
    try:
        cursor = raw.driver_connection.cursor()
        try:
            cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            cursor.close()
    except Exception as exc:  # noqa: BLE001 - the driver's own DatabaseError class
        raw.invalidate()
        engine.dispose()
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise (DatabaseKeyError("database_key_wrong") if key is not None
                   else StorageError("not_a_database")) from None
        raise
    else:
        raw.close()


def open_database(url: str, *, key: bytes | None = None, audit_key: bytes | None = None,
                  migrate: bool = True) -> Database:
    """Open (and by default migrate to head) the database at ``url``.

    An encrypted SQLite file is opened with its key from the keyring unless ``key`` is given;
    a key that is missing or wrong is a DatabaseKeyError, never a driver error later.
    """
    if key is None:
        key = _key_for(url)
    engine = create_db_engine(url, key=key)
    _check_readable(engine, key)
    db = Database(engine=engine, url=url, audit_key=audit_key, encrypted=key is not None)
    if migrate:
        from vastaanotto.db.migrate import upgrade_to_head

        upgrade_to_head(engine)
    return db
