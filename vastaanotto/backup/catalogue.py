"""The local catalogue (``backup_record`` rows), backup file names, the work folder and its lock.

The catalogue is the truth for retention and rollback checks: a remote listing only says what
a server *claims* to hold. ``seq`` grows by one per backup run and is signed into each
manifest, so a server that serves an older file under a newer name is caught (B7).

Crash safety: every temporary file of a run lives in the work folder next to the database and
every run starts RUNNING. :func:`recover` (under the lock, at the start of the next run)
deletes what a killed run left and marks its RUNNING rows FAILED ("interrupted").
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import time
from pathlib import Path
from typing import Iterator

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from vastaanotto import paths
from vastaanotto.db.engine import Database
from vastaanotto.errors import BackupError
from vastaanotto.models.backup import BackupRecord, BackupStatus

SUFFIX = ".age"
MANIFEST_SUFFIX = ".age.manifest"
_NAME_RE = re.compile(r"^vastaanotto-([0-9a-f]{8})-(\d{6,})-(\d{8}T\d{6}Z)\.age$")
WORK_FOLDER = "backup-work"
PREVIEW_MAX_AGE_SECONDS = 24 * 3600


def backup_name(practice_uid: str, seq: int, created_at: dt.datetime) -> str:
    stamp = created_at.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    prefix = practice_uid.replace("-", "")[:8].lower()
    return f"vastaanotto-{prefix}-{seq:06d}-{stamp}{SUFFIX}"


def manifest_name(name: str) -> str:
    return name[: -len(SUFFIX)] + MANIFEST_SUFFIX


def parse_name(name: str) -> tuple[str, int, dt.datetime] | None:
    """(uid prefix, seq, created_at) of a backup file name, or None for anything else."""
    match = _NAME_RE.match(name)
    if not match:
        return None
    created = dt.datetime.strptime(match.group(3), "%Y%m%dT%H%M%SZ").replace(
        tzinfo=dt.timezone.utc)
    return match.group(1), int(match.group(2)), created


def work_dir(db: Database) -> Path:
    """Temporary files of backup runs: beside a SQLite file (same disk, so the restore's final
    rename is atomic), else in the user cache folder."""
    name = db.engine.url.database if db.is_sqlite else None
    base = Path(name).parent if name and name != ":memory:" else paths.cache_dir()
    folder = base / WORK_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@contextlib.contextmanager
def run_lock(folder: Path) -> Iterator[None]:
    """One backup or restore at a time on this machine; ``backup_busy`` otherwise. The OS
    releases the lock when a killed process dies, so a crash never leaves it stuck."""
    handle = open(folder / "lock", "a+b")
    try:
        try:
            if os.name == "nt":
                import msvcrt
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise BackupError("backup_busy") from None
        yield
    finally:
        handle.close()


def recover(db: Database, folder: Path, now: dt.datetime) -> int:
    """Clean after a killed run (call with the lock held): returns how many rows were failed."""
    for entry in folder.iterdir():
        if entry.name != "lock" and entry.is_file():
            entry.unlink(missing_ok=True)
    # Decrypted previews wait for the owner's "restore" click; a day-old one was abandoned
    # (or its process killed) and is plaintext client data: remove it.
    previews = folder / "preview"
    if previews.is_dir():
        limit = time.time() - PREVIEW_MAX_AGE_SECONDS
        for entry in previews.iterdir():
            try:
                if entry.is_file() and entry.stat().st_mtime < limit:
                    entry.unlink(missing_ok=True)
            except OSError:
                pass
    with db.session() as session:
        result = session.execute(
            update(BackupRecord).where(BackupRecord.status == BackupStatus.RUNNING)
            .values(status=BackupStatus.FAILED, error_code="interrupted", finished_at=now))
        return result.rowcount or 0


def next_seq(session: Session) -> int:
    return (session.scalar(select(func.max(BackupRecord.seq))) or 0) + 1


def records(session: Session, target_id: int | None = None,
            status: BackupStatus | None = None) -> list[BackupRecord]:
    query = select(BackupRecord).order_by(BackupRecord.seq.desc(), BackupRecord.id.desc())
    if target_id is not None:
        query = query.where(BackupRecord.target_id == target_id)
    if status is not None:
        query = query.where(BackupRecord.status == status)
    return list(session.scalars(query))


def record_for(session: Session, target_id: int | None, remote_name: str) -> BackupRecord | None:
    return session.scalars(select(BackupRecord).where(
        BackupRecord.target_id == target_id, BackupRecord.remote_name == remote_name)
        .order_by(BackupRecord.id.desc()).limit(1)).first()


def max_verified_seq(session: Session, target_id: int | None = None) -> int:
    query = select(func.max(BackupRecord.seq)).where(
        BackupRecord.status == BackupStatus.VERIFIED)
    if target_id is not None:
        query = query.where(BackupRecord.target_id == target_id)
    return session.scalar(query) or 0
