"""What every target does the same way: upload to a temporary name and rename, so a broken
upload never looks like a backup; read the object back and compare length and SHA-256 before
it counts (RELIABILITY.md B11, restic's tmp+rename); retry transient failures.

Subclasses implement the small primitives (``_put``, ``_rename``, ``_list``, ``_read`` …) and
raise :class:`BackupError` with a target code; they never see keys or plaintext.
"""

from __future__ import annotations

import hashlib
import io
import time
import uuid
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Iterator

from vastaanotto.errors import BackupError

TEMP_PREFIX = ".tmp-"
PROBE_PREFIX = ".probe-"
# Failures worth another try: a dropped connection, a 5xx, a short write caught by read-back.
RETRYABLE = {"backup_target_unreachable", "backup_upload_failed"}


@dataclass(frozen=True)
class RemoteFile:
    name: str
    size: int


class Target(ABC):
    """One configured destination. Not thread-safe; one per backup run."""

    retry_delays: tuple[float, ...] = (1.0, 3.0)  # seconds between the three attempts

    def __init__(self, config: dict[str, Any], secret: str | None):
        self.config = dict(config)
        self.secret = secret
        # Set by a target that learned something to remember (SFTP: the pinned host key).
        self.config_updates: dict[str, Any] = {}

    # -- primitives ----------------------------------------------------------------------

    @classmethod
    @abstractmethod
    def clean_config(cls, config: dict[str, Any]) -> dict[str, Any]: ...

    def connect(self) -> None:
        """Open the connection (and check the host key); raise a target BackupError."""

    def close(self) -> None:
        """Close the connection; never raises."""

    @abstractmethod
    def _put(self, source: BinaryIO, name: str) -> None: ...

    @abstractmethod
    def _rename(self, old: str, new: str) -> None: ...

    @abstractmethod
    def _list(self) -> list[RemoteFile]: ...

    @abstractmethod
    def _read(self, name: str) -> Iterator[bytes]: ...

    @abstractmethod
    def _delete(self, name: str) -> None: ...

    # -- what the backup service uses -----------------------------------------------------

    def __enter__(self) -> "Target":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def upload(self, local: Path, name: str, *, expected_sha256: str) -> int:
        """Upload ``local`` as ``name``; return its size once read back and matched."""
        size = local.stat().st_size

        def attempt(temp: str) -> None:
            with open(local, "rb") as source:
                self._put(source, temp)
            self._rename(temp, name)
            self._check_remote(name, size, expected_sha256)

        self._with_retries(name, attempt)
        return size

    def upload_bytes(self, data: bytes, name: str) -> None:
        def attempt(temp: str) -> None:
            self._put(io.BytesIO(data), temp)
            self._rename(temp, name)
            self._check_remote(name, len(data), hashlib.sha256(data).hexdigest())

        self._with_retries(name, attempt)

    def _with_retries(self, name: str, attempt) -> None:
        """``attempt(temp_name)`` up to three times on a transient failure, reconnecting in
        between; the temp file of a failed attempt is removed when the server still answers."""
        last: BackupError | None = None
        for number in range(len(self.retry_delays) + 1):
            if number:
                time.sleep(self.retry_delays[number - 1])
                try:
                    self._reconnect()
                except BackupError as exc:
                    last = exc
                    continue
            temp = f"{TEMP_PREFIX}{uuid.uuid4().hex[:12]}-{name}"
            try:
                attempt(temp)
                return
            except BackupError as exc:
                last = exc
                self._forget(temp)
                if exc.code not in RETRYABLE:
                    raise
        assert last is not None
        raise last

    def list_files(self) -> list[RemoteFile]:
        """Every file in the backup folder, temporary ones left out. Any failure raises
        ``backup_listing_failed``: retention must then abort, never guess (B12)."""
        try:
            files = self._list()
        except BackupError as exc:
            raise BackupError("backup_listing_failed", cause=exc.code) from None
        return [f for f in files if not f.name.startswith((TEMP_PREFIX, PROBE_PREFIX))]

    def download(self, name: str, dest: Path) -> None:
        with open(dest, "wb") as out:
            for block in self._read(name):
                out.write(block)

    def read_bytes(self, name: str) -> bytes:
        return b"".join(self._read(name))

    def delete(self, name: str) -> None:
        self._delete(name)

    def make_dir(self) -> None:
        """Create the backup folder when the target can (SFTP, WebDAV)."""

    def probe(self) -> None:
        """Write, read back and delete a small file: proves the credentials and the space."""
        name = f"{PROBE_PREFIX}{uuid.uuid4().hex[:12]}"
        payload = b"vastaanotto backup probe\n"
        self.upload_bytes(payload, name)
        self._delete(name)

    # -- helpers -------------------------------------------------------------------------

    def _check_remote(self, name: str, size: int, sha256: str) -> None:
        digest = hashlib.sha256()
        length = 0
        for block in self._read(name):
            digest.update(block)
            length += len(block)
        if length != size or digest.hexdigest() != sha256:
            self._forget(name)
            raise BackupError("backup_upload_failed")

    def _forget(self, name: str) -> None:
        try:
            self._delete(name)
        except Exception:  # cleaning up after a failure; the failure is what matters
            pass

    def _reconnect(self) -> None:
        self.close()
        self.connect()
