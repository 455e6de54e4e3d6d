"""The customer register (asiakasrekisteri) and the consent ledger."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vastaanotto.db import Base
from vastaanotto.db.types import UTCDateTime
from vastaanotto.models._common import Timestamps, str_enum, utcnow


class Gender(str, enum.Enum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNSPECIFIED = "unspecified"


class Client(Timestamps, Base):
    """One person in the register. Every field here is named in the privacy notice."""

    __tablename__ = "client"
    __table_args__ = (
        CheckConstraint("language IN ('fi', 'sv', 'en')", name="language"),
        Index("ix_client_last_first", "last_name", "first_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(254), default="", index=True)
    phone: Mapped[str] = mapped_column(String(20), default="", index=True)  # E.164
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="FI")
    gender: Mapped[Gender | None] = mapped_column(str_enum(Gender), default=None)
    birth_year: Mapped[int | None] = mapped_column(default=None)
    birth_date: Mapped[dt.date | None] = mapped_column(Date(), default=None, index=True)
    # Only when a care relationship needs it; masked in lists, each reveal audited.
    personal_identity_code: Mapped[str | None] = mapped_column(String(11), default=None)
    language: Mapped[str] = mapped_column(String(2), default="fi")
    # Billing: a different billing name/address, or a company payer.
    billing_name: Mapped[str] = mapped_column(String(200), default="")
    billing_street: Mapped[str] = mapped_column(String(200), default="")
    billing_postal_code: Mapped[str] = mapped_column(String(10), default="")
    billing_city: Mapped[str] = mapped_column(String(100), default="")
    payer_company_name: Mapped[str] = mapped_column(String(200), default="")
    payer_business_id: Mapped[str] = mapped_column(String(9), default="")
    payer_einvoice_address: Mapped[str] = mapped_column(String(35), default="")
    payer_einvoice_operator: Mapped[str] = mapped_column(String(35), default="")
    notes: Mapped[str] = mapped_column(Text, default="")  # not health data
    # Lower-cased, accent-kept text of name, phone digits and email, for search as you type.
    search_text: Mapped[str] = mapped_column(Text, default="")
    no_show_count: Mapped[int] = mapped_column(default=0)
    late_cancellation_count: Mapped[int] = mapped_column(default=0)
    last_activity_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    deceased_on: Mapped[dt.date | None] = mapped_column(Date(), default=None)
    archived_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    restricted: Mapped[bool] = mapped_column(default=False)  # GDPR art. 18 after erasure request
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), default=None)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)

    consents: Mapped[list["Consent"]] = relationship(
        back_populates="client", order_by="Consent.recorded_at", cascade="all, delete-orphan",
        foreign_keys="Consent.client_id",
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class ConsentKind(str, enum.Enum):
    REMINDERS = "reminders"
    EMAIL_MARKETING = "email_marketing"
    SMS_MARKETING = "sms_marketing"
    TREATMENT_DATA = "treatment_data"


class ConsentChannel(str, enum.Enum):
    PHONE = "phone"
    IN_PERSON = "in_person"
    FORM = "form"
    EMAIL = "email"
    ONLINE = "online"


class Consent(Base):
    """A ledger row: the current state of a consent is its newest row of that kind."""

    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ConsentKind] = mapped_column(str_enum(ConsentKind))
    given: Mapped[bool]
    channel: Mapped[ConsentChannel] = mapped_column(str_enum(ConsentChannel))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    note: Mapped[str] = mapped_column(String(200), default="")

    client: Mapped[Client] = relationship(back_populates="consents", foreign_keys=[client_id])
