"""Backup targets (folder, SFTP, WebDAV): list, save, delete and test them.

Secrets (passwords, key passphrases) go to the keyring, never the database. Needs
``Action.BACKUP_MANAGE``; every change is audited (``backup.target_*``).
"""

from __future__ import annotations

from sqlalchemy import select

from vastaanotto import secrets
from vastaanotto.backup import catalogue
from vastaanotto.backup.targets import clean_config
from vastaanotto.context import Context
from vastaanotto.errors import NotFound, SecretStoreUnavailable, ValidationError, VastaanottoError
from vastaanotto.models.audit import Outcome
from vastaanotto.models.backup import BackupStatus, BackupTarget, TargetKind
from vastaanotto.permissions import Action
from vastaanotto.services.base import Changes, FieldCollector, audit, require
from vastaanotto.services.backup_common import (_audit_now, _connect, _practice_uid,
                                                _secret_name, _target)
from vastaanotto.services.backup_types import TargetRow


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
