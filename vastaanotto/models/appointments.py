"""Bookings: appointments, recurring series and the waitlist."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vastaanotto.db import Base
from vastaanotto.db.types import Money, UTCDateTime
from vastaanotto.models._common import Timestamps, str_enum, utcnow


class AppointmentStatus(str, enum.Enum):
    BOOKED = "booked"
    ARRIVED = "arrived"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class BookingChannel(str, enum.Enum):
    PHONE = "phone"
    WALK_IN = "walk_in"
    ONLINE = "online"
    OTHER = "other"


class CancelledBy(str, enum.Enum):
    CLIENT = "client"
    PRACTICE = "practice"


class AppointmentSeries(Timestamps, Base):
    """A recurrence rule. Occurrences keep their local wall-clock time across DST changes."""

    __tablename__ = "appointment_series"
    __table_args__ = (CheckConstraint("interval_weeks BETWEEN 1 AND 52", name="interval_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    interval_weeks: Mapped[int] = mapped_column(default=1)
    local_start_time: Mapped[dt.time] = mapped_column(Time())
    first_date: Mapped[dt.date] = mapped_column(Date())
    until_date: Mapped[dt.date | None] = mapped_column(Date(), default=None)
    occurrences: Mapped[int | None] = mapped_column(default=None)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)


class Appointment(Timestamps, Base):
    """A half-open interval [starts_at, ends_at) in UTC."""

    __tablename__ = "appointment"
    __table_args__ = (
        CheckConstraint("starts_at < ends_at", name="starts_before_ends"),
        Index("ix_appointment_practitioner_start", "practitioner_id", "starts_at"),
        Index("ix_appointment_room_start", "room_id", "starts_at"),
        Index("ix_appointment_client_start", "client_id", "starts_at"),
        Index("ix_appointment_start", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), default=None)
    practitioner_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), default=None)
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointment_series.id", ondelete="SET NULL"), default=None, index=True)
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    status: Mapped[AppointmentStatus] = mapped_column(
        str_enum(AppointmentStatus), default=AppointmentStatus.BOOKED)
    channel: Mapped[BookingChannel] = mapped_column(str_enum(BookingChannel),
                                                    default=BookingChannel.PHONE)
    price: Mapped[Decimal | None] = mapped_column(Money(), default=None)
    note: Mapped[str] = mapped_column(Text, default="")  # practical, not health data
    booked_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    booked_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    arrived_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    cancelled_by: Mapped[CancelledBy | None] = mapped_column(str_enum(CancelledBy), default=None)
    cancel_reason: Mapped[str] = mapped_column(String(500), default="")
    late_cancellation: Mapped[bool] = mapped_column(default=False)
    # "Book anyway": who overrode a conflict or closed hours, and why.
    override_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    override_reason: Mapped[str] = mapped_column(String(500), default="")

    series: Mapped[AppointmentSeries | None] = relationship()


class WaitlistEntry(Timestamps, Base):
    __tablename__ = "waitlist_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))
    practitioner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    earliest: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    latest: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    note: Mapped[str] = mapped_column(String(500), default="")
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
