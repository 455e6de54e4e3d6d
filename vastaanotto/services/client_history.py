"""The history tab of the client card: bookings, visits, invoices and payments in one call.

Contract: requires ``CLIENT_VIEW`` (a refusal is audited); one read transaction of five
queries (the client's counters, bookings, visits, invoices, payments: joins, never a query per
row), then one audit event "client.history_viewed" with counts only. Callable from any thread
that owns its Context.

Billing follows DESIGN.md's Roles: reception and the owner (``INVOICE_CREATE`` or
``INVOICE_MANAGE``) see every invoice and payment of the client; a practitioner
(``INVOICE_VIEW_OWN``) sees only invoices with a line from one of their own visits, and the
payments on those (``billing_own_only``); anyone else gets empty tuples and
``billing_hidden``.

Times come back aware in Europe/Helsinki, newest first. Money is Decimal. A cash rounding
row (a few cents booked so a cash sale ends at zero) is listed with ``rounding=True``, so the
card never shows it as cash the client paid.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from vastaanotto.clock import HELSINKI
from vastaanotto.context import Context
from vastaanotto.errors import NotFound
from vastaanotto.models.appointments import Appointment, AppointmentStatus, BookingChannel
from vastaanotto.models.billing import (Invoice, InvoiceKind, InvoiceLine, InvoiceStatus, Payment,
                                        PaymentMethod)
from vastaanotto.models.clients import Client
from vastaanotto.models.resources import Service
from vastaanotto.models.staff import Staff
from vastaanotto.models.visits import Visit
from vastaanotto.permissions import Action, allowed
from vastaanotto.services.base import audit, require
from vastaanotto.services.payment_rules import is_rounding

__all__ = ["BookingRow", "VisitRow", "InvoiceRow", "PaymentRow", "ClientHistory",
           "client_history"]

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class BookingRow:
    id: int
    starts: dt.datetime          # aware, Europe/Helsinki
    ends: dt.datetime
    service: str                 # service name
    practitioner: str            # practitioner's display name
    status: AppointmentStatus
    channel: BookingChannel
    late_cancellation: bool
    cancel_reason: str


@dataclass(frozen=True)
class VisitRow:
    id: int
    started_at: dt.datetime      # aware, Europe/Helsinki
    service: str                 # "" when the visit had no service
    practitioner: str


@dataclass(frozen=True)
class InvoiceRow:
    id: int
    number: int | None           # None for a draft
    issue_date: dt.date | None
    due_date: dt.date | None
    total: Decimal
    status: InvoiceStatus
    open_amount: Decimal         # still to pay; negative when overpaid (a refund is due)
    kind: InvoiceKind = InvoiceKind.INVOICE


@dataclass(frozen=True)
class PaymentRow:
    id: int
    received_at: dt.datetime     # aware, Europe/Helsinki
    amount: Decimal              # negative for a refund
    method: PaymentMethod
    invoice_number: int | None   # None for a payment not tied to an invoice
    # The cents a cash sale was rounded by (``payment_rules.is_rounding``): booked against
    # the invoice so it ends at zero, but no money the client handed over.
    rounding: bool = False


@dataclass(frozen=True)
class ClientHistory:
    client_id: int
    bookings: tuple[BookingRow, ...]
    visits: tuple[VisitRow, ...]
    invoices: tuple[InvoiceRow, ...]
    payments: tuple[PaymentRow, ...]
    no_show_count: int
    late_cancellation_count: int
    billing_hidden: bool = False     # the role may not see this client's billing at all
    billing_own_only: bool = False   # a practitioner: only invoices of their own visits


def _bookings(session: Session, client_id: int) -> tuple[BookingRow, ...]:
    stmt = (select(Appointment.id, Appointment.starts_at, Appointment.ends_at, Service.name,
                   Staff.display_name, Appointment.status, Appointment.channel,
                   Appointment.late_cancellation, Appointment.cancel_reason)
            .join(Service, Service.id == Appointment.service_id)
            .join(Staff, Staff.id == Appointment.practitioner_id)
            .where(Appointment.client_id == client_id)
            .order_by(Appointment.starts_at.desc(), Appointment.id.desc()))
    return tuple(BookingRow(i, s.astimezone(HELSINKI), e.astimezone(HELSINKI), sv, pr, st, ch,
                            late, why)
                 for i, s, e, sv, pr, st, ch, late, why in session.execute(stmt))


def _visits(session: Session, client_id: int) -> tuple[VisitRow, ...]:
    stmt = (select(Visit.id, Visit.started_at, Service.name, Staff.display_name)
            .outerjoin(Service, Service.id == Visit.service_id)
            .join(Staff, Staff.id == Visit.practitioner_id)
            .where(Visit.client_id == client_id)
            .order_by(Visit.started_at.desc(), Visit.id.desc()))
    return tuple(VisitRow(i, s.astimezone(HELSINKI), sv or "", pr)
                 for i, s, sv, pr in session.execute(stmt))


def _open_amount(kind: InvoiceKind, status: InvoiceStatus, total: Decimal, credited: Decimal,
                 paid: Decimal) -> Decimal:
    # A draft is not owed yet, and a credit note is settled through the invoice it corrects:
    # its (negative) total lowers that invoice's open amount instead.
    if kind is InvoiceKind.CREDIT_NOTE or status is InvoiceStatus.DRAFT:
        return ZERO
    return total + credited - paid


def _billing(session: Session, client_id: int, own_staff_id: int | None
             ) -> tuple[tuple[InvoiceRow, ...], tuple[PaymentRow, ...]]:
    invoice_filter = [Invoice.client_id == client_id]
    if own_staff_id is not None:
        invoice_filter.append(Invoice.id.in_(
            select(InvoiceLine.invoice_id).join(Visit, Visit.id == InvoiceLine.visit_id)
            .where(Visit.practitioner_id == own_staff_id)))
    invoices = session.execute(
        select(Invoice.id, Invoice.number, Invoice.issue_date, Invoice.due_date, Invoice.total,
               Invoice.status, Invoice.kind, Invoice.credit_of_id)
        .where(*invoice_filter).order_by(Invoice.id.desc())).all()
    visible = {row.id for row in invoices}
    pay_filter = (Payment.invoice_id.in_(visible) if own_staff_id is not None else
                  or_(Payment.client_id == client_id, Invoice.client_id == client_id))
    payments = session.execute(
        select(Payment.id, Payment.received_at, Payment.amount, Payment.method,
               Payment.invoice_id, Invoice.number, Payment.note, Payment.refund_of_id)
        .outerjoin(Invoice, Invoice.id == Payment.invoice_id)
        .where(pay_filter).order_by(Payment.received_at.desc(), Payment.id.desc())).all()
    # Summed in Python: SQLite keeps money as REAL, so SQL SUM() would be floating point.
    paid: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for p in payments:
        if p.invoice_id is not None:
            paid[p.invoice_id] += p.amount
    credited: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for inv in invoices:
        if inv.credit_of_id is not None:
            credited[inv.credit_of_id] += inv.total
    invoice_rows = tuple(
        InvoiceRow(i.id, i.number, i.issue_date, i.due_date, i.total, i.status,
                   _open_amount(i.kind, i.status, i.total, credited[i.id], paid[i.id]), i.kind)
        for i in invoices)
    payment_rows = tuple(PaymentRow(p.id, p.received_at.astimezone(HELSINKI), p.amount,
                                    p.method, p.number, is_rounding(p)) for p in payments)
    return invoice_rows, payment_rows


def client_history(ctx: Context, client_id: int) -> ClientHistory:
    """Everything that happened with this client. Raises NotFound for an unknown or
    anonymised client (nothing audited then: nothing was shown)."""
    require(ctx, Action.CLIENT_VIEW, entity_type="client", entity_id=client_id,
            client_id=client_id)
    sees_all = allowed(ctx.roles, Action.INVOICE_CREATE) or allowed(ctx.roles,
                                                                     Action.INVOICE_MANAGE)
    sees_own = not sees_all and allowed(ctx.roles, Action.INVOICE_VIEW_OWN)
    with ctx.transaction() as session:
        counters = session.execute(
            select(Client.no_show_count, Client.late_cancellation_count)
            .where(Client.id == client_id, Client.anonymised_at.is_(None))).first()
        if counters is None:
            raise NotFound(entity="client")
        bookings = _bookings(session, client_id)
        visits = _visits(session, client_id)
        invoices: tuple[InvoiceRow, ...] = ()
        payments: tuple[PaymentRow, ...] = ()
        if sees_all or sees_own:
            invoices, payments = _billing(session, client_id,
                                          ctx.staff_id if sees_own else None)
        hidden = not (sees_all or sees_own)
        audit(session, ctx, "client.history_viewed", entity_type="client", entity_id=client_id,
              client_id=client_id,
              details={"bookings": len(bookings), "visits": len(visits),
                       "invoices": len(invoices), "payments": len(payments),
                       "billing": "hidden" if hidden else ("own" if sees_own else "all")})
        return ClientHistory(client_id, bookings, visits, invoices, payments,
                             counters.no_show_count, counters.late_cancellation_count,
                             billing_hidden=hidden, billing_own_only=sees_own)
