"""SQLCipher at rest: tell an encrypted file from a plain one, find its key, encrypt in place.

The key of a database is a random 256-bit raw key (``PRAGMA key = "x'…'"``, RELIABILITY.md §2),
kept in the OS keyring only (``vastaanotto.secrets``), never in a file. It is named by the
file's *key id*: the 16-byte salt SQLCipher writes in clear at the start of every encrypted
file. So the key is found before anything inside the file can be read (the practice uid is
inside), the folder may be moved or renamed, and a ``VACUUM INTO`` copy (same salt, same key)
opens with the same key.

Importing this module is light (no SQLAlchemy, no keyring): the start-up peek uses it.

Encrypting in place (:func:`encrypt_in_place`), built so that a kill or a power cut at any
moment leaves a working database at the usual path:

1. take the plain file for ourselves (rollback journal + exclusive lock: another open
   connection makes this fail with ``database_in_use`` instead of losing its writes);
2. ``sqlcipher_export`` into a temporary file in the same folder, under a new random key;
3. verify the copy (``cipher_integrity_check``, ``integrity_check``, the schema and the row
   count of every table equal to the original's), fsync it and the folder;
4. store the key in the keyring (and read it back), only then
5. hard-link the plain original aside, atomically rename the copy over the usual name, fsync;
6. verify the database now at the usual path with the key as found through the keyring;
   on any failure the plain original is renamed back;
7. remove the plain original.

Until step 5 the usual path is the untouched plain file; from step 5 on it is the verified
encrypted one. Leftovers of an interrupted run (the temporary copy, the plain aside) are
removed by :func:`cleanup_leftovers`, which ``open_practice_database`` runs on every open.
"""

from __future__ import annotations

import enum
import os
import secrets as _random
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from vastaanotto.db.sqlite_file import sqlite_module
from vastaanotto.errors import DatabaseKeyError, SecretStoreUnavailable, StorageError
from vastaanotto.paths import fsync_dir, fsync_file
from vastaanotto.progress import Progress

SQLITE_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
KEY_BYTES = 32
MIN_PAGE_SIZE = 512
TEMP_SUFFIX = ".encrypting"
ASIDE_SUFFIX = ".plain"
_COMPANIONS = ("-wal", "-shm", "-journal")

# Called with the name of each step of encrypt_in_place as it is reached; the tests use it to
# stop the conversion (a raised error, or a SIGKILL in a subprocess) between any two steps.
STEPS = ("locked", "exported", "verified", "key_stored", "aside", "swapped", "final_verified",
         "done")
step_hook: Callable[[str], None] | None = None


class FileState(enum.Enum):
    MISSING = "missing"
    EMPTY = "empty"  # 0 bytes: SQLite's view of a database that has nothing yet
    PLAIN = "plain"
    ENCRYPTED = "encrypted"


def file_state(path: Path) -> FileState:
    """What the file at ``path`` is, from its first 16 bytes. Raises OSError when unreadable
    (a folder in place of the file, no permission)."""
    path = Path(path)
    if not path.exists():
        return FileState.MISSING
    with open(path, "rb") as handle:
        head = handle.read(len(SQLITE_HEADER))
    if not head:
        return FileState.EMPTY
    if head == SQLITE_HEADER:
        return FileState.PLAIN
    if path.stat().st_size % MIN_PAGE_SIZE:
        # An encrypted file is whole pages, like any SQLite file; anything else is damaged or
        # not a database, and reading it as plain gives the honest "not a database".
        return FileState.PLAIN
    return FileState.ENCRYPTED


def is_encrypted(path: Path) -> bool:
    try:
        return file_state(path) is FileState.ENCRYPTED
    except OSError:
        return False


def key_id(path: Path) -> str:
    """The id the key of the encrypted file at ``path`` is kept under: its salt, in hex."""
    with open(path, "rb") as handle:
        salt = handle.read(SALT_BYTES)
    if len(salt) < SALT_BYTES:
        raise StorageError("not_a_database")
    return salt.hex()


def key_pragma(key: bytes) -> str:
    """The statement that keys a connection; must be its very first statement. ``key`` is the
    raw key, or the raw key and a salt (:func:`key_with_salt`)."""
    if len(key) not in (KEY_BYTES, KEY_BYTES + SALT_BYTES):
        raise ValueError("a database key is 32 bytes (48 with its salt)")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def key_with_salt(path: Path) -> bytes | None:
    """The stored key of the encrypted file at ``path`` followed by the file's salt, or None
    for a plain file.

    SQLCipher reads a 48-byte raw key as key + salt, so a new file keyed with it (a restore
    re-keys the backup with ``sqlcipher_export``) gets the *same* salt, hence the same key id,
    and the keyring entry goes on finding its key; a plain 32-byte key would give the new file
    a random salt whose id the keyring does not know. Raises DatabaseKeyError like
    :func:`stored_key`.
    """
    if not is_encrypted(path):
        return None
    return stored_key(path) + bytes.fromhex(key_id(path))


def stored_key(path: Path) -> bytes:
    """The key of the encrypted file at ``path`` from the keyring, or a DatabaseKeyError.

    ``reason`` says why: ``no_keyring`` (no trusted keyring on this computer) or
    ``not_in_keyring`` (e.g. the file was copied from another computer). Either way the way
    out is a restore from a backup with the emergency kit.
    """
    from vastaanotto import secrets

    identifier = key_id(path)
    try:
        key = secrets.database_key(identifier)
    except SecretStoreUnavailable:
        raise DatabaseKeyError("database_key_missing", reason="no_keyring") from None
    if key is None or len(key) != KEY_BYTES:
        raise DatabaseKeyError("database_key_missing", reason="not_in_keyring")
    return key


def find_key(path: Path) -> bytes | None:
    """:func:`stored_key`, or None instead of an error (for the start-up peek)."""
    try:
        return stored_key(path)
    except (DatabaseKeyError, StorageError, OSError):
        return None


def connect(path: Path, key: bytes | None, *, module=None, timeout: float = 5.0, **kwargs):
    """A bare DBAPI connection (autocommit), keyed first when ``key`` is given."""
    module = module or sqlite_module()
    conn = module.connect(str(path), timeout=timeout, isolation_level=None, **kwargs)
    if key is not None:
        conn.execute(key_pragma(key))
        conn.execute("PRAGMA temp_store = MEMORY")
    return conn


# -- what a database holds, to compare the copy with the original ----------------------------

@dataclass(frozen=True)
class Inventory:
    schema: tuple[tuple[str, str, str], ...]
    rows: dict[str, int]
    user_version: int

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def inventory(conn) -> Inventory:
    schema = tuple(conn.execute(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite_autoindex%' ORDER BY type, name").fetchall())
    tables = [name for kind, name, sql in schema
              if kind == "table" and not sql.upper().startswith("CREATE VIRTUAL")]
    rows = {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in tables}
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    return Inventory(schema=schema, rows=rows, user_version=user_version)


def _verify(path: Path, key: bytes, expected: Inventory) -> None:
    """Open ``path`` with ``key``; every page's HMAC, the b-trees, the schema and the row
    counts must be right, else StorageError("encryption_verify_failed")."""
    module = sqlite_module()
    try:
        conn = connect(path, key, module=module)
    except module.Error:
        raise StorageError("encryption_verify_failed", step="open") from None
    try:
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise StorageError("encryption_verify_failed", step="cipher_integrity_check")
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise StorageError("encryption_verify_failed", step="integrity_check")
        if inventory(conn) != expected:
            raise StorageError("encryption_verify_failed", step="contents")
    except module.Error:
        raise StorageError("encryption_verify_failed", step="read") from None
    finally:
        conn.close()


# -- durable file operations (fsync_file, fsync_dir: vastaanotto.paths) ------------------------

def _remove(path: Path) -> None:
    for candidate in (path, *(Path(f"{path}{s}") for s in _COMPANIONS)):
        candidate.unlink(missing_ok=True)


def _leftovers(path: Path, suffix: str) -> list[Path]:
    return sorted(path.parent.glob(f".{path.name}.*{suffix}"))


def cleanup_leftovers(path: Path) -> list[Path]:
    """Remove what an interrupted :func:`encrypt_in_place` left beside ``path``.

    A temporary copy is always removed (it was never promoted, or it was and has become
    ``path``). A plain aside copy is removed when ``path`` is still that plain database (the
    aside is a second name of it) or when ``path`` is encrypted and its key is in the keyring;
    otherwise it is kept, because then it may be the only readable copy. Returns what was removed.
    """
    path = Path(path)
    removed: list[Path] = []
    temps = _leftovers(path, TEMP_SUFFIX)
    asides = _leftovers(path, ASIDE_SUFFIX)
    if not temps and not asides:
        return removed
    for temp in temps:
        _remove(temp)
        removed.append(temp)
    try:
        state = file_state(path)
    except OSError:
        return removed
    if state is FileState.PLAIN or (state is FileState.ENCRYPTED and find_key(path)):
        for aside in asides:
            _remove(aside)
            removed.append(aside)
    if removed:
        fsync_dir(path.parent)
    return removed


# -- encrypting a plain database in place -------------------------------------------------------

@dataclass(frozen=True)
class EncryptionReport:
    tables: int
    rows: int


def _step(progress: Progress | None, name: str) -> None:
    if step_hook is not None:
        step_hook(name)
    if progress is not None:
        progress.step(STEPS.index(name) + 1, len(STEPS), name)


def _in_use(exc: Exception) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def _export(path: Path, temp: Path, key: bytes, progress: Progress | None) -> Inventory:
    """Steps 1–2: the plain file locked for us, exported into ``temp`` under ``key``."""
    module = sqlite_module()
    try:
        source = connect(path, None, module=module, timeout=0.5)
    except module.Error:
        raise StorageError("not_a_database") from None
    try:
        try:
            # WAL can only be left when no other connection has the file open: so this is
            # also the check that nobody else is using the database right now.
            mode = source.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            if str(mode).lower() != "delete":
                raise StorageError("database_in_use")
            source.execute("PRAGMA locking_mode = EXCLUSIVE")
            source.execute("BEGIN EXCLUSIVE")
            expected = inventory(source)
        except module.Error as exc:
            if _in_use(exc):
                raise StorageError("database_in_use") from None
            raise StorageError("not_a_database") from None
        source.execute("COMMIT")  # in exclusive locking mode the lock stays held
        _step(progress, "locked")
        # The raw key goes in the statement text (hex digits only, so nothing to escape).
        source.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(temp),))
        source.execute("BEGIN EXCLUSIVE")
        source.execute("SELECT sqlcipher_export('encrypted')")
        source.execute(f"PRAGMA encrypted.user_version = {int(expected.user_version)}")
        source.execute("COMMIT")
        source.execute("DETACH DATABASE encrypted")
    finally:
        source.close()
    return expected


def encrypt_in_place(path: Path, progress: Progress | None = None) -> EncryptionReport:
    """Encrypt the plain SQLite database at ``path`` with a new key kept in the keyring.

    Every connection to the file must be closed first (``Database.dispose()``); another open
    connection makes it fail with ``StorageError("database_in_use")`` and nothing changes.
    Raises SecretStoreUnavailable when no trusted keyring exists (the key is never written
    anywhere else), StorageError("database_already_encrypted") for an encrypted file. Runs on
    any thread; long only for a large database (a full copy).
    """
    from vastaanotto import secrets

    path = Path(path).resolve()
    state = file_state(path)
    if state is FileState.ENCRYPTED:
        raise StorageError("database_already_encrypted")
    if state is FileState.MISSING:
        raise StorageError("not_a_database")
    if not secrets.backend_is_secure():
        raise SecretStoreUnavailable(backend=secrets.backend_name())
    cleanup_leftovers(path)
    key = _random.token_bytes(KEY_BYTES)
    tag = uuid.uuid4().hex[:12]
    temp = path.with_name(f".{path.name}.{tag}{TEMP_SUFFIX}")
    aside = path.with_name(f".{path.name}.{tag}{ASIDE_SUFFIX}")
    stored_id: str | None = None
    swapped = False
    try:
        expected = _export(path, temp, key, progress)
        _step(progress, "exported")
        _verify(temp, key, expected)
        fsync_file(temp)
        fsync_dir(path.parent)
        _step(progress, "verified")
        stored_id = key_id(temp)
        secrets.store_database_key(stored_id, key)
        _step(progress, "key_stored")
        before = path.stat()
        try:
            os.link(path, aside)
        except OSError:  # a file system without hard links: a full copy instead
            shutil.copy2(path, aside)
            fsync_file(aside)
        fsync_dir(path.parent)
        _step(progress, "aside")
        after = path.stat()
        if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns) \
                or any(Path(f"{path}{s}").exists() for s in ("-wal", "-journal")):
            raise StorageError("database_in_use")  # written meanwhile: its writes would be lost
        Path(f"{path}-shm").unlink(missing_ok=True)  # the plain file's WAL index, unused now
        os.replace(temp, path)
        swapped = True
        fsync_dir(path.parent)
        _step(progress, "swapped")
        _verify(path, stored_key(path), expected)
        _step(progress, "final_verified")
    except BaseException:
        if swapped:  # the plain original goes back to its name
            os.replace(aside, path)
            fsync_dir(path.parent)
        _remove(temp)
        aside.unlink(missing_ok=True)
        if stored_id is not None:
            try:
                secrets.forget_database_key(stored_id)
            except SecretStoreUnavailable:
                pass
        raise
    aside.unlink()
    fsync_dir(path.parent)
    _step(progress, "done")
    return EncryptionReport(tables=len(expected.rows), rows=expected.total_rows)
