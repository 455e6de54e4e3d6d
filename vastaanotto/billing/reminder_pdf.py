"""The payment reminder (maksumuistutus) PDF: one A4 page in the invoice's language.

Same frame as the invoice (``vastaanotto.billing.pdf``): the seller at the top left, the
buyer in the envelope window, the facts at the right, and the bank transfer form with the
bank barcode and the EPC QR code at the bottom. The reminder keeps the original invoice's
reference so the bank payment is matched to the invoice; the form carries the amount to pay
now (what is left + penalty interest + the reminder fee) and the reminder's own due date.

Pure: plain values in, PDF bytes out; no database, any thread. Deterministic output.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from vastaanotto.billing import labels as fmt
from vastaanotto.billing.pdf import InvoiceDocument
from vastaanotto.billing.pdf_fonts import BOLD, FONT, fit, register_fonts, wrap
from vastaanotto.billing.references import format_finnish_reference
from vastaanotto.billing.transfer_form import FORM_TOP, draw_transfer_form

__all__ = ["ReminderDocument", "render_reminder_pdf", "reminder_labels"]

PAGE_W, PAGE_H = A4
LEFT, RIGHT = 20 * mm, PAGE_W - 20 * mm
GREY = (0.35, 0.35, 0.35)


@dataclass(frozen=True)
class ReminderDocument:
    invoice: InvoiceDocument     # the original invoice, as printed
    sent_on: dt.date
    ordinal: int                 # 1 for the first reminder of this invoice
    original_total: Decimal
    credited: Decimal            # credit notes, as a positive amount
    paid: Decimal
    balance: Decimal             # left of the invoice
    fee: Decimal
    interest: Decimal
    interest_from: dt.date
    due_date: dt.date            # pay by this day
    total: Decimal               # balance + interest + fee
    virtual_barcode: str = ""
    epc_payload: str = ""


_FI = {
    "title": "MAKSUMUISTUTUS",
    "date": "Päivämäärä",
    "ordinal": "Muistutus",
    "invoice": "Lasku",
    "invoice_date": "Laskun päivämäärä",
    "original_due": "Alkuperäinen eräpäivä",
    "reference": "Viitenumero",
    "due_date": "Eräpäivä",
    "intro": ("Kirjanpitomme mukaan alla oleva lasku on erääntynyt eikä siihen ole "
              "kohdistunut suoritusta. Pyydämme maksamaan avoimen määrän viimeistään {due} "
              "samalla viitenumerolla. Jos olette jo maksaneet laskun, tämä muistutus on "
              "aiheeton."),
    "contact": "Kysyttävää laskusta? Ota yhteyttä: {contact}.",
    "specification": "Erittely",
    "amount": "Summa",
    "invoice_total": "Laskun {number} summa",
    "credited": "Hyvitykset",
    "paid": "Maksettu",
    "balance": "Avoinna",
    "interest": "Viivästyskorko {rate} ajalta {start}–{end} ({days} pv)",
    "fee": "Muistutusmaksu",
    "total": "Maksettava yhteensä",
}
_SV = {
    "title": "BETALNINGSPÅMINNELSE",
    "date": "Datum",
    "ordinal": "Påminnelse",
    "invoice": "Faktura",
    "invoice_date": "Fakturadatum",
    "original_due": "Ursprunglig förfallodag",
    "reference": "Referensnummer",
    "due_date": "Förfallodag",
    "intro": ("Enligt vår bokföring är fakturan nedan förfallen och obetald. Vi ber er "
              "betala det öppna beloppet senast {due} med samma referensnummer. Om ni redan "
              "har betalat fakturan är denna påminnelse obefogad."),
    "contact": "Frågor om fakturan? Kontakta oss: {contact}.",
    "specification": "Specifikation",
    "amount": "Belopp",
    "invoice_total": "Faktura {number}, belopp",
    "credited": "Krediteringar",
    "paid": "Betalt",
    "balance": "Öppet",
    "interest": "Dröjsmålsränta {rate} för {start}–{end} ({days} dagar)",
    "fee": "Påminnelseavgift",
    "total": "Att betala",
}
_EN = {
    "title": "PAYMENT REMINDER",
    "date": "Date",
    "ordinal": "Reminder",
    "invoice": "Invoice",
    "invoice_date": "Invoice date",
    "original_due": "Original due date",
    "reference": "Reference number",
    "due_date": "Due date",
    "intro": ("According to our records the invoice below is overdue and unpaid. Please pay "
              "the open amount by {due} using the same reference number. If you have "
              "already paid the invoice, please disregard this reminder."),
    "contact": "Questions about the invoice? Contact us: {contact}.",
    "specification": "Specification",
    "amount": "Amount",
    "invoice_total": "Invoice {number}, total",
    "credited": "Credits",
    "paid": "Paid",
    "balance": "Open",
    "interest": "Late payment interest {rate} for {start}–{end} ({days} days)",
    "fee": "Reminder fee",
    "total": "Total to pay",
}
_WORDS = {"fi": _FI, "sv": _SV, "en": _EN}


def reminder_labels(language: str) -> dict[str, str]:
    return _WORDS.get(language, _FI)


def _text(c: Canvas, x: float, top: float, text: str, size: float = 9, *, bold: bool = False,
          align: str = "left", grey: bool = False, width: float | None = None) -> None:
    font = BOLD if bold else FONT
    if width is not None:
        text = fit(text, font, size, width)
    c.setFont(font, size)
    c.setFillColorRGB(*(GREY if grey else (0, 0, 0)))
    y = PAGE_H - top
    if align == "right":
        c.drawRightString(x, y, text)
    else:
        c.drawString(x, y, text)


def _hline(c: Canvas, x1: float, x2: float, top: float, width: float = 0.5) -> None:
    c.setLineWidth(width)
    c.line(x1, PAGE_H - top, x2, PAGE_H - top)


def _header(c: Canvas, doc: ReminderDocument, w: dict, inv_words) -> None:
    inv = doc.invoice
    s = inv.seller
    _text(c, LEFT, 17 * mm, s.name, 11, bold=True, width=85 * mm)
    rows = [s.street, f"{s.postal_code} {s.city}".strip(),
            f"{inv_words['business_id']} {s.business_id}" if s.business_id else "",
            f"{inv_words['phone']} {s.phone}" if s.phone else "", s.email]
    top = 21.5 * mm
    for row in (r for r in rows if r):
        _text(c, LEFT, top, row, 8, width=85 * mm)
        top += 3.6 * mm
    b = inv.buyer
    top = 50 * mm
    for row in (b.name, b.street, f"{b.postal_code} {b.city}".strip()):
        if row:
            _text(c, 22 * mm, top, row, 10, width=82 * mm)
            top += 4.6 * mm
    _text(c, 110 * mm, 17 * mm, w["title"], 15, bold=True, width=RIGHT - 110 * mm)
    facts = [(w["date"], fmt.date(doc.sent_on), False),
             (w["ordinal"], str(doc.ordinal), False),
             (w["invoice"], str(inv.number), False),
             (w["invoice_date"], fmt.date(inv.issue_date), False),
             (w["original_due"], fmt.date(inv.due_date), False),
             (w["reference"], format_finnish_reference(inv.reference), True),
             (w["due_date"], fmt.date(doc.due_date), True)]
    top = 25 * mm
    for label, value, bold in facts:
        _text(c, 110 * mm, top, label, 8, grey=True, width=34 * mm)
        _text(c, 148 * mm, top, value, 9, bold=bold, width=RIGHT - 148 * mm)
        top += 4.6 * mm


def _body(c: Canvas, doc: ReminderDocument, w: dict) -> None:
    inv = doc.invoice
    top = 90 * mm
    for line in wrap(w["intro"].format(due=fmt.date(doc.due_date)), FONT, 9.5, RIGHT - LEFT):
        _text(c, LEFT, top, line, 9.5)
        top += 4.6 * mm
    top += 5 * mm
    _text(c, LEFT, top, w["specification"], 8, bold=True)
    _text(c, RIGHT, top, w["amount"], 8, bold=True, align="right")
    _hline(c, LEFT, RIGHT, top + 1.6 * mm)
    top += 6.5 * mm
    rows = [(w["invoice_total"].format(number=inv.number), doc.original_total)]
    if doc.credited:
        rows.append((w["credited"], -doc.credited))
    if doc.paid:
        rows.append((w["paid"], -doc.paid))
    rows.append((w["balance"], doc.balance))
    if doc.interest:
        days = (doc.sent_on - doc.interest_from).days
        rate = fmt.percent(inv.penalty_interest_rate or Decimal(0))
        start = doc.interest_from + dt.timedelta(days=1)
        rows.append((w["interest"].format(rate=rate, start=fmt.date(start),
                                          end=fmt.date(doc.sent_on), days=days), doc.interest))
    if doc.fee:
        rows.append((w["fee"], doc.fee))
    for label, value in rows:
        _text(c, LEFT, top, label, 9, width=130 * mm)
        _text(c, RIGHT, top, fmt.money(value), 9, align="right")
        top += 5 * mm
    _hline(c, 118 * mm, RIGHT, top - 3 * mm, 0.3)
    top += 1.5 * mm
    _text(c, 118 * mm, top, w["total"], 10.5, bold=True)
    _text(c, RIGHT, top, fmt.money(doc.total), 10.5, bold=True, align="right")
    contact = ", ".join(p for p in (inv.seller.phone, inv.seller.email) if p)
    if contact:
        top += 10 * mm
        for line in wrap(w["contact"].format(contact=contact), FONT, 8, RIGHT - LEFT):
            _text(c, LEFT, top, line, 8)
            top += 3.8 * mm


def _footer(c: Canvas, doc: ReminderDocument, inv_words) -> None:
    inv = doc.invoice
    s = inv.seller
    parts = [s.name, s.street, f"{s.postal_code} {s.city}".strip(),
             f"{inv_words['business_id']} {s.business_id}" if s.business_id else "",
             f"IBAN {inv.iban}" if inv.iban else "", f"BIC {inv.bic}" if inv.bic else ""]
    top = PAGE_H - FORM_TOP - 5 * mm
    _hline(c, LEFT, RIGHT, top - 3.2 * mm, 0.3)
    c.setFont(FONT, 7)
    c.setFillColorRGB(*GREY)
    text = fit("  ·  ".join(p for p in parts if p), FONT, 7, RIGHT - LEFT)
    c.drawCentredString(PAGE_W / 2, PAGE_H - top, text)
    c.setFillColorRGB(0, 0, 0)


def render_reminder_pdf(doc: ReminderDocument) -> bytes:
    """The reminder as PDF bytes. Pure; ``StorageError("pdf_fonts_missing")`` without fonts."""
    register_fonts()
    language = doc.invoice.language
    w = reminder_labels(language)
    inv_words = fmt.labels(language)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True, pageCompression=1)
    canvas.setTitle(f"{w['title'].capitalize()} {doc.invoice.number}")
    canvas.setAuthor(doc.invoice.seller.name)
    _header(canvas, doc, w, inv_words)
    _body(canvas, doc, w)
    _footer(canvas, doc, inv_words)
    # The transfer form reads amount, due date and codes from an invoice document: the
    # original's with what this reminder asks for.
    form = dataclasses.replace(doc.invoice, kind="invoice", total=doc.total,
                               due_date=doc.due_date, virtual_barcode=doc.virtual_barcode,
                               epc_payload=doc.epc_payload)
    draw_transfer_form(canvas, form)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
