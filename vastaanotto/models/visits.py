"""Visits (a completed appointment) and treatment notes (hoitotiedot), readable by practitioners."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from vastaanotto.db import Base
from vastaanotto.db.types import UTCDateTime
from vastaanotto.models._common import utcnow


class Visit(Base):
    __tablename__ = "visit"

    id: Mapped[int] = mapped_column(primary_key=True)
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"), unique=True,
                                                       default=None)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    practitioner_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("service.id"), default=None)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class TreatmentNote(Base):
    """A note is never changed in place: an edit is a new row that supersedes the earlier one."""

    __tablename__ = "treatment_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"), default=None, index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    text: Mapped[str] = mapped_column(Text)
    client_accepted_storage: Mapped[bool] = mapped_column(default=False)
    belongs_in_kanta: Mapped[bool] = mapped_column(default=False)
    version: Mapped[int] = mapped_column(default=1)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("treatment_note.id"), default=None)
    superseded: Mapped[bool] = mapped_column(default=False)
