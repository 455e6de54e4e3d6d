"""Storage: engine factory, declarative base, column types, session handling."""

from vastaanotto.db.base import Base
from vastaanotto.db.engine import Database, open_database

__all__ = ["Base", "Database", "open_database"]
