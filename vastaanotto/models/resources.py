"""What the practice offers and when: services, rooms, opening hours, working hours, absences."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Table, Column, Text, Time, Date
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vastaanotto.db import Base
from vastaanotto.db.types import Money, UTCDateTime
from vastaanotto.models._common import Timestamps, str_enum


class VatClass(str, enum.Enum):
    """Which VAT rate applies; the rate itself is data with validity dates (VatRate)."""

    GENERAL = "general"          # 25.5 % from 1.9.2024
    REDUCED_1 = "reduced_1"      # 13.5 % (e.g. food, some services) in 2026
    REDUCED_2 = "reduced_2"      # 10 % (e.g. books, medicines, passenger transport)
    HEALTH_EXEMPT = "health_exempt"  # AVL 34 § health care, 0 % with legal basis printed


service_practitioner = Table(
    "service_practitioner",
    Base.metadata,
    Column("service_id", ForeignKey("service.id", ondelete="CASCADE"), primary_key=True),
    Column("staff_id", ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True),
)


class Service(Timestamps, Base):
    __tablename__ = "service"
    __table_args__ = (
        CheckConstraint("duration_minutes > 0 AND duration_minutes <= 1440", name="duration_range"),
        CheckConstraint("price >= 0", name="price_not_negative"),
        CheckConstraint("buffer_before_minutes >= 0 AND buffer_after_minutes >= 0", name="buffers"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    duration_minutes: Mapped[int]
    price: Mapped[Decimal] = mapped_column(Money())  # VAT included, as consumers see prices
    vat_class: Mapped[VatClass] = mapped_column(str_enum(VatClass), default=VatClass.GENERAL)
    buffer_before_minutes: Mapped[int] = mapped_column(default=0)
    buffer_after_minutes: Mapped[int] = mapped_column(default=0)
    color: Mapped[str] = mapped_column(String(7), default="#7fb77e")
    needs_room: Mapped[bool] = mapped_column(default=False)
    online_bookable: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)

    practitioners = relationship("Staff", secondary=service_practitioner, lazy="selectin")


class Room(Timestamps, Base):
    __tablename__ = "room"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)


class OpeningHours(Base):
    """The practice's weekly opening hours; weekday 0 = Monday (the Finnish week)."""

    __tablename__ = "opening_hours"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("opens < closes", name="opens_before_closes"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    weekday: Mapped[int]
    opens: Mapped[dt.time] = mapped_column(Time())
    closes: Mapped[dt.time] = mapped_column(Time())


class SpecialDay(Base):
    """A date that overrides the weekly hours: closed, or open on a public holiday."""

    __tablename__ = "special_day"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date(), unique=True)
    closed: Mapped[bool] = mapped_column(default=True)
    opens: Mapped[dt.time | None] = mapped_column(Time(), default=None)
    closes: Mapped[dt.time | None] = mapped_column(Time(), default=None)
    note: Mapped[str] = mapped_column(String(200), default="")


class WorkingHours(Base):
    """A practitioner's weekly hours, valid over a date range (local wall-clock times)."""

    __tablename__ = "working_hours"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("starts < ends", name="starts_before_ends"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int]
    starts: Mapped[dt.time] = mapped_column(Time())
    ends: Mapped[dt.time] = mapped_column(Time())
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id", ondelete="SET NULL"), default=None)
    valid_from: Mapped[dt.date | None] = mapped_column(Date(), default=None)
    valid_until: Mapped[dt.date | None] = mapped_column(Date(), default=None)


class AbsenceKind(str, enum.Enum):
    BREAK = "break"
    VACATION = "vacation"
    SICK = "sick"
    TRAINING = "training"
    OTHER = "other"


class Absence(Base):
    __tablename__ = "absence"
    __table_args__ = (CheckConstraint("starts_at < ends_at", name="starts_before_ends"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    kind: Mapped[AbsenceKind] = mapped_column(str_enum(AbsenceKind), default=AbsenceKind.OTHER)
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    note: Mapped[str] = mapped_column(String(200), default="")
