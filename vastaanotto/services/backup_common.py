"""Helpers the backup service modules share: the practice id, keys, targets and audit.

Private to vastaanotto/services/backup_*.py; callers use vastaanotto.services.backups.
"""

from __future__ import annotations

from sqlalchemy import select

from vastaanotto import secrets
from vastaanotto.backup import keys as backup_keys
from vastaanotto.backup.keys import BackupKeys
from vastaanotto.backup.targets import open_target
from vastaanotto.context import Context
from vastaanotto.errors import BackupError, NotFound, VastaanottoError
from vastaanotto.models.audit import Outcome
from vastaanotto.models.backup import BackupTarget
from vastaanotto.models.practice import Practice
from vastaanotto.services.base import audit


_SECRET_PREFIX = "backup-target-"


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
