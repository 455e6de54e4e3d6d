"""Column types that keep the rules of the data: aware UTC datetimes and Decimal money."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import DateTime, Numeric
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator):
    """Stores aware datetimes as UTC; refuses naive ones (a naive time is a bug waiting for DST)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(dt.timezone.utc)
        if dialect.name == "sqlite":
            # SQLite has no time zone type: store naive UTC so that text comparison orders correctly.
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc)


class Money(TypeDecorator):
    """Euros with two decimals, always Decimal in Python, NUMERIC(12,2) in PostgreSQL.

    SQLite stores it as REAL: each value round-trips exactly (tested up to 9 999 999 999,99),
    but SQL ``SUM()`` over it is floating point, so totals are summed in Python as Decimal.
    """

    impl = Numeric(12, 2, asdecimal=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money must be Decimal, not float")
        return Decimal(value).quantize(Decimal("0.01"))

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return Decimal(value).quantize(Decimal("0.01"))


class Rate(TypeDecorator):
    """A percentage such as VAT 25.5 or penalty interest 11.15, exact Decimal."""

    impl = Numeric(6, 3, asdecimal=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("rate must be Decimal, not float")
        return Decimal(value)

    def process_result_value(self, value, dialect):
        return None if value is None else Decimal(value).quantize(Decimal("0.001"))
