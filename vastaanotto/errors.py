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


class SecretStoreUnavailable(VastaanottoError):
    """No real OS keyring backend; the program must ask the owner instead of storing in clear."""

    code = "secret_store_unavailable"
