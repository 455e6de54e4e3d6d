"""Alembic at start-up: upgrade an existing database to head, after a local safety copy.

Alembic itself (with Mako and SQLAlchemy's PostgreSQL dialect, ~50 ms) is imported only when the
database is not already at :data:`vastaanotto.db.schema_version.HEAD`: the usual start reads
``alembic_version`` with plain SQL and is done.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from vastaanotto.db import schema_version

if TYPE_CHECKING:
    from alembic.config import Config

VERSION_TABLE = "alembic_version"  # Alembic's default, which migrations/env.py keeps


def migrations_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)  # PyInstaller one-folder build
    if frozen:
        return Path(frozen) / "migrations"
    return Path(__file__).resolve().parents[2] / "migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    """The head of the migration scripts on disk (imports Alembic; see ``schema_version``)."""
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    """The database's revision, or None when it has none yet; read with plain SQL."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:
        # Several heads stamped: only Alembic knows what that means, and it says so.
        from alembic.runtime.migration import MigrationContext

        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    return rows[0] if rows else None


def _safety_copy(engine: Engine, revision: str) -> Path | None:
    """Copy a SQLite file before its schema changes, with ``VACUUM INTO``.

    ``VACUUM INTO`` runs on the engine's own (keyed) connection, so a SQLCipher database is
    copied encrypted with the same key; the online backup API cannot copy an encrypted
    database into an unkeyed one (it fails with "SQL logic error" and left an empty file).
    """
    if engine.dialect.name != "sqlite" or not engine.url.database:
        return None
    source = Path(engine.url.database)
    folder = source.parent / "pre-migration"
    folder.mkdir(exist_ok=True)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{source.stem}-{revision}-{stamp}{source.suffix}"
    raw = engine.raw_connection()
    try:
        cursor = raw.driver_connection.cursor()
        try:
            cursor.execute("VACUUM INTO ?", (str(target),))
        finally:
            cursor.close()
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    finally:
        raw.close()
    return target


def upgrade_to_head(engine: Engine) -> bool:
    """Returns True when the schema changed. A database already at head is left untouched."""
    current = current_revision(engine)
    # Read as an attribute at call time, so that the tests' probe revision can stand in for it.
    if current == schema_version.HEAD or current == head_revision():
        return False
    if current is not None:
        _safety_copy(engine, current)
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
    return True
