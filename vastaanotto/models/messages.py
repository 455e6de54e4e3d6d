"""Outgoing messages (email, SMS): templates and a durable queue that sends each message once."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vastaanotto.db import Base
from vastaanotto.db.types import UTCDateTime
from vastaanotto.models._common import Timestamps, str_enum, utcnow


class MessageChannel(str, enum.Enum):
    EMAIL = "email"
    SMS = "sms"


class MessageKind(str, enum.Enum):
    CONFIRMATION = "confirmation"
    REMINDER = "reminder"
    CHANGE = "change"
    CANCELLATION = "cancellation"
    INVOICE = "invoice"
    PAYMENT_REMINDER = "payment_reminder"
    MARKETING = "marketing"


class MessageStatus(str, enum.Enum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


class MessageTemplate(Timestamps, Base):
    __tablename__ = "message_template"
    __table_args__ = (UniqueConstraint("kind", "channel", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[MessageKind] = mapped_column(str_enum(MessageKind))
    channel: Mapped[MessageChannel] = mapped_column(str_enum(MessageChannel))
    language: Mapped[str] = mapped_column(String(2))
    subject: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text)


class Message(Base):
    __tablename__ = "message"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The same logical message (e.g. reminder for appointment 42, version 3) is queued only once.
    dedupe_key: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[MessageKind] = mapped_column(str_enum(MessageKind))
    channel: Mapped[MessageChannel] = mapped_column(str_enum(MessageChannel))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), default=None, index=True)
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"), default=None)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), default=None)
    recipient: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[MessageStatus] = mapped_column(str_enum(MessageStatus),
                                                  default=MessageStatus.QUEUED, index=True)
    attempts: Mapped[int] = mapped_column(default=0)
    not_before: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    provider_id: Mapped[str] = mapped_column(String(100), default="")
    error_code: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
