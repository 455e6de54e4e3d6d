"""Open a practice's database together with its keys: one way for the CLI, the UI and the demo.

The audit chain's HMAC key lives in the OS keyring under the practice uid (``vastaanotto.secrets``),
so the uid has to be read from the database before any audit event can be written correctly.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from vastaanotto import paths, secrets
from vastaanotto.clock import Clock, system_clock
from vastaanotto.context import Context
from vastaanotto.db.engine import Database, database_path, open_database, sqlite_url
from vastaanotto.db.migrate import current_revision
from vastaanotto.models.practice import Practice
from vastaanotto.services.setup import initialize_practice


def default_url(data_dir: Path | None = None) -> str:
    """The SQLite database in ``data_dir``, or in the user data folder when None."""
    folder = Path(data_dir) if data_dir is not None else paths.data_dir()
    return sqlite_url(database_path(folder))


def stored_practice_uid(db: Database) -> str | None:
    """The practice uid, or None while the database holds no practice yet."""
    with db.session() as session:
        return session.scalar(select(Practice.uid).limit(1))


def open_practice_database(url: str, *, migrate: bool = True) -> Database:
    """Open (and by default migrate to head) the database at ``url``; attach the audit key.

    With ``migrate=False`` the schema is left as it is (the caller checks the revision).

    When a practice exists, ``db.audit_key`` is its key from the keyring (created on first use),
    or None when no trusted keyring exists, in which case the chain uses plain SHA-256. A fresh
    database keeps None until :func:`create_practice` sets the key.
    """
    db = open_database(url, migrate=migrate)
    try:
        # Unmigrated and empty (no tables yet): there is no practice to read.
        uid = stored_practice_uid(db) if migrate or current_revision(db.engine) else None
        if uid is not None:
            db.audit_key = secrets.audit_key(uid)
    except BaseException:
        db.dispose()
        raise
    return db


def create_practice(db: Database, profile: dict[str, Any], *, owner_username: str,
                    owner_display_name: str, owner_password: str, workstation: str,
                    clock: Clock = system_clock, is_demo: bool = False) -> Context:
    """Set up the practice in a fresh database, its audit chain keyed from the first event.

    A thin name for ``initialize_practice`` (which attaches the key of the new uid), kept so
    that the CLI, the demo and the wizard all create a practice the same way.
    """
    return initialize_practice(db, profile, owner_username=owner_username,
                               owner_display_name=owner_display_name,
                               owner_password=owner_password, workstation=workstation,
                               clock=clock, is_demo=is_demo)
