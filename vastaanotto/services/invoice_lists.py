"""Reads of invoices for lists and the editor: the invoice list with balances and derived
status, the visits not yet invoiced, one invoice for editing, the buyer of a client, the VAT
rates of a day. Re-exported by ``vastaanotto.services.invoicing``, which callers use.

Same contract as the invoicing service: the role is checked first (reception and owner,
``INVOICE_CREATE``), one transaction reads and writes the audit event. Balances: total +
credit notes (negative) - payments (refunds are negative payments).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from vastaanotto.billing import vat
from vastaanotto.billing.barcode import barcode_iban_problem
from vastaanotto.clock import HELSINKI
from vastaanotto.context import Context
from vastaanotto.errors import ValidationError
from vastaanotto.models.appointments import Appointment, AppointmentStatus
from vastaanotto.models.billing import (Invoice, InvoiceKind, InvoiceLine, InvoiceStatus,
                                        Payment, PaymentReminder)
from vastaanotto.models.clients import Client
from vastaanotto.models.practice import Practice
from vastaanotto.models.resources import Service, VatClass
from vastaanotto.models.staff import Staff
from vastaanotto.models.visits import Visit
from vastaanotto.permissions import Action
from vastaanotto.services import invoice_rules as rules
from vastaanotto.services.base import audit, require
from vastaanotto.services.invoice_rules import Buyer

__all__ = ["STATUS_FILTERS", "InvoiceRow", "balances", "display_status", "list_invoices",
           "UninvoicedVisit", "uninvoiced_visits", "DetailLine", "InvoiceDetail",
           "get_invoice", "vat_rates_on", "buyer_for_client", "barcode_problem"]

S = InvoiceStatus


# --- lists ----------------------------------------------------------------------------------

STATUS_FILTERS = ("all", "draft", "issued", "unpaid", "paid", "overdue", "credited")
LIST_LIMIT = 2000


@dataclass(frozen=True)
class InvoiceRow:
    """One invoice in a list. ``status`` is what a person reads: "draft", "issued", "paid",
    "overdue" or "credited" (paid and overdue are derived from the payments and the due date,
    whatever the stored status says). ``balance`` = total + credit notes - payments."""

    id: int
    kind: str
    number: int | None
    issue_date: dt.date | None
    buyer_name: str
    client_id: int | None
    total: Decimal
    paid: Decimal
    balance: Decimal
    due_date: dt.date | None
    status: str
    sent_at: dt.datetime | None
    reminders: int
    last_reminder: dt.date | None
    is_company: bool


def balances(session: Session, ids: Sequence[int]) -> dict[int, tuple[Decimal, Decimal]]:
    """Per invoice id: (paid, credited) where credited is the (negative) sum of its credit
    notes. Refunds are negative payments, so they raise the balance again."""
    paid: dict[int, Decimal] = {}
    credited: dict[int, Decimal] = {}
    for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        chunk = ids[start:start + 500]
        for iid, amount in session.execute(
                select(Payment.invoice_id, func.sum(Payment.amount))
                .where(Payment.invoice_id.in_(chunk)).group_by(Payment.invoice_id)):
            paid[iid] = Decimal(amount)
        for iid, amount in session.execute(
                select(Invoice.credit_of_id, func.sum(Invoice.total))
                .where(Invoice.credit_of_id.in_(chunk), Invoice.kind == InvoiceKind.CREDIT_NOTE)
                .group_by(Invoice.credit_of_id)):
            credited[iid] = Decimal(amount)
    zero = Decimal("0.00")
    return {i: (paid.get(i, zero), credited.get(i, zero)) for i in ids}


def display_status(invoice: Invoice, balance: Decimal, today: dt.date) -> str:
    if invoice.status is S.DRAFT:
        return "draft"
    if invoice.status is S.CREDITED:
        return "credited"
    if invoice.kind is not InvoiceKind.INVOICE:
        return "issued"
    if invoice.status is S.PAID or balance <= 0:
        return "paid"
    if invoice.due_date is not None and invoice.due_date < today:
        return "overdue"
    return "issued"


def list_invoices(ctx: Context, *, status: str = "all", start: dt.date | None = None,
                  end: dt.date | None = None, search: str = "", unsent_only: bool = False,
                  limit: int = LIST_LIMIT) -> list[InvoiceRow]:
    """Invoices and credit notes, drafts first, then newest first. ``start``/``end`` bound the
    invoice date (drafts are always listed); ``search`` matches the buyer's name, business ID or the number;
    ``unsent_only`` keeps issued invoices never printed or sent. Reception and owner only.
    Audits "invoice.listed" with the filter names (not the search text: it may be a name)."""
    require(ctx, Action.INVOICE_CREATE, entity_type="invoice")
    if status not in STATUS_FILTERS:
        raise ValidationError("status", "invalid_choice")
    today = rules.local_today(ctx)
    stmt = select(Invoice).order_by(Invoice.issue_date.is_(None).desc(), Invoice.number.desc(),
                                    Invoice.id.desc()).limit(limit)
    # Drafts are work in progress: listed whatever the period, first.
    if start is not None:
        stmt = stmt.where(or_(Invoice.status == S.DRAFT, Invoice.issue_date >= start))
    if end is not None:
        stmt = stmt.where(or_(Invoice.status == S.DRAFT, Invoice.issue_date <= end))
    if unsent_only:
        stmt = stmt.where(Invoice.status != S.DRAFT, Invoice.kind == InvoiceKind.INVOICE,
                          Invoice.sent_at.is_(None))
    if status == "draft":
        stmt = stmt.where(Invoice.status == S.DRAFT)
    elif status == "credited":
        stmt = stmt.where(Invoice.status == S.CREDITED)
    elif status in ("unpaid", "overdue"):
        stmt = stmt.where(Invoice.status == S.ISSUED, Invoice.kind == InvoiceKind.INVOICE)
    elif status in ("issued", "paid"):
        stmt = stmt.where(Invoice.status.in_((S.ISSUED, S.PAID)))
    text = " ".join((search or "").split())
    if text:
        # SQLite's lower() and LIKE fold ASCII only: try the usual spellings of Ä/Ö words.
        variants = {text, text.lower(), text.upper(), text.capitalize(), text.title()}
        conditions = [func.lower(Invoice.buyer_name).like(f"%{v.lower()}%") for v in variants]
        conditions += [Invoice.buyer_name.like(f"%{v}%") for v in variants]
        conditions.append(Invoice.buyer_business_id.like(f"%{text}%"))
        if text.isdigit():
            conditions.append(Invoice.number == int(text))
        stmt = stmt.where(or_(*conditions))
    with ctx.transaction() as session:
        invoices = session.scalars(stmt).all()
        ids = [inv.id for inv in invoices]
        money = balances(session, ids)
        reminders: dict[int, tuple[int, dt.date]] = {}
        for start_i in range(0, len(ids), 500):
            for iid, count, last in session.execute(
                    select(PaymentReminder.invoice_id, func.count(), func.max(
                        PaymentReminder.sent_on))
                    .where(PaymentReminder.invoice_id.in_(ids[start_i:start_i + 500]))
                    .group_by(PaymentReminder.invoice_id)):
                reminders[iid] = (count, last)
        rows = []
        for inv in invoices:
            paid, credited = money[inv.id]
            balance = (inv.total + credited - paid) if inv.status is not S.DRAFT \
                else Decimal("0.00")
            if inv.kind is InvoiceKind.CREDIT_NOTE:
                balance = Decimal("0.00")
            shown = display_status(inv, balance, today)
            if status not in ("all", "unpaid") and shown != status:
                continue
            if status == "unpaid" and shown not in ("issued", "overdue"):
                continue
            count, last = reminders.get(inv.id, (0, None))
            rows.append(InvoiceRow(inv.id, inv.kind.value, inv.number, inv.issue_date,
                                   inv.buyer_name or _draft_buyer(session, inv), inv.client_id,
                                   inv.total, paid, balance, inv.due_date, shown, inv.sent_at,
                                   count, last, bool(inv.buyer_business_id)))
        audit(session, ctx, "invoice.listed", entity_type="invoice",
              details={"status": status, "rows": len(rows), "search": bool(text)})
        return rows


def _draft_buyer(session: Session, invoice: Invoice) -> str:
    if invoice.client_id is None:
        return ""
    client = session.get(Client, invoice.client_id)
    return rules.buyer_of(client).name if client is not None else ""


@dataclass(frozen=True)
class UninvoicedVisit:
    """A completed visit, or a no-show / late cancellation (``kind`` "no_show" or
    "late_cancellation", ``id`` = the appointment's id), not yet on an invoice."""

    id: int
    kind: str
    day: dt.date
    service_id: int | None
    service_name: str
    price: Decimal
    vat_class: str
    practitioner: str


def uninvoiced_visits(ctx: Context, client_id: int) -> list[UninvoicedVisit]:
    """The client's completed visits that are on no invoice and no desk receipt (or only on
    credited ones: the rule ``invoicing.create_from_visits`` enforces), oldest first, then their no-shows and late cancellations (candidates for a fee line;
    which of them were already charged is for the person to judge). Audits
    "invoice.visits_listed"."""
    require(ctx, Action.INVOICE_CREATE, entity_type="invoice", client_id=client_id)
    taken = (select(InvoiceLine.visit_id).join(Invoice, InvoiceLine.invoice_id == Invoice.id)
             .where(InvoiceLine.visit_id.is_not(None),
                    Invoice.kind.in_((InvoiceKind.INVOICE, InvoiceKind.RECEIPT)),
                    Invoice.status != S.CREDITED))
    with ctx.transaction() as session:
        rules.load_client(session, client_id)
        rows = session.execute(
            select(Visit, Service, Staff.display_name)
            .join(Service, Visit.service_id == Service.id)
            .join(Staff, Visit.practitioner_id == Staff.id)
            .where(Visit.client_id == client_id, Visit.completed_at.is_not(None),
                   Visit.id.not_in(taken))
            .order_by(Visit.started_at)).all()
        out = [UninvoicedVisit(v.id, "visit", v.started_at.astimezone(HELSINKI).date(), s.id,
                               s.name, s.price, s.vat_class.value, who) for v, s, who in rows]
        missed = session.execute(
            select(Appointment, Service, Staff.display_name)
            .join(Service, Appointment.service_id == Service.id)
            .join(Staff, Appointment.practitioner_id == Staff.id)
            .where(Appointment.client_id == client_id,
                   or_(Appointment.status == AppointmentStatus.NO_SHOW,
                       Appointment.late_cancellation.is_(True)))
            .order_by(Appointment.starts_at)).all()
        out += [UninvoicedVisit(a.id, "no_show" if a.status is AppointmentStatus.NO_SHOW
                                else "late_cancellation",
                                a.starts_at.astimezone(HELSINKI).date(), s.id, s.name,
                                a.price if a.price is not None else s.price, s.vat_class.value,
                                who) for a, s, who in missed]
        audit(session, ctx, "invoice.visits_listed", entity_type="client", client_id=client_id,
              details={"rows": len(out)})
        return out


# --- the editor's read ----------------------------------------------------------------------


@dataclass(frozen=True)
class DetailLine:
    id: int
    description: str
    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal
    vat_class: str
    vat_rate: Decimal
    line_total: Decimal
    service_id: int | None
    visit_id: int | None
    remaining: Decimal          # not yet credited (issued invoices); = quantity otherwise


@dataclass(frozen=True)
class InvoiceDetail:
    """What the invoice editor shows and edits. ``buyer`` is the snapshot, or for a draft of a
    client without one, the client's current billing details."""

    id: int
    kind: str
    status: str
    number: int | None
    client_id: int | None
    buyer: Buyer
    language: str
    issue_date: dt.date | None
    delivery_date: dt.date | None
    due_date: dt.date | None
    payment_terms_days: int
    notes: str
    total: Decimal
    vat_total: Decimal
    balance: Decimal
    credit_of_id: int | None
    sent_at: dt.datetime | None
    lines: tuple[DetailLine, ...]


def get_invoice(ctx: Context, invoice_id: int) -> InvoiceDetail:
    """One invoice for the editor. Reception and owner. Audits "invoice.viewed"."""
    require(ctx, Action.INVOICE_CREATE, entity_type="invoice", entity_id=invoice_id)
    with ctx.transaction() as session:
        inv = rules.load_invoice(session, invoice_id)
        if inv.buyer_name or inv.client_id is None:
            buyer = Buyer(*(getattr(inv, f"buyer_{f.name}") for f in fields(Buyer)))
        else:
            buyer = rules.buyer_of(rules.load_client(session, inv.client_id))
        remaining = (rules.remaining_quantities(session, inv)
                     if inv.kind in (InvoiceKind.INVOICE, InvoiceKind.RECEIPT)
                     and inv.status is not S.DRAFT else {})
        paid, credited = balances(session, [inv.id])[inv.id]
        lines = tuple(DetailLine(x.id, x.description, x.quantity, x.unit_price,
                                 x.discount_percent, x.vat_class.value, x.vat_rate,
                                 x.line_total, x.service_id, x.visit_id,
                                 remaining.get(x.id, x.quantity)) for x in inv.lines)
        balance = (inv.total + credited - paid if inv.status is not S.DRAFT
                   and inv.kind is InvoiceKind.INVOICE else Decimal("0.00"))
        audit(session, ctx, "invoice.viewed", entity_type="invoice", entity_id=inv.id,
              client_id=inv.client_id)
        return InvoiceDetail(inv.id, inv.kind.value, inv.status.value, inv.number,
                             inv.client_id, buyer, inv.language, inv.issue_date,
                             inv.delivery_date, inv.due_date, inv.payment_terms_days,
                             inv.notes, inv.total, inv.vat_total, balance, inv.credit_of_id,
                             inv.sent_at, lines)


def vat_rates_on(ctx: Context, day: dt.date) -> dict[str, vat.RateInfo]:
    """The rate of each VAT class valid on ``day`` (classes without one are left out), for
    live totals in the editor. Not audited: rates are public data."""
    require(ctx, Action.INVOICE_CREATE, entity_type="invoice")
    with ctx.transaction() as session:
        table = vat.load_rates(session)
        out = {}
        for vat_class in VatClass:
            try:
                out[vat_class.value] = table.on(vat_class, day)
            except ValidationError:
                continue
        return out


def buyer_for_client(ctx: Context, client_id: int) -> Buyer:
    """Who would pay an invoice of this client now (payer company, billing or home address),
    to prefill a new invoice. Audits "invoice.buyer_viewed"."""
    require(ctx, Action.INVOICE_CREATE, entity_type="invoice", client_id=client_id)
    with ctx.transaction() as session:
        buyer = rules.buyer_of(rules.load_client(session, client_id))
        audit(session, ctx, "invoice.buyer_viewed", entity_type="client", client_id=client_id)
        return buyer


def barcode_problem(ctx: Context) -> str:
    """Why the practice's invoices get no bank virtual barcode, or "" when they do:
    ``iban_not_finnish`` (a foreign account: the barcode only holds Finnish IBANs, so the
    payer must type the IBAN and reference by hand) or ``invalid_iban``. The invoice editor
    shows it as a warning. Reception and owner; the practice's own account is no personal
    data, so nothing is audited."""
    require(ctx, Action.INVOICE_CREATE, entity_type="invoice")
    with ctx.transaction() as session:
        iban = session.scalar(select(Practice.iban).limit(1))
    return barcode_iban_problem(iban or "")
