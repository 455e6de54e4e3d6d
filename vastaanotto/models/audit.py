"""The audit trail: append-only, hash-chained (see vastaanotto/privacy/audit_chain.py)."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from vastaanotto.db import Base
from vastaanotto.db.types import UTCDateTime
from vastaanotto.models._common import str_enum


class Outcome(str, enum.Enum):
    OK = "ok"
    REFUSED = "refused"
    FAILED = "failed"


class AuditEvent(Base):
    """Who did what, when, where, to which client; which fields changed, never health values."""

    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_client_at", "client_id", "at"),
        Index("ix_audit_event_actor_at", "actor_id", "at"),
    )

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    actor_name: Mapped[str] = mapped_column(String(200), default="")  # as it was then
    workstation: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(60), index=True)
    outcome: Mapped[Outcome] = mapped_column(str_enum(Outcome), default=Outcome.OK)
    entity_type: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[int | None] = mapped_column(default=None)
    client_id: Mapped[int | None] = mapped_column(default=None)  # no FK: survives anonymisation
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    reason: Mapped[str] = mapped_column(String(500), default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
