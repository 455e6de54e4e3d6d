"""The backup service end to end on a folder target with a real SQLite file: backup, verify,
inspect, restore, and every refusal leaving the live database untouched (B2, B3, B6, B7, B14)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pyrage
import pytest
from sqlalchemy import func, select

from tests.conftest import PROFILE
from vastaanotto.backup import catalogue, keys as backup_keys
from vastaanotto.backup.keys import BackupKeys
from vastaanotto.errors import (BackupError, BackupRejected, PermissionDenied, ValidationError,
                                ValidationErrors)
from vastaanotto.models.backup import BackupRecord, BackupStatus, TargetKind
from vastaanotto.models.clients import Client
from vastaanotto.models.staff import Role
from vastaanotto.progress import Progress
from vastaanotto.services import backups


def add_clients(ctx, n: int, start: int = 0) -> None:
    with ctx.transaction() as session:
        for i in range(start, start + n):
            session.add(Client(first_name=f"Etu{i}", last_name=f"Suku{i}"))


def client_count(ctx) -> int:
    with ctx.transaction() as session:
        return session.scalar(select(func.count()).select_from(Client))


def db_file(ctx) -> Path:
    return Path(ctx.db.engine.url.database)


def folder_target(ctx, folder: Path, name: str = "USB") -> int:
    folder.mkdir(exist_ok=True)
    return backups.save_target(ctx, target_id=None, name=name, kind=TargetKind.FOLDER,
                               config={"path": str(folder)}).data


@pytest.fixture
def target(owner_ctx, tmp_path):
    return folder_target(owner_ctx, tmp_path / "usb")


@pytest.fixture
def made(owner_ctx, target):
    add_clients(owner_ctx, 25)
    return backups.run_backup(owner_ctx, Progress(), target_id=target)


def _file_state(ctx) -> str:
    """The live database's content, read through SQLite (not bytes: WAL may hold pages)."""
    with ctx.transaction() as session:
        rows = session.execute(select(Client.id, Client.first_name).order_by(Client.id)).all()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def test_backup_verify_and_restore_round_trip(owner_ctx, target, made, tmp_path):
    assert made.ok and made.counts["clients"] == 25 and made.seq == 1
    files = sorted(p.name for p in (tmp_path / "usb").iterdir())
    assert files == [made.remote_name, catalogue.manifest_name(made.remote_name)]
    assert backups.list_backups(owner_ctx, target)[0].status == "verified"
    result = backups.verify_latest(owner_ctx, Progress(), target_id=target)
    assert result.counts["clients"] == 25 and result.audit_events_checked > 0

    add_clients(owner_ctx, 5, start=100)  # work done after the backup, to be rolled back
    preview = backups.inspect_backup(owner_ctx, Progress(), target_id=target,
                                     remote_name=made.remote_name)
    assert (preview.practice_name, preview.counts["clients"], preview.seq) == (
        PROFILE["name"], 25, 1)
    owner_ctx.db.dispose()
    restored = backups.restore(owner_ctx, Progress(), preview)
    assert client_count(owner_ctx) == 25
    assert restored.kept_aside_path is not None and restored.kept_aside_path.exists()
    assert not preview.plain_path.exists()
    # The catalogue survives the restore, so the next backup gets seq 2, not 1 again.
    again = backups.run_backup(owner_ctx, Progress(), target_id=target)
    assert again.seq == 2
    status = backups.backup_status(owner_ctx)
    assert not status.overdue and status.last_success_at is not None


@pytest.mark.parametrize("damage", ["flip", "truncate", "append", "not_a_backup"])
def test_damaged_backup_is_refused_and_nothing_changes(owner_ctx, target, made, tmp_path,
                                                       damage):
    path = tmp_path / "usb" / made.remote_name
    blob = bytearray(path.read_bytes())
    if damage == "flip":
        blob[len(blob) // 2] ^= 0x10
    elif damage == "truncate":
        blob = blob[:-1000]
    elif damage == "append":
        blob += b"extra"
    else:
        blob = bytearray(db_file(owner_ctx).read_bytes())
    path.write_bytes(bytes(blob))
    before = _file_state(owner_ctx)
    with pytest.raises(BackupRejected) as err:
        backups.inspect_backup(owner_ctx, Progress(), target_id=target,
                               remote_name=made.remote_name)
    assert err.value.code in ("backup_corrupt", "backup_not_a_backup")
    assert _file_state(owner_ctx) == before
    assert not list((catalogue.work_dir(owner_ctx.db) / "preview").iterdir())
    with pytest.raises(BackupRejected):
        backups.verify_latest(owner_ctx, Progress(), target_id=target)


def test_wrong_key_is_refused(owner_ctx, target, made):
    other = BackupKeys.generate()
    with pytest.raises(BackupRejected) as err:
        backups.inspect_backup(owner_ctx, Progress(), target_id=target,
                               remote_name=made.remote_name, recovery_key=other.identity_text)
    assert err.value.code == "backup_wrong_key"


def test_forged_backup_encrypted_to_our_public_key_is_refused(owner_ctx, target, made,
                                                              tmp_path):  # B6
    folder = tmp_path / "usb"
    uid = backups._practice_uid(owner_ctx)
    ours = backup_keys.load(uid)
    attacker = BackupKeys.generate()
    # The attacker replaces the payload with a database of their choice, encrypted to our
    # public recipient, and writes a manifest that matches it, signed with their own key.
    from vastaanotto.backup import crypto
    manifest = crypto.open_manifest(
        (folder / catalogue.manifest_name(made.remote_name)).read_bytes(), ours)
    fake_plain = tmp_path / "fake.sqlite3"
    shutil.copy(db_file(owner_ctx), fake_plain)
    crypto.encrypt_file(fake_plain, folder / made.remote_name, ours.recipient)
    manifest["ciphertext_sha256"] = crypto.sha256_file(folder / made.remote_name)
    forged = crypto.seal_manifest(manifest, attacker)
    doc = pyrage.decrypt(forged, [attacker.identity])
    (folder / catalogue.manifest_name(made.remote_name)).write_bytes(
        pyrage.encrypt(doc, [ours.identity.to_public()]))
    with pytest.raises(BackupRejected) as err:
        backups.inspect_backup(owner_ctx, Progress(), target_id=target,
                               remote_name=made.remote_name)
    assert err.value.code == "backup_signature_invalid"


def test_rollback_older_backup_under_newer_name_is_refused(owner_ctx, target, made,
                                                           tmp_path):  # B7
    folder, attic = tmp_path / "usb", tmp_path / "attic"
    attic.mkdir()
    for name in (made.remote_name, catalogue.manifest_name(made.remote_name)):
        shutil.copy(folder / name, attic / name)  # the server's "old copy" of backup 1
    newer = backups.run_backup(owner_ctx, Progress(), target_id=target)
    assert newer.targets[0].pruned == 0  # both are from the last 30 days: both kept
    # The server serves backup 1's files under backup 2's name.
    shutil.copy(attic / made.remote_name, folder / newer.remote_name)
    shutil.copy(attic / catalogue.manifest_name(made.remote_name),
                folder / catalogue.manifest_name(newer.remote_name))
    with pytest.raises(BackupRejected):
        backups.inspect_backup(owner_ctx, Progress(), target_id=target,
                               remote_name=newer.remote_name)
    # The server hides the newest backup: the drill notices.
    (folder / newer.remote_name).unlink()
    (folder / catalogue.manifest_name(newer.remote_name)).unlink()
    with pytest.raises(BackupRejected) as err:
        backups.verify_latest(owner_ctx, Progress(), target_id=target)
    assert err.value.code == "backup_rollback"
    # Restoring the older one on purpose is allowed, with a warning.
    for name in (made.remote_name, catalogue.manifest_name(made.remote_name)):
        shutil.copy(attic / name, folder / name)
    preview = backups.inspect_backup(owner_ctx, Progress(), target_id=target,
                                     remote_name=made.remote_name)
    assert "older_than_newest" in preview.warnings
    preview.discard()


def test_other_practice_is_refused(owner_ctx, target, made, tmp_path):  # B7 swap
    from vastaanotto.backup import crypto
    from vastaanotto.db.sqlite_file import sqlite_module
    folder = tmp_path / "usb"
    uid = backups._practice_uid(owner_ctx)
    ours = backup_keys.load(uid)
    # Same keys (a recovery key imported into another practice), another practice's data.
    other = tmp_path / "other.sqlite3"
    preview = backups.inspect_backup(owner_ctx, Progress(), target_id=target,
                                     remote_name=made.remote_name)
    shutil.move(preview.plain_path, other)
    conn = sqlite_module().connect(str(other))
    conn.execute("UPDATE practice SET uid = 'ffffffff-0000-0000-0000-000000000000'")
    conn.commit()
    conn.close()
    manifest = crypto.open_manifest(
        (folder / catalogue.manifest_name(made.remote_name)).read_bytes(), ours)
    crypto.encrypt_file(other, folder / "other.age", ours.recipient)
    manifest.update(practice_uid="ffffffff-0000-0000-0000-000000000000",
                    sha256=crypto.sha256_file(other), size_bytes=other.stat().st_size,
                    ciphertext_sha256=crypto.sha256_file(folder / "other.age"),
                    ciphertext_size=(folder / "other.age").stat().st_size)
    (folder / "other.age.manifest").write_bytes(crypto.seal_manifest(manifest, ours))
    with pytest.raises(BackupRejected) as err:
        backups.inspect_backup(owner_ctx, Progress(), path=str(folder / "other.age"))
    assert err.value.code == "backup_wrong_practice"


def test_restore_from_file_with_recovery_key_after_keyring_loss(owner_ctx, target, made,
                                                                tmp_path, memory_keyring):
    uid = backups._practice_uid(owner_ctx)
    kit_key = backup_keys.load(uid).identity_text
    memory_keyring.store.clear()  # the keyring is gone
    with pytest.raises(BackupError) as err:
        backups.inspect_backup(owner_ctx, Progress(),
                               path=str(tmp_path / "usb" / made.remote_name))
    assert err.value.code == "backup_keys_missing"
    typed = "\n".join(kit_key[i:i + 37] for i in range(0, len(kit_key), 37)).lower()
    preview = backups.inspect_backup(owner_ctx, Progress(),
                                     path=str(tmp_path / "usb" / made.remote_name),
                                     recovery_key=typed)
    owner_ctx.db.dispose()
    backups.restore(owner_ctx, Progress(), preview)
    assert client_count(owner_ctx) == 25
    assert backup_keys.load(uid).identity_text == kit_key  # put back into the keyring


def test_missing_manifest_is_refused(owner_ctx, target, made, tmp_path):
    (tmp_path / "usb" / catalogue.manifest_name(made.remote_name)).unlink()
    with pytest.raises(BackupRejected) as err:
        backups.inspect_backup(owner_ctx, Progress(),
                               path=str(tmp_path / "usb" / made.remote_name))
    assert err.value.code == "backup_manifest_missing"
    assert backups.list_backups(owner_ctx, target) == []  # no manifest: not a backup


def test_only_the_owner_may_manage(owner_ctx, make_ctx, target, tmp_path):
    receptionist = make_ctx(Role.RECEPTION)
    for call in (lambda: backups.list_targets(receptionist),
                 lambda: backups.run_backup(receptionist, Progress(), target_id=target),
                 lambda: backups.delete_target(receptionist, target),
                 lambda: backups.key_status(receptionist),
                 lambda: backups.create_keys(receptionist),
                 lambda: backups.emergency_kit_pdf(receptionist, tmp_path / "kit.pdf"),
                 lambda: backups.verify_latest(receptionist, Progress(), target_id=target),
                 lambda: backups.list_backups(receptionist, target),
                 lambda: backups.inspect_backup(receptionist, Progress(), path="x.age")):
        with pytest.raises(PermissionDenied):
            call()
    assert not (tmp_path / "kit.pdf").exists()
    # Backing up to every enabled target and reading the status are everyone's.
    made = backups.run_backup(receptionist, Progress())
    assert made.ok and backups.backup_status(receptionist).last_success_at is not None


def test_target_validation(owner_ctx, tmp_path):
    def save(kind, config, secret=None, name="X"):
        return backups.save_target(owner_ctx, target_id=None, name=name, kind=kind,
                                   config=config, secret=secret)

    def codes(exc):
        errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
        return {(e.field, e.code) for e in errors}

    with pytest.raises((ValidationError, ValidationErrors)) as err:
        save(TargetKind.FOLDER, {"path": str(tmp_path / "nope")})
    assert ("path", "folder_missing") in codes(err.value)
    with pytest.raises((ValidationError, ValidationErrors)) as err:
        save(TargetKind.FOLDER, {"path": "relative/dir"})
    assert ("path", "path_not_absolute") in codes(err.value)
    with pytest.raises((ValidationError, ValidationErrors)) as err:
        save(TargetKind.WEBDAV, {"url": "http://cloud.example.com/dav", "username": "u"}, "pw")
    assert ("url", "https_required") in codes(err.value)
    with pytest.raises((ValidationError, ValidationErrors)) as err:
        save(TargetKind.SFTP, {"host": "nas", "port": 70000, "username": "",
                               "auth": "password"})
    assert {("port", "invalid_port"), ("username", "required"),
            ("secret", "required")} <= codes(err.value)
    ok = save(TargetKind.WEBDAV, {"url": "http://127.0.0.1:8080/dav/", "username": "u"}, "pw")
    rows = {r.id: r for r in backups.list_targets(owner_ctx)}
    assert rows[ok.data].has_secret and "pw" not in repr(rows[ok.data].config)
    with pytest.raises((ValidationError, ValidationErrors)) as err:
        save(TargetKind.WEBDAV, {"url": "https://x.example/dav", "username": "u"}, "pw")
    assert ("name", "name_taken") in codes(err.value)


def test_interrupted_run_is_recovered(owner_ctx, target):
    folder = catalogue.work_dir(owner_ctx.db)
    (folder / "snap-deadbeef.sqlite3").write_bytes(b"half a snapshot")
    # On the target: a temp file and a backup file whose manifest never arrived.
    import datetime as dt
    uid = backups._practice_uid(owner_ctx)
    orphan = catalogue.backup_name(uid, 6, dt.datetime(2026, 11, 20, tzinfo=dt.timezone.utc))
    usb = Path(backups.list_targets(owner_ctx)[0].config["path"])
    (usb / orphan).write_bytes(b"age-encryption.org/v1\n...")
    (usb / f".tmp-0123456789ab-{orphan}").write_bytes(b"partial")
    (usb / "someone-elses-file.txt").write_bytes(b"keep me")
    with owner_ctx.transaction() as session:
        session.add(BackupRecord(target_id=target, seq=7, started_at=owner_ctx.now(),
                                 status=BackupStatus.RUNNING))
    result = backups.run_backup(owner_ctx, Progress(), target_id=target)
    assert result.ok and result.seq == 8
    assert not (folder / "snap-deadbeef.sqlite3").exists()
    assert sorted(p.name for p in usb.iterdir()) == sorted(
        [result.remote_name, catalogue.manifest_name(result.remote_name),
         "someone-elses-file.txt"])
    with owner_ctx.transaction() as session:
        stale = session.scalars(select(BackupRecord).where(BackupRecord.seq == 7)).one()
        assert (stale.status, stale.error_code) == (BackupStatus.FAILED, "interrupted")


def test_emergency_kit_pdf_holds_the_key(owner_ctx, tmp_path):
    for language in ("fi", "sv", "en"):
        out = backups.emergency_kit_pdf(owner_ctx, tmp_path / f"kit-{language}.pdf",
                                        language=language)
        assert out.read_bytes().startswith(b"%PDF")
    status = backups.key_status(owner_ctx)
    assert status.exists and status.recipient.startswith("age1")
    assert backups.create_keys(owner_ctx) == status  # idempotent


def test_retention_prunes_by_day_and_aborts_on_a_listing_error(owner_ctx, tmp_path,
                                                               monkeypatch):  # B12
    import dataclasses
    import datetime as dt

    from vastaanotto.backup import settings as bsettings
    from vastaanotto.backup.targets.folder import FolderTarget
    from vastaanotto.clock import fixed_clock
    from vastaanotto.services import practice as practice_service

    for var in (bsettings.RETENTION_WEEKLY, bsettings.RETENTION_MONTHLY):
        practice_service.set_setting(owner_ctx, var, 0)
    practice_service.set_setting(owner_ctx, bsettings.RETENTION_DAILY, 2)
    target = folder_target(owner_ctx, tmp_path / "usb")
    day = dt.datetime(2026, 11, 1, 10, tzinfo=dt.timezone.utc)

    def backup_on(n):
        # 31 days apart: everything verified from the last 30 days is kept whatever the policy
        # (retention.Policy.keep_within), so only then do the daily buckets decide.
        ctx = dataclasses.replace(owner_ctx, clock=fixed_clock(day + dt.timedelta(days=31 * n)))
        return backups.run_backup(ctx, Progress(), target_id=target)

    first, second = backup_on(0), backup_on(1)
    third = backup_on(2)
    assert third.targets[0].pruned == 1
    names = {e.remote_name for e in backups.list_backups(owner_ctx, target)}
    assert names == {second.remote_name, third.remote_name}  # the first day was pruned
    assert not (tmp_path / "usb" / first.remote_name).exists()

    # A listing that fails while pruning: the backup itself counts, nothing is deleted.
    real_list = FolderTarget._list
    calls = []

    def failing_list(self):
        calls.append(1)
        if len(calls) > 1:  # the first call is the stale-temp sweep before the upload
            from vastaanotto.errors import BackupError
            raise BackupError("backup_target_unreachable")
        return real_list(self)

    monkeypatch.setattr(FolderTarget, "_list", failing_list)  # fault injection at the edge
    fourth = backup_on(3)
    assert fourth.ok and fourth.targets[0].prune_error_code == "backup_listing_failed"
    monkeypatch.setattr(FolderTarget, "_list", real_list)
    names = {e.remote_name for e in backups.list_backups(owner_ctx, target)}
    assert names == {second.remote_name, third.remote_name, fourth.remote_name}

    # Backups the catalogue calls verified are missing from the listing: abort, delete nothing.
    for name in (third.remote_name, catalogue.manifest_name(third.remote_name)):
        (tmp_path / "usb" / name).unlink()
    fifth = backup_on(4)
    assert fifth.targets[0].prune_error_code == "backup_listing_failed"
    assert (tmp_path / "usb" / second.remote_name).exists()
    with owner_ctx.transaction() as session:
        gone = catalogue.record_for(session, target, third.remote_name)
        assert (gone.status, gone.error_code) == (BackupStatus.FAILED, "missing_on_target")
    # The next run plans from what exists: keeps the two newest days, prunes the rest.
    sixth = backup_on(5)
    assert sixth.targets[0].prune_error_code == "" and sixth.targets[0].pruned == 2  # 2nd, 4th
    names = {e.remote_name for e in backups.list_backups(owner_ctx, target)}
    assert names == {fifth.remote_name, sixth.remote_name}
