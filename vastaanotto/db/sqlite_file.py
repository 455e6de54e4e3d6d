"""The SQLite file of a practice and its driver, without importing SQLAlchemy.

Kept apart from ``vastaanotto.db.engine`` because the UI needs them at start-up, before the ORM
is loaded in the background (``ui.startup``): to peek whether the file holds a practice.

SQLite is opened through the ``sqlcipher3`` driver even when the file is not encrypted, because it
bundles a current SQLite (see ``vastaanotto.db.engine``).
"""

from __future__ import annotations

from pathlib import Path

DATABASE_FILE = "vastaanotto.sqlite3"


def sqlite_module():
    """The DBAPI module for SQLite: sqlcipher3 (bundled current SQLite), else the stdlib one."""
    try:
        import sqlcipher3.dbapi2 as module  # type: ignore[import-not-found]
    except ImportError:  # pragma: no cover - sqlcipher3 is a hard dependency; kept for packagers
        import sqlite3 as module
    return module


def database_path(data_dir: Path) -> Path:
    return Path(data_dir) / DATABASE_FILE


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{Path(path).resolve()}"
