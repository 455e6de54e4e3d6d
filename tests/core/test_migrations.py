"""Alembic: an empty database reaches head, the migrated schema is exactly the models, the chain
has one head (the one ``schema_version.HEAD`` names), downgrade works, a database at head is
opened without importing Alembic, and one at an older revision is copied before it changes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

import vastaanotto.models  # noqa: F401 - registers every table
from vastaanotto.db import migrate, schema_version
from vastaanotto.db.base import Base
from vastaanotto.db.engine import create_db_engine, open_database, sqlite_url
from vastaanotto.services.client_search import include_name
from vastaanotto.services.setup import initialize_practice
from tests.conftest import OWNER_PASSWORD, PROFILE

AUDIT_TRIGGERS = {"audit_event_no_update", "audit_event_no_delete"}


def schema_differences(engine) -> list:
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True,
                                                     "compare_server_default": False,
                                                     "include_name": include_name})
        return compare_metadata(ctx, Base.metadata)


def user_tables(engine) -> set[str]:
    """The tables of the models: not Alembic's, nor the search index's (migration 0003)."""
    return {name for name in inspect(engine).get_table_names()
            if name != "alembic_version" and include_name(name, "table")}


def triggers(engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())


@pytest.fixture
def engine(tmp_path):
    eng = create_db_engine(sqlite_url(tmp_path / "m.sqlite3"))
    yield eng
    eng.dispose()


def test_there_is_exactly_one_head():
    heads = ScriptDirectory.from_config(migrate.alembic_config()).get_heads()
    assert len(heads) == 1, heads
    assert migrate.head_revision() == heads[0]


def test_the_head_constant_is_alembics_head():
    """A new migration needs a new schema_version.HEAD, or start-up would not run it."""
    assert schema_version.HEAD == migrate.head_revision()


def test_database_at_head_opens_without_importing_alembic(tmp_path):
    url = sqlite_url(tmp_path / "h.sqlite3")
    open_database(url).dispose()  # migrated to head here, with Alembic
    code = ("import sys; from vastaanotto.db.engine import open_database; "
            f"db = open_database({url!r}); db.dispose(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.strip() == "[]", out.stdout


def test_current_revision_reads_the_version_table(engine):
    assert migrate.current_revision(engine) is None  # a new file: no version table yet
    migrate.upgrade_to_head(engine)
    with engine.connect() as conn:
        assert migrate.current_revision(engine) == \
            MigrationContext.configure(conn).get_current_revision() == schema_version.HEAD


def test_the_revisions_form_one_chain_from_a_single_base():
    script = ScriptDirectory.from_config(migrate.alembic_config())
    revisions = list(script.walk_revisions("base", "heads"))
    assert revisions, "no migrations found"
    bases = [r for r in revisions if r.down_revision is None]
    assert len(bases) == 1, [r.revision for r in bases]


def test_empty_database_upgrades_to_head(engine):
    assert migrate.current_revision(engine) is None
    assert user_tables(engine) == set()

    assert migrate.upgrade_to_head(engine) is True

    assert migrate.current_revision(engine) == migrate.head_revision()
    assert user_tables(engine) == set(Base.metadata.tables)
    assert AUDIT_TRIGGERS <= triggers(engine)


def test_migrated_schema_matches_the_models(engine):
    migrate.upgrade_to_head(engine)
    assert schema_differences(engine) == []


def test_schema_comparison_does_notice_a_difference(engine):
    """Guards the test above: compare_metadata must see a column the migrations lack."""
    migrate.upgrade_to_head(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE room ADD COLUMN stray INTEGER")
    diffs = schema_differences(engine)
    assert any(d[0] == "remove_column" and d[3].name == "stray" for d in diffs), diffs


def test_downgrade_to_base_then_upgrade_again(engine):
    cfg = migrate.alembic_config(engine)
    migrate.upgrade_to_head(engine)

    command.downgrade(cfg, "base")
    assert migrate.current_revision(engine) is None
    assert user_tables(engine) == set()
    assert triggers(engine) == set()

    command.upgrade(cfg, "head")
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert schema_differences(engine) == []
    assert AUDIT_TRIGGERS <= triggers(engine)


def test_open_database_migrates_and_data_survives_reopening(tmp_path):
    url = sqlite_url(tmp_path / "app.sqlite3")
    db = open_database(url)
    initialize_practice(db, PROFILE, owner_username="olli", owner_display_name="Olli Omistaja",
                        owner_password=OWNER_PASSWORD, workstation="ws")
    db.dispose()

    again = open_database(url)
    try:
        with again.engine.connect() as conn:
            assert conn.execute(text("SELECT username FROM staff")).scalars().all() == ["olli"]
    finally:
        again.dispose()


def test_database_at_head_is_left_untouched(tmp_path, engine):
    assert migrate.upgrade_to_head(engine) is True
    db_file = Path(engine.url.database)
    before = db_file.stat().st_mtime_ns

    assert migrate.upgrade_to_head(engine) is False

    assert not (tmp_path / "pre-migration").exists()
    assert db_file.stat().st_mtime_ns == before
    assert migrate.current_revision(engine) == migrate.head_revision()


def test_first_migration_of_a_new_file_makes_no_safety_copy(tmp_path, engine):
    """Nothing to protect in a brand-new file, so no copy is made."""
    migrate.upgrade_to_head(engine)
    assert not (tmp_path / "pre-migration").exists()


# --- An older database: a real extra revision in a copy of the migrations folder ------------

PROBE_REVISION = textwrap.dedent('''
    """probe revision used only by the tests"""
    from alembic import op
    import sqlalchemy as sa

    revision = "zz_probe"
    down_revision = {head!r}
    branch_labels = None
    depends_on = None


    def upgrade() -> None:
        op.create_table("zz_probe", sa.Column("id", sa.Integer, primary_key=True))


    def downgrade() -> None:
        op.drop_table("zz_probe")
''')


@pytest.fixture
def newer_migrations(tmp_path, monkeypatch):
    """The real migrations plus one more revision: every database at the real head is 'old'."""
    real_head = migrate.head_revision()
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.migrations_dir(), folder,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "zz_probe.py").write_text(PROBE_REVISION.format(head=real_head))
    monkeypatch.setattr(migrate, "migrations_dir", lambda: folder)
    monkeypatch.setattr(schema_version, "HEAD", "zz_probe")  # as a release would set it
    return real_head


def _make_practice_db(path: Path, key: bytes | None = None):
    db = open_database(sqlite_url(path), key=key)
    initialize_practice(db, PROFILE, owner_username="olli", owner_display_name="Olli Omistaja",
                        owner_password=OWNER_PASSWORD, workstation="ws")
    return db


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "sqlcipher"])
def test_older_database_is_copied_before_upgrade(tmp_path, encrypted):
    key = os.urandom(32) if encrypted else None
    data_dir = tmp_path / "data"
    db = _make_practice_db(data_dir / "app.sqlite3", key)
    old_head = migrate.head_revision()
    db.dispose()

    # Now the program ships one more revision.
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.migrations_dir(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "zz_probe.py").write_text(PROBE_REVISION.format(head=old_head))
    mp = pytest.MonkeyPatch()
    mp.setattr(migrate, "migrations_dir", lambda: folder)
    mp.setattr(schema_version, "HEAD", "zz_probe")  # as a release would set it
    try:
        engine = create_db_engine(sqlite_url(data_dir / "app.sqlite3"), key=key)
        assert migrate.current_revision(engine) == old_head

        assert migrate.upgrade_to_head(engine) is True

        assert migrate.current_revision(engine) == "zz_probe"
        assert "zz_probe" in user_tables(engine)
        engine.dispose()
    finally:
        mp.undo()

    copies = list((data_dir / "pre-migration").iterdir())
    assert len(copies) == 1, copies
    copy = copies[0]
    assert f"-{old_head}-" in copy.name
    header = copy.read_bytes()[:16]
    if encrypted:
        assert header != b"SQLite format 3\x00", "the safety copy of an encrypted DB is plaintext"
    else:
        assert header == b"SQLite format 3\x00"

    # The copy is the database as it was: old revision, the practice's rows, no new table.
    copy_engine = create_db_engine(sqlite_url(copy), key=key)
    try:
        assert migrate.current_revision(copy_engine) == old_head
        assert "zz_probe" not in user_tables(copy_engine)
        with copy_engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert conn.execute(text("SELECT name FROM practice")).scalar() == PROFILE["name"]
            assert conn.execute(text("SELECT count(*) FROM audit_event")).scalar() >= 2
    finally:
        copy_engine.dispose()


def test_database_at_newer_head_after_probe_is_not_copied_again(tmp_path, newer_migrations):
    engine = create_db_engine(sqlite_url(tmp_path / "n.sqlite3"))
    try:
        assert migrate.upgrade_to_head(engine) is True   # new file: no copy
        assert migrate.current_revision(engine) == "zz_probe"
        assert migrate.upgrade_to_head(engine) is False
        assert not (tmp_path / "pre-migration").exists()
    finally:
        engine.dispose()
