"""Open a practice's database together with its keys: one way for the CLI, the UI and the demo.

The audit chain's HMAC key lives in the OS keyring under the practice uid (``vastaanotto.secrets``),
so the uid has to be read from the database before any audit event can be written correctly.

This module is on the UI's start-up path before anything heavy is loaded: its top level imports
neither SQLAlchemy, the models nor the keyring (~0.4 s together), only the functions that need
them do. :func:`practice_exists_quick` answers "login or setup?" with the bare SQLite driver.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from vastaanotto import paths
from vastaanotto.clock import Clock, system_clock
from vastaanotto.db.sqlite_file import database_path, sqlite_module, sqlite_url

if TYPE_CHECKING:
    from vastaanotto.context import Context
    from vastaanotto.db.encryption import EncryptionReport
    from vastaanotto.db.engine import Database
    from vastaanotto.progress import Progress

# How long the peek waits for another desk's write lock before giving up with "can't tell".
PEEK_TIMEOUT_SECONDS = 1.0


def database_file(data_dir: Path | None = None) -> Path:
    """The SQLite file in ``data_dir``, or in the user data folder when None."""
    return database_path(Path(data_dir) if data_dir is not None else paths.data_dir())


def default_url(data_dir: Path | None = None) -> str:
    """The SQLite database in ``data_dir``, or in the user data folder when None."""
    return sqlite_url(database_file(data_dir))


def practice_exists_quick(path: Path) -> bool | None:
    """Does the SQLite file at ``path`` hold a practice? Read-only, a few ms, no ORM.

    True: a ``practice`` row exists (the login comes next). False: no file, or a database without
    a practice yet, tables or not (the setup wizard comes next). None: it can't be told cheaply:
    not a SQLite database (a damaged file, or a folder), an encrypted file whose key the keyring
    does not give, locked by another desk for longer than :data:`PEEK_TIMEOUT_SECONDS`, or
    unreadable. The caller then opens the database the usual way, whose answer or error is the
    real one.

    An encrypted file is peeked with its key from the keyring (importing ``keyring``, ~70 ms,
    which the loader needs anyway); a plain file costs no keyring at all.
    """
    from vastaanotto.db import encryption

    path = Path(path)
    try:
        state = encryption.file_state(path)
    except OSError:  # a folder in place of the file, or one on the way that may not be read
        return None
    if state is encryption.FileState.MISSING:
        return False
    key = None
    if state is encryption.FileState.ENCRYPTED:
        key = encryption.find_key(path)
        if key is None:
            return None
    module = sqlite_module()
    try:
        # mode=ro: the peek never creates, writes or migrates the database (a WAL database's
        # -wal and -shm companions may appear, as for any reader; SQLite manages them).
        conn = module.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                              timeout=PEEK_TIMEOUT_SECONDS)
        if key is not None:
            conn.execute(encryption.key_pragma(key))
    except module.Error:
        return None
    try:
        has_table = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                 "AND name = 'practice'").fetchone() is not None
        return has_table and conn.execute("SELECT 1 FROM practice LIMIT 1").fetchone() is not None
    except module.Error:
        return None
    finally:
        conn.close()


def stored_practice_uid(db: Database) -> str | None:
    """The practice uid, or None while the database holds no practice yet."""
    from sqlalchemy import select

    from vastaanotto.models.practice import Practice

    with db.session() as session:
        return session.scalar(select(Practice.uid).limit(1))


def open_practice_database(url: str, *, migrate: bool = True) -> Database:
    """Open (and by default migrate to head) the database at ``url``; attach the audit key.

    With ``migrate=False`` the schema is left as it is (the caller checks the revision).

    When a practice exists, ``db.audit_key`` is its key from the keyring (created on first use),
    or None when no trusted keyring exists, in which case the chain uses plain SHA-256. A fresh
    database keeps None until :func:`create_practice` sets the key.
    """
    from vastaanotto import secrets
    from vastaanotto.db import encryption
    from vastaanotto.db.engine import open_database
    from vastaanotto.db.migrate import current_revision

    db = open_database(url, migrate=migrate)
    try:
        if db.sqlite_path is not None:
            # An encryption cut short leaves a temporary copy or a plain copy beside the file.
            encryption.cleanup_leftovers(db.sqlite_path)
        # Unmigrated and empty (no tables yet): there is no practice to read.
        uid = stored_practice_uid(db) if migrate or current_revision(db.engine) else None
        if uid is not None:
            db.audit_key = secrets.audit_key(uid)
    except BaseException:
        db.dispose()
        raise
    return db


def encryption_available() -> bool:
    """Can a new database key be kept here? Only in a trusted OS keyring (never in a file)."""
    from vastaanotto import secrets

    return secrets.backend_is_secure()


def encrypt_database(db: Database, progress: Progress | None = None) -> EncryptionReport:
    """Encrypt the plain SQLite database of ``db`` in place and reopen ``db`` on it.

    ``db``'s engine is disposed first (every connection of this process closed; another
    program still using the file makes it fail with ``database_in_use``, nothing changed),
    and afterwards ``db`` works on the encrypted file, keyed from the keyring, for everyone
    holding it. On failure ``db`` is reopened on the unchanged plain file and the error raised.
    Typed errors: SecretStoreUnavailable (no trusted keyring), StorageError
    (``database_already_encrypted``, ``database_in_use``, ``encryption_verify_failed``).
    """
    from vastaanotto.db import encryption
    from vastaanotto.errors import StorageError

    path = db.sqlite_path
    if path is None:
        raise StorageError("encryption_needs_sqlite")
    db.engine.dispose()
    try:
        return encryption.encrypt_in_place(path, progress)
    finally:
        db.reconnect()


def create_practice(db: Database, profile: dict[str, Any], *, owner_username: str,
                    owner_display_name: str, owner_password: str, workstation: str,
                    clock: Clock = system_clock, is_demo: bool = False,
                    encrypt: bool = False) -> Context:
    """Set up the practice in a fresh database, its audit chain keyed from the first event.

    A thin name for ``initialize_practice`` (which attaches the key of the new uid), kept so
    that the CLI, the demo and the wizard all create a practice the same way.

    With ``encrypt`` the still empty SQLite file is encrypted first (:func:`encrypt_database`),
    so no personal data is ever written to it in clear; the profile is validated before that,
    so bad input changes nothing. The CLI and the wizard pass ``encrypt=True`` whenever
    :func:`encryption_available`, and ask the owner when it is not.
    """
    from vastaanotto.services.setup import initialize_practice, is_initialized

    if encrypt and db.sqlite_path is not None and not db.encrypted:
        from vastaanotto.errors import Conflict
        from vastaanotto.services.base import FieldCollector
        from vastaanotto.services.practice import validate_profile

        fields = FieldCollector()
        fields.check(validate_profile, profile)
        fields.raise_if_any()
        if is_initialized(db):
            raise Conflict("already_initialized")
        encrypt_database(db)

    return initialize_practice(db, profile, owner_username=owner_username,
                               owner_display_name=owner_display_name,
                               owner_password=owner_password, workstation=workstation,
                               clock=clock, is_demo=is_demo)
