"""Secrets (database key, audit key, backup identity, server and mail passwords) in the OS keyring.

Only real OS backends are trusted. ``keyrings.alt`` stores secrets in clear and the null/fail
backends lose them, so those are refused (RELIABILITY.md K2) and the caller must ask the owner
what to do. Tests install an in-memory backend of their own with ``keyring.set_keyring``.
"""

from __future__ import annotations

import secrets as _random

import keyring
from keyring.errors import KeyringError

from vastaanotto.errors import SecretStoreUnavailable

SERVICE = "fi.vastaanotto"
_REFUSED_MODULES = ("keyring.backends.null", "keyring.backends.fail", "keyrings.alt")
MAX_SECRET_LENGTH = 1200  # Windows Credential Manager limit is 1280 chars (keyring#355)


def backend_name() -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def backend_is_secure() -> bool:
    backend = keyring.get_keyring()
    backends = getattr(backend, "backends", None) or [backend]  # ChainerBackend wraps several
    usable = [b for b in backends if not type(b).__module__.startswith(_REFUSED_MODULES)]
    return bool(usable) and not type(backend).__module__.startswith(_REFUSED_MODULES)


def _check() -> None:
    if not backend_is_secure():
        raise SecretStoreUnavailable(backend=backend_name())


def get_secret(name: str, practice_uid: str) -> str | None:
    _check()
    try:
        return keyring.get_password(SERVICE, f"{practice_uid}:{name}")
    except KeyringError as exc:
        raise SecretStoreUnavailable() from exc


def set_secret(name: str, practice_uid: str, value: str) -> None:
    _check()
    if len(value) > MAX_SECRET_LENGTH:
        raise SecretStoreUnavailable(reason="secret_too_long")
    try:
        keyring.set_password(SERVICE, f"{practice_uid}:{name}", value)
    except KeyringError as exc:
        raise SecretStoreUnavailable() from exc
    if keyring.get_password(SERVICE, f"{practice_uid}:{name}") != value:  # never truncated
        raise SecretStoreUnavailable(reason="secret_not_stored")


def get_or_create_key(name: str, practice_uid: str, nbytes: int = 32) -> bytes:
    """A random key kept in the keyring (hex), created on first use."""
    existing = get_secret(name, practice_uid)
    if existing:
        return bytes.fromhex(existing)
    key = _random.token_bytes(nbytes)
    set_secret(name, practice_uid, key.hex())
    return key


def audit_key(practice_uid: str) -> bytes | None:
    """The audit chain key, or None when no trusted keyring exists (chain falls back to SHA-256)."""
    try:
        return get_or_create_key("audit-key", practice_uid)
    except SecretStoreUnavailable:
        return None


# -- the SQLCipher key of a database file -------------------------------------------------------
# Named by the file's key id (its SQLCipher salt, see vastaanotto.db.encryption), not by the
# practice uid: the uid is inside the encrypted file, so the key must be found without it.

DATABASE_KEY = "database-key"


def _database_key_owner(key_id: str) -> str:
    return f"sqlcipher-{key_id}"


def database_key(key_id: str) -> bytes | None:
    """The raw 256-bit key of the database file with ``key_id``, or None when not stored."""
    stored = get_secret(DATABASE_KEY, _database_key_owner(key_id))
    return bytes.fromhex(stored) if stored else None


def store_database_key(key_id: str, key: bytes) -> None:
    """Keep a new database key; raises SecretStoreUnavailable (never written elsewhere)."""
    set_secret(DATABASE_KEY, _database_key_owner(key_id), key.hex())


def forget_database_key(key_id: str) -> None:
    """Drop the key of a file that no longer exists (a conversion that did not finish)."""
    _check()
    try:
        keyring.delete_password(SERVICE, f"{_database_key_owner(key_id)}:{DATABASE_KEY}")
    except KeyringError:
        pass  # not there, or the backend cannot delete: an orphan key unlocks nothing
