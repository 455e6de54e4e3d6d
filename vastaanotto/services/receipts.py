"""The receipt of a desk sale, or the payment receipt of an invoice, as PDF bytes.

Reads the invoice and its payments in one transaction, builds a plain
``vastaanotto.billing.receipt_pdf.ReceiptDocument`` and renders it (80 mm roll or A4). The
cash rounding row of a payment is not printed as a payment: it becomes the receipt's
"Pyöristys -0,02 €" line. Reception and the owner print any receipt; a practitioner only those
of invoices with a line from their own visits.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from vastaanotto.billing.receipt_pdf import ReceiptDocument, ReceiptPayment, render_receipt_pdf
from vastaanotto.context import Context
from vastaanotto.errors import Conflict, PermissionDenied
from vastaanotto.models.billing import Invoice, InvoiceKind, Payment
from vastaanotto.models.staff import Staff
from vastaanotto.permissions import Action
from vastaanotto.services import invoice_document
from vastaanotto.services import invoice_rules as rules
from vastaanotto.services import payment_rules as pr
from vastaanotto.services.base import audit
from vastaanotto.services.payment_rules import ZERO

__all__ = ["receipt_pdf", "receipt_document"]


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
