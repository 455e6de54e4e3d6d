"""Verify drill, inspect and restore of a backup (RELIABILITY.md B6, B7, B14).

Trusts nothing it downloads: the manifest's signature first, then hashes, decryption,
integrity, the facts inside against the signed ones, the catalogue's seq (rollback) and the
practice id (swap). ``restore`` is all or nothing and keeps the current database aside.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from sqlalchemy import delete, insert, select

from vastaanotto.backup import catalogue, keys as backup_keys
from vastaanotto.backup.archive import open_archive
from vastaanotto.backup.catalogue import manifest_name
from vastaanotto.backup.keys import BackupKeys
from vastaanotto.backup.restore import replace_database
from vastaanotto.backup.snapshot import sqlite_path
from vastaanotto.clock import Clock, system_clock
from vastaanotto.context import Context
from vastaanotto.errors import (BackupError, BackupRejected, NotFound, SecretStoreUnavailable,
                                ValidationError, VastaanottoError)
from vastaanotto.models.audit import Outcome
from vastaanotto.models.backup import BackupRecord, BackupStatus, BackupTarget
from vastaanotto.permissions import Action
from vastaanotto.progress import Progress
from vastaanotto.services.base import audit, require
from vastaanotto.services.backup_common import _audit_now, _connect, _keys, _practice, _target
from vastaanotto.services.backup_types import (PREVIEW_FOLDER, RestorePreview, RestoreResult,
                                               VerifyResult)
from vastaanotto.services.backup_run import list_backups


def _download(ctx: Context, target: BackupTarget, remote_name: str, folder: Path,
              progress: Progress) -> tuple[Path, bytes]:
    local = folder / f"download-{remote_name}"
    with _connect(ctx, target) as conn:
        progress.step(1, 5, "download")
        try:
            manifest_bytes = conn.read_bytes(manifest_name(remote_name))
        except BackupError:
            raise BackupRejected("backup_manifest_missing") from None
        conn.download(remote_name, local)
    return local, manifest_bytes


def _check_catalogue(session, target_id: int | None, remote_name: str, manifest: dict) -> None:
    """The signed seq and hash must be what we recorded for this name (rollback, B7)."""
    record = catalogue.record_for(session, target_id, remote_name) if remote_name else None
    if record is None or record.status not in (BackupStatus.VERIFIED, BackupStatus.PRUNED):
        return
    if manifest.get("seq") != record.seq:
        raise BackupRejected("backup_rollback")
    if record.sha256 and manifest.get("ciphertext_sha256") != record.sha256:
        raise BackupRejected("backup_hash_mismatch")


def verify_latest(ctx: Context, progress: Progress, *, target_id: int) -> VerifyResult:
    """The restore drill: download the newest backup on the target, authenticate, decrypt,
    integrity-check it, compare its counts and audit head with the manifest and verify its
    audit chain. ``backup_rollback`` when the target hides a newer verified backup."""
    require(ctx, Action.BACKUP_MANAGE, entity_type="backup_target", entity_id=target_id)
    started = time.monotonic()
    found = _keys(ctx)
    folder = catalogue.work_dir(ctx.db)
    try:
        with catalogue.run_lock(folder):
            with ctx.transaction() as session:
                target = _target(session, target_id)
                newest_known = catalogue.max_verified_seq(session, target_id)
            entries = [e for e in list_backups(ctx, target_id)]
            if not entries and not newest_known:
                raise BackupError("backup_no_backups")
            # The target holds less than the catalogue says it should: an old copy put back,
            # or backups deleted behind our back.
            if not entries or entries[0].seq < newest_known:
                raise BackupRejected("backup_rollback")
            latest = entries[0]
            local, manifest_bytes = _download(ctx, target, latest.remote_name, folder, progress)
            try:
                progress.step(2, 5, "verify")
                opened = open_archive(local, manifest_bytes, found, folder,
                                      expected_name=latest.remote_name)
            finally:
                local.unlink(missing_ok=True)
            try:
                with ctx.transaction() as session:
                    _check_catalogue(session, target_id, latest.remote_name, opened.manifest)
                progress.step(3, 5, "audit")
                checked = _verify_snapshot_chain(ctx, opened)
            finally:
                opened.plain.unlink(missing_ok=True)
    except VastaanottoError as exc:
        _audit_now(ctx, "backup.verified", outcome=Outcome.FAILED, entity_id=target_id,
                   details={"error": exc.code})
        raise
    with ctx.transaction() as session:
        record = catalogue.record_for(session, target_id, latest.remote_name)
        if record is not None:
            record.verified_at = ctx.now()
        audit(session, ctx, "backup.verified", entity_type="backup", entity_id=target_id,
              details={"seq": opened.manifest["seq"], "counts": opened.facts.counts})
    progress.step(5, 5, "done")
    return VerifyResult(remote_name=latest.remote_name, seq=opened.manifest["seq"],
                        created_at=dt.datetime.fromisoformat(opened.manifest["created_at"]),
                        size_bytes=latest.size_bytes, counts=dict(opened.facts.counts),
                        audit_events_checked=checked, seconds=time.monotonic() - started)


def _verify_snapshot_chain(ctx: Context, opened) -> int:
    from vastaanotto.db.engine import open_database, sqlite_url
    from vastaanotto.privacy import audit_chain

    head = opened.manifest.get("audit_head") or {}
    if (opened.facts.audit_head_seq, opened.facts.audit_head_hash) != (head.get("seq"),
                                                                       head.get("hash")):
        raise BackupRejected("backup_hash_mismatch")
    copy = open_database(sqlite_url(opened.plain), migrate=False)
    try:
        with copy.session() as session:
            result = audit_chain.verify(session, ctx.db.audit_key)
    finally:
        copy.dispose()
    if not result.ok:
        raise BackupError("backup_audit_chain_broken", seq=result.first_bad_seq)
    return result.checked


def inspect_backup(ctx: Context, progress: Progress, *, target_id: int | None = None,
                   remote_name: str | None = None, path: str | None = None,
                   recovery_key: str | None = None) -> RestorePreview:
    """Download (or read ``path``), authenticate, decrypt and check a backup, and describe it.
    With ``recovery_key`` (from the emergency kit) the keyring is not needed. The decrypted
    file stays in the work folder until :func:`restore` or ``preview.discard()``."""
    require(ctx, Action.BACKUP_MANAGE, entity_type="backup")
    if (path is None) == (target_id is None or remote_name is None):
        raise ValidationError("source", "required")
    if recovery_key:
        found = backup_keys.parse_recovery_key(recovery_key)
    else:
        found = _keys(ctx)
    folder = catalogue.work_dir(ctx.db) / PREVIEW_FOLDER
    folder.mkdir(exist_ok=True)
    try:
        if path is not None:
            local = Path(path)
            progress.step(1, 4, "read")
            opened = open_archive(local, _manifest_beside(local), found, folder)
            source = f"file:{local.name}"
        else:
            with ctx.transaction() as session:
                target = _target(session, target_id)
            local, manifest_bytes = _download(ctx, target, remote_name, folder, progress)
            try:
                opened = open_archive(local, manifest_bytes, found, folder,
                                      expected_name=remote_name)
            finally:
                local.unlink(missing_ok=True)
            source = f"target:{target_id}:{remote_name}"
        progress.step(3, 4, "check")
        try:
            warnings = _restore_checks(ctx, opened, target_id, remote_name)
        except BaseException:
            opened.plain.unlink(missing_ok=True)
            raise
    except VastaanottoError as exc:
        _audit_now(ctx, "backup.inspected", outcome=Outcome.REFUSED,
                   details={"error": exc.code})
        raise
    _audit_now(ctx, "backup.inspected", details={"seq": opened.manifest["seq"],
                                                 "source": source.split(":")[0]})
    progress.step(4, 4, "done")
    return RestorePreview(
        created_at=dt.datetime.fromisoformat(opened.manifest["created_at"]),
        size_bytes=opened.plain.stat().st_size, counts=dict(opened.facts.counts),
        practice_name=opened.facts.practice_name, seq=opened.manifest["seq"],
        plain_path=opened.plain, practice_uid=opened.facts.practice_uid,
        schema_revision=opened.facts.schema_revision, source=source,
        warnings=tuple(warnings), recovery_key_used=bool(recovery_key),
        _identity_text=found.identity_text)


def _manifest_beside(local: Path) -> bytes:
    """The bytes of the ``.manifest`` next to a backup file given by path."""
    manifest_file = Path(str(local)[: -len(".age")] + catalogue.MANIFEST_SUFFIX) \
        if str(local).endswith(".age") else Path(str(local) + ".manifest")
    if not local.is_file():
        raise NotFound()
    if not manifest_file.is_file():
        raise BackupRejected("backup_manifest_missing")
    return manifest_file.read_bytes()


def _restore_checks(ctx: Context, opened, target_id, remote_name) -> list[str]:
    from vastaanotto.db.migrate import head_revision

    warnings = []
    with ctx.transaction() as session:
        practice = _practice(session)
        if practice is not None and practice.uid != opened.facts.practice_uid:
            raise BackupRejected("backup_wrong_practice")
        _check_catalogue(session, target_id, remote_name or "", opened.manifest)
        if opened.manifest.get("seq", 0) < catalogue.max_verified_seq(session):
            warnings.append("older_than_newest")
    if opened.facts.schema_revision and _revision_is_newer(opened.facts.schema_revision,
                                                            head_revision()):
        raise BackupError("backup_schema_too_new")
    return warnings


def _revision_is_newer(revision: str, head: str) -> bool:
    """True when ``revision`` is not one this program's migrations know (a newer program)."""
    from alembic.script import ScriptDirectory

    from vastaanotto.db.migrate import alembic_config

    if revision == head:
        return False
    script = ScriptDirectory.from_config(alembic_config())
    try:
        return script.get_revision(revision) is None
    except Exception:
        return True


def restore(ctx: Context, progress: Progress, preview: RestorePreview, *,
            db_key: bytes | None = None) -> RestoreResult:
    """Replace the live database with the inspected backup, all or nothing.

    The caller (UI/CLI) must first close every session and call ``ctx.db.dispose()``, and keep
    other workstations' programs closed; the current database is kept aside first. ``db_key``
    is the SQLCipher key when the live file is encrypted (the restored file is re-keyed with it).
    After the swap the schema is migrated to head, this workstation's catalogue of backups
    (``backup_target``/``backup_record``) is carried over so ``seq`` never goes back, and
    ``backup.restored`` is audited in the restored database.
    """
    require(ctx, Action.BACKUP_MANAGE, entity_type="backup")
    db_path = sqlite_path(ctx.db)
    if db_path is None:
        raise BackupError("backup_not_supported_postgresql")
    if not preview.plain_path.is_file():
        raise BackupError("backup_preview_expired")
    progress.step(1, 5, "prepare")
    with ctx.transaction() as session:
        practice = _practice(session)
        if practice is not None and practice.uid != preview.practice_uid:
            raise BackupRejected("backup_wrong_practice")
        saved_targets = [dict(r._mapping) for r in session.execute(
            select(BackupTarget.__table__))]
        saved_records = [dict(r._mapping) for r in session.execute(
            select(BackupRecord.__table__))]
        audit(session, ctx, "backup.restore_started", entity_type="backup",
              details={"seq": preview.seq, "source": preview.source.split(":")[0]})
    ctx.db.dispose()
    if db_key is None and db_path.exists():
        db_key = _live_key(db_path)
    folder = catalogue.work_dir(ctx.db)
    with catalogue.run_lock(folder):
        progress.step(2, 5, "replace")
        try:
            kept = replace_database(db_path, preview.plain_path, folder, ctx.now(), key=db_key)
        finally:
            preview.plain_path.unlink(missing_ok=True)
        reconnect = getattr(ctx.db, "reconnect", None)
        if reconnect is not None:
            reconnect()  # keyed as the file now is (same key id: the salt was kept)
        progress.step(3, 5, "migrate")
        from vastaanotto.db.migrate import upgrade_to_head

        upgrade_to_head(ctx.db.engine)
        progress.step(4, 5, "catalogue")
        with ctx.transaction() as session:
            session.execute(delete(BackupRecord.__table__))
            session.execute(delete(BackupTarget.__table__))
            if saved_targets:
                session.execute(insert(BackupTarget.__table__), saved_targets)
            if saved_records:
                session.execute(insert(BackupRecord.__table__), saved_records)
            audit(session, ctx, "backup.restored", entity_type="backup",
                  details={"seq": preview.seq, "counts": preview.counts,
                           "kept_aside": kept.name if kept else ""})
    if preview.recovery_key_used and preview._identity_text:
        try:
            if backup_keys.load(preview.practice_uid) is None:
                backup_keys.store(preview.practice_uid, BackupKeys(preview._identity_text))
        except SecretStoreUnavailable:
            pass  # the owner keeps using the kit's key; nothing else depends on it
    progress.step(5, 5, "done")
    return RestoreResult(kept_aside_path=kept, seq=preview.seq, created_at=preview.created_at,
                         counts=dict(preview.counts), encrypted_at_rest=db_key is not None)


def _live_key(db_path: Path) -> bytes | None:
    """The live SQLCipher file's key *with its salt*, so the restored file, re-keyed with it,
    keeps the key id the keyring knows it by (vastaanotto.db.encryption.key_with_salt). None
    for a plain file — and when the key is lost with the keyring: the restore then writes a
    plain file (``RestoreResult.encrypted_at_rest`` False, the UI offers to encrypt it again),
    because being unable to restore at all would be worse."""
    try:
        from vastaanotto.db import encryption
    except ImportError:  # pragma: no cover - SQLCipher at rest not in this build
        return None
    try:
        return encryption.key_with_salt(db_path)
    except VastaanottoError:
        return None


# -- the live database cannot be opened at all ------------------------------------------------


def restore_lost_database(db_path: Path, backup_file: Path, recovery_key: str,
                          progress: Progress, *, actor: str, workstation: str,
                          clock: Clock = system_clock) -> RestoreResult:
    """Restore ``backup_file`` (with its ``.manifest`` beside it) as the practice database at
    ``db_path`` when the live file cannot be opened: its SQLCipher key went with the keyring.
    That is what the emergency kit is for, so nothing here needs the old file or the keyring:

    * the backup is authenticated and decrypted with ``recovery_key`` (the kit's), checked
      like any restore (signature, hashes, integrity, schema not newer than this program);
    * the unreadable file is kept aside byte for byte, as it is (``kept-aside/``): should its
      key turn up, nothing is lost;
    * with a trusted keyring the restored file is encrypted again under a *fresh* key kept
      there; without one it is a plain SQLite file (``encrypted_at_rest`` False; encrypt it
      later with ``vastaanotto-admin encrypt-database``), since no restore at all is worse;
    * the audit key (carried in the encrypted manifest) and the backup keys go back into the
      keyring when missing, so the audit chain verifies and backups go on as before;
    * the schema is migrated to head and ``backup.restored`` is audited in the restored
      database, by ``actor`` (the machine's admin tool: nobody can log in to a file nobody
      can open, and whoever runs this holds the file, the machine and the kit).

    No role check: there is no staff list to check against until the file is back. The backup
    catalogue is the one inside the backup (this workstation's newer records went with the
    old file); backup target passwords are set again in the program.
    """
    import secrets as _random

    from vastaanotto import secrets
    from vastaanotto.context import Context
    from vastaanotto.db.engine import sqlite_url
    from vastaanotto.models.staff import Role
    from vastaanotto.practice_db import open_practice_database

    found = backup_keys.parse_recovery_key(recovery_key)
    db_path = Path(db_path)
    folder = db_path.parent / catalogue.WORK_FOLDER / PREVIEW_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    progress.step(1, 5, "read")
    opened = open_archive(Path(backup_file), _manifest_beside(Path(backup_file)), found, folder)
    try:
        from vastaanotto.db.migrate import head_revision

        if opened.facts.schema_revision and _revision_is_newer(opened.facts.schema_revision,
                                                                head_revision()):
            raise BackupError("backup_schema_too_new")
        uid = opened.facts.practice_uid
        new_key = key_id = None
        if secrets.backend_is_secure():
            # A fresh key and salt; the salt is the key id the keyring knows the file by
            # (vastaanotto.db.encryption), so it is chosen here rather than by SQLCipher.
            raw, salt = _random.token_bytes(32), _random.token_bytes(16)
            key_id = salt.hex()
            secrets.store_database_key(key_id, raw)
            new_key = raw + salt
        progress.step(2, 5, "replace")
        try:
            with catalogue.run_lock(folder.parent):
                kept = replace_database(db_path, opened.plain, folder.parent, clock(),
                                        key=None, new_key=new_key)
        except BaseException:
            if key_id is not None:
                secrets.forget_database_key(key_id)  # its file never came to be
            raise
    finally:
        opened.plain.unlink(missing_ok=True)
    progress.step(3, 5, "keys")
    audit_hex = opened.manifest.get("audit_key") or ""
    try:
        if audit_hex and not secrets.get_secret("audit-key", uid):
            secrets.set_secret("audit-key", uid, audit_hex)
        if backup_keys.load(uid) is None:
            backup_keys.store(uid, found)
    except SecretStoreUnavailable:
        pass  # no keyring: the chain falls back to SHA-256, the kit's key stays the key
    progress.step(4, 5, "migrate")
    db = open_practice_database(sqlite_url(db_path), migrate=True)
    try:
        ctx = Context(db=db, staff_id=None, username="", display_name=actor,
                      roles=frozenset({Role.OWNER}), workstation=workstation, clock=clock)
        with ctx.transaction() as session:
            audit(session, ctx, "backup.restored", entity_type="backup",
                  details={"seq": opened.manifest["seq"], "counts": opened.facts.counts,
                           "kept_aside": kept.name if kept else "",
                           "live_database_unreadable": True,
                           "encrypted": new_key is not None})
    finally:
        db.dispose()
    progress.step(5, 5, "done")
    return RestoreResult(kept_aside_path=kept, seq=opened.manifest["seq"],
                         created_at=dt.datetime.fromisoformat(opened.manifest["created_at"]),
                         counts=dict(opened.facts.counts), encrypted_at_rest=new_key is not None)
