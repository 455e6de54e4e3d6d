"""The business itself (rekisterinpitäjä) and its settings."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vastaanotto.db import Base
from vastaanotto.models._common import Timestamps


class Practice(Timestamps, Base):
    """The business profile. There is one row; the id is also the practice id in backups."""

    __tablename__ = "practice"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)  # stable id across restores
    name: Mapped[str] = mapped_column(String(200))
    business_id: Mapped[str] = mapped_column(String(9))  # Y-tunnus 1234567-8
    vat_number: Mapped[str] = mapped_column(String(20), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(5), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    # Contact person of the register, named in the privacy notice.
    register_contact_name: Mapped[str] = mapped_column(String(200))
    register_contact_email: Mapped[str] = mapped_column(String(254), default="")
    register_contact_phone: Mapped[str] = mapped_column(String(20), default="")
    iban: Mapped[str] = mapped_column(String(34))
    bic: Mapped[str] = mapped_column(String(11), default="")
    logo_png: Mapped[bytes | None] = mapped_column(default=None)
    default_language: Mapped[str] = mapped_column(String(2), default="fi")
    time_zone: Mapped[str] = mapped_column(String(64), default="Europe/Helsinki")
    is_demo: Mapped[bool] = mapped_column(default=False)


class Setting(Base):
    """Business settings as typed keys (declared once in ``vastaanotto.settings``)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    description: Mapped[str] = mapped_column(Text, default="")
