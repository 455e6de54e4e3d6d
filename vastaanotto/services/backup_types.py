"""What the backup services return: plain frozen dataclasses, no database objects.

Re-exported by vastaanotto.services.backups, the UI's one import.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vastaanotto.models.backup import TargetKind


PREVIEW_FOLDER = "preview"


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
