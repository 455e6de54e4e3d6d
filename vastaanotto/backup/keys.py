"""The practice's backup keys: an age X25519 identity and the Ed25519 key that signs manifests.

Only the age identity (``AGE-SECRET-KEY-1…``) is a real secret to keep: the signing key is
derived from it with HKDF, so the one recovery key printed in the emergency kit is enough to
decrypt *and* authenticate every backup after the keyring is lost. Anyone who only knows the
public recipient (the server, an attacker) can encrypt a file to us but cannot sign its
manifest (RELIABILITY.md B6).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import pyrage
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import (Ed25519PrivateKey,
                                                               Ed25519PublicKey)
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from vastaanotto import secrets
from vastaanotto.errors import ValidationError

IDENTITY_SECRET = "backup-identity"
_IDENTITY_RE = re.compile(r"AGE-SECRET-KEY-1[0-9A-Z]{58}")


@dataclass(frozen=True)
class BackupKeys:
    identity_text: str  # AGE-SECRET-KEY-1…

    @property
    def identity(self) -> pyrage.x25519.Identity:
        return pyrage.x25519.Identity.from_str(self.identity_text)

    @property
    def recipient(self) -> str:
        return str(self.identity.to_public())

    @property
    def signing_key(self) -> Ed25519PrivateKey:
        seed = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"fi.vastaanotto",
                    info=b"backup-manifest-signing-v1").derive(self.identity_text.encode("ascii"))
        return Ed25519PrivateKey.from_private_bytes(seed)

    @property
    def verify_key(self) -> Ed25519PublicKey:
        return self.signing_key.public_key()

    @property
    def verify_key_hex(self) -> str:
        return self.verify_key.public_bytes(Encoding.Raw, PublicFormat.Raw).hex()

    @property
    def fingerprint(self) -> str:
        """Short, readable id of the key pair (printed in the kit, shown in the UI)."""
        digest = hashlib.sha256(self.recipient.encode("ascii")).hexdigest()[:16].upper()
        return " ".join(digest[i:i + 4] for i in range(0, 16, 4))

    @classmethod
    def generate(cls) -> "BackupKeys":
        return cls(str(pyrage.x25519.Identity.generate()))


def parse_recovery_key(text: str) -> BackupKeys:
    """The keys from a recovery key typed or pasted from the kit (spaces, line breaks and
    lower case forgiven, a whole kit page pasted too); ``ValidationError`` otherwise."""
    squeezed = re.sub(r"[\s\-]+", "", (text or "").upper()).replace("AGESECRETKEY1",
                                                                    "AGE-SECRET-KEY-1")
    match = _IDENTITY_RE.search(squeezed)
    if not match:
        raise ValidationError("recovery_key", "invalid_recovery_key")
    try:
        pyrage.x25519.Identity.from_str(match.group(0))
    except pyrage.IdentityError:  # a typo breaks the Bech32 checksum
        raise ValidationError("recovery_key", "invalid_recovery_key") from None
    return BackupKeys(match.group(0))


def load(practice_uid: str) -> BackupKeys | None:
    """The keys from the OS keyring, or None when none were created on this workstation.
    ``SecretStoreUnavailable`` when no trusted keyring exists."""
    text = secrets.get_secret(IDENTITY_SECRET, practice_uid)
    return BackupKeys(text) if text else None


def store(practice_uid: str, keys: BackupKeys) -> None:
    secrets.set_secret(IDENTITY_SECRET, practice_uid, keys.identity_text)


def load_or_create(practice_uid: str) -> tuple[BackupKeys, bool]:
    """(keys, created). Idempotent: existing keys are never replaced, because every backup
    made so far can be decrypted only with them."""
    existing = load(practice_uid)
    if existing is not None:
        return existing, False
    keys = BackupKeys.generate()
    store(practice_uid, keys)
    return keys, True
