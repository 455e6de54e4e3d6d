"""The receipt of a desk sale, or the payment receipt of an invoice, as PDF bytes.

Reads the invoice and its payments in one transaction, builds a plain
``vastaanotto.billing.receipt_pdf.ReceiptDocument`` and renders it (80 mm roll or A4). The
cash rounding row of a payment is not printed as a payment: it becomes the receipt's
"Pyöristys -0,02 €" line. Reception and the owner print any receipt; a practitioner only those
of invoices with a line from their own visits.

A refund (a negative payment, ``payments.refund``) prints as a refund receipt
(``refund_receipt_pdf``), identified by the refund payment's id ("H123"): HYVITYSKUITTI for a
desk sale, naming the original receipt's number and date, the amount given back, how and why.

Decision (what a Finnish accountant expects): money given back for a returned or cancelled
service changes the sale, and the VAT is corrected by a document that names the original
(AVL 209 h §). For a desk receipt, the owner credits it like an invoice
(``invoicing.credit`` accepts receipts): the credit note is numbered from the shared gap-free
series and the sales and VAT reports net it out; the refund receipt then names that credit
note and prints no VAT of its own. A refund without a credit note (a price reduction at the
desk) prints the VAT share of the refund (the sale's VAT rows for a full refund, in
proportion for a part: ``receipt_pdf.refund_vat_rows``) so the accountant can book the
correction from it; the reports do not net such a refund, so crediting first is the way the
app's own reports stay right. A refund of an invoice's payment prints as PALAUTUSKUITTI
without VAT: the invoice's VAT is corrected by its credit note.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from vastaanotto.billing.receipt_pdf import (ReceiptDocument, ReceiptPayment, RefundDocument,
                                            refund_vat_rows, render_receipt_pdf,
                                            render_refund_pdf)
from vastaanotto.context import Context
from vastaanotto.errors import Conflict, NotFound, PermissionDenied
from vastaanotto.models.billing import Invoice, InvoiceKind, Payment
from vastaanotto.models.staff import Staff
from vastaanotto.permissions import Action
from vastaanotto.services import invoice_document
from vastaanotto.services import invoice_rules as rules
from vastaanotto.services import payment_rules as pr
from vastaanotto.services.base import audit
from vastaanotto.services.payment_rules import ZERO

__all__ = ["receipt_pdf", "receipt_document", "refund_document", "refund_receipt_pdf"]


def receipt_document(session: Session, invoice: Invoice,
                     payment_ids: Sequence[int] | None = None,
                     cash_given: Decimal | None = None, change: Decimal = ZERO
                     ) -> ReceiptDocument:
    """What the receipt prints, read in the caller's transaction (no permission check)."""
    full = invoice_document.build(session, invoice)
    stmt = select(Payment).where(Payment.invoice_id == invoice.id).order_by(Payment.id)
    if payment_ids:
        stmt = stmt.where(Payment.id.in_(list(payment_ids)))
    rows = session.scalars(stmt).all()
    staff_ids = {r.received_by_id for r in rows if r.received_by_id is not None}
    served = session.scalars(select(Staff.display_name).where(Staff.id.in_(staff_ids))).all()
    issued_at = max((r.received_at for r in rows), default=None) or invoice.updated_at
    return ReceiptDocument(
        kind="receipt" if invoice.kind is InvoiceKind.RECEIPT else "payment_receipt",
        language=invoice.language, seller=full.seller, number=invoice.number,
        issued_at=issued_at, lines=full.lines, vat_rows=full.vat_rows, total=full.total,
        vat_total=full.vat_total,
        payments=tuple(ReceiptPayment(r.method.value, r.amount, r.bank_reference)
                       for r in rows if not pr.is_rounding(r)),
        buyer=full.buyer, cash_given=cash_given, change=change,
        balance=pr.balance_of(session, invoice).balance, served_by=", ".join(sorted(served)),
        rounding=-sum((r.amount for r in rows if pr.is_rounding(r)), ZERO))


def receipt_pdf(ctx: Context, invoice_id: int, *, layout: str = "roll",
                payment_ids: Sequence[int] | None = None, cash_given: Decimal | None = None,
                change: Decimal = ZERO) -> bytes:
    """The receipt of a desk sale, or the payment receipt of an invoice, as PDF bytes
    (``layout`` "roll" for an 80 mm printer or "a4", paged). ``payment_ids`` limits it to the
    payments just taken (default: all of the invoice's); cash given and change are known only
    at the moment of paying, so a reprint leaves them out. Audits "receipt.printed"."""
    all_ = pr.require_view(ctx, entity_type="invoice", entity_id=invoice_id)
    with ctx.transaction() as session:
        invoice = rules.load_invoice(session, invoice_id)
        if invoice.kind not in pr.PAYABLE_KINDS or invoice.number is None:
            raise Conflict("invoice_not_payable")
        if not pr.sees_invoice(session, ctx, all_, invoice):
            raise PermissionDenied(Action.INVOICE_VIEW_OWN.value)
        doc = receipt_document(session, invoice, payment_ids, cash_given, change)
        pdf = render_receipt_pdf(doc, layout)
        audit(session, ctx, "receipt.printed", entity_type="invoice", entity_id=invoice.id,
              client_id=invoice.client_id, details={"layout": layout})
        return pdf


def refund_document(session: Session, refund: Payment) -> RefundDocument:
    """What the refund receipt prints, read in the caller's transaction (no permission
    check). ``refund`` is a refund row (negative, ``refund_of_id`` set) of an invoice."""
    invoice = session.get(Invoice, refund.invoice_id)
    full = invoice_document.build(session, invoice)
    served = session.scalar(select(Staff.display_name).where(
        Staff.id == refund.received_by_id)) if refund.received_by_id is not None else None
    amount = -refund.amount
    sale = invoice.kind is InvoiceKind.RECEIPT
    credit_notes = tuple(session.scalars(
        select(Invoice.number).where(Invoice.credit_of_id == invoice.id,
                                     Invoice.kind == InvoiceKind.CREDIT_NOTE,
                                     Invoice.number.is_not(None))
        .order_by(Invoice.number)))
    return RefundDocument(
        kind="refund_receipt" if sale else "payment_refund", language=invoice.language,
        seller=full.seller, refund_id=refund.id, issued_at=refund.received_at,
        original_number=invoice.number, original_date=invoice.issue_date, lines=full.lines,
        original_total=full.total, amount=amount, method=refund.method.value,
        reason=refund.note or "",
        vat_rows=(refund_vat_rows(full.vat_rows, full.total, amount)
                  if sale and not credit_notes else ()),
        served_by=served or "", credit_note_numbers=credit_notes)


def refund_receipt_pdf(ctx: Context, payment_id: int, *, layout: str = "roll") -> bytes:
    """The refund receipt (hyvityskuitti) of the refund ``payment_id`` as PDF bytes, naming
    the original receipt (or invoice). ``Conflict("payment_not_refund")`` for a payment that
    is no refund of an invoice's payment. Same permissions as ``receipt_pdf``. Audits
    "receipt.refund_printed"."""
    all_ = pr.require_view(ctx, entity_type="payment", entity_id=payment_id)
    with ctx.transaction() as session:
        refund = session.get(Payment, payment_id)
        if refund is None:
            raise NotFound(entity="payment")
        if refund.refund_of_id is None or refund.amount >= 0 or refund.invoice_id is None:
            raise Conflict("payment_not_refund")
        invoice = rules.load_invoice(session, refund.invoice_id)
        if invoice.kind not in pr.PAYABLE_KINDS or invoice.number is None:
            raise Conflict("payment_not_refund")
        if not pr.sees_invoice(session, ctx, all_, invoice):
            raise PermissionDenied(Action.INVOICE_VIEW_OWN.value)
        pdf = render_refund_pdf(refund_document(session, refund), layout)
        audit(session, ctx, "receipt.refund_printed", entity_type="payment",
              entity_id=refund.id, client_id=invoice.client_id,
              details={"layout": layout, "invoice_id": invoice.id})
        return pdf
