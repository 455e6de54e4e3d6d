"""Backup targets (non-secret configuration; credentials live in the keyring) and the catalogue."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from vastaanotto.db import Base
from vastaanotto.db.types import UTCDateTime
from vastaanotto.models._common import Timestamps, str_enum


class TargetKind(str, enum.Enum):
    FOLDER = "folder"
    SFTP = "sftp"
    WEBDAV = "webdav"


class BackupTarget(Timestamps, Base):
    __tablename__ = "backup_target"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[TargetKind] = mapped_column(str_enum(TargetKind))
    config: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # no secrets here
    location_description: Mapped[str] = mapped_column(String(200), default="")  # for the notice
    enabled: Mapped[bool] = mapped_column(default=True)


class BackupStatus(str, enum.Enum):
    RUNNING = "running"
    VERIFIED = "verified"
    FAILED = "failed"
    PRUNED = "pruned"


class BackupRecord(Base):
    __tablename__ = "backup_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[int | None] = mapped_column(ForeignKey("backup_target.id"), default=None)
    seq: Mapped[int] = mapped_column(index=True)
    remote_name: Mapped[str] = mapped_column(String(300), default="")
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    size_bytes: Mapped[int | None] = mapped_column(BigInteger(), default=None)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    audit_head: Mapped[str] = mapped_column(String(64), default="")
    status: Mapped[BackupStatus] = mapped_column(str_enum(BackupStatus),
                                                 default=BackupStatus.RUNNING)
    error_code: Mapped[str] = mapped_column(String(100), default="")
    verified_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
