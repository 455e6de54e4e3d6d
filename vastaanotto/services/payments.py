"""Money in and out: payments at the desk, refunds, bank transfers typed in by hand.

Contract of every call: the role is checked first (a refusal is audited), then ONE transaction
reads, checks, writes and appends the audit event. Mutations return ``Changes`` with kinds
"payments" and "invoices" (a payment changes an invoice's balance and status). The rules of
amounts, balances and cash rounding are in ``payment_rules``; reading is in
``payment_queries``; receipts in ``receipts``.

* The desk sale (``take_payment`` with ``visit_ids``): paid in full at once, it is a receipt
  (kuitti, a simplified invoice, ``InvoiceKind.RECEIPT``) due today; paid in part, it is an
  ordinary invoice with the practice's payment terms, a reference and a bank form for the
  rest. Either way it is numbered in the transaction that takes the money, from the gap-free
  "invoice" sequence that invoices and credit notes share: ``invoice.number`` is unique across
  all kinds (``uq_invoice_number``), so a separate receipt series would need a schema change.
  Company payers and pay-later clients get an invoice through ``invoicing`` instead.
* Tenders: cash, card, MobilePay, gift card (its code is kept in ``bank_reference``) or a
  mix. Their sum may not exceed the balance at the desk (``payment_exceeds_balance``): change
  is only ever given for cash. The cash part is rounded to 5 cents and the difference stored
  as a rounding row (``payment_rules``), so a sale of 12,37 paid with 12,35 in cash is PAID.
  A refund is a negative Payment pointing at the payment it returns (``refund_of_id``). A bank
  transfer may overpay (the money has arrived; the surplus shows as a negative balance).

Permissions: reception and owner take payments and refunds (``PAYMENT_TAKE``); recording bank
transfers is the owner's book-keeping (``INVOICE_MANAGE``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vastaanotto.clock import HELSINKI
from vastaanotto.context import Context
from vastaanotto.errors import Conflict, NotFound, ValidationError
from vastaanotto.models.billing import (Invoice, InvoiceKind, InvoiceLine, InvoiceStatus,
                                        Payment, PaymentMethod)
from vastaanotto.models.visits import Visit
from vastaanotto.permissions import Action
from vastaanotto.services import invoice_rules as rules
from vastaanotto.services import payment_rules as pr
from vastaanotto.services.base import Changes, FieldCollector, audit, require
from vastaanotto.services.invoicing import new_draft, visit_lines
from vastaanotto.services.payment_rules import ROUNDING_NOTE, ZERO, CleanTenders, Tender

__all__ = ["Tender", "PaymentResult", "take_payment", "refund", "record_bank_payment",
           "refundable"]


@dataclass(frozen=True)
class PaymentResult:
    invoice_ids: tuple[int, ...]   # the invoice(s) paid; for a desk sale the new document
    payment_ids: tuple[int, ...]   # the rows written, the cash rounding row included
    paid: Decimal                  # paid off the balance (cash rounding included)
    change: Decimal                # cash to hand back
    cash_given: Decimal | None
    balance: Decimal               # what is still open on those invoices
    receipt: bool                  # a receipt (paid in full at the desk) rather than an invoice
    changes: Changes
    cash_received: Decimal = ZERO  # the cash part as handed over, rounded to 5 cents
    rounding: Decimal = ZERO       # cash_received - cash part: -0,02 when 12,37 -> 12,35

    @property
    def invoice_id(self) -> int:
        return self.invoice_ids[0]


# --- the desk ---------------------------------------------------------------------------------


def _sale_from_visits(session: Session, ctx: Context, visit_ids: Sequence[int],
                      client_id: int | None, tenders: Sequence[Tender],
                      cash_given: Any) -> tuple[Invoice, CleanTenders]:
    """The desk sale: a receipt when the tenders cover it, else an invoice; numbered now."""
    ids = list(dict.fromkeys(visit_ids))
    visits = session.scalars(select(Visit).where(Visit.id.in_(ids))
                             .order_by(Visit.started_at, Visit.id)).all()
    if len(visits) != len(ids):
        raise NotFound(entity="visit")
    clients = {v.client_id for v in visits}
    if len(clients) != 1 or (client_id is not None and clients != {client_id}):
        raise ValidationError("visit_ids", "visits_of_different_clients")
    taken = session.scalar(
        select(InvoiceLine.id).join(Invoice, InvoiceLine.invoice_id == Invoice.id)
        .where(InvoiceLine.visit_id.in_(ids), Invoice.kind.in_(pr.PAYABLE_KINDS),
               Invoice.status != InvoiceStatus.CREDITED).limit(1))
    if taken is not None:
        raise Conflict("visit_already_invoiced")
    client = rules.load_client(session, visits[0].client_id)
    day = rules.local_today(ctx)
    last_day = max(v.started_at for v in visits).astimezone(HELSINKI).date()
    invoice = new_draft(session, ctx, client=client, buyer=None, language=None,
                        lines=visit_lines(session, visits), delivery_date=last_day,
                        notes="", payment_terms_days=None)
    rules.snapshot_buyer(invoice, rules.buyer_of(client))
    clean = pr.validate_tenders(tenders, cash_given, invoice.total)
    if clean.total == invoice.total:
        invoice.kind = InvoiceKind.RECEIPT
        invoice.payment_terms_days = 0
    else:
        invoice.penalty_interest_rate = rules.penalty_rate(session, day)
    invoice.due_date = day + dt.timedelta(days=invoice.payment_terms_days)
    rules.assign_number(session, ctx, invoice, day)
    session.flush()
    audit(session, ctx, "invoice.issued", entity_type="invoice", entity_id=invoice.id,
          client_id=invoice.client_id,
          details={"number": invoice.number, "kind": invoice.kind.value, "visits": len(ids)})
    return invoice, clean


def _allocate(tenders: Sequence[Tender], invoices: Sequence[tuple[Invoice, Decimal]]
              ) -> list[tuple[Invoice, Tender]]:
    """Split tenders over invoices oldest first: each payment row belongs to one invoice."""
    out: list[tuple[Invoice, Tender]] = []
    queue = [[inv, bal] for inv, bal in invoices]
    for tender in tenders:
        left = tender.amount
        while left > 0 and queue:
            inv, bal = queue[0]
            part = min(left, bal)
            out.append((inv, Tender(tender.method, part, tender.reference)))
            left -= part
            queue[0][1] = bal - part
            if queue[0][1] == 0:
                queue.pop(0)
    return out


def _payment_rows(pairs: Sequence[tuple[Invoice, Tender]], rounding: Decimal
                  ) -> list[tuple[Invoice, Tender, str]]:
    """(invoice, tender, note) to store. The cash pairs pay the debt; here the cash rows become
    what was received and the difference a rounding row on the same invoice, taken from the
    last cash rows first (a cash row of 0,01 cannot carry a rounding of 0,02)."""
    rows = [(inv, t, "") for inv, t in pairs]
    left = -rounding   # the stored sign: + when less cash was received than the debt it pays
    for i in reversed(range(len(rows))):
        inv, tender, _ = rows[i]
        if not left or tender.method is not PaymentMethod.CASH:
            continue
        part = min(left, tender.amount)   # rounding up (left < 0): all on the last cash row
        rows[i] = (inv, replace(tender, amount=tender.amount - part), "")
        rows.insert(i + 1, (inv, Tender(PaymentMethod.CASH, part), ROUNDING_NOTE))
        left -= part
    return [row for row in rows if row[1].amount]


def take_payment(ctx: Context, *, invoice_id: int | None = None, visit_ids: Sequence[int] = (),
                 client_id: int | None = None, tenders: Sequence[Tender],
                 cash_given: Any = None) -> PaymentResult:
    """Take money at the desk for one issued invoice (``invoice_id``), for completed visits
    without an invoice (``visit_ids``: a receipt, or an invoice when paid in part), or for a
    client's open invoices oldest first (``client_id`` alone).

    Raises ``ValidationError`` for bad tenders (see ``payment_rules.validate_tenders``),
    ``tenders: payment_exceeds_balance`` (param ``balance``), ``target: required``;
    ``Conflict``: invoice_not_issued, invoice_credited, invoice_not_payable,
    invoice_already_paid, visit_already_invoiced, nothing_to_pay. Audits "payment.taken".
    """
    require(ctx, Action.PAYMENT_TAKE, entity_type="payment", entity_id=invoice_id,
            client_id=client_id)
    pr.validate_tenders(tenders, cash_given)   # bad input never opens a transaction
    if invoice_id is None and not visit_ids and client_id is None:
        raise ValidationError("target", "required")
    with ctx.transaction() as session:
        receipt = False
        if invoice_id is not None:
            invoice = pr.load_payable(session, invoice_id)
            if invoice.status is InvoiceStatus.PAID:
                raise Conflict("invoice_already_paid")
            clean = pr.validate_tenders(tenders, cash_given,
                                        pr.balance_of(session, invoice).balance)
            pairs = [(invoice, t) for t in clean.tenders]
        elif visit_ids:
            invoice, clean = _sale_from_visits(session, ctx, visit_ids, client_id, tenders,
                                               cash_given)
            receipt = invoice.kind is InvoiceKind.RECEIPT
            pairs = [(invoice, t) for t in clean.tenders]
        else:
            rules.load_client(session, client_id)
            invoices = [(inv, pr.balance_of(session, inv).balance)
                        for inv in pr.open_invoices(session, client_id)]
            if not invoices:
                raise Conflict("nothing_to_pay")
            clean = pr.validate_tenders(tenders, cash_given,
                                        sum((b for _, b in invoices), ZERO))
            pairs = _allocate(clean.tenders, invoices)
        touched: dict[int, Invoice] = {}
        rows = []
        for inv, tender, note in _payment_rows(pairs, clean.rounding):
            rows.append(Payment(invoice_id=inv.id, client_id=inv.client_id,
                                amount=tender.amount, method=tender.method,
                                received_at=ctx.now(), received_by_id=ctx.staff_id,
                                bank_reference=tender.reference, note=note))
            touched[inv.id] = inv
        session.add_all(rows)
        session.flush()
        payment_ids = [r.id for r in rows]
        balance = sum((pr.settle(session, inv) for inv in touched.values()), ZERO)
        first = next(iter(touched.values()))
        audit(session, ctx, "payment.taken", entity_type="invoice", entity_id=first.id,
              client_id=first.client_id,
              details={"invoices": sorted(touched), "payments": payment_ids,
                       "total": str(clean.total), "change": str(clean.change),
                       "rounding": str(clean.rounding),
                       "methods": sorted({t.method.value for t in clean.tenders}),
                       "receipt": receipt})
        changes = Changes.of(*pr.KINDS, "visits", ids=list(touched), data=payment_ids)
        return PaymentResult(tuple(touched), tuple(payment_ids), clean.total, clean.change,
                             clean.given, balance, receipt, changes, clean.cash_received,
                             clean.rounding)


# --- refunds and bank transfers ---------------------------------------------------------------


def refundable(session: Session, payment: Payment) -> Decimal:
    refunded = session.scalar(select(func.sum(Payment.amount)).where(
        Payment.refund_of_id == payment.id))
    return payment.amount + Decimal(refunded or 0)


def refund(ctx: Context, payment_id: int, amount: Any, method: Any, reason: str) -> Changes:
    """Give money back: a negative Payment with ``refund_of_id``, never more than what is left
    of the payment (``amount: refund_exceeds_payment``, param ``max``). ``method`` may differ
    from the original's (a card payment returned in cash). ``reason`` is required and kept in
    the note and the audit event. A refund or a cash rounding row is not refunded
    (``Conflict``: payment_is_refund, payment_is_rounding). ``data`` = the refund's id.
    Audits "payment.refunded"."""
    require(ctx, Action.PAYMENT_TAKE, entity_type="payment", entity_id=payment_id)
    f = FieldCollector()
    clean_amount = f.check(pr.clean_amount, amount, "amount")
    try:
        clean_method = PaymentMethod(method)
    except ValueError:
        clean_method = None
        f.add(ValidationError("method", "invalid_choice"))
    clean_reason = f.check(pr.clean_reason, reason)
    f.raise_if_any()
    with ctx.transaction() as session:
        original = session.get(Payment, payment_id, with_for_update=True)
        if original is None:
            raise NotFound(entity="payment")
        if original.refund_of_id is not None or original.amount <= 0:
            raise Conflict("payment_is_refund")
        if pr.is_rounding(original):
            raise Conflict("payment_is_rounding")
        left = refundable(session, original)
        if clean_amount > left:
            raise ValidationError("amount", "refund_exceeds_payment", max=left)
        row = Payment(invoice_id=original.invoice_id, client_id=original.client_id,
                      amount=-clean_amount, method=clean_method, received_at=ctx.now(),
                      received_by_id=ctx.staff_id, refund_of_id=original.id,
                      note=clean_reason)
        session.add(row)
        session.flush()
        if original.invoice_id is not None:
            pr.settle(session, session.get(Invoice, original.invoice_id))
        audit(session, ctx, "payment.refunded", entity_type="payment", entity_id=row.id,
              client_id=original.client_id, reason=clean_reason,
              details={"refund_of": original.id, "amount": str(clean_amount),
                       "method": clean_method.value})
        return Changes.of(*pr.KINDS, ids=[row.id, original.id], data=row.id)


def record_bank_payment(ctx: Context, invoice_id: int, amount: Any, date: dt.date,
                        reference: Any = "", *, entry_id: str = "") -> Changes:
    """A bank transfer seen on the account, typed in by hand. May overpay (the money is there;
    the surplus shows as a negative balance). ``date: date_in_future``. ``data`` = payment id.
    Audits "payment.bank_recorded"."""
    require(ctx, Action.INVOICE_MANAGE, entity_type="invoice", entity_id=invoice_id)
    f = FieldCollector()
    clean_amount = f.check(pr.clean_amount, amount, "amount")
    clean_ref = f.check(pr.clean_reference, reference)
    if not isinstance(date, dt.date) or isinstance(date, dt.datetime):
        f.add(ValidationError("date", "invalid_date"))
    elif date > rules.local_today(ctx):
        f.add(ValidationError("date", "date_in_future"))
    f.raise_if_any()
    with ctx.transaction() as session:
        invoice = pr.load_payable(session, invoice_id)
        row = Payment(invoice_id=invoice.id, client_id=invoice.client_id, amount=clean_amount,
                      method=PaymentMethod.BANK_TRANSFER, received_at=pr.day_to_moment(date),
                      received_by_id=ctx.staff_id, bank_reference=clean_ref or "",
                      bank_entry_id=entry_id[:100])
        session.add(row)
        balance = pr.settle(session, invoice)
        audit(session, ctx, "payment.bank_recorded", entity_type="invoice",
              entity_id=invoice.id, client_id=invoice.client_id,
              details={"payment_id": row.id, "amount": str(clean_amount),
                       "overpaid": balance < 0})
        return Changes.of(*pr.KINDS, ids=[invoice.id], data=row.id)
