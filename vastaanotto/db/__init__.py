"""Storage: engine factory, declarative base, column types, session handling.

``Base``, ``Database`` and ``open_database`` are loaded on first use (PEP 562): the start-up path
imports this package's light modules (``sqlite_file``, ``schema_version``) before SQLAlchemy, which
the program then loads in the background (``ui.startup``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vastaanotto.db.base import Base
    from vastaanotto.db.engine import Database, open_database

__all__ = ["Base", "Database", "open_database"]


def __getattr__(name: str) -> Any:
    # Plain import statements, not importlib with a string: PyInstaller's analysis follows them.
    if name == "Base":
        from vastaanotto.db.base import Base as value
    elif name == "Database":
        from vastaanotto.db.engine import Database as value
    elif name == "open_database":
        from vastaanotto.db.engine import open_database as value
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value
