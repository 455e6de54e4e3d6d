"""``vastaanotto-admin backup / list-backups / restore / emergency-kit`` on a real file."""

from __future__ import annotations

from vastaanotto import cli, secrets
from vastaanotto.backup import keys as backup_keys
from vastaanotto.services import backups

from tests.core.test_backup_service import add_clients, client_count, folder_target


def test_cli_backup_list_restore_with_recovery_key(owner_ctx, tmp_path, capsys,
                                                   memory_keyring):
    uid = backups._practice_uid(owner_ctx)
    # The CLI opens the database with the audit key from the keyring: the fixture's key.
    secrets.set_secret("audit-key", uid, (b"k" * 32).hex())
    add_clients(owner_ctx, 7)
    folder_target(owner_ctx, tmp_path / "usb", name="USB")
    url = f"sqlite:///{owner_ctx.db.engine.url.database}"
    assert cli.main(["backup", "--database-url", url, "--verify"]) == 0
    out = capsys.readouterr().out
    assert "USB: OK" in out and "verified backup 1" in out
    assert cli.main(["list-backups", "--database-url", url, "--target", "USB"]) == 0
    remote = [line.split()[0] for line in capsys.readouterr().out.splitlines()
              if line.strip().startswith("vastaanotto-")][0]
    assert cli.main(["emergency-kit", "--database-url", url, str(tmp_path / "kit.pdf")]) == 0
    assert (tmp_path / "kit.pdf").read_bytes().startswith(b"%PDF")

    key_file = tmp_path / "key.txt"
    key_file.write_text(backup_keys.load(uid).identity_text)
    add_clients(owner_ctx, 4, start=100)
    owner_ctx.db.dispose()
    memory_keyring.store.pop(("fi.vastaanotto", f"{uid}:backup-identity"))  # keyring lost
    assert cli.main(["restore", "--database-url", url, "--file",
                     str(tmp_path / "usb" / remote), "--recovery-key-file", str(key_file),
                     "--yes"]) == 0
    assert "Restored backup 1" in capsys.readouterr().out
    assert client_count(owner_ctx) == 7
    assert cli.main(["restore", "--database-url", url, "--file", str(key_file), "--yes"]) == 1
    assert "backup_manifest_missing" in capsys.readouterr().err
    assert cli.main(["restore", "--database-url", url, "--yes"]) == 2
