"""Where backups go: a folder (USB disk, NAS, synced folder), an SFTP server or WebDAV."""

from __future__ import annotations

from typing import Any

from vastaanotto.backup.targets.base import RemoteFile, Target  # noqa: F401
from vastaanotto.models.backup import TargetKind


def target_class(kind: TargetKind) -> type[Target]:
    kind = TargetKind(kind)
    if kind is TargetKind.FOLDER:
        from vastaanotto.backup.targets.folder import FolderTarget
        return FolderTarget
    if kind is TargetKind.SFTP:
        from vastaanotto.backup.targets.sftp import SftpTarget
        return SftpTarget
    from vastaanotto.backup.targets.webdav import WebdavTarget
    return WebdavTarget


def open_target(kind: TargetKind, config: dict[str, Any], secret: str | None) -> Target:
    """A connected target; use it as a context manager so the connection is closed."""
    target = target_class(kind)(config, secret)
    target.connect()
    return target


def clean_config(kind: TargetKind, config: dict[str, Any]) -> dict[str, Any]:
    """The config checked and normalised for ``kind``; ``ValidationErrors`` per bad field."""
    return target_class(kind).clean_config(dict(config or {}))
