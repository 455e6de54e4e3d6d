"""Invoices, their lines, payments, VAT rates and the gap-free invoice number sequence."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vastaanotto.db import Base
from vastaanotto.db.types import Money, Rate, UTCDateTime
from vastaanotto.models._common import Timestamps, str_enum, utcnow
from vastaanotto.models.resources import VatClass


class VatRate(Base):
    """VAT rates are data with validity dates: the rate on the delivery date applies."""

    __tablename__ = "vat_rate"
    __table_args__ = (UniqueConstraint("vat_class", "valid_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    vat_class: Mapped[VatClass] = mapped_column(str_enum(VatClass))
    rate: Mapped[Decimal] = mapped_column(Rate())
    valid_from: Mapped[dt.date] = mapped_column(Date())
    valid_until: Mapped[dt.date | None] = mapped_column(Date(), default=None)
    legal_basis: Mapped[str] = mapped_column(String(200), default="")  # e.g. "AVL 34 §"


class PenaltyInterestRate(Base):
    """Viivästyskorko, published per half-year (reference rate + 7 points)."""

    __tablename__ = "penalty_interest_rate"

    id: Mapped[int] = mapped_column(primary_key=True)
    valid_from: Mapped[dt.date] = mapped_column(Date(), unique=True)
    rate: Mapped[Decimal] = mapped_column(Rate())


class InvoiceStatus(str, enum.Enum):
    DRAFT = "draft"
    ISSUED = "issued"
    PAID = "paid"
    CREDITED = "credited"


class InvoiceKind(str, enum.Enum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"
    RECEIPT = "receipt"  # simplified invoice at the desk


class NumberSequence(Base):
    """Gap-free counters; incremented in the same transaction that issues the document."""

    __tablename__ = "number_sequence"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    next_value: Mapped[int] = mapped_column(default=1)


class Invoice(Timestamps, Base):
    __tablename__ = "invoice"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[InvoiceKind] = mapped_column(str_enum(InvoiceKind), default=InvoiceKind.INVOICE)
    number: Mapped[int | None] = mapped_column(unique=True, default=None)  # set when issued
    status: Mapped[InvoiceStatus] = mapped_column(str_enum(InvoiceStatus),
                                                  default=InvoiceStatus.DRAFT)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), default=None, index=True)
    # Buyer as it was when issued (an issued invoice never changes).
    buyer_name: Mapped[str] = mapped_column(String(200), default="")
    buyer_street: Mapped[str] = mapped_column(String(200), default="")
    buyer_postal_code: Mapped[str] = mapped_column(String(10), default="")
    buyer_city: Mapped[str] = mapped_column(String(100), default="")
    buyer_business_id: Mapped[str] = mapped_column(String(9), default="")
    buyer_einvoice_address: Mapped[str] = mapped_column(String(35), default="")
    buyer_einvoice_operator: Mapped[str] = mapped_column(String(35), default="")
    language: Mapped[str] = mapped_column(String(2), default="fi")
    issue_date: Mapped[dt.date | None] = mapped_column(Date(), default=None)
    delivery_date: Mapped[dt.date | None] = mapped_column(Date(), default=None)
    due_date: Mapped[dt.date | None] = mapped_column(Date(), default=None)
    payment_terms_days: Mapped[int] = mapped_column(default=14)
    penalty_interest_rate: Mapped[Decimal | None] = mapped_column(Rate(), default=None)
    reference: Mapped[str] = mapped_column(String(20), default="")
    rf_reference: Mapped[str] = mapped_column(String(25), default="")
    total: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    vat_total: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    credit_of_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)

    lines: Mapped[list["InvoiceLine"]] = relationship(
        back_populates="invoice", cascade="all, delete-orphan", order_by="InvoiceLine.position")


class InvoiceLine(Base):
    __tablename__ = "invoice_line"
    __table_args__ = (CheckConstraint("discount_percent BETWEEN 0 AND 100", name="discount_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"), default=None)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("service.id"), default=None)
    description: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[Decimal] = mapped_column(Money())
    unit_price: Mapped[Decimal] = mapped_column(Money())  # VAT included
    discount_percent: Mapped[Decimal] = mapped_column(Rate(), default=Decimal("0"))
    vat_class: Mapped[VatClass] = mapped_column(str_enum(VatClass))
    vat_rate: Mapped[Decimal] = mapped_column(Rate())
    legal_basis: Mapped[str] = mapped_column(String(200), default="")
    line_total: Mapped[Decimal] = mapped_column(Money())
    vat_amount: Mapped[Decimal] = mapped_column(Money())

    invoice: Mapped[Invoice] = relationship(back_populates="lines")


class PaymentMethod(str, enum.Enum):
    CASH = "cash"
    CARD = "card"
    MOBILEPAY = "mobilepay"
    GIFT_CARD = "gift_card"
    BANK_TRANSFER = "bank_transfer"


class Payment(Base):
    """Money in (positive) or a refund (negative amount with refund_of_id)."""

    __tablename__ = "payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), default=None, index=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), default=None, index=True)
    amount: Mapped[Decimal] = mapped_column(Money())
    method: Mapped[PaymentMethod] = mapped_column(str_enum(PaymentMethod))
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    received_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    bank_reference: Mapped[str] = mapped_column(String(35), default="")
    bank_entry_id: Mapped[str] = mapped_column(String(100), default="")  # dedupe statement imports
    refund_of_id: Mapped[int | None] = mapped_column(ForeignKey("payment.id"), default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class PaymentReminder(Base):
    __tablename__ = "payment_reminder"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    sent_on: Mapped[dt.date] = mapped_column(Date())
    fee: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
