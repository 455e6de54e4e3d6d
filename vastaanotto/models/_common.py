"""Shared column helpers for the models."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Mapped, mapped_column

from vastaanotto.db.types import UTCDateTime


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Timestamps:
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


def str_enum(enum_cls, length: int = 20):
    """Enum stored as its value in a VARCHAR: the same on SQLite and PostgreSQL, easy to migrate."""
    from sqlalchemy import Enum

    return Enum(enum_cls, native_enum=False, length=length,
                values_callable=lambda e: [m.value for m in e])
