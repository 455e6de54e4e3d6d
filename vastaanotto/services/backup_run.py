"""Running a backup (one snapshot, encrypted once, uploaded to each target, read back and
verified, then retention), its status, and the listing of a target's backups.

May run off the GUI thread (ui/tasks.py); ``run_backup`` reports through ``progress``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from vastaanotto.backup import catalogue, keys as backup_keys
from vastaanotto.backup import retention, settings as bsettings
from vastaanotto.backup.archive import make_archive
from vastaanotto.backup.catalogue import manifest_name, parse_name
from vastaanotto.context import Context
from vastaanotto.errors import BackupError, NotFound, SecretStoreUnavailable, VastaanottoError
from vastaanotto.models.audit import AuditEvent, Outcome
from vastaanotto.models.backup import BackupRecord, BackupStatus, BackupTarget
from vastaanotto.permissions import Action
from vastaanotto.progress import Progress
from vastaanotto.services.base import require
from vastaanotto.services.practice import read_setting
from vastaanotto.services.backup_common import (_audit_now, _connect, _error_code, _keys,
                                                _practice, _target)
from vastaanotto.services.backup_types import (BackupEntry, BackupResult, BackupStatusInfo,
                                               TargetOutcome)


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
    none succeeds the first failure is raised (after being recorded and audited).

    Everyone on the staff may back up to the targets the owner set (``Action.BACKUP_RUN``), so
    the schedule runs whoever is logged in; the ``backup.created`` event names who it was.
    Choosing one target is the owner's (``Action.BACKUP_MANAGE``). The backup keys are created
    on the very first run, by whoever makes it (``backup.keys_created``): a run that failed for
    want of keys would leave the practice without backups until an owner logs in."""
    require(ctx, Action.BACKUP_RUN, entity_type="backup")
    if target_id is not None:
        require(ctx, Action.BACKUP_MANAGE, entity_type="backup_target", entity_id=target_id)
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
    """When the last backup was made or failed and whether one is overdue: for everyone on the
    staff (``Action.BACKUP_RUN``), so the status bar turns red for whoever is at the desk."""
    require(ctx, Action.BACKUP_RUN, entity_type="backup")
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
