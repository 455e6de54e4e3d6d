"""Real servers for the integration tests (house rule: no fakes of PostgreSQL).

Locally a missing server skips these tests with the reason; with ``CI=true`` it fails them,
so CI can never go green without having run them.
"""

from __future__ import annotations

import os

import pytest

from tests.integration.postgres import PostgresUnavailable, start_server
from vastaanotto.db.engine import create_db_engine


def _unavailable(reason: str):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true but PostgreSQL is unavailable: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL unavailable: {reason}")


@pytest.fixture(scope="session")
def postgres_server():
    try:
        server = start_server()
    except PostgresUnavailable as exc:
        _unavailable(str(exc))
    yield server
    server.stop()


@pytest.fixture
def pg_url(postgres_server):
    """A fresh, empty database for each test, dropped afterwards."""
    name = postgres_server.create_database()
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


@pytest.fixture
def engine(pg_url):
    """A bare engine on the fresh database (no migrations run)."""
    eng = create_db_engine(pg_url)
    yield eng
    eng.dispose()
