"""Where data lives: the user data directory (platformdirs), overridable for demos and tests."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import platformdirs

APP_NAME = "Vastaanotto"
ENV_DATA_DIR = "VASTAANOTTO_DATA_DIR"


def data_dir() -> Path:
    """``$VASTAANOTTO_DATA_DIR`` if set, else e.g. ``~/.local/share/Vastaanotto`` on Linux,
    ``%LOCALAPPDATA%\\Vastaanotto`` on Windows, ``~/Library/Application Support/Vastaanotto``."""
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    path = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Make renames in ``folder`` durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes) -> None:
    """Temporary file in the same folder, fsync, rename: a crash never leaves half a file
    under the name the person chose (Electrum's storage.py)."""
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".vastaanotto-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
