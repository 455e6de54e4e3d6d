"""Alembic at start-up: upgrade an existing database to head, after a local safety copy."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine


def migrations_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)  # PyInstaller one-folder build
    if frozen:
        return Path(frozen) / "migrations"
    return Path(__file__).resolve().parents[2] / "migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


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
    if current == head_revision():
        return False
    if current is not None:
        _safety_copy(engine, current)
    command.upgrade(alembic_config(engine), "head")
    return True
