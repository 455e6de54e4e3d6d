"""The start-up peek (``practice_exists_quick``) and the lightness of ``vastaanotto.practice_db``.

The peek decides login or setup wizard before the ORM is loaded. Its three answers: True (a
practice row), False (no file, or no practice yet), None (can't tell cheaply: the caller then
opens the database the usual way, whose answer or error is the real one).
"""

from __future__ import annotations

import subprocess
import sys
import time

from vastaanotto.db.engine import open_database, sqlite_url
from vastaanotto.practice_db import database_file, default_url, practice_exists_quick


def test_empty_folder_means_setup_and_nothing_is_created(tmp_path):
    path = database_file(tmp_path)
    assert practice_exists_quick(path) is False
    assert list(tmp_path.iterdir()) == []


def test_database_with_a_practice_means_login(db, owner_ctx):
    assert practice_exists_quick(db.engine.url.database) is True


def test_migrated_database_without_a_practice_means_setup(db):
    assert practice_exists_quick(db.engine.url.database) is False


def test_empty_file_means_setup(tmp_path):
    path = database_file(tmp_path)
    path.touch()  # SQLite's view of a 0-byte file: an empty database
    assert practice_exists_quick(path) is False
    assert path.read_bytes() == b""


def test_garbage_file_cannot_be_told_cheaply(tmp_path):
    path = database_file(tmp_path)
    path.write_bytes(b"not a database at all " * 200)
    assert practice_exists_quick(path) is None
    assert path.read_bytes() == b"not a database at all " * 200


def test_encrypted_database_cannot_be_told_cheaply(tmp_path):
    path = tmp_path / "secret.sqlite3"
    open_database(sqlite_url(path), key=b"s" * 32).dispose()
    assert practice_exists_quick(path) is None


def test_a_folder_in_place_of_the_file_cannot_be_told_cheaply(tmp_path):
    database_file(tmp_path).mkdir()
    assert practice_exists_quick(database_file(tmp_path)) is None


def test_a_lock_held_at_another_desk_gives_up_quickly(db, owner_ctx, monkeypatch):
    import vastaanotto.practice_db as practice_db

    monkeypatch.setattr(practice_db, "PEEK_TIMEOUT_SECONDS", 0.05)
    raw = db.engine.raw_connection()
    try:
        cursor = raw.driver_connection.cursor()
        # Exclusive locking mode shuts every other connection out, WAL readers included.
        cursor.execute("PRAGMA locking_mode = EXCLUSIVE")
        cursor.execute("BEGIN EXCLUSIVE")
        cursor.execute("UPDATE practice SET name = name")
        started = time.monotonic()
        answer = practice_exists_quick(db.engine.url.database)
        waited = time.monotonic() - started
        cursor.execute("ROLLBACK")
    finally:
        raw.invalidate()  # closed, not pooled: it is still in exclusive locking mode
    assert answer is None and waited < 2


def test_default_url_names_the_database_file(tmp_path):
    assert default_url(tmp_path) == sqlite_url(database_file(tmp_path))


def test_importing_it_loads_neither_sqlalchemy_nor_the_keyring():
    code = ("import sys, vastaanotto.practice_db; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'sqlalchemy', 'keyring', 'alembic', 'argon2'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.strip() == "[]"
