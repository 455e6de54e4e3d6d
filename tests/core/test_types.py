"""Column types: aware UTC datetimes only, Decimal money and rates, exact round trips."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, insert, select, text
from sqlalchemy import exc as sa_exc

from vastaanotto.db.engine import create_db_engine, sqlite_url
from vastaanotto.db.types import Money, Rate, UTCDateTime

HELSINKI = ZoneInfo("Europe/Helsinki")
metadata = MetaData()
probe = Table(
    "probe", metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UTCDateTime()),
    Column("amount", Money()),
    Column("rate", Rate()),
)


@pytest.fixture
def engine(tmp_path):
    eng = create_db_engine(sqlite_url(tmp_path / "types.sqlite3"))
    metadata.create_all(eng)
    yield eng
    eng.dispose()


def store(engine, **values):
    with engine.begin() as conn:
        return conn.execute(insert(probe).values(**values)).inserted_primary_key[0]


def load(engine, row_id, column):
    with engine.connect() as conn:
        return conn.execute(select(column).where(probe.c.id == row_id)).scalar_one()


def test_naive_datetime_is_refused(engine):
    with pytest.raises(sa_exc.StatementError) as info:
        store(engine, at=dt.datetime(2026, 3, 29, 3, 30))
    assert isinstance(info.value.orig, ValueError)
    with engine.connect() as conn:
        assert conn.execute(select(probe.c.id)).first() is None


@pytest.mark.parametrize("local", [
    dt.datetime(2026, 3, 29, 2, 59, 59, 999999, tzinfo=HELSINKI),   # last second of winter time
    dt.datetime(2026, 3, 29, 4, 0, tzinfo=HELSINKI),                 # first hour of summer time
    dt.datetime(2026, 10, 25, 3, 30, fold=0, tzinfo=HELSINKI),       # autumn fold, first pass
    dt.datetime(2026, 10, 25, 3, 30, fold=1, tzinfo=HELSINKI),       # autumn fold, second pass
    dt.datetime(2026, 11, 21, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
])
def test_aware_datetime_round_trips_as_the_same_instant_in_utc(engine, local):
    row = store(engine, at=local)
    back = load(engine, row, probe.c.at)
    # (compared in UTC: Python never calls an ambiguous fold time equal to another zone's time)
    assert back == local.astimezone(dt.timezone.utc)  # same instant
    assert back.timestamp() == local.timestamp()
    assert back.utcoffset() == dt.timedelta(0)         # given back in UTC


def test_fold_instants_stay_distinct_and_ordered(engine):
    """03:30 happens twice on the last Sunday of October; UTC keeps both and in order."""
    first = dt.datetime(2026, 10, 25, 3, 30, fold=0, tzinfo=HELSINKI)
    second = dt.datetime(2026, 10, 25, 3, 30, fold=1, tzinfo=HELSINKI)
    later_id = store(engine, at=second)
    earlier_id = store(engine, at=first)
    with engine.connect() as conn:
        ordered = conn.execute(select(probe.c.id).order_by(probe.c.at)).scalars().all()
    assert ordered == [earlier_id, later_id]
    assert load(engine, later_id, probe.c.at) - load(engine, earlier_id, probe.c.at) \
        == dt.timedelta(hours=1)


def test_money_refuses_float(engine):
    with pytest.raises(sa_exc.StatementError) as info:
        store(engine, amount=1234.5)
    assert isinstance(info.value.orig, TypeError)


@pytest.mark.parametrize("amount", ["1234.50", "0.00", "0.01", "0.10", "0.30", "19.99",
                                    "45.05", "100000.07", "9999999999.99"])
def test_money_round_trips_decimal_exactly(engine, amount):
    row = store(engine, amount=Decimal(amount))
    back = load(engine, row, probe.c.amount)
    assert isinstance(back, Decimal)
    assert str(back) == amount


def test_every_cent_below_ten_euros_round_trips(engine):
    amounts = [Decimal(c).scaleb(-2) for c in range(0, 1000)]
    with engine.begin() as conn:
        conn.execute(insert(probe), [{"id": i + 1, "amount": a} for i, a in enumerate(amounts)])
    with engine.connect() as conn:
        back = conn.execute(select(probe.c.amount).order_by(probe.c.id)).scalars().all()
    assert [str(b) for b in back] == [f"{a:.2f}" for a in amounts]


def test_money_none_stays_none(engine):
    row = store(engine, amount=None)
    assert load(engine, row, probe.c.amount) is None


@pytest.mark.parametrize("rate", ["25.5", "13.5", "10", "0", "11.15"])
def test_rate_round_trips(engine, rate):
    row = store(engine, rate=Decimal(rate))
    back = load(engine, row, probe.c.rate)
    assert isinstance(back, Decimal)
    assert back == Decimal(rate)


def test_rate_refuses_float(engine):
    with pytest.raises(sa_exc.StatementError) as info:
        store(engine, rate=25.5)
    assert isinstance(info.value.orig, TypeError)


def test_sqlite_stores_utc_text_that_sorts_by_instant(engine):
    """SQLite compares the stored text: it must be UTC so that text order is time order."""
    store(engine, id=1, at=dt.datetime(2026, 6, 1, 12, 0, tzinfo=HELSINKI))   # 09:00 UTC
    store(engine, id=2, at=dt.datetime(2026, 6, 1, 10, 0, tzinfo=dt.timezone.utc))
    with engine.connect() as conn:
        raw = dict(conn.execute(text("SELECT id, at FROM probe")).all())
        ordered = conn.execute(text("SELECT id FROM probe ORDER BY at")).scalars().all()
    assert raw[1].startswith("2026-06-01 09:00:00")
    assert ordered == [1, 2]
