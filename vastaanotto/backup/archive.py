"""One backup file pair: ``<name>.age`` (the encrypted snapshot) and ``<name>.age.manifest``
(the signed, encrypted manifest) — made once per run, then uploaded to every target.

:func:`make_archive` is snapshot → integrity_check (beside the encryption) → encrypt →
decrypt-verify (the restic #4529 lesson: a backup is checked before it leaves the machine) →
seal the manifest.
:func:`open_archive` is the reverse, used by verify and restore, trusting nothing it reads.
"""

from __future__ import annotations

import datetime as dt
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage

from vastaanotto.backup import crypto, snapshot
from vastaanotto.backup.catalogue import backup_name
from vastaanotto.backup.keys import BackupKeys
from vastaanotto.db.engine import Database
from vastaanotto.errors import BackupError, BackupRejected
from vastaanotto.progress import Progress


@dataclass
class Archive:
    name: str
    encrypted: Path
    manifest: dict[str, Any]
    manifest_bytes: bytes

    @property
    def size_bytes(self) -> int:
        return int(self.manifest["ciphertext_size"])


@dataclass
class OpenedArchive:
    manifest: dict[str, Any]
    plain: Path  # a verified plain SQLite file in the work folder
    facts: snapshot.SnapshotFacts


def _app_version() -> str:
    try:
        from importlib.metadata import version
        return version("vastaanotto")
    except Exception:
        return ""


def make_archive(db: Database, keys: BackupKeys, folder: Path, seq: int, now: dt.datetime,
                 progress: Progress) -> Archive:
    """Snapshot → (integrity_check ‖ encrypt) → decrypt-verify → seal the manifest.

    Every byte is read as few times as safety allows (bench/backup.py): the copy once by the
    encryption, which hashes the plaintext and the ciphertext on the way; the integrity check
    runs on another thread beside it (SQLite releases the GIL for the whole PRAGMA, and pyrage
    hands it back every 8 KiB); the verify pass decrypts the file just written and hashes
    the output without writing it. Any failure removes every file of this run.
    """
    token = uuid.uuid4().hex[:12]
    plain = folder / f"snap-{token}.sqlite3"
    encrypted = folder / f"snap-{token}.age"
    try:
        progress.step(1, 6, "snapshot")
        snapshot.copy_snapshot(db, plain)
        progress.step(2, 6, "encrypt")
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup-check") as pool:
            checked = pool.submit(snapshot.read_facts, plain, hash_file=False)
            try:
                digests = crypto.encrypt_file(plain, encrypted, keys.recipient)
            except (OSError, pyrage.EncryptError):  # how encrypting fails: a full disk
                raise BackupError("backup_target_full") from None  # (the pool waits first)
            facts = checked.result()  # BackupRejected("backup_corrupt") from integrity_check
        if digests.plain_size != facts.size_bytes \
                or digests.cipher_size != encrypted.stat().st_size:
            raise BackupError("backup_verify_failed")
        name = backup_name(facts.practice_uid, seq, now)
        progress.step(3, 6, "verify")
        try:
            again = crypto.decrypt_digest(encrypted, keys)
        except BackupRejected:
            raise BackupError("backup_verify_failed") from None
        if again != (digests.plain_sha256, digests.plain_size):
            raise BackupError("backup_verify_failed")
        manifest = {
            "name": name,
            "practice_uid": facts.practice_uid,
            "seq": seq,
            "created_at": now.astimezone(dt.timezone.utc).isoformat(),
            "sha256": digests.plain_sha256,
            "size_bytes": facts.size_bytes,
            "ciphertext_sha256": digests.cipher_sha256,
            "ciphertext_size": digests.cipher_size,
            "counts": facts.counts,
            "audit_head": {"seq": facts.audit_head_seq, "hash": facts.audit_head_hash},
            "schema_revision": facts.schema_revision,
            "app_version": _app_version(),
            # The audit trail's HMAC key, so that a restore after the keyring is lost (the
            # recovery key from the emergency kit, vastaanotto-admin restore) can still verify
            # the chain and go on extending it. The manifest is encrypted to the practice's own
            # key like the snapshot: whoever can read it holds every backup anyway.
            "audit_key": db.audit_key.hex() if db.audit_key else "",
        }
        return Archive(name=name, encrypted=encrypted, manifest=manifest,
                       manifest_bytes=crypto.seal_manifest(manifest, keys))
    except BaseException:
        for leftover in folder.glob(f"*{token}*"):
            leftover.unlink(missing_ok=True)
        raise
    finally:
        plain.unlink(missing_ok=True)


def open_archive(encrypted: Path, manifest_bytes: bytes, keys: BackupKeys, folder: Path, *,
                 expected_name: str | None = None) -> OpenedArchive:
    """Authenticate, decrypt and check one backup; ``BackupRejected`` for anything wrong, and
    then nothing is left in ``folder``.

    Order matters: the manifest's signature first (a forged file is refused before its bytes
    are trusted), then the ciphertext hash it signs, then decryption, then the plaintext hash,
    the integrity check and the facts inside against the signed ones.
    """
    manifest = crypto.open_manifest(manifest_bytes, keys)
    if expected_name is not None and manifest.get("name") != expected_name:
        raise BackupRejected("backup_hash_mismatch")
    if not crypto.looks_like_age(encrypted):
        raise BackupRejected("backup_not_a_backup")
    if (encrypted.stat().st_size != manifest.get("ciphertext_size")
            or crypto.sha256_file(encrypted) != manifest.get("ciphertext_sha256")):
        # A flipped bit or a cut file shows here first; age would refuse it too.
        raise BackupRejected("backup_corrupt")
    plain = folder / f"restore-{uuid.uuid4().hex[:12]}.sqlite3"
    try:
        plain_sha, _ = crypto.decrypt_file(encrypted, plain, keys)  # hashed on the way
        if plain_sha != manifest.get("sha256"):
            raise BackupRejected("backup_corrupt")
        facts = snapshot.read_facts(plain, hash_file=False)
        if (facts.practice_uid != manifest.get("practice_uid")
                or facts.counts != manifest.get("counts")):
            raise BackupRejected("backup_hash_mismatch")
    except BaseException:
        plain.unlink(missing_ok=True)
        raise
    return OpenedArchive(manifest=manifest, plain=plain, facts=facts)
