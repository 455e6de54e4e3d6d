"""The invoice PDF: A4, laid out like a Finnish paper invoice, from a plain ``InvoiceDocument``.

The renderer never touches the database: ``vastaanotto.services.invoicing`` builds the document
(and audits), this module only draws it, so it is fast to test and to benchmark and safe to
call on any thread. Output is deterministic (reportlab's invariant mode): the same document
gives the same bytes.

Layout (mm from the top of the page): the seller at the top left; the buyer's address at
22 mm from the left edge and 50 mm from the top, inside the window of a C5/C65 window
envelope; the heading, number, dates, terms, reference and penalty interest at the right;
then the lines, the VAT breakdown beside the totals, and the exemption note. On invoices
(not credit notes) the bottom 100 mm is the bank transfer form (tilisiirto) with the Code 128
bank barcode of the 54-digit virtual barcode, printed again in digits below it, and the EPC QR
code. The bank form is drawn by ``vastaanotto.billing.transfer_form``.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from vastaanotto.billing import labels as fmt
from vastaanotto.billing.pdf_fonts import BOLD, FONT, fit, register_fonts, wrap
from vastaanotto.billing.references import format_finnish_reference
from vastaanotto.billing.transfer_form import FORM_TOP, draw_transfer_form
from vastaanotto.billing.vat import VatRow

__all__ = ["Party", "DocumentLine", "InvoiceDocument", "render_invoice_pdf"]

PAGE_W, PAGE_H = A4
LEFT, RIGHT = 20 * mm, PAGE_W - 20 * mm
GREY = (0.35, 0.35, 0.35)
FOOTER_GAP = 5 * mm                 # the footer line sits this far above the form
TABLE_TOP_FIRST = 88 * mm           # from the top of the page
TABLE_TOP_NEXT = 40 * mm
ROW = 4.6 * mm
# Right edges of the numeric columns; the description fills what is left of them.
COL_QTY, COL_PRICE, COL_DISC, COL_VAT, COL_TOTAL = (114 * mm, 137 * mm, 153 * mm, 171 * mm,
                                                    RIGHT)
DESC_WIDTH = 100 * mm - LEFT


@dataclass(frozen=True)
class Party:
    name: str
    street: str = ""
    postal_code: str = ""
    city: str = ""
    business_id: str = ""
    vat_number: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""


@dataclass(frozen=True)
class DocumentLine:
    description: str
    quantity: Decimal
    unit_price: Decimal          # VAT included
    discount_percent: Decimal
    vat_rate: Decimal
    exempt: bool
    total: Decimal               # VAT included, after the discount


@dataclass(frozen=True)
class InvoiceDocument:
    """Everything printed on one invoice or credit note; plain values, no ORM objects.

    ``number`` None means a draft (printed as such, without reference, barcode or QR code).
    ``virtual_barcode`` (54 digits) and ``epc_payload`` are empty when there is nothing to pay.
    """

    kind: str                    # "invoice" or "credit_note"
    language: str                # "fi", "sv" or "en"
    seller: Party
    buyer: Party
    iban: str
    bic: str
    number: int | None
    issue_date: dt.date | None
    delivery_date: dt.date | None
    due_date: dt.date | None
    payment_terms_days: int
    penalty_interest_rate: Decimal | None
    reference: str               # national reference, compact digits
    rf_reference: str
    lines: tuple[DocumentLine, ...]
    vat_rows: tuple[VatRow, ...]
    net_total: Decimal
    vat_total: Decimal
    total: Decimal
    credit_of_number: int | None = None
    credit_of_date: dt.date | None = None
    notes: str = ""
    virtual_barcode: str = ""
    epc_payload: str = ""
    client_id: int | None = None  # for the UI (open the client card); never printed

    @property
    def is_credit_note(self) -> bool:
        return self.kind == "credit_note"

    @property
    def is_draft(self) -> bool:
        return self.number is None

    @property
    def has_payment_form(self) -> bool:
        return not self.is_credit_note and self.total > 0


class _Pen:
    """Canvas helpers in the units the layout is written in: points, y measured from the top."""

    def __init__(self, canvas: Canvas):
        self.c = canvas

    def text(self, x: float, top: float, text: str, size: float = 9, *, bold: bool = False,
             align: str = "left", grey: bool = False, width: float | None = None) -> None:
        font = BOLD if bold else FONT
        if width is not None:
            text = fit(text, font, size, width)
        c = self.c
        c.setFont(font, size)
        c.setFillColorRGB(*(GREY if grey else (0, 0, 0)))
        y = PAGE_H - top
        if align == "right":
            c.drawRightString(x, y, text)
        elif align == "center":
            c.drawCentredString(x, y, text)
        else:
            c.drawString(x, y, text)

    def hline(self, x1: float, x2: float, top: float, width: float = 0.5) -> None:
        self.c.setLineWidth(width)
        self.c.line(x1, PAGE_H - top, x2, PAGE_H - top)


def _seller_block(pen: _Pen, doc: InvoiceDocument, words) -> None:
    s = doc.seller
    pen.text(LEFT, 17 * mm, s.name, 11, bold=True, width=85 * mm)
    rows = [s.street, f"{s.postal_code} {s.city}".strip(),
            f"{words['business_id']} {s.business_id}" if s.business_id else "",
            f"{words['vat_number']} {s.vat_number}" if s.vat_number else "",
            f"{words['phone']} {s.phone}" if s.phone else "", s.email]
    top = 21.5 * mm
    for row in (r for r in rows if r):
        pen.text(LEFT, top, row, 8, width=85 * mm)
        top += 3.6 * mm


def _buyer_block(pen: _Pen, doc: InvoiceDocument, words) -> None:
    b = doc.buyer
    x, top = 22 * mm, 50 * mm
    for row in (b.name, b.street, f"{b.postal_code} {b.city}".strip()):
        if row:
            pen.text(x, top, row, 10, width=82 * mm)
            top += 4.6 * mm
    if b.business_id:
        pen.text(x, top + 1 * mm, f"{words['business_id']} {b.business_id}", 8, width=82 * mm)


def _info_rows(doc: InvoiceDocument, words) -> list[tuple[str, str, bool]]:
    number = str(doc.number) if doc.number is not None else "–"
    rows = [(words["number"], number, False),
            (words["issue_date"], fmt.date(doc.issue_date), False)]
    if doc.delivery_date is not None:
        rows.append((words["delivery_date"], fmt.date(doc.delivery_date), False))
    if doc.is_credit_note:
        if doc.credit_of_number is not None:
            rows.append((words["credit_of"], str(doc.credit_of_number), False))
        return rows
    rows.append((words["due_date"], fmt.date(doc.due_date), True))
    rows.append((words["payment_terms"], fmt.payment_terms(doc.payment_terms_days,
                                                           doc.language), False))
    if doc.reference:
        rows.append((words["reference"], format_finnish_reference(doc.reference), True))
    rate = doc.penalty_interest_rate
    rows.append((words["penalty_interest"],
                 fmt.percent(rate) if rate is not None else words["penalty_interest_by_law"],
                 False))
    return rows


def _heading(pen: _Pen, doc: InvoiceDocument, words, page: int, pages: int, *,
             first: bool) -> None:
    title = words["credit_note" if doc.is_credit_note else "invoice"]
    if doc.is_draft:
        title = f"{title} – {words['draft']}"
    pen.text(110 * mm, 17 * mm, title, 15, bold=True, width=62 * mm)
    pen.text(RIGHT, 17 * mm, f"{words['page']} {page} ({pages})", 8, align="right")
    if not first:
        pen.text(LEFT, 17 * mm, doc.seller.name, 11, bold=True, width=85 * mm)
        pen.text(110 * mm, 23 * mm, f"{words['number']} {doc.number or '–'}", 8, grey=True)
        return
    top = 25 * mm
    for label, value, bold in _info_rows(doc, words):
        pen.text(110 * mm, top, label, 8, grey=True, width=34 * mm)
        pen.text(145 * mm, top, value, 9, bold=bold, width=RIGHT - 145 * mm)
        top += ROW


def _table_header(pen: _Pen, words, top: float) -> float:
    pen.text(LEFT, top, words["description"], 8, bold=True)
    for x, key in ((COL_QTY, "quantity"), (COL_PRICE, "unit_price"), (COL_DISC, "discount"),
                   (COL_VAT, "vat_percent"), (COL_TOTAL, "total")):
        pen.text(x, top, words[key], 8, bold=True, align="right")
    pen.hline(LEFT, RIGHT, top + 1.6 * mm)
    return top + 6 * mm


def _line_rows(doc: InvoiceDocument) -> list[tuple[DocumentLine, list[str]]]:
    return [(line, wrap(line.description, FONT, 9, DESC_WIDTH)) for line in doc.lines]


def _draw_line(pen: _Pen, line: DocumentLine, texts: list[str], top: float) -> float:
    for i, part in enumerate(texts):
        pen.text(LEFT, top + i * 4 * mm, part, 9)
    pen.text(COL_QTY, top, fmt.quantity(line.quantity), 9, align="right")
    pen.text(COL_PRICE, top, fmt.number(line.unit_price), 9, align="right")
    if line.discount_percent:
        pen.text(COL_DISC, top, fmt.percent(line.discount_percent), 9, align="right")
    pen.text(COL_VAT, top, fmt.percent(line.vat_rate), 9, align="right")
    pen.text(COL_TOTAL, top, fmt.number(line.total), 9, align="right")
    return top + (len(texts) - 1) * 4 * mm + 5 * mm


def _summary_lines(doc: InvoiceDocument, words) -> list[str]:
    notes = [words["prices_include_vat"]]
    for basis in dict.fromkeys(r.legal_basis for r in doc.vat_rows if r.exempt):
        notes.append(fmt.exemption(doc.language, basis))
    if doc.is_credit_note and doc.credit_of_number is not None:
        notes.append(words["credit_of_text"].format(number=doc.credit_of_number,
                                                    date=fmt.date(doc.credit_of_date)))
    if doc.notes:
        notes.append(doc.notes)
    out: list[str] = []
    for note in notes:
        out.extend(wrap(note, FONT, 8, RIGHT - LEFT))
    return out


def _summary_height(doc: InvoiceDocument, words) -> float:
    left = (2 + len(doc.vat_rows)) * 4.2 * mm
    right = 16.5 * mm
    return 4 * mm + max(left, right) + 3 * mm + len(_summary_lines(doc, words)) * 3.8 * mm


def _summary(pen: _Pen, doc: InvoiceDocument, words, top: float) -> None:
    pen.hline(LEFT, RIGHT, top - 3 * mm)
    top += 2 * mm
    pen.text(LEFT, top, words["vat_breakdown"], 8, bold=True)
    cols = ((72 * mm, "net"), (90 * mm, "vat"), (110 * mm, "gross"))
    row = top + 4.2 * mm
    for x, key in cols:
        pen.text(x, row, words[key], 7.5, grey=True, align="right")
    for vat_row in doc.vat_rows:
        row += 4.2 * mm
        label = (f"{words['vat_exempt_rate']} ({fmt.cite(doc.language, vat_row.legal_basis)})"
                 if vat_row.exempt else fmt.percent(vat_row.rate))
        pen.text(LEFT, row, label, 8, width=34 * mm)
        for (x, _), amount in zip(cols, (vat_row.net, vat_row.vat, vat_row.gross)):
            pen.text(x, row, fmt.number(amount), 8, align="right")
    grand = words["credit_total" if doc.is_credit_note else "grand_total"]
    for label, amount, size, bold, at in ((words["net_total"], doc.net_total, 9, False, 0),
                                          (words["vat_total"], doc.vat_total, 9, False, 5),
                                          (grand, doc.total, 10.5, True, 11.5)):
        pen.text(118 * mm, top + at * mm, label, size, bold=bold)
        pen.text(RIGHT, top + at * mm, fmt.money(amount), size, bold=bold, align="right")
    pen.hline(118 * mm, RIGHT, top + 7 * mm, 0.3)
    notes_top = max(row, top + 11.5 * mm) + 6 * mm
    for i, text in enumerate(_summary_lines(doc, words)):
        pen.text(LEFT, notes_top + i * 3.8 * mm, text, 8)


def _footer(pen: _Pen, doc: InvoiceDocument, words, top: float) -> None:
    s = doc.seller
    parts = [s.name, s.street, f"{s.postal_code} {s.city}".strip(),
             f"{words['business_id']} {s.business_id}" if s.business_id else "",
             f"IBAN {doc.iban}" if doc.iban else "", f"BIC {doc.bic}" if doc.bic else ""]
    pen.hline(LEFT, RIGHT, top - 3.2 * mm, 0.3)
    pen.text(PAGE_W / 2, top, "  ·  ".join(p for p in parts if p), 7, grey=True,
             align="center", width=RIGHT - LEFT)


def _paginate(doc: InvoiceDocument, words, full_limit: float,
              last_limit: float) -> list[list[tuple[DocumentLine, list[str]]]]:
    """Lines per page. The last page also holds the summary (kept whole) and, on an invoice,
    the transfer form, so it must end higher up (``last_limit``) than the others."""
    rows = _line_rows(doc)
    heights = [(len(texts) - 1) * 4 * mm + 5 * mm for _, texts in rows]
    summary = _summary_height(doc, words)
    pages: list[list[tuple[DocumentLine, list[str]]]] = []
    i, n = 0, len(rows)
    while True:
        top = (TABLE_TOP_FIRST if not pages else TABLE_TOP_NEXT) + 6 * mm
        page: list[tuple[DocumentLine, list[str]]] = []
        while i < n:
            if top + sum(heights[i:]) + summary <= last_limit:
                page.extend(rows[i:])  # everything left fits: this is the last page
                top += sum(heights[i:])
                i = n
                break
            if top + heights[i] > full_limit and page:
                break
            page.append(rows[i])
            top += heights[i]
            i += 1
        pages.append(page)
        # An empty page that still cannot hold the summary would loop forever; accept it.
        if i == n and (top + summary <= last_limit or not page):
            return pages


def render_invoice_pdf(doc: InvoiceDocument) -> bytes:
    """The PDF of ``doc`` as bytes. Pure: no database, no files written; any thread.

    Raises ``StorageError("pdf_fonts_missing")`` if the bundled fonts cannot be read.
    """
    register_fonts()
    words = fmt.labels(doc.language)
    form = doc.has_payment_form
    # Body text stops above the footer line; on the last page of an invoice the footer sits
    # above the transfer form.
    footer_last = PAGE_H - (FORM_TOP if form else 0) - FOOTER_GAP
    footer_other = PAGE_H - FOOTER_GAP
    pages = _paginate(doc, words, footer_other - 7 * mm, footer_last - 7 * mm)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True, pageCompression=1)
    title = f"{words['credit_note' if doc.is_credit_note else 'invoice']} {doc.number or ''}"
    canvas.setTitle(title.strip())
    canvas.setAuthor(doc.seller.name)
    pen = _Pen(canvas)
    for index, lines in enumerate(pages, start=1):
        first, last = index == 1, index == len(pages)
        _heading(pen, doc, words, index, len(pages), first=first)
        if first:
            _seller_block(pen, doc, words)
            _buyer_block(pen, doc, words)
        top = _table_header(pen, words, TABLE_TOP_FIRST if first else TABLE_TOP_NEXT)
        for line, texts in lines:
            top = _draw_line(pen, line, texts, top)
        if last:
            _summary(pen, doc, words, top + 3 * mm)
            if form:
                draw_transfer_form(canvas, doc)
        _footer(pen, doc, words, footer_last if last else footer_other)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
