"""Data-subject requests (GDPR articles 15–21) and their outcome."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from vastaanotto.db import Base
from vastaanotto.db.types import UTCDateTime
from vastaanotto.models._common import Timestamps, str_enum


class RequestKind(str, enum.Enum):
    ACCESS = "access"
    RECTIFICATION = "rectification"
    OBJECTION = "objection"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    ACCESS_LOG = "access_log"  # the patient's right to the log of who viewed their data


class RequestStatus(str, enum.Enum):
    RECEIVED = "received"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    REFUSED = "refused"


class DataSubjectRequest(Timestamps, Base):
    __tablename__ = "data_subject_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), default=None, index=True)
    kind: Mapped[RequestKind] = mapped_column(str_enum(RequestKind))
    received_on: Mapped[dt.date] = mapped_column(Date())
    due_on: Mapped[dt.date] = mapped_column(Date())  # one month by GDPR art. 12(3)
    status: Mapped[RequestStatus] = mapped_column(str_enum(RequestStatus),
                                                  default=RequestStatus.RECEIVED)
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    outcome: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
