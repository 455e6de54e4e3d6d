"""A folder: a USB disk, a NAS share or a folder a sync client uploads (OneDrive, Nextcloud)."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any, BinaryIO, Iterator

from vastaanotto.paths import fsync_dir
from vastaanotto.backup.targets.base import RemoteFile, Target
from vastaanotto.errors import BackupError, ValidationError

CHUNK = 1024 * 1024


def _os_error(exc: OSError) -> BackupError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return BackupError("backup_target_full")
    if isinstance(exc, PermissionError):
        return BackupError("backup_target_auth_failed")
    return BackupError("backup_target_unreachable")


class FolderTarget(Target):
    @classmethod
    def clean_config(cls, config: dict[str, Any]) -> dict[str, Any]:
        text = str(config.get("path") or "").strip()
        if not text:
            raise ValidationError("path", "required")
        path = Path(text).expanduser()
        if not path.is_absolute():
            raise ValidationError("path", "path_not_absolute")
        if not path.is_dir():
            raise ValidationError("path", "folder_missing")
        if not os.access(path, os.W_OK | os.X_OK):
            raise ValidationError("path", "folder_not_writable")
        return {"path": str(path)}

    @property
    def folder(self) -> Path:
        return Path(self.config["path"])

    def connect(self) -> None:
        # A USB disk that is not plugged in: say so before any work is done.
        if not self.folder.is_dir():
            raise BackupError("backup_target_unreachable")

    def _put(self, source: BinaryIO, name: str) -> None:
        path = self.folder / name
        try:
            with open(path, "wb") as out:
                while block := source.read(CHUNK):
                    out.write(block)
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            path.unlink(missing_ok=True)
            raise _os_error(exc) from None

    def _rename(self, old: str, new: str) -> None:
        try:
            os.replace(self.folder / old, self.folder / new)
            fsync_dir(self.folder)
        except OSError as exc:
            raise _os_error(exc) from None

    def _list(self) -> list[RemoteFile]:
        try:
            return [RemoteFile(e.name, e.stat().st_size) for e in os.scandir(self.folder)
                    if e.is_file()]
        except OSError as exc:
            raise _os_error(exc) from None

    def _read(self, name: str) -> Iterator[bytes]:
        try:
            with open(self.folder / name, "rb") as handle:
                while block := handle.read(CHUNK):
                    yield block
        except OSError as exc:
            raise _os_error(exc) from None

    def _delete(self, name: str) -> None:
        try:
            (self.folder / name).unlink(missing_ok=True)
        except OSError as exc:
            raise _os_error(exc) from None
