"""The backup keys in the OS keyring: status, creation, import from an emergency kit, and the
emergency kit PDF. Needs ``Action.BACKUP_MANAGE``; audited (``backup.keys_*``).
"""

from __future__ import annotations

from pathlib import Path

from vastaanotto import secrets
from vastaanotto.backup import keys as backup_keys
from vastaanotto.context import Context
from vastaanotto.errors import BackupError
from vastaanotto.permissions import Action
from vastaanotto.services.base import require
from vastaanotto.services.backup_common import _audit_now, _keys, _practice, _practice_uid
from vastaanotto.services.backup_types import KeyStatus


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
