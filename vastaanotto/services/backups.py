"""Backups for the owner: targets, runs, status, listing, verify drill, inspect and restore.

Every function needs ``Action.BACKUP_MANAGE`` (owner only) and audits what it did: target
changes, each backup run, verify drills and restores (``backup.*`` actions; details carry ids,
codes and counts, never credentials or personal data).

Threads: everything here may run off the GUI thread (ui/tasks.py). Functions that take a
``progress`` are the long ones and call ``progress.step`` at safe points.

This module's names are a contract with the Qt UI (ui/backup/); keep them stable.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select

from vastaanotto import secrets
from vastaanotto.backup import catalogue, keys as backup_keys
from vastaanotto.backup import retention, settings as bsettings
from vastaanotto.backup.archive import make_archive, open_archive
from vastaanotto.backup.catalogue import manifest_name, parse_name
from vastaanotto.backup.keys import BackupKeys
from vastaanotto.backup.restore import replace_database
from vastaanotto.backup.snapshot import sqlite_path
from vastaanotto.backup.targets import clean_config, open_target
from vastaanotto.context import Context
from vastaanotto.errors import (BackupError, BackupRejected, NotFound, SecretStoreUnavailable,
                                ValidationError, VastaanottoError)
from vastaanotto.models.audit import AuditEvent, Outcome
from vastaanotto.models.backup import BackupRecord, BackupStatus, BackupTarget, TargetKind
from vastaanotto.models.practice import Practice
from vastaanotto.permissions import Action
from vastaanotto.progress import Progress
from vastaanotto.services.base import Changes, FieldCollector, audit, require
from vastaanotto.services.practice import read_setting

_SECRET_PREFIX = "backup-target-"
PREVIEW_FOLDER = "preview"


# -- results --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TargetRow:
    id: int
    name: str
    kind: TargetKind
    location_description: str
    enabled: bool
    config: dict[str, Any]  # never secrets (they live in the keyring)
    last_success_at: dt.datetime | None
    last_error_code: str
    has_secret: bool = False


@dataclass(frozen=True)
class TargetOutcome:
    target_id: int
    name: str
    ok: bool
    error_code: str = ""
    pruned: int = 0
    prune_error_code: str = ""


@dataclass(frozen=True)
class BackupResult:
    seq: int
    remote_name: str
    created_at: dt.datetime
    size_bytes: int
    counts: dict[str, int]
    targets: tuple[TargetOutcome, ...]

    @property
    def ok(self) -> bool:
        return all(t.ok for t in self.targets)


@dataclass(frozen=True)
class BackupStatusInfo:
    last_success_at: dt.datetime | None
    last_failure_at: dt.datetime | None
    last_error_code: str
    overdue: bool
    max_age_hours: int
    interval_hours: int = 24
    next_due_at: dt.datetime | None = None
    last_drill_at: dt.datetime | None = None
    drill_due: bool = True
    has_targets: bool = False
    keys_exist: bool = False


@dataclass(frozen=True)
class BackupEntry:
    remote_name: str
    created_at: dt.datetime
    size_bytes: int
    seq: int
    status: str  # a BackupStatus value, or "unknown" (not in this workstation's catalogue)


@dataclass(frozen=True)
class VerifyResult:
    remote_name: str
    seq: int
    created_at: dt.datetime
    size_bytes: int
    counts: dict[str, int]
    audit_events_checked: int
    seconds: float


@dataclass(frozen=True)
class RestorePreview:
    created_at: dt.datetime
    size_bytes: int
    counts: dict[str, int]
    practice_name: str
    seq: int
    plain_path: Path  # the decrypted, verified temp file ("handle"); restore() consumes it
    practice_uid: str = ""
    schema_revision: str = ""
    source: str = ""  # "target:<id>:<remote name>" or "file:<name>"
    warnings: tuple[str, ...] = ()  # "older_than_newest": a newer verified backup exists
    recovery_key_used: bool = False
    _identity_text: str = field(default="", repr=False)

    def discard(self) -> None:
        """Delete the decrypted temp file when the owner cancels."""
        self.plain_path.unlink(missing_ok=True)


@dataclass(frozen=True)
class RestoreResult:
    kept_aside_path: Path | None
    seq: int
    created_at: dt.datetime
    counts: dict[str, int]
    encrypted_at_rest: bool = False  # the restored file is SQLCipher-keyed like the old one


@dataclass(frozen=True)
class KeyStatus:
    exists: bool
    keyring_secure: bool
    recipient: str = ""
    fingerprint: str = ""


# -- helpers --------------------------------------------------------------------------------


def _practice(session) -> Practice | None:
    return session.scalars(select(Practice).limit(1)).first()


def _practice_uid(ctx: Context) -> str:
    with ctx.transaction() as session:
        practice = _practice(session)
        if practice is None:
            raise NotFound()
        return practice.uid


def _secret_name(target_id: int) -> str:
    return f"{_SECRET_PREFIX}{target_id}"


def _audit_now(ctx: Context, action: str, *, outcome: Outcome = Outcome.OK,
               entity_id: int | None = None, details: dict | None = None) -> None:
    with ctx.transaction() as session:
        audit(session, ctx, action, outcome=outcome, entity_type="backup", entity_id=entity_id,
              details=details or {})


def _keys(ctx: Context, *, create: bool = False) -> BackupKeys:
    uid = _practice_uid(ctx)
    if create:
        found, created = backup_keys.load_or_create(uid)
        if created:
            _audit_now(ctx, "backup.keys_created", details={"fingerprint": found.fingerprint})
        return found
    found = backup_keys.load(uid)
    if found is None:
        raise BackupError("backup_keys_missing")
    return found


def _target(session, target_id: int) -> BackupTarget:
    target = session.get(BackupTarget, target_id)
    if target is None:
        raise NotFound()
    return target


def _connect(ctx: Context, target: BackupTarget):
    """A connected target; a host key learnt on first use is pinned in its config."""
    secret = secrets.get_secret(_secret_name(target.id), _practice_uid(ctx))
    conn = open_target(target.kind, target.config, secret)
    if conn.config_updates:
        with ctx.transaction() as session:
            row = _target(session, target.id)
            row.config = {**row.config, **conn.config_updates}
    return conn


def _error_code(exc: BaseException) -> str:
    return exc.code if isinstance(exc, VastaanottoError) else "unexpected"


# -- targets --------------------------------------------------------------------------------


def list_targets(ctx: Context) -> list[TargetRow]:
    require(ctx, Action.BACKUP_MANAGE, entity_type="backup_target")
    uid = _practice_uid(ctx)
    rows = []
    with ctx.transaction() as session:
        for target in session.scalars(select(BackupTarget).order_by(BackupTarget.name)):
            recs = catalogue.records(session, target.id)
            success = [r.finished_at for r in recs if r.status == BackupStatus.VERIFIED
                       or (r.status == BackupStatus.PRUNED and r.verified_at)]
            newest = next((r for r in recs if r.status != BackupStatus.RUNNING), None)
            try:
                has_secret = bool(secrets.get_secret(_secret_name(target.id), uid))
            except SecretStoreUnavailable:
                has_secret = False
            rows.append(TargetRow(
                id=target.id, name=target.name, kind=TargetKind(target.kind),
                location_description=target.location_description, enabled=target.enabled,
                config=dict(target.config or {}),
                last_success_at=max((s for s in success if s), default=None),
                last_error_code=newest.error_code if newest is not None
                and newest.status == BackupStatus.FAILED else "",
                has_secret=has_secret))
    return rows


def save_target(ctx: Context, *, target_id: int | None, name: str, kind: TargetKind,
                config: dict, secret: str | None = None, location_description: str = "",
                enabled: bool = True) -> Changes:
    """Create (``target_id`` None) or update a target. ``secret`` is the SFTP password or key
    passphrase, or the WebDAV password: stored in the keyring, never in the database; None
    keeps the stored one. A changed SFTP host or port forgets the pinned host key."""
    require(ctx, Action.BACKUP_MANAGE, entity_type="backup_target", entity_id=target_id)
    errors = FieldCollector()
    name = (name or "").strip()
    if not name:
        errors.add(ValidationError("name", "required"))
    elif len(name) > 100:
        errors.add(ValidationError("name", "too_long", max=100))
    if len(location_description or "") > 200:
        errors.add(ValidationError("location_description", "too_long", max=200))
    try:
        kind = TargetKind(kind)
    except ValueError:
        errors.add(ValidationError("kind", "invalid_choice"))
        errors.raise_if_any()
    cleaned = errors.check(clean_config, kind, config)
    if secret is not None and len(secret) > secrets.MAX_SECRET_LENGTH:
        errors.add(ValidationError("secret", "too_long", max=secrets.MAX_SECRET_LENGTH))
    needs_secret = kind is TargetKind.WEBDAV or (
        kind is TargetKind.SFTP and (config or {}).get("auth", "password") == "password")
    uid = _practice_uid(ctx)
    with ctx.transaction() as session:
        existing = session.get(BackupTarget, target_id) if target_id is not None else None
        if target_id is not None and existing is None:
            raise NotFound()
        clash = session.scalars(select(BackupTarget).where(BackupTarget.name == name)).first()
        if clash is not None and clash is not existing:
            errors.add(ValidationError("name", "name_taken"))
        if needs_secret and not secret and existing is None:
            errors.add(ValidationError("secret", "required"))
        errors.raise_if_any()
        assert cleaned is not None
        if existing is not None and existing.kind == kind and kind is TargetKind.SFTP:
            old = existing.config or {}
            if (old.get("host"), old.get("port")) == (cleaned["host"], cleaned["port"]) \
                    and old.get("host_key") and "host_key" not in cleaned:
                cleaned["host_key"] = old["host_key"]
        target = existing or BackupTarget(name=name, kind=kind, config={})
        target.name, target.kind, target.config = name, kind, cleaned
        target.location_description = (location_description or "").strip()
        target.enabled = bool(enabled)
        session.add(target)
        session.flush()
        if secret is not None:
            secrets.set_secret(_secret_name(target.id), uid, secret)
        audit(session, ctx, "backup.target_saved", entity_type="backup_target",
              entity_id=target.id,
              details={"kind": kind.value, "created": existing is None,
                       "secret_changed": secret is not None, "enabled": target.enabled})
        return Changes.of("backup_targets", ids=[target.id], data=target.id)


def delete_target(ctx: Context, target_id: int) -> Changes:
    """Forget a target (its files on the server stay); its catalogue rows stay, detached."""
    require(ctx, Action.BACKUP_MANAGE, entity_type="backup_target", entity_id=target_id)
    uid = _practice_uid(ctx)
    with ctx.transaction() as session:
        target = _target(session, target_id)
        for record in catalogue.records(session, target_id):
            record.target_id = None
        session.delete(target)
        audit(session, ctx, "backup.target_deleted", entity_type="backup_target",
              entity_id=target_id)
    try:
        import keyring
        keyring.delete_password(secrets.SERVICE, f"{uid}:{_secret_name(target_id)}")
    except Exception:  # nothing stored, or no keyring: nothing to forget
        pass
    return Changes.of("backup_targets", ids=[target_id])


def test_target(ctx: Context, target_id: int) -> None:
    """Connect, create the folder if needed, write, read back and delete a probe file. Pins the
    SFTP host key on first use. Raises the target's ``BackupError`` on failure."""
    require(ctx, Action.BACKUP_MANAGE, entity_type="backup_target", entity_id=target_id)
    with ctx.transaction() as session:
        target = _target(session, target_id)
    try:
        with _connect(ctx, target) as conn:
            conn.make_dir()
            conn.probe()
    except VastaanottoError as exc:
        _audit_now(ctx, "backup.target_tested", outcome=Outcome.FAILED, entity_id=target_id,
                   details={"error": exc.code})
        raise
    _audit_now(ctx, "backup.target_tested", entity_id=target_id)


# -- keys -----------------------------------------------------------------------------------


def key_status(ctx: Context) -> KeyStatus:
    require(ctx, Action.BACKUP_MANAGE, entity_type="backup")
    secure = secrets.backend_is_secure()
    if not secure:
        return KeyStatus(exists=False, keyring_secure=False)
    found = backup_keys.load(_practice_uid(ctx))
    if found is None:
        return KeyStatus(exists=False, keyring_secure=True)
    return KeyStatus(exists=True, keyring_secure=True, recipient=found.recipient,
                     fingerprint=found.fingerprint)


def create_keys(ctx: Context) -> KeyStatus:
    """Create the backup keys in the keyring unless they exist (idempotent)."""
    require(ctx, Action.BACKUP_MANAGE, entity_type="backup")
    _keys(ctx, create=True)
    return key_status(ctx)


def import_recovery_key(ctx: Context, recovery_key: str) -> KeyStatus:
    """Put the keys from an emergency kit into this workstation's keyring (a new computer, or
    a lost keyring). Refuses to replace different existing keys."""
    require(ctx, Action.BACKUP_MANAGE, entity_type="backup")
    parsed = backup_keys.parse_recovery_key(recovery_key)
    uid = _practice_uid(ctx)
    existing = backup_keys.load(uid)
    if existing is not None and existing != parsed:
        raise BackupError("backup_keys_differ")
    if existing is None:
        backup_keys.store(uid, parsed)
        _audit_now(ctx, "backup.keys_imported", details={"fingerprint": parsed.fingerprint})
    return key_status(ctx)


def emergency_kit_pdf(ctx: Context, path: str | Path, language: str = "fi") -> Path:
    """Write the emergency kit (recovery key + instructions) as a PDF to ``path``."""
    require(ctx, Action.BACKUP_MANAGE, entity_type="backup")
    from vastaanotto.backup.emergency_kit import write_kit

    found = _keys(ctx, create=True)
    with ctx.transaction() as session:
        practice = _practice(session)
        assert practice is not None
        name, uid = practice.name, practice.uid
    out = write_kit(Path(path), found, practice_name=name, practice_uid=uid,
                    language=language, created_at=ctx.now())
    _audit_now(ctx, "backup.emergency_kit_written", details={"language": language})
    return out


# -- running a backup -----------------------------------------------------------------------


def _retention_policy(session) -> retention.Policy:
    return retention.Policy(daily=read_setting(session, bsettings.RETENTION_DAILY),
                            weekly=read_setting(session, bsettings.RETENTION_WEEKLY),
                            monthly=read_setting(session, bsettings.RETENTION_MONTHLY))


def _prune(ctx: Context, conn, target_id: int, uid_prefix: str) -> int:
    """Apply retention on one target from the catalogue; aborts (raises) on a listing error
    or when the listing misses backups the catalogue calls verified (B12)."""
    with ctx.transaction() as session:
        policy = _retention_policy(session)
        recs = [r for r in catalogue.records(session, target_id, BackupStatus.VERIFIED)]
        items = [retention.Item(r.id, r.started_at, True) for r in recs]
        plan = retention.plan(items, policy, ctx.now())
        doomed = [(r.id, r.remote_name) for r in recs if r.id in plan.prune]
    if not doomed:
        return 0
    listed = {f.name for f in conn.list_files()}
    missing = [r.id for r in recs if r.remote_name not in listed]
    if not listed or missing:
        # The server shows less than we put there (a partial listing, files removed behind
        # our back): delete nothing this time (B12). The missing ones are recorded, so the
        # owner sees it and the next run's plan is made from what really exists.
        if listed:
            with ctx.transaction() as session:
                for record_id in missing:
                    record = session.get(BackupRecord, record_id)
                    record.status = BackupStatus.FAILED
                    record.error_code = "missing_on_target"
        raise BackupError("backup_listing_failed", cause="missing")
    pruned = 0
    for record_id, remote_name in doomed:
        if parse_name(remote_name) is None or not remote_name.startswith(
                f"vastaanotto-{uid_prefix}-"):
            continue  # never delete a file we did not name
        conn.delete(manifest_name(remote_name))  # the commit marker goes first
        conn.delete(remote_name)
        with ctx.transaction() as session:
            record = session.get(BackupRecord, record_id)
            record.status = BackupStatus.PRUNED
        pruned += 1
    return pruned


def run_backup(ctx: Context, progress: Progress, *, target_id: int | None = None) -> BackupResult:
    """One snapshot, encrypted once, uploaded to every enabled target (or just ``target_id``),
    each read back and verified; then retention per target. Targets fail independently; when
    none succeeds the first failure is raised (after being recorded and audited)."""
    require(ctx, Action.BACKUP_MANAGE, entity_type="backup")
    found = _keys(ctx, create=True)
    folder = catalogue.work_dir(ctx.db)
    with catalogue.run_lock(folder):
        catalogue.recover(ctx.db, folder, ctx.now())
        with ctx.transaction() as session:
            query = select(BackupTarget).order_by(BackupTarget.id)
            if target_id is not None:
                query = query.where(BackupTarget.id == target_id)
            else:
                query = query.where(BackupTarget.enabled.is_(True))
            targets = list(session.scalars(query))
            if not targets:
                raise NotFound() if target_id is not None else BackupError("backup_no_targets")
            seq = catalogue.next_seq(session)
            started = ctx.now()
            record_ids = {}
            for target in targets:
                record = BackupRecord(target_id=target.id, seq=seq, started_at=started,
                                      status=BackupStatus.RUNNING)
                session.add(record)
                session.flush()
                record_ids[target.id] = record.id
        outcomes: list[TargetOutcome] = []
        try:
            archive = make_archive(ctx.db, found, folder, seq, started, progress)
        except BaseException as exc:
            _fail_records(ctx, record_ids.values(), _error_code(exc))
            _audit_now(ctx, "backup.created", outcome=Outcome.FAILED,
                       details={"seq": seq, "error": _error_code(exc)})
            raise
        try:
            uid_prefix = archive.name.split("-")[1]
            for index, target in enumerate(targets):
                progress.step(4, 6, f"upload:{target.name}")
                outcomes.append(_upload_one(ctx, target, archive, record_ids[target.id],
                                            uid_prefix, index))
        finally:
            archive.encrypted.unlink(missing_ok=True)
        progress.step(6, 6, "done")
    ok = [o for o in outcomes if o.ok]
    _audit_now(ctx, "backup.created", outcome=Outcome.OK if ok else Outcome.FAILED,
               details={"seq": seq, "targets_ok": [o.target_id for o in ok],
                        "targets_failed": {o.target_id: o.error_code for o in outcomes
                                           if not o.ok}})
    if not ok:
        raise BackupError(outcomes[0].error_code or "backup_upload_failed")
    return BackupResult(seq=seq, remote_name=archive.name, created_at=started,
                        size_bytes=archive.size_bytes, counts=dict(archive.manifest["counts"]),
                        targets=tuple(outcomes))


def _fail_records(ctx: Context, record_ids, code: str) -> None:
    with ctx.transaction() as session:
        for record_id in record_ids:
            record = session.get(BackupRecord, record_id)
            if record is not None and record.status == BackupStatus.RUNNING:
                record.status = BackupStatus.FAILED
                record.error_code = code[:100]
                record.finished_at = ctx.now()


def _remove_stale_temps(conn, uid_prefix: str) -> None:
    """What a run killed mid-upload left: temp files, and a backup file whose manifest never
    arrived (never a valid backup). Only this practice's files: one machine backs it up."""
    from vastaanotto.backup.targets.base import TEMP_PREFIX

    names = {remote.name for remote in conn._list()}
    for name in names:
        if name.startswith(TEMP_PREFIX) and f"-vastaanotto-{uid_prefix}-" in name:
            conn._forget(name)
        elif name.startswith(f"vastaanotto-{uid_prefix}-") and parse_name(name) \
                and manifest_name(name) not in names:
            conn._forget(name)


def _upload_one(ctx: Context, target: BackupTarget, archive, record_id: int, uid_prefix: str,
                index: int) -> TargetOutcome:
    try:
        with _connect(ctx, target) as conn:
            conn.make_dir()
            _remove_stale_temps(conn, uid_prefix)
            size = conn.upload(archive.encrypted, archive.name,
                               expected_sha256=archive.manifest["ciphertext_sha256"])
            # The manifest is the commit marker: written last, so a file without one is
            # never taken for a backup.
            conn.upload_bytes(archive.manifest_bytes, manifest_name(archive.name))
            now = ctx.now()
            with ctx.transaction() as session:
                record = session.get(BackupRecord, record_id)
                record.remote_name = archive.name
                record.size_bytes = size
                record.sha256 = archive.manifest["ciphertext_sha256"]
                record.audit_head = archive.manifest["audit_head"]["hash"]
                record.status = BackupStatus.VERIFIED
                record.finished_at = record.verified_at = now
            try:
                pruned, prune_error = _prune(ctx, conn, target.id, uid_prefix), ""
            except VastaanottoError as exc:
                pruned, prune_error = 0, exc.code
    except VastaanottoError as exc:
        _fail_records(ctx, [record_id], exc.code)
        return TargetOutcome(target.id, target.name, False, exc.code)
    return TargetOutcome(target.id, target.name, True, pruned=pruned,
                         prune_error_code=prune_error)


# -- status and listing ---------------------------------------------------------------------


def backup_status(ctx: Context) -> BackupStatusInfo:
    require(ctx, Action.BACKUP_MANAGE, entity_type="backup")
    now = ctx.now()
    with ctx.transaction() as session:
        recs = catalogue.records(session)
        max_age = read_setting(session, bsettings.BACKUP_MAX_AGE_HOURS)
        interval = read_setting(session, bsettings.BACKUP_INTERVAL_HOURS)
        drill_days = read_setting(session, bsettings.RESTORE_DRILL_DAYS)
        has_targets = session.scalars(select(BackupTarget.id).where(
            BackupTarget.enabled.is_(True)).limit(1)).first() is not None
        drill = session.scalars(select(AuditEvent.at).where(
            AuditEvent.action == "backup.verified", AuditEvent.outcome == Outcome.OK)
            .order_by(AuditEvent.seq.desc()).limit(1)).first()
        uid = _practice(session).uid if _practice(session) else None
    good = [r.finished_at for r in recs if r.finished_at and r.verified_at]
    bad = [r for r in recs if r.status == BackupStatus.FAILED and r.finished_at]
    last_success = max(good, default=None)
    last_failure = max((r.finished_at for r in bad), default=None)
    newest_done = max((r for r in recs if r.finished_at), key=lambda r: (r.finished_at, r.id),
                      default=None)
    try:
        keys_exist = uid is not None and backup_keys.load(uid) is not None
    except SecretStoreUnavailable:
        keys_exist = False
    return BackupStatusInfo(
        last_success_at=last_success, last_failure_at=last_failure,
        last_error_code=newest_done.error_code if newest_done is not None
        and newest_done.status == BackupStatus.FAILED else "",
        overdue=last_success is None or now - last_success > dt.timedelta(hours=max_age),
        max_age_hours=max_age, interval_hours=interval,
        next_due_at=(last_success + dt.timedelta(hours=interval)) if last_success else now,
        last_drill_at=drill,
        drill_due=drill is None or now - drill > dt.timedelta(days=drill_days),
        has_targets=has_targets, keys_exist=keys_exist)


def list_backups(ctx: Context, target_id: int) -> list[BackupEntry]:
    """Complete backups on the target (those with a manifest), newest first, with the status
    the local catalogue knows ("unknown" for files this workstation did not make)."""
    require(ctx, Action.BACKUP_MANAGE, entity_type="backup_target", entity_id=target_id)
    with ctx.transaction() as session:
        target = _target(session, target_id)
        known = {r.remote_name: r for r in catalogue.records(session, target_id)}
    with _connect(ctx, target) as conn:
        files = conn.list_files()
    names = {f.name for f in files}
    entries = []
    for f in files:
        parsed = parse_name(f.name)
        if parsed is None or manifest_name(f.name) not in names:
            continue
        record = known.get(f.name)
        status = record.status.value if record is not None else "unknown"
        entries.append(BackupEntry(f.name, parsed[2], f.size, parsed[1], status))
    entries.sort(key=lambda e: (e.seq, e.created_at), reverse=True)
    return entries


# -- verify, inspect and restore -------------------------------------------------------------


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
            manifest_file = Path(str(local)[: -len(".age")] + catalogue.MANIFEST_SUFFIX) \
                if str(local).endswith(".age") else Path(str(local) + ".manifest")
            if not local.is_file():
                raise NotFound()
            if not manifest_file.is_file():
                raise BackupRejected("backup_manifest_missing")
            progress.step(1, 4, "read")
            opened = open_archive(local, manifest_file.read_bytes(), found, folder)
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
