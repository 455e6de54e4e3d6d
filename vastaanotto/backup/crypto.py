"""age encryption of backup files and the signed manifest beside each of them.

The payload inside age is the plain SQLite snapshot, uncompressed, so the standard ``age -d``
yields a file that ``sqlite3`` opens (the emergency kit tells how). The manifest is canonical
JSON signed with Ed25519 and then itself encrypted to the same recipient, so the server sees
neither the practice's counts nor its id.

pyrage leaves partial plaintext behind on a failed decryption (RELIABILITY.md §1.1), so
:func:`decrypt_file` writes to a temporary file and promotes it only after success. Both
directions stream through vastaanotto.backup.streams, which hashes on the way.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature

from vastaanotto.backup import streams
from vastaanotto.backup.keys import BackupKeys
from vastaanotto.errors import BackupError, BackupRejected
from vastaanotto.paths import fsync_file

AGE_MAGIC = b"age-encryption.org/v1\n"
MANIFEST_FORMAT = "vastaanotto-backup-manifest/1"
CHUNK = 1024 * 1024


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def _classify(exc: Exception) -> BackupRejected:
    text = str(exc)
    if "No matching keys" in text:
        return BackupRejected("backup_wrong_key")
    return BackupRejected("backup_corrupt")


def looks_like_age(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(AGE_MAGIC)) == AGE_MAGIC
    except OSError:
        return False


@dataclass(frozen=True)
class Digests:
    """SHA-256 and size of the plaintext and of the ciphertext of one encryption."""
    plain_sha256: str
    plain_size: int
    cipher_sha256: str
    cipher_size: int


def _io_error(exc: OSError) -> BackupError | BackupRejected | None:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return BackupError("backup_target_full")
    if exc.errno is not None:
        return None  # a real I/O error: the caller's to see
    return _classify(exc)  # pyrage's streaming reader reports bad data as an errno-less OSError


def encrypt_file(source: Path, dest: Path, recipient: str) -> Digests:
    """Stream ``source`` into ``dest`` (age, X25519), fsync it, and return both files' SHA-256
    and sizes, hashed on the way (streams.py: one pass, and the GUI thread keeps running)."""
    rcpt = pyrage.x25519.Recipient.from_str(recipient)
    reader, writer = streams.encrypt_hashing(source, dest, [rcpt])
    fsync_file(dest)
    return Digests(reader.hexdigest(), reader.length, writer.hexdigest(), writer.length)


def decrypt_file(source: Path, dest: Path, keys: BackupKeys) -> tuple[str, int]:
    """Decrypt ``source`` to ``dest``; on any failure nothing is left at ``dest``. Returns the
    plaintext's SHA-256 and size, hashed on the way.

    ``BackupRejected``: backup_not_a_backup (no age header), backup_wrong_key, backup_corrupt
    (a flipped bit, a truncated or extended file: age authenticates every 64 KiB chunk and the
    end of the stream).
    """
    if not looks_like_age(source):
        raise BackupRejected("backup_not_a_backup")
    partial = dest.with_name(dest.name + ".partial")
    try:
        with open(partial, "wb", buffering=streams.BUFFER) as out:
            written = streams.decrypt_hashing(source, [keys.identity], out)
            os.fsync(out.fileno())
        os.replace(partial, dest)
        return written.hexdigest(), written.length
    except pyrage.DecryptError as exc:
        raise _classify(exc) from None
    except OSError as exc:
        mapped = _io_error(exc)
        if mapped is None:
            raise
        raise mapped from None
    finally:
        partial.unlink(missing_ok=True)


def decrypt_digest(source: Path, keys: BackupKeys) -> tuple[str, int]:
    """Decrypt ``source`` only to hash the plaintext: SHA-256 and size, nothing written.
    The verify-before-upload pass (RELIABILITY.md B15). Same errors as :func:`decrypt_file`."""
    if not looks_like_age(source):
        raise BackupRejected("backup_not_a_backup")
    try:
        written = streams.decrypt_hashing(source, [keys.identity])
    except pyrage.DecryptError as exc:
        raise _classify(exc) from None
    except OSError as exc:
        mapped = _io_error(exc)
        if mapped is None:
            raise
        raise mapped from None
    return written.hexdigest(), written.length


# -- the manifest ---------------------------------------------------------------------------


def _canonical(manifest: dict[str, Any]) -> bytes:
    return json.dumps(manifest, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=True).encode("ascii")


def seal_manifest(manifest: dict[str, Any], keys: BackupKeys) -> bytes:
    """Sign (Ed25519 over canonical JSON) and encrypt the manifest: the bytes of its file."""
    body = dict(manifest, format=MANIFEST_FORMAT)
    signature = keys.signing_key.sign(_canonical(body))
    document = {"manifest": body, "signature": base64.b64encode(signature).decode("ascii"),
                "verify_key": keys.verify_key_hex}
    return pyrage.encrypt(_canonical(document), [keys.identity.to_public()])


def open_manifest(data: bytes, keys: BackupKeys) -> dict[str, Any]:
    """The manifest, after decryption and a signature check against *our* verify key (the one
    the document names is ignored: an attacker would name theirs)."""
    if not data.startswith(AGE_MAGIC):
        raise BackupRejected("backup_not_a_backup")
    try:
        plain = pyrage.decrypt(data, [keys.identity])
    except pyrage.DecryptError as exc:
        raise _classify(exc) from None
    try:
        document = json.loads(plain)
        body = document["manifest"]
        signature = base64.b64decode(document["signature"], validate=True)
    except (ValueError, KeyError, TypeError):
        raise BackupRejected("backup_not_a_backup") from None
    if not isinstance(body, dict) or body.get("format") != MANIFEST_FORMAT:
        raise BackupRejected("backup_not_a_backup")
    try:
        keys.verify_key.verify(signature, _canonical(body))
    except InvalidSignature:
        raise BackupRejected("backup_signature_invalid") from None
    return body
