"""Backups of a SQLCipher-encrypted live database: the payload inside age is a plain SQLite
file (``age -d`` + sqlite3 opens it), and a restore re-keys it with the live key and salt, so
the keyring keeps finding the key."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_backup_service import add_clients, client_count, folder_target
from vastaanotto.backup import crypto, keys as backup_keys
from vastaanotto.backup.snapshot import is_plain_sqlite
from vastaanotto.db import encryption
from vastaanotto.progress import Progress
from vastaanotto.services import backups


def test_encrypted_live_database_round_trip(owner_ctx, tmp_path):
    path = Path(owner_ctx.db.engine.url.database)
    add_clients(owner_ctx, 9)
    owner_ctx.db.dispose()
    encryption.encrypt_in_place(path)
    owner_ctx.db.reconnect()
    assert encryption.is_encrypted(path)
    key_id = encryption.key_id(path)

    target = folder_target(owner_ctx, tmp_path / "usb")
    made = backups.run_backup(owner_ctx, Progress(), target_id=target)
    keys = backup_keys.load(backups._practice_uid(owner_ctx))
    crypto.decrypt_file(tmp_path / "usb" / made.remote_name, tmp_path / "plain.sqlite3", keys)
    assert is_plain_sqlite(tmp_path / "plain.sqlite3")  # the payload is plain SQLite

    add_clients(owner_ctx, 5, start=100)
    preview = backups.inspect_backup(owner_ctx, Progress(), target_id=target,
                                     remote_name=made.remote_name)
    owner_ctx.db.dispose()
    result = backups.restore(owner_ctx, Progress(), preview)
    assert result.encrypted_at_rest
    assert encryption.is_encrypted(path) and encryption.key_id(path) == key_id
    assert client_count(owner_ctx) == 9
    assert encryption.is_encrypted(result.kept_aside_path)  # the kept copy stays encrypted
    assert backups.verify_latest(owner_ctx, Progress(), target_id=target).counts["clients"] == 9
