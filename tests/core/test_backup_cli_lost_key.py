"""``vastaanotto-admin restore`` when the live database cannot be opened: its SQLCipher key
went with the keyring. The emergency kit's recovery key and a backup file are all it takes;
the unreadable file is kept aside as it is, and the audit chain still verifies."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import null
from sqlalchemy import select

from tests.core.test_backup_service import add_clients, folder_target
from vastaanotto import cli, secrets
from vastaanotto.backup import keys as backup_keys
from vastaanotto.backup.restore import KEPT_ASIDE_FOLDER
from vastaanotto.db import encryption
from vastaanotto.db.engine import sqlite_url
from vastaanotto.errors import DatabaseKeyError
from vastaanotto.models.audit import AuditEvent
from vastaanotto.models.clients import Client
from vastaanotto.practice_db import open_practice_database
from vastaanotto.privacy import audit_chain
from vastaanotto.progress import Progress
from vastaanotto.services import backups


def _client_names(db) -> list[str]:
    with db.session() as session:
        return sorted(f"{c.first_name} {c.last_name}" for c in session.scalars(select(Client)))


@pytest.fixture
def lost(owner_ctx, tmp_path, memory_keyring):
    """An encrypted practice backed up to a folder, then its keyring wiped."""
    uid = backups._practice_uid(owner_ctx)
    # The program keeps the audit key in the keyring; the fixture's database was opened with
    # this key directly, so put it where the program would have it.
    secrets.set_secret("audit-key", uid, (b"k" * 32).hex())
    path = Path(owner_ctx.db.engine.url.database)
    add_clients(owner_ctx, 6)
    owner_ctx.db.dispose()
    encryption.encrypt_in_place(path)
    owner_ctx.db.reconnect()
    folder_target(owner_ctx, tmp_path / "usb")
    made = backups.run_backup(owner_ctx, Progress())
    names = _client_names(owner_ctx.db)
    key_file = tmp_path / "kit-key.txt"
    key_file.write_text("Palautusavain:\n" + backup_keys.load(uid).identity_text + "\n")
    add_clients(owner_ctx, 3, start=50)  # after the backup: lost with the database
    owner_ctx.db.dispose()
    original = path.read_bytes()
    memory_keyring.store.clear()  # the keyring is lost: database key, audit key, backup keys
    with pytest.raises(DatabaseKeyError):
        open_practice_database(sqlite_url(path), migrate=False)
    return {"path": path, "url": sqlite_url(path), "file": tmp_path / "usb" / made.remote_name,
            "key_file": key_file, "names": names, "original": original, "seq": made.seq}


def test_restore_with_the_recovery_key_after_the_keyring_is_lost(lost, capsys):
    code = cli.main(["restore", "--database-url", lost["url"], "--file", str(lost["file"]),
                     "--recovery-key-file", str(lost["key_file"]), "--yes"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "database_key_missing" in err and f"Restored backup {lost['seq']}" in out
    assert "encrypted with a new key" in out and "Audit trail: OK" in out

    path = lost["path"]
    # Encrypted again, under a new key the keyring now holds.
    assert encryption.is_encrypted(path)
    db = open_practice_database(lost["url"], migrate=False)
    try:
        assert _client_names(db) == lost["names"]
        with db.session() as session:
            result = audit_chain.verify(session, db.audit_key)
            assert result.ok and result.checked > 0
            last = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
            assert last.action == "backup.restored" and last.actor_name == cli.ADMIN_ACTOR
            assert last.details["live_database_unreadable"] is True
    finally:
        db.dispose()
    assert db.audit_key == b"k" * 32  # back from the backup's encrypted manifest
    assert cli.main(["verify-audit", "--database-url", lost["url"]]) == 0

    # The unreadable file is kept aside byte for byte.
    [kept] = (path.parent / KEPT_ASIDE_FOLDER).iterdir()
    assert (kept / path.name).read_bytes() == lost["original"]
    # The backup keys are back in the keyring: the next backup needs no kit.
    uid = open_uid(lost["url"])
    assert backup_keys.load(uid) is not None


def open_uid(url: str) -> str:
    from vastaanotto.practice_db import stored_practice_uid

    db = open_practice_database(url, migrate=False)
    try:
        return stored_practice_uid(db)
    finally:
        db.dispose()


def test_without_a_keyring_the_restored_database_is_plain(lost, capsys):
    previous = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())  # refused as untrusted: nowhere to keep a new key
    try:
        code = cli.main(["restore", "--database-url", lost["url"], "--file",
                         str(lost["file"]), "--recovery-key-file", str(lost["key_file"]),
                         "--yes"])
        out = capsys.readouterr().out
        assert code == 0
        assert "NOT encrypted" in out
        assert not encryption.is_encrypted(lost["path"])
        db = open_practice_database(lost["url"], migrate=False)
        try:
            assert _client_names(db) == lost["names"]
        finally:
            db.dispose()
    finally:
        keyring.set_keyring(previous)


def test_only_a_file_and_the_recovery_key_can_restore_then(lost, capsys):
    url = lost["url"]
    assert cli.main(["restore", "--database-url", url, "--target", "USB", "--name",
                     lost["file"].name, "--recovery-key-file", str(lost["key_file"]),
                     "--yes"]) == 2
    assert "--file PATH" in capsys.readouterr().err
    assert cli.main(["restore", "--database-url", url, "--file", str(lost["file"]),
                     "--yes"]) == 2
    assert "--recovery-key-file" in capsys.readouterr().err
    wrong = lost["key_file"].with_name("other.txt")
    wrong.write_text(backup_keys.BackupKeys.generate().identity_text)
    assert cli.main(["restore", "--database-url", url, "--file", str(lost["file"]),
                     "--recovery-key-file", str(wrong), "--yes"]) == 1
    capsys.readouterr()
    # Every refusal left the unreadable database as it was, and nothing aside.
    assert lost["path"].read_bytes() == lost["original"]
    assert not (lost["path"].parent / KEPT_ASIDE_FOLDER).exists()
