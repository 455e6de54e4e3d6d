"""Typed errors raised by the core.

The core never formats text for people: an error carries a ``code`` and parameters, and the UI
turns them into a translated message (``ui/errors.py``). ``str(exc)`` is the code and the
parameter *names* only, so personal data can never reach a log file through an exception.
"""

from __future__ import annotations


class VastaanottoError(Exception):
    code = "error"

    def __init__(self, code: str | None = None, **params):
        if code is not None:
            self.code = code
        self.params = params
        super().__init__(self.code)

    def __str__(self) -> str:  # never the values: they may be personal data
        keys = ",".join(sorted(self.params))
        return f"{self.code}({keys})" if keys else self.code


class ValidationError(VastaanottoError):
    """A field of a form or a service argument is not acceptable."""

    def __init__(self, field: str, code: str, **params):
        self.field = field
        super().__init__(code, **params)

    def __str__(self) -> str:
        return f"{self.field}: {super().__str__()}"


class ValidationErrors(VastaanottoError):
    """Several fields at once, so a form can mark every bad field in one go."""

    code = "validation_failed"

    def __init__(self, errors: list[ValidationError]):
        self.errors = list(errors)
        super().__init__()

    def __str__(self) -> str:
        return "; ".join(str(e) for e in self.errors)


class PermissionDenied(VastaanottoError):
    code = "permission_denied"

    def __init__(self, action: str):
        self.action = action
        super().__init__(action=action)

    def __str__(self) -> str:
        return f"permission_denied: {self.action}"


class NotFound(VastaanottoError):
    code = "not_found"


class Conflict(VastaanottoError):
    code = "conflict"


class AuthenticationFailed(VastaanottoError):
    """Wrong user name or password. Deliberately does not say which."""

    code = "authentication_failed"


class AccountLocked(VastaanottoError):
    code = "account_locked"

    def __init__(self, retry_after_seconds: int | None = None, permanent: bool = False):
        super().__init__(retry_after_seconds=retry_after_seconds, permanent=permanent)
        self.retry_after_seconds = retry_after_seconds
        self.permanent = permanent


class StorageError(VastaanottoError):
    code = "storage_error"


class DatabaseKeyError(VastaanottoError):
    """An encrypted database whose key this computer's keyring does not hold (code
    ``database_key_missing``; ``reason`` is ``not_in_keyring`` or ``no_keyring``) or holds
    wrong (``database_key_wrong``). The way out is a restore from a backup with the emergency
    kit, never a crash."""

    code = "database_key_missing"


class SecretStoreUnavailable(VastaanottoError):
    """No real OS keyring backend; the program must ask the owner instead of storing in clear."""

    code = "secret_store_unavailable"


class BackupError(VastaanottoError):
    """A backup, verify or restore step failed; ``code`` says which (ui/errors.py words it).

    Codes: backup_keys_missing, backup_snapshot_failed, backup_integrity_failed,
    backup_verify_failed, backup_not_supported_postgresql, backup_target_unreachable,
    backup_target_auth_failed, backup_target_full, backup_upload_failed, backup_listing_failed,
    backup_host_key_changed, backup_busy, backup_no_backups, backup_schema_too_new,
    backup_restore_key_required.
    """

    code = "backup_failed"


class BackupRejected(BackupError):
    """A file offered for restore or verify is refused: nothing was changed.

    Codes: backup_corrupt (flipped bit, truncated), backup_wrong_key, backup_not_a_backup,
    backup_signature_invalid (forged), backup_wrong_practice, backup_rollback (older than the
    catalogue says), backup_manifest_missing, backup_hash_mismatch.
    """

    code = "backup_rejected"


class StatementRejected(VastaanottoError):
    """A bank statement file cannot be read: nothing was recorded.

    Codes: statement_unknown_format, statement_invalid_xml, statement_not_camt054,
    statement_invalid_record (param ``line``: 1-based record or entry number),
    statement_totals_mismatch (KTL sum record disagrees), statement_not_euro, empty_file,
    file_too_large.
    """

    code = "statement_rejected"


class SendFailed(VastaanottoError):
    """A message could not be handed to the mail server or SMS gateway. ``reason`` is the
    transport's short code (``smtp_550``, ``timeout``, ``http_401`` …), never the content."""

    code = "send_failed"

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason=reason)
