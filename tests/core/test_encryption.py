"""SQLCipher at rest (issue #7): key in the keyring, typed errors for a missing or wrong key,
encrypting a plain practice in place without losing a row, and surviving a kill at any step.

The practice is the demo practice (30 clients, ~2,600 appointments, invoices, consents, audit
trail), so every kind of table, the FTS5 search index and the triggers go through the
conversion. The keyring is a file-backed test backend (tests/core/file_keyring.py): no OS
keyring runs here, and a killed subprocess must leave its key where the test finds it.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import null
from sqlalchemy import select, text

from tests.core.file_keyring import FileKeyring
from vastaanotto import secrets
from vastaanotto.cli import main as cli_main
from vastaanotto.db import encryption
from vastaanotto.db.encryption import FileState, file_state
from vastaanotto.db.engine import open_database, sqlite_url
from vastaanotto.errors import DatabaseKeyError, SecretStoreUnavailable, StorageError
from vastaanotto.models.clients import Client
from vastaanotto.practice_db import (database_file, default_url, encrypt_database,
                                     open_practice_database, practice_exists_quick)
from vastaanotto.privacy import audit_chain
from vastaanotto.progress import Progress
from vastaanotto.services.client_search import find_clients

ROOT = Path(__file__).resolve().parents[2]


def counts(path: Path) -> dict[str, int]:
    """Rows per table, read through the app's own opening (keyed when encrypted)."""
    db = open_database(sqlite_url(path), migrate=False)
    try:
        with db.engine.connect() as conn:
            names = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND sql NOT LIKE 'CREATE VIRTUAL%'").scalars().all()
            return {n: conn.exec_driver_sql(f'SELECT count(*) FROM "{n}"').scalar()
                    for n in names}
    finally:
        db.dispose()


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A plain demo practice and the keyring file holding its audit key, built once."""
    from vastaanotto.demo import create_demo_database

    folder = tmp_path_factory.mktemp("template")
    store = FileKeyring(folder / "keyring.json")
    previous = keyring.get_keyring()
    keyring.set_keyring(store)
    try:
        create_demo_database(folder / "data", clients=30, today=dt.date(2026, 11, 21))
    finally:
        keyring.set_keyring(previous)
    path = database_file(folder / "data")
    assert file_state(path) is FileState.PLAIN
    return folder


@pytest.fixture
def practice(template, tmp_path):
    """A copy of the plain practice, with the file keyring installed for this test."""
    shutil.copytree(template / "data", tmp_path / "data")
    shutil.copy(template / "keyring.json", tmp_path / "keyring.json")
    keyring.set_keyring(FileKeyring(tmp_path / "keyring.json"))  # conftest restores it
    return database_file(tmp_path / "data")


def client_names(path: Path) -> list[str]:
    db = open_practice_database(sqlite_url(path))
    try:
        with db.session() as session:
            rows = session.execute(select(Client.first_name, Client.last_name)).all()
    finally:
        db.dispose()
    return sorted({n for row in rows for n in row if len(n) >= 4})


def all_bytes(path: Path) -> bytes:
    """The file and whatever SQLite keeps beside it."""
    return b"".join(Path(f"{path}{s}").read_bytes() for s in ("", "-wal", "-journal")
                    if Path(f"{path}{s}").exists())


def leftovers(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir()
                  if p.name.endswith((encryption.TEMP_SUFFIX, encryption.ASIDE_SUFFIX)))


def test_conversion_keeps_every_row_and_the_audit_chain(practice):
    names = client_names(practice)
    before = counts(practice)
    assert before["client"] == 30 and before["appointment"] > 1000
    assert any(n.encode() in all_bytes(practice) for n in names)  # the test can see plaintext

    db = open_practice_database(sqlite_url(practice))
    steps: list[str] = []
    report = encrypt_database(db, Progress(lambda done, total, label: steps.append(label)))
    try:
        assert db.encrypted
        assert steps == list(encryption.STEPS)
        assert report.rows == sum(before.values())
        with db.session() as session:
            assert audit_chain.verify(session, db.audit_key).ok
            # The FTS5 index and its triggers came along: search still finds clients.
            surname = session.scalar(select(Client.last_name).limit(1))
            assert find_clients(session, surname)
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        db.dispose()

    assert file_state(practice) is FileState.ENCRYPTED
    assert counts(practice) == before
    assert leftovers(practice) == []
    raw = all_bytes(practice)
    for name in names:  # no client name anywhere in the bytes on disk
        assert name.encode() not in raw
    assert b"Kuntoutusklinikka" not in raw


def test_new_data_in_an_encrypted_database_is_never_on_disk_in_clear(practice):
    db = open_practice_database(sqlite_url(practice))
    encrypt_database(db)
    try:
        with db.session() as session:
            session.execute(text("UPDATE client SET notes = 'Zyxwvutsä salainen huomio' "
                                 "WHERE id = (SELECT min(id) FROM client)"))
        for data in (all_bytes(practice),):  # the WAL holds the write now
            assert "Zyxwvutsä".encode() not in data
    finally:
        db.dispose()
    assert "Zyxwvutsä".encode() not in all_bytes(practice)


def test_the_peek_reads_an_encrypted_practice_with_its_key(practice):
    encryption.encrypt_in_place(practice)
    assert practice_exists_quick(practice) is True


def test_the_peek_of_an_encrypted_practice_loads_no_orm(practice, tmp_path):
    """The start-up path stays light: only the keyring is added, not SQLAlchemy."""
    encryption.encrypt_in_place(practice)
    code = ("import sys, keyring; sys.path.insert(0, sys.argv[1]); "
            "from tests.core.file_keyring import FileKeyring; "
            "keyring.set_keyring(FileKeyring(sys.argv[2])); "
            "from vastaanotto.practice_db import practice_exists_quick; "
            "print(practice_exists_quick(sys.argv[3]), "
            "sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}))")
    out = subprocess.run([sys.executable, "-c", code, str(ROOT), str(tmp_path / "keyring.json"),
                          str(practice)], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "True []"


def test_missing_key_is_a_typed_error_not_a_crash(practice, memory_keyring):
    encryption.encrypt_in_place(practice)
    keyring.set_keyring(memory_keyring)  # another computer: the key is not here
    with pytest.raises(DatabaseKeyError) as info:
        open_practice_database(sqlite_url(practice))
    assert (info.value.code, info.value.params) == ("database_key_missing",
                                                    {"reason": "not_in_keyring"})
    assert practice_exists_quick(practice) is None  # the real open then says why


def test_no_keyring_for_an_encrypted_database_is_a_typed_error(practice):
    encryption.encrypt_in_place(practice)
    keyring.set_keyring(null.Keyring())
    with pytest.raises(DatabaseKeyError) as info:
        open_practice_database(sqlite_url(practice))
    assert info.value.params == {"reason": "no_keyring"}


def test_wrong_key_is_refused_with_a_typed_error(practice):
    encryption.encrypt_in_place(practice)
    secrets.store_database_key(encryption.key_id(practice), os.urandom(32))
    with pytest.raises(DatabaseKeyError) as info:
        open_practice_database(sqlite_url(practice))
    assert info.value.code == "database_key_wrong"
    with pytest.raises(DatabaseKeyError):
        open_database(sqlite_url(practice), key=os.urandom(32), migrate=False)


def test_a_damaged_file_is_not_mistaken_for_an_encrypted_one(tmp_path):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"not a database " * 100)
    assert file_state(path) is FileState.PLAIN
    with pytest.raises(StorageError) as info:
        open_database(sqlite_url(path), migrate=False)
    assert info.value.code == "not_a_database"


def test_conversion_refuses_while_another_connection_is_open(practice):
    before = practice.read_bytes()
    db = open_practice_database(sqlite_url(practice))
    try:
        with db.session() as session:  # a pooled connection stays open, as in the app
            session.execute(text("SELECT 1"))
        with pytest.raises(StorageError) as info:
            encryption.encrypt_in_place(practice)
        assert info.value.code == "database_in_use"
    finally:
        db.dispose()
    assert file_state(practice) is FileState.PLAIN
    assert leftovers(practice) == []
    assert counts(practice)["client"] == 30
    assert practice.read_bytes()[:100] == before[:100]


def test_without_a_trusted_keyring_nothing_is_encrypted_and_no_key_file_appears(practice):
    keyring.set_keyring(null.Keyring())
    files = sorted(p.name for p in practice.parent.iterdir())
    with pytest.raises(SecretStoreUnavailable):
        encryption.encrypt_in_place(practice)
    assert sorted(p.name for p in practice.parent.iterdir()) == files
    assert file_state(practice) is FileState.PLAIN


def test_already_encrypted_is_refused(practice):
    encryption.encrypt_in_place(practice)
    with pytest.raises(StorageError) as info:
        encryption.encrypt_in_place(practice)
    assert info.value.code == "database_already_encrypted"


@pytest.mark.parametrize("step", encryption.STEPS[:-1])
def test_a_failure_at_any_step_leaves_the_plain_database(practice, monkeypatch, step):
    """An error between two steps (disk full, verification failed …): all undone."""
    before = counts(practice)
    store = FileKeyring(practice.parent.parent / "keyring.json")
    keys_before = store._load()

    def fail(name):
        if name == step:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(encryption, "step_hook", fail)
    with pytest.raises(OSError):
        encryption.encrypt_in_place(practice)
    assert file_state(practice) is FileState.PLAIN
    assert counts(practice) == before
    assert leftovers(practice) == []
    assert store._load() == keys_before  # a key stored for the copy is taken back


KILL_SCRIPT = """
import os, signal, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import keyring
from tests.core.file_keyring import FileKeyring
keyring.set_keyring(FileKeyring(sys.argv[2]))
from vastaanotto.db import encryption

def die(name):
    if name == sys.argv[4]:
        os.kill(os.getpid(), signal.SIGKILL)

encryption.step_hook = die
encryption.encrypt_in_place(Path(sys.argv[3]))
print("finished")
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("step", encryption.STEPS)
def test_a_kill_at_any_step_leaves_a_working_database(practice, tmp_path, step):
    before = counts(practice)
    run = subprocess.run([sys.executable, "-c", KILL_SCRIPT, str(ROOT),
                          str(tmp_path / "keyring.json"), str(practice), step],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == -signal.SIGKILL, run.stderr
    # The next start: the usual open works, cleans up, and every row is there.
    db = open_practice_database(sqlite_url(practice))
    try:
        with db.session() as session:
            assert audit_chain.verify(session, db.audit_key).ok
    finally:
        db.dispose()
    assert counts(practice) == before
    assert leftovers(practice) == []
    state = file_state(practice)
    # Up to the rename the plain file is untouched; from it on the encrypted one is in place.
    swapped = encryption.STEPS.index(step) >= encryption.STEPS.index("swapped")
    assert state is (FileState.ENCRYPTED if swapped else FileState.PLAIN)


def test_cli_encrypt_database_then_verify_audit(practice, capsys):
    data_dir = str(practice.parent)
    assert cli_main(["encrypt-database", "--data-dir", data_dir]) == 0
    assert "rows verified" in capsys.readouterr().out
    assert file_state(practice) is FileState.ENCRYPTED
    assert cli_main(["verify-audit", "--data-dir", data_dir]) == 0
    assert capsys.readouterr().out.startswith("OK, ")
    assert cli_main(["encrypt-database", "--data-dir", data_dir]) == 0
    assert "already encrypted" in capsys.readouterr().out


INIT_FLAGS = ["--name", "Testiklinikka Oy", "--business-id", "0737546-2", "--street",
              "Mannerheimintie 1", "--postal-code", "00100", "--city", "Helsinki",
              "--contact-name", "Olli Omistaja", "--contact-email", "olli@testiklinikka.fi",
              "--iban", "FI21 1234 5600 0007 85", "--owner-username", "olli",
              "--owner-name", "Olli Omistaja"]


def test_cli_init_encrypts_a_new_practice_by_default(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("VASTAANOTTO_OWNER_PASSWORD", "Pitkä salasana 42!")
    assert cli_main(["init", "--data-dir", str(tmp_path), *INIT_FLAGS]) == 0
    assert "encrypted" in capsys.readouterr().out
    path = database_file(tmp_path)
    assert file_state(path) is FileState.ENCRYPTED
    assert b"Testiklinikka" not in all_bytes(path)
    assert practice_exists_quick(path) is True


def test_cli_init_without_a_keyring_asks_for_an_explicit_choice(tmp_path, monkeypatch, capsys):
    keyring.set_keyring(null.Keyring())
    monkeypatch.setenv("VASTAANOTTO_OWNER_PASSWORD", "Pitkä salasana 42!")
    assert cli_main(["init", "--data-dir", str(tmp_path), *INIT_FLAGS]) == 1
    assert "--no-encryption" in capsys.readouterr().err
    assert not database_file(tmp_path).exists()
    assert cli_main(["init", "--data-dir", str(tmp_path), *INIT_FLAGS, "--no-encryption"]) == 0
    assert file_state(database_file(tmp_path)) is FileState.PLAIN
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vastaanotto.sqlite3"]


def test_leftovers_of_an_interrupted_conversion_are_removed_on_open(practice):
    temp = practice.with_name(f".{practice.name}.abc{encryption.TEMP_SUFFIX}")
    aside = practice.with_name(f".{practice.name}.abc{encryption.ASIDE_SUFFIX}")
    temp.write_bytes(b"x" * 4096)
    os.link(practice, aside)
    open_practice_database(default_url(practice.parent)).dispose()
    assert leftovers(practice) == []


def test_cli_backup_and_restore_keep_an_encrypted_database_encrypted(db, owner_ctx, tmp_path,
                                                                       capsys):
    """`vastaanotto-admin restore` re-keys the backup with the key and salt of the live file,
    so the keyring (which names the key by the salt) still opens it afterwards."""
    from vastaanotto.models.backup import TargetKind
    from vastaanotto.services import backups
    from vastaanotto.services.practice import practice_uid

    # The CLI takes the audit key from the keyring: the fixture's key goes there.
    secrets.set_secret("audit-key", practice_uid(db), (b"k" * 32).hex())
    encrypt_database(db)
    path = db.sqlite_path
    salt = encryption.key_id(path)
    (tmp_path / "usb").mkdir()
    backups.save_target(owner_ctx, target_id=None, name="USB", kind=TargetKind.FOLDER,
                        config={"path": str(tmp_path / "usb")})
    url = sqlite_url(path)
    assert cli_main(["backup", "--database-url", url]) == 0
    backup = sorted((tmp_path / "usb").glob("*.age"))[0]
    db.dispose()
    assert cli_main(["restore", "--database-url", url, "--file", str(backup), "--yes"]) == 0
    assert "Restored backup 1" in capsys.readouterr().out
    assert encryption.is_encrypted(path) and encryption.key_id(path) == salt
    assert practice_exists_quick(path) is True
    assert cli_main(["verify-audit", "--database-url", url]) == 0
