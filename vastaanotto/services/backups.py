"""Backups for the owner: targets, runs, status, listing, verify drill, inspect and restore.

Every function needs ``Action.BACKUP_MANAGE`` (owner only) except ``run_backup`` (to every
enabled target) and ``backup_status``, which need ``Action.BACKUP_RUN`` (every role: the schedule
backs up whoever is logged in). Each audits what it did: target changes, each backup run,
verify drills and restores (``backup.*`` actions; details carry ids, codes and counts, never
credentials or personal data). ``restore_lost_database`` is for ``vastaanotto-admin`` at the
machine when the live database cannot be opened at all (its key lost with the keyring).

Threads: everything here may run off the GUI thread (ui/tasks.py). Functions that take a
``progress`` are the long ones and call ``progress.step`` at safe points.

This module's names are a contract with the Qt UI (ui/backup/); keep them stable. The code
lives in small modules beside it: backup_types (the results), backup_targets, backup_keyring,
backup_run (run, status, listing) and backup_restore (verify drill, inspect, restore).
"""

from __future__ import annotations

# Changes and _practice_uid were importable from here before the split; callers still use them.
from vastaanotto.services.base import Changes
from vastaanotto.services.backup_common import _practice_uid  # noqa: F401
from vastaanotto.services.backup_keyring import (create_keys, emergency_kit_pdf,
                                                 import_recovery_key, key_status)
from vastaanotto.services.backup_restore import (inspect_backup, restore, restore_lost_database,
                                                 verify_latest)
from vastaanotto.services.backup_run import backup_status, list_backups, run_backup
from vastaanotto.services.backup_targets import (delete_target, list_targets, save_target,
                                                 test_target)
from vastaanotto.services.backup_types import (BackupEntry, BackupResult, BackupStatusInfo,
                                               KeyStatus, PREVIEW_FOLDER, RestorePreview,
                                               RestoreResult, TargetOutcome, TargetRow,
                                               VerifyResult)

__all__ = [
    "Changes",
    "BackupEntry",
    "BackupResult",
    "BackupStatusInfo",
    "KeyStatus",
    "PREVIEW_FOLDER",
    "RestorePreview",
    "RestoreResult",
    "TargetOutcome",
    "TargetRow",
    "VerifyResult",
    "backup_status",
    "create_keys",
    "delete_target",
    "emergency_kit_pdf",
    "import_recovery_key",
    "inspect_backup",
    "key_status",
    "list_backups",
    "list_targets",
    "restore",
    "restore_lost_database",
    "run_backup",
    "save_target",
    "test_target",
    "verify_latest",
]
