"""From the stored invoice to the plain ``InvoiceDocument`` that the PDF renderer draws.

Used inside the transactions of ``vastaanotto.services.invoicing`` (which checks the role and
audits the read). The VAT breakdown is recomputed from the stored lines with their stored
rates, the same arithmetic as when the invoice was issued, so it always matches the totals.
The payment codes are made only for an issued invoice with something to pay: the 54-digit
virtual barcode needs a Finnish IBAN, and if the practice's account is foreign the invoice
simply has no barcode (the IBAN and reference are still printed).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from vastaanotto.billing import vat
from vastaanotto.billing.barcode import virtual_barcode
from vastaanotto.billing.epc_qr import epc_payload
from vastaanotto.billing.pdf import DocumentLine, InvoiceDocument, Party
from vastaanotto.errors import NotFound, ValidationError
from vastaanotto.finnish import validators
from vastaanotto.models.billing import Invoice, InvoiceKind, InvoiceLine
from vastaanotto.models.clients import Client
from vastaanotto.models.practice import Practice
from vastaanotto.models.resources import VatClass
from vastaanotto.models.visits import Visit
from vastaanotto.services.invoice_rules import Buyer, buyer_of

__all__ = ["build", "has_visit_of"]

_EPC_NAME = 70  # EPC069-12 limit for the beneficiary name


def has_visit_of(session: Session, invoice: Invoice, staff_id: int | None) -> bool:
    """True if a line of ``invoice`` comes from a visit of practitioner ``staff_id``."""
    if staff_id is None:
        return False
    return session.scalar(
        select(InvoiceLine.id).join(Visit, InvoiceLine.visit_id == Visit.id)
        .where(InvoiceLine.invoice_id == invoice.id, Visit.practitioner_id == staff_id)
        .limit(1)) is not None


def _buyer(session: Session, invoice: Invoice) -> Buyer:
    if invoice.buyer_name or invoice.client_id is None:
        return Buyer(invoice.buyer_name, invoice.buyer_street, invoice.buyer_postal_code,
                     invoice.buyer_city, invoice.buyer_business_id)
    # A draft for a client shows the client's current details; issuing will fix them.
    client = session.get(Client, invoice.client_id)
    return buyer_of(client) if client is not None else Buyer("")


def _payment_codes(practice: Practice, invoice: Invoice) -> tuple[str, str]:
    if invoice.number is None or invoice.kind is not InvoiceKind.INVOICE or invoice.total <= 0:
        return "", ""
    try:
        barcode = virtual_barcode(practice.iban, invoice.total, invoice.reference,
                                  invoice.due_date)
    except ValidationError:  # a foreign IBAN: no bank barcode exists for it
        barcode = ""
    try:
        payload = epc_payload(name=practice.name[:_EPC_NAME], iban=practice.iban,
                              bic=practice.bic, amount=invoice.total,
                              reference=invoice.rf_reference, due_date=invoice.due_date)
    except ValidationError:  # e.g. an account outside SEPA: print the form without QR code
        payload = ""
    return barcode, payload


def build(session: Session, invoice: Invoice) -> InvoiceDocument:
    practice = session.scalar(select(Practice).limit(1))
    if practice is None:
        raise NotFound(entity="practice")
    seller = Party(practice.name, practice.street, practice.postal_code, practice.city,
                   practice.business_id, practice.vat_number,
                   validators.format_phone_fi(practice.phone) if practice.phone else "",
                   practice.email,
                   practice.website)
    b = _buyer(session, invoice)
    buyer = Party(b.name, b.street, b.postal_code, b.city, b.business_id)
    lines = invoice.lines
    totals = vat.compute([vat.PricedLine(line.quantity, line.unit_price, line.discount_percent,
                                         vat.RateInfo(line.vat_class, line.vat_rate,
                                                      line.legal_basis))
                          for line in lines])
    doc_lines = tuple(
        DocumentLine(line.description, line.quantity, line.unit_price, line.discount_percent,
                     line.vat_rate, line.vat_class is VatClass.HEALTH_EXEMPT,
                     amounts.gross)
        for line, amounts in zip(lines, totals.lines))
    original = session.get(Invoice, invoice.credit_of_id) if invoice.credit_of_id else None
    barcode, payload = _payment_codes(practice, invoice)
    return InvoiceDocument(
        kind=invoice.kind.value if invoice.kind is InvoiceKind.CREDIT_NOTE else "invoice",
        language=invoice.language, seller=seller, buyer=buyer, iban=practice.iban,
        bic=practice.bic, number=invoice.number, issue_date=invoice.issue_date,
        delivery_date=invoice.delivery_date, due_date=invoice.due_date,
        payment_terms_days=invoice.payment_terms_days,
        penalty_interest_rate=invoice.penalty_interest_rate, reference=invoice.reference,
        rf_reference=invoice.rf_reference, lines=doc_lines, vat_rows=totals.rows,
        net_total=totals.net, vat_total=totals.vat, total=totals.gross,
        credit_of_number=original.number if original else None,
        credit_of_date=original.issue_date if original else None, notes=invoice.notes,
        virtual_barcode=barcode, epc_payload=payload, client_id=invoice.client_id)
