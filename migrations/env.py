"""Alembic environment. The app passes its own engine (config.attributes["engine"]); developers
pass ``-x url=...``. ``render_as_batch`` lets the same migrations alter tables on SQLite."""

from __future__ import annotations

from alembic import context

import vastaanotto.models  # noqa: F401 - registers every table on the metadata
from vastaanotto.db.base import Base
from vastaanotto.db.engine import create_db_engine
from vastaanotto.services.client_search import include_name

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        # The search index (migration 0003) is not in the models: autogenerate must not drop it.
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        url = context.get_x_argument(as_dictionary=True).get("url")
        if not url:
            raise SystemExit("give the database as: alembic -x url=sqlite:////path/db.sqlite3 ...")
        engine = create_db_engine(url)
    with engine.connect() as connection:
        _run(connection)
        connection.commit()


if context.is_offline_mode():
    raise SystemExit("offline SQL generation is not supported; run against a database")
run_migrations_online()
