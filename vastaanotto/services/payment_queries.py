"""Reading money: an invoice's balance, a client's open sum, the payments list, the checkout's
summary and the invoice a bank reference points at. Nothing here writes, but every read is
audited in its own transaction.

Who sees what (``payment_rules.require_view``): reception and the owner see every payment; a
practitioner sees only payments of invoices with a line from their own visits
(``INVOICE_VIEW_OWN``); the checkout summary is for those who take payments.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Sequence

from sqlalchemy import func, select

from vastaanotto.billing import vat
from vastaanotto.billing.references import is_valid_finnish_reference
from vastaanotto.clock import HELSINKI
from vastaanotto.context import Context
from vastaanotto.errors import NotFound, PermissionDenied, ValidationError
from vastaanotto.models.audit import Outcome
from vastaanotto.models.billing import Invoice, InvoiceKind, InvoiceStatus, Payment, PaymentMethod
from vastaanotto.models.staff import Staff
from vastaanotto.models.visits import Visit
from vastaanotto.permissions import Action
from vastaanotto.services import invoice_rules as rules
from vastaanotto.services import payment_rules as pr
from vastaanotto.services.base import audit, require
from vastaanotto.services.invoicing import visit_lines
from vastaanotto.services.payment_rules import ZERO, Balance

__all__ = ["PaymentRow", "SaleLine", "SalePreview", "invoice_balance",
           "open_balance_for_client", "list_payments", "preview_sale", "invoice_for_reference"]


@dataclass(frozen=True)
class PaymentRow:
    id: int
    received_at: dt.datetime
    amount: Decimal
    method: PaymentMethod
    invoice_id: int | None
    invoice_number: int | None
    invoice_kind: InvoiceKind | None
    client_id: int | None
    payer: str                     # the invoice's buyer name
    received_by: str
    received_by_id: int | None
    reference: str
    refund_of_id: int | None
    refunded: Decimal              # already refunded of this payment (positive)
    note: str

    @property
    def rounding(self) -> bool:
        """The cash rounding of a payment (``payment_rules.is_rounding``), not money."""
        return pr.is_rounding(self)

    @property
    def refundable(self) -> Decimal:
        if self.amount <= 0 or self.rounding:
            return ZERO
        return self.amount - self.refunded


@dataclass(frozen=True)
class SaleLine:
    description: str
    amount: Decimal
    invoice_number: int | None = None   # a client's open invoice (description is "")


@dataclass(frozen=True)
class SalePreview:
    """What the desk is about to be paid for: lines and the sum still open."""

    lines: tuple[SaleLine, ...]
    total: Decimal
    due: Decimal
    invoice_number: int | None = None


def invoice_balance(ctx: Context, invoice_id: int) -> Balance:
    """The invoice's total, credits, payments and balance. Audits "invoice.balance_viewed"."""
    all_ = pr.require_view(ctx, entity_type="invoice", entity_id=invoice_id)
    with ctx.transaction() as session:
        invoice = rules.load_invoice(session, invoice_id)
        refused = not pr.sees_invoice(session, ctx, all_, invoice)
        if refused:
            audit(session, ctx, "permission.refused", outcome=Outcome.REFUSED,
                  entity_type="invoice", entity_id=invoice.id, client_id=invoice.client_id,
                  details={"action": Action.INVOICE_VIEW_OWN.value})
        else:
            result = pr.balance_of(session, invoice)
            audit(session, ctx, "invoice.balance_viewed", entity_type="invoice",
                  entity_id=invoice.id, client_id=invoice.client_id)
    if refused:   # raised after the commit, so the refusal stays in the audit log
        raise PermissionDenied(Action.INVOICE_VIEW_OWN.value)
    return result


def open_balance_for_client(ctx: Context, client_id: int) -> Decimal:
    """What the client still owes on issued invoices (overpayments are not netted against
    other invoices: they are refunded). Practitioners see only their own invoices' part.
    Audits "client.balance_viewed"."""
    all_ = pr.require_view(ctx, entity_type="client", client_id=client_id)
    with ctx.transaction() as session:
        stmt = select(Invoice).where(Invoice.client_id == client_id,
                                     Invoice.kind.in_(pr.PAYABLE_KINDS),
                                     Invoice.status == InvoiceStatus.ISSUED)
        if not all_:
            stmt = stmt.where(pr.own_invoice(Invoice.id, ctx.staff_id))
        total = sum((max(pr.balance_of(session, inv).balance, ZERO)
                     for inv in session.scalars(stmt)), ZERO)
        audit(session, ctx, "client.balance_viewed", entity_type="client", client_id=client_id)
        return total


def list_payments(ctx: Context, *, day: dt.date | None = None,
                  method: PaymentMethod | str | None = None, staff_id: int | None = None,
                  invoice_id: int | None = None, client_id: int | None = None,
                  limit: int = 2000) -> list[PaymentRow]:
    """Payments, refunds and cash roundings, newest first, filtered by Helsinki day, method,
    receiving staff member, invoice or client. Practitioners get only their own invoices'
    payments. Audits "payment.listed" with the filters."""
    all_ = pr.require_view(ctx, entity_type="payment", entity_id=invoice_id,
                           client_id=client_id)
    P = Payment
    refunded = (select(P.refund_of_id.label("pid"), func.sum(P.amount).label("sum"))
                .where(P.refund_of_id.is_not(None)).group_by(P.refund_of_id).subquery())
    stmt = (select(P, Invoice.number, Invoice.kind, Invoice.buyer_name, Staff.display_name,
                   refunded.c.sum)
            .outerjoin(Invoice, Invoice.id == P.invoice_id)
            .outerjoin(Staff, Staff.id == P.received_by_id)
            .outerjoin(refunded, refunded.c.pid == P.id)
            .order_by(P.received_at.desc(), P.id.desc()).limit(limit))
    if day is not None:
        start = dt.datetime.combine(day, dt.time(0), tzinfo=HELSINKI)
        stmt = stmt.where(P.received_at >= start, P.received_at < start + dt.timedelta(days=1))
    if method is not None:
        stmt = stmt.where(P.method == PaymentMethod(method))
    if staff_id is not None:
        stmt = stmt.where(P.received_by_id == staff_id)
    if invoice_id is not None:
        stmt = stmt.where(P.invoice_id == invoice_id)
    if client_id is not None:
        stmt = stmt.where(P.client_id == client_id)
    if not all_:
        stmt = stmt.where(pr.own_invoice(P.invoice_id, ctx.staff_id))
    with ctx.transaction() as session:
        rows = [PaymentRow(p.id, p.received_at, p.amount, p.method, p.invoice_id, number, kind,
                           p.client_id, buyer or "", staff or "", p.received_by_id,
                           p.bank_reference, p.refund_of_id, -Decimal(ref or 0) + ZERO, p.note)
                for p, number, kind, buyer, staff, ref in session.execute(stmt)]
        audit(session, ctx, "payment.listed", entity_type="payment", entity_id=invoice_id,
              client_id=client_id,
              details={"day": day.isoformat() if day else None,
                       "method": PaymentMethod(method).value if method else None,
                       "staff_id": staff_id, "rows": len(rows)})
        return rows


def preview_sale(ctx: Context, *, invoice_id: int | None = None, visit_ids: Sequence[int] = (),
                 client_id: int | None = None) -> SalePreview:
    """The checkout's summary, read-only: an invoice's lines and balance, the priced visits of
    a desk sale (nothing is created), or a client's open invoices. Audits "payment.previewed".
    """
    require(ctx, Action.PAYMENT_TAKE, entity_type="payment", entity_id=invoice_id,
            client_id=client_id)
    with ctx.transaction() as session:
        if invoice_id is not None:
            invoice = rules.load_invoice(session, invoice_id)
            lines = tuple(SaleLine(x.description, x.line_total) for x in invoice.lines)
            result = SalePreview(lines, invoice.total, pr.balance_of(session, invoice).balance,
                                 invoice.number)
            client_id = invoice.client_id
        elif visit_ids:
            visits = session.scalars(select(Visit).where(Visit.id.in_(list(visit_ids)))
                                     .order_by(Visit.started_at, Visit.id)).all()
            if len(visits) != len(set(visit_ids)):
                raise NotFound(entity="visit")
            inputs = visit_lines(session, visits)
            rates = vat.load_rates(session)
            totals = vat.compute([vat.PricedLine(x.quantity, x.unit_price, x.discount_percent,
                                                 rates.on(x.vat_class, v.started_at.astimezone(
                                                     HELSINKI).date()))
                                  for x, v in zip(inputs, visits)])
            lines = tuple(SaleLine(x.description, a.gross)
                          for x, a in zip(inputs, totals.lines))
            result = SalePreview(lines, totals.gross, totals.gross)
            client_id = visits[0].client_id if visits else client_id
        elif client_id is not None:
            rules.load_client(session, client_id)
            invoices = pr.open_invoices(session, client_id)
            balances = [pr.balance_of(session, inv).balance for inv in invoices]
            lines = tuple(SaleLine("", bal, inv.number) for inv, bal in zip(invoices, balances))
            due = sum(balances, ZERO)
            result = SalePreview(lines, due, due)
        else:
            raise ValidationError("target", "required")
        audit(session, ctx, "payment.previewed", entity_type="invoice", entity_id=invoice_id,
              client_id=client_id)
        return result


def invoice_for_reference(ctx: Context, reference: Any) -> int:
    """The issued invoice a Finnish or RF reference (or a bare invoice number) points at."""
    require(ctx, Action.INVOICE_MANAGE, entity_type="invoice")
    text = "".join(str(reference or "").split())
    with ctx.transaction() as session:
        if text.isdigit() and not is_valid_finnish_reference(text):
            stmt = select(Invoice.id).where(Invoice.number == int(text))
        else:
            ref = pr.clean_reference(text)
            if not ref:
                raise ValidationError("reference", "required")
            column = Invoice.rf_reference if ref.startswith("RF") else Invoice.reference
            stmt = select(Invoice.id).where(column == ref)
        found = session.scalar(stmt.where(Invoice.kind.in_(pr.PAYABLE_KINDS)).limit(1))
        if found is None:
            raise NotFound(entity="invoice")
        return found
