"""Staff members, their roles and login state."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vastaanotto.db import Base
from vastaanotto.db.types import UTCDateTime
from vastaanotto.models._common import Timestamps, str_enum


class Role(str, enum.Enum):
    RECEPTION = "reception"
    PRACTITIONER = "practitioner"
    OWNER = "owner"


class Staff(Timestamps, Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(100), default="")  # e.g. fysioterapeutti
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    color: Mapped[str] = mapped_column(String(7), default="#4a90d9")
    language: Mapped[str] = mapped_column(String(2), default="fi")
    active: Mapped[bool] = mapped_column(default=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    must_change_password: Mapped[bool] = mapped_column(default=False)
    # Throttling state: see services/auth.py for the schedule.
    failed_logins: Mapped[int] = mapped_column(default=0)  # consecutive, for the hard lock
    recent_failed_logins: Mapped[int] = mapped_column(default=0)  # within the 15-min window
    last_failed_login_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    hard_locked: Mapped[bool] = mapped_column(default=False)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)

    roles: Mapped[list["StaffRole"]] = relationship(
        back_populates="staff", cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def role_set(self) -> frozenset[Role]:
        return frozenset(r.role for r in self.roles)


class StaffRole(Base):
    __tablename__ = "staff_role"
    __table_args__ = (UniqueConstraint("staff_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    role: Mapped[Role] = mapped_column(str_enum(Role))
    staff: Mapped[Staff] = relationship(back_populates="roles")
