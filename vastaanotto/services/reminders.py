"""Payment reminders (maksumuistutus) for overdue invoices.

Rules (FINNISH_STANDARDS.md section 6.6, laki saatavien perinnästä 513/1999):

* A reminder may be sent at the earliest ``REMINDER_AFTER_DAYS`` (14) days after the due date,
  and at most one per 14 days for the same invoice (the next step, a payment demand, may not
  come sooner than 14 days after a reminder either).
* The fee of a reminder to a consumer is at most 5 € (perintälaki 10 e §). A company payer
  (the invoice has a business ID) may be charged what the contract says: its own setting.
* The reminder keeps the original invoice's reference, so the payment is matched to it; the
  amount to pay is what is left of the invoice + the fee + penalty interest (korkolaki 4 §)
  from the due date to the reminder date at the rate printed on the invoice.

Fees are settings in whole cents (``reminder_fee_consumer_cents``, ``reminder_fee_company_cents``)
declared here, beside the rule they belong to. Reminders are the owner's work
(``INVOICE_MANAGE``). Every call audits in its own transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vastaanotto.billing import vat
from vastaanotto.billing.barcode import virtual_barcode
from vastaanotto.billing.epc_qr import epc_payload
from vastaanotto.billing.reminder_pdf import ReminderDocument, render_reminder_pdf
from vastaanotto.context import Context
from vastaanotto.errors import Conflict, NotFound, ValidationError
from vastaanotto.models.billing import Invoice, InvoiceKind, InvoiceStatus, PaymentReminder
from vastaanotto.models.practice import Practice
from vastaanotto.permissions import Action
from vastaanotto.services import invoice_document
from vastaanotto.services import invoice_rules as rules
from vastaanotto.services.base import Changes, FieldCollector, audit, require
from vastaanotto.services.invoicing import balances
from vastaanotto.services.practice import read_setting
from vastaanotto.settings import SettingVar

__all__ = ["REMINDER_AFTER_DAYS", "CONSUMER_FEE_CAP", "REMINDER_FEE_CONSUMER_CENTS",
           "REMINDER_FEE_COMPANY_CENTS", "PAYMENT_DAYS", "OverdueInvoice", "overdue_invoices",
           "create_reminders", "reminder_document", "render_pdf", "penalty_interest",
           "due_count"]

REMINDER_AFTER_DAYS = 14
PAYMENT_DAYS = 14            # the reminder's own due date: this many days after it is sent
CONSUMER_FEE_CAP = Decimal("5.00")
REMINDER_FEE_CONSUMER_CENTS = SettingVar("reminder_fee_consumer_cents", 500, int, minimum=0,
                                         maximum=500)
REMINDER_FEE_COMPANY_CENTS = SettingVar("reminder_fee_company_cents", 500, int, minimum=0,
                                        maximum=100_000)
KIND = "invoices"


@dataclass(frozen=True)
class OverdueInvoice:
    id: int
    number: int
    buyer_name: str
    client_id: int | None
    issue_date: dt.date
    due_date: dt.date
    days_overdue: int
    balance: Decimal
    reminders: int
    last_reminder: dt.date | None
    is_company: bool
    fee: Decimal                 # the fee a reminder made today would carry
    can_remind: bool             # 14 days past due and 14 days since the last reminder
    next_possible: dt.date       # when a reminder becomes possible (today if it is)


def _fee(session: Session, is_company: bool) -> Decimal:
    var = REMINDER_FEE_COMPANY_CENTS if is_company else REMINDER_FEE_CONSUMER_CENTS
    fee = (Decimal(int(var.validate(read_setting(session, var)))) / 100).quantize(vat.CENT)
    # The setting's maximum already keeps it there; a hand-edited database must not slip by.
    return fee if is_company else min(fee, CONSUMER_FEE_CAP)


def penalty_interest(balance: Decimal, rate: Decimal | None, due: dt.date,
                     until: dt.date) -> Decimal:
    """Simple interest on ``balance`` at ``rate`` % a year for the days after ``due`` up to
    ``until`` (actual/365, korkolaki); 0 without a rate or delay."""
    days = (until - due).days
    if rate is None or days <= 0 or balance <= 0:
        return Decimal("0.00")
    return vat.round_cents(balance * Decimal(rate) / 100 * days / 365)


def _reminder_stats(session: Session, ids: Sequence[int]) -> dict[int, tuple[int, dt.date]]:
    out: dict[int, tuple[int, dt.date]] = {}
    for start in range(0, len(ids), 500):
        for iid, count, last in session.execute(
                select(PaymentReminder.invoice_id, func.count(), func.max(PaymentReminder.sent_on))
                .where(PaymentReminder.invoice_id.in_(ids[start:start + 500]))
                .group_by(PaymentReminder.invoice_id)):
            out[iid] = (count, last)
    return out


def _open_overdue(session: Session, today: dt.date, min_days: int) -> list[tuple[Invoice, Decimal]]:
    cutoff = today - dt.timedelta(days=min_days)
    invoices = session.scalars(
        select(Invoice).where(Invoice.kind == InvoiceKind.INVOICE,
                              Invoice.status == InvoiceStatus.ISSUED,
                              Invoice.due_date <= cutoff)
        .order_by(Invoice.due_date, Invoice.number)).all()
    money = balances(session, [inv.id for inv in invoices])
    out = []
    for inv in invoices:
        paid, credited = money[inv.id]
        balance = inv.total + credited - paid
        if balance > 0:
            out.append((inv, balance))
    return out


def _row(session: Session, inv: Invoice, balance: Decimal, stats, today: dt.date) -> OverdueInvoice:
    count, last = stats.get(inv.id, (0, None))
    earliest = inv.due_date + dt.timedelta(days=REMINDER_AFTER_DAYS)
    if last is not None:
        earliest = max(earliest, last + dt.timedelta(days=REMINDER_AFTER_DAYS))
    company = bool(inv.buyer_business_id)
    return OverdueInvoice(inv.id, inv.number, inv.buyer_name, inv.client_id, inv.issue_date,
                          inv.due_date, (today - inv.due_date).days, balance, count, last,
                          company, _fee(session, company), earliest <= today,
                          max(earliest, today))


def overdue_invoices(ctx: Context, *, min_days: int = 1) -> list[OverdueInvoice]:
    """Issued invoices with something left to pay, at least ``min_days`` past their due date,
    oldest due first. Audits "invoice.overdue_listed"."""
    require(ctx, Action.INVOICE_MANAGE, entity_type="invoice")
    today = rules.local_today(ctx)
    with ctx.transaction() as session:
        found = _open_overdue(session, today, min_days)
        stats = _reminder_stats(session, [inv.id for inv, _ in found])
        rows = [_row(session, inv, balance, stats, today) for inv, balance in found]
        audit(session, ctx, "invoice.overdue_listed", entity_type="invoice",
              details={"rows": len(rows)})
        return rows


def due_count(ctx: Context) -> int:
    """How many invoices may be reminded today (the 14-day rules of ``overdue_invoices``'s
    ``can_remind``). Nothing is sent: the Billing view shows the number so the owner notices
    ("Overdue (3)") and decides. A count only, no client shown, so it is not audited (it runs
    whenever the Billing view opens); the list itself is."""
    require(ctx, Action.INVOICE_MANAGE, entity_type="invoice")
    today = rules.local_today(ctx)
    with ctx.transaction() as session:
        found = _open_overdue(session, today, REMINDER_AFTER_DAYS)
        stats = _reminder_stats(session, [inv.id for inv, _ in found])
        step = dt.timedelta(days=REMINDER_AFTER_DAYS)
        return sum(1 for inv, _ in found
                   if inv.id not in stats or stats[inv.id][1] + step <= today)


def create_reminders(ctx: Context, invoice_ids: Sequence[int]) -> Changes:
    """One reminder per given invoice, dated today, with the fee of the settings.

    All or nothing: ``ValidationError("invoice_ids", code, line=invoice id)`` for each invoice
    that may not be reminded now: ``reminder_too_early`` (less than 14 days past due or since
    the last reminder), ``invoice_not_open`` (paid, credited, a draft or a credit note).
    ``data`` = the new reminder ids. Audits "invoice.reminded" per invoice.
    """
    require(ctx, Action.INVOICE_MANAGE, entity_type="invoice")
    ids = list(dict.fromkeys(invoice_ids))
    if not ids:
        raise ValidationError("invoice_ids", "required")
    today = rules.local_today(ctx)
    with ctx.transaction() as session:
        open_rows = {inv.id: (inv, bal) for inv, bal in _open_overdue(session, today, 0)}
        stats = _reminder_stats(session, ids)
        f = FieldCollector()
        planned = []
        for iid in ids:
            if iid not in open_rows:
                if session.get(Invoice, iid) is None:
                    raise NotFound(entity="invoice")
                f.add(ValidationError("invoice_ids", "invoice_not_open", line=iid))
                continue
            inv, balance = open_rows[iid]
            row = _row(session, inv, balance, stats, today)
            if not row.can_remind:
                f.add(ValidationError("invoice_ids", "reminder_too_early", line=iid,
                                      next_possible=row.next_possible.isoformat()))
                continue
            planned.append((inv, row))
        f.raise_if_any()
        created = []
        for inv, row in planned:
            reminder = PaymentReminder(invoice_id=inv.id, sent_on=today, fee=row.fee,
                                       created_by_id=ctx.staff_id)
            session.add(reminder)
            session.flush()
            created.append(reminder.id)
            audit(session, ctx, "invoice.reminded", entity_type="invoice", entity_id=inv.id,
                  client_id=inv.client_id,
                  details={"reminder_id": reminder.id, "fee": str(row.fee),
                           "number": row.reminders + 1})
        return Changes.of(KIND, ids=ids, data=created)


def _document(session: Session, reminder: PaymentReminder) -> ReminderDocument:
    inv = session.get(Invoice, reminder.invoice_id)
    practice = session.scalar(select(Practice).limit(1))
    if inv is None or practice is None:
        raise NotFound(entity="invoice")
    doc = invoice_document.build(session, inv)
    # The balance as it was when the reminder was made: payments after it do not change a
    # printed reminder (reprints show the same paper).
    paid, credited = balances(session, [inv.id])[inv.id]
    balance = inv.total + credited - paid
    interest = penalty_interest(balance, inv.penalty_interest_rate, inv.due_date,
                                reminder.sent_on)
    earlier = session.scalar(select(func.count()).where(
        PaymentReminder.invoice_id == inv.id, PaymentReminder.id < reminder.id)) or 0
    due = reminder.sent_on + dt.timedelta(days=PAYMENT_DAYS)
    to_pay = balance + reminder.fee + interest
    try:
        barcode = virtual_barcode(practice.iban, to_pay, inv.reference, due)
    except ValidationError:  # a foreign IBAN (no barcode exists) or an amount too large
        barcode = ""
    try:
        payload = epc_payload(name=practice.name[:70], iban=practice.iban, bic=practice.bic,
                              amount=to_pay, reference=inv.rf_reference, due_date=due)
    except ValidationError:
        payload = ""
    return ReminderDocument(invoice=doc, sent_on=reminder.sent_on, ordinal=earlier + 1,
                            original_total=inv.total, credited=-credited, paid=paid,
                            balance=balance, fee=reminder.fee, interest=interest,
                            interest_from=inv.due_date, due_date=due, total=to_pay,
                            virtual_barcode=barcode, epc_payload=payload)


def reminder_document(ctx: Context, reminder_id: int) -> ReminderDocument:
    """The printable content of a reminder. Audits "invoice.reminder_viewed"."""
    return _read(ctx, reminder_id, render=False)


def render_pdf(ctx: Context, reminder_id: int) -> bytes:
    """The reminder as PDF bytes. Audits "invoice.reminder_printed"."""
    return _read(ctx, reminder_id, render=True)


def _read(ctx: Context, reminder_id: int, *, render: bool):
    require(ctx, Action.INVOICE_MANAGE, entity_type="invoice")
    with ctx.transaction() as session:
        reminder = session.get(PaymentReminder, reminder_id)
        if reminder is None:
            raise NotFound(entity="reminder")
        doc = _document(session, reminder)
        audit(session, ctx, "invoice.reminder_printed" if render else "invoice.reminder_viewed",
              entity_type="invoice", entity_id=reminder.invoice_id,
              client_id=doc.invoice.client_id, details={"reminder_id": reminder.id})
        return render_reminder_pdf(doc) if render else doc


def latest_reminder_id(ctx: Context, invoice_id: int) -> int:
    """The newest reminder of an invoice; ``Conflict("no_reminder")`` if none."""
    require(ctx, Action.INVOICE_MANAGE, entity_type="invoice", entity_id=invoice_id)
    with ctx.transaction() as session:
        rid = session.scalar(select(func.max(PaymentReminder.id))
                             .where(PaymentReminder.invoice_id == invoice_id))
        if rid is None:
            raise Conflict("no_reminder")
        return rid
