"""The receipt (kuitti): a simplified invoice printed at the desk, 80 mm roll or A4.

A receipt is a simplified invoice (kevennetty lasku, FINNISH_STANDARDS.md §6.4), allowed up to
400 € including VAT and, for retail-like sales to private persons (a hairdresser), for any
amount. It shows the date of issue (here with the time), the seller's name and Y-tunnus, what
was sold, the VAT per rate (or, for exempt health care, the AVL 34 § note), the total, how it
was paid, the cash rounding ("Pyöristys -0,02 €", ``cash_rounding``) and the change. Over
400 € the buyer's name and address are printed as well, so the receipt also carries what a
full invoice needs (AVL 209 e §). A payment receipt for an invoice
(paid in part or in full at the desk) names the invoice and what is still open.

Pure like ``vastaanotto.billing.pdf``: no database, any thread, deterministic bytes. The roll
layout is 80 mm wide (72 mm printable, the common thermal printer) and exactly as long as its
content; the A4 layout draws the same rows in a 100 mm column for ordinary printers, on as
many pages as the lines need: an item never splits from its detail row, later pages repeat the
seller and the number, and every page of a longer receipt is numbered ("Sivu 2/3").
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
from vastaanotto.billing.pdf import DocumentLine, Party
from vastaanotto.billing.pdf_fonts import BOLD, FONT, fit, register_fonts, wrap
from vastaanotto.billing.vat import VatRow, round_cents
from vastaanotto.clock import HELSINKI

__all__ = ["ReceiptPayment", "ReceiptDocument", "RefundDocument", "render_receipt_pdf",
           "render_refund_pdf", "refund_vat_rows", "LAYOUTS", "SIMPLIFIED_LIMIT"]

LAYOUTS = ("roll", "a4")
SIMPLIFIED_LIMIT = Decimal("400.00")

_WORDS = {
    "fi": {"receipt": "KUITTI", "payment_receipt": "MAKSUKUITTI", "number": "Kuitti nro",
           "credit_note_number": "Hyvityslasku nro",
           "vat_by_credit_note": "Arvonlisävero on oikaistu hyvityslaskulla.",
           "refund_receipt": "HYVITYSKUITTI", "payment_refund": "PALAUTUSKUITTI",
           "refund_number": "Hyvitystunnus", "original_receipt": "Alkuperäinen kuitti nro",
           "original_invoice": "Lasku nro", "original_sale": "Alkuperäinen ostos",
           "refunded": "HYVITETTY", "paid_back": "Palautettu", "reason": "Syy",
           "vat_of_refund": "ALV-osuus hyvityksestä",
           "refund_of_invoice": "Laskun arvonlisävero oikaistaan hyvityslaskulla.",
           "invoice_number": "Lasku nro", "date": "Päiväys", "business_id": "Y-tunnus",
           "buyer": "Ostaja", "total": "YHTEENSÄ", "vat_breakdown": "ALV-erittely",
           "rate": "ALV", "net": "Veroton", "vat": "Vero", "gross": "Verollinen",
           "exempt": "Veroton", "paid": "Maksettu", "cash_given": "Annettu käteinen",
           "change": "Takaisin", "open": "Avoinna laskulla", "served_by": "Palveli",
           "thanks": "Kiitos käynnistä!", "cash": "Käteinen", "card": "Kortti",
           "mobilepay": "MobilePay", "gift_card": "Lahjakortti",
           "bank_transfer": "Tilisiirto", "refund": "Palautus",
           "prices_include_vat": "Hinnat sisältävät arvonlisäveron.",
           "rounding": "Pyöristys", "to_pay": "Maksettava"},
    "sv": {"receipt": "KVITTO", "payment_receipt": "BETALNINGSKVITTO", "number": "Kvitto nr",
           "credit_note_number": "Kreditnota nr",
           "vat_by_credit_note": "Momsen har rättats med kreditnotan.",
           "refund_receipt": "KREDITKVITTO", "payment_refund": "ÅTERBETALNINGSKVITTO",
           "refund_number": "Krediteringsnummer", "original_receipt": "Ursprungligt kvitto nr",
           "original_invoice": "Faktura nr", "original_sale": "Ursprungligt köp",
           "refunded": "KREDITERAT", "paid_back": "Återbetalt", "reason": "Orsak",
           "vat_of_refund": "Momsandel av krediteringen",
           "refund_of_invoice": "Fakturans moms rättas med en kreditnota.",
           "invoice_number": "Faktura nr", "date": "Datum", "business_id": "FO-nummer",
           "buyer": "Köpare", "total": "TOTALT", "vat_breakdown": "Momsspecifikation",
           "rate": "Moms", "net": "Utan moms", "vat": "Moms", "gross": "Med moms",
           "exempt": "Momsfri", "paid": "Betalt", "cash_given": "Kontant given",
           "change": "Växel", "open": "Öppet på fakturan", "served_by": "Betjänad av",
           "thanks": "Tack för besöket!", "cash": "Kontant", "card": "Kort",
           "mobilepay": "MobilePay", "gift_card": "Presentkort",
           "bank_transfer": "Girering", "refund": "Återbetalning",
           "prices_include_vat": "Priserna inkluderar mervärdesskatt.",
           "rounding": "Avrundning", "to_pay": "Att betala"},
    "en": {"receipt": "RECEIPT", "payment_receipt": "PAYMENT RECEIPT", "number": "Receipt no.",
           "credit_note_number": "Credit note no.",
           "vat_by_credit_note": "The VAT has been corrected by the credit note.",
           "refund_receipt": "REFUND RECEIPT", "payment_refund": "REFUND RECEIPT",
           "refund_number": "Refund no.", "original_receipt": "Original receipt no.",
           "original_invoice": "Invoice no.", "original_sale": "Original purchase",
           "refunded": "REFUNDED", "paid_back": "Paid back", "reason": "Reason",
           "vat_of_refund": "VAT share of the refund",
           "refund_of_invoice": "The invoice's VAT is corrected by a credit note.",
           "invoice_number": "Invoice no.", "date": "Date", "business_id": "Business ID",
           "buyer": "Buyer", "total": "TOTAL", "vat_breakdown": "VAT breakdown",
           "rate": "VAT", "net": "Excl. VAT", "vat": "VAT", "gross": "Incl. VAT",
           "exempt": "Exempt", "paid": "Paid", "cash_given": "Cash given",
           "change": "Change", "open": "Still open on the invoice", "served_by": "Served by",
           "thanks": "Thank you for your visit!", "cash": "Cash", "card": "Card",
           "mobilepay": "MobilePay", "gift_card": "Gift card",
           "bank_transfer": "Bank transfer", "refund": "Refund",
           "prices_include_vat": "Prices include VAT.",
           "rounding": "Rounding", "to_pay": "To pay"},
}


@dataclass(frozen=True)
class ReceiptPayment:
    method: str                  # PaymentMethod value
    amount: Decimal              # negative for a refund
    reference: str = ""          # gift card code: printed masked


@dataclass(frozen=True)
class ReceiptDocument:
    kind: str                    # "receipt" (the sale) or "payment_receipt" (of an invoice)
    language: str
    seller: Party
    number: int                  # the document's number (receipt or invoice)
    issued_at: dt.datetime       # aware; printed in Helsinki time
    lines: tuple[DocumentLine, ...]
    vat_rows: tuple[VatRow, ...]
    total: Decimal
    vat_total: Decimal
    payments: tuple[ReceiptPayment, ...]
    buyer: Party | None = None
    cash_given: Decimal | None = None
    change: Decimal = Decimal("0.00")
    balance: Decimal = Decimal("0.00")   # still open after these payments
    served_by: str = ""
    rounding: Decimal = Decimal("0.00")  # cash rounding, as printed: -0,02 when 12,37 -> 12,35

    @property
    def prints_buyer(self) -> bool:
        return self.buyer is not None and bool(self.buyer.name) and (
            self.total > SIMPLIFIED_LIMIT or self.kind == "payment_receipt")


@dataclass(frozen=True)
class RefundDocument:
    """A refund (hyvityskuitti) of money paid at the desk: the customer's document for the
    money given back and, for a desk sale (``kind`` "refund_receipt"), the VAT in it, naming
    the original receipt unambiguously (AVL 209 h §: a correcting document refers to the
    original). A refund of an invoice's payment (``kind`` "payment_refund") names the invoice
    and prints no VAT: that invoice's VAT is corrected by its credit note."""

    kind: str                    # "refund_receipt" or "payment_refund"
    language: str
    seller: Party
    refund_id: int               # the refund payment's id: the document's own identifier
    issued_at: dt.datetime       # aware; when the money was given back
    original_number: int         # the receipt's (or invoice's) number
    original_date: dt.date | None
    lines: tuple[DocumentLine, ...]   # what the original sold, for reference
    original_total: Decimal
    amount: Decimal              # refunded, positive
    method: str                  # how it was paid back (PaymentMethod value)
    reason: str
    vat_rows: tuple[VatRow, ...] = ()   # the VAT share of the refund (refund_vat_rows)
    served_by: str = ""
    # Credit notes of the original: they correct its VAT, so the refund then prints none.
    credit_note_numbers: tuple[int, ...] = ()


def refund_vat_rows(vat_rows: tuple[VatRow, ...], total: Decimal, amount: Decimal
                    ) -> tuple[VatRow, ...]:
    """The VAT in a refund of ``amount`` from a sale of ``total`` with ``vat_rows``: the sale's
    rows themselves for a full refund, else each rate's share in proportion to its gross,
    rounded to cents with the last row taking the remainder so the gross adds up to
    ``amount``. Amounts are positive (what is given back)."""
    if total <= 0 or not vat_rows:
        return ()
    if amount >= total:
        return tuple(vat_rows)
    cent = Decimal("0.01")
    out, left = [], amount
    for i, row in enumerate(vat_rows):
        gross = left if i == len(vat_rows) - 1 else (amount * row.gross / total).quantize(cent)
        left -= gross
        vat = (Decimal("0.00") if row.exempt or not row.rate
               else round_cents(gross * row.rate / (100 + row.rate)))
        out.append(VatRow(rate=row.rate, net=gross - vat, vat=vat, gross=gross,
                          exempt=row.exempt, legal_basis=row.legal_basis))
    return tuple(out)


@dataclass(frozen=True)
class _Geometry:
    page: tuple[float, float] | None   # None: as long as the content (roll)
    left: float
    width: float
    size: float                        # body font size
    top: float
    bottom: float = 0.0                # margin under the last row, page number included


_ROLL = _Geometry(None, 4 * mm, 72 * mm, 8, 6 * mm)
_A4 = _Geometry(A4, 20 * mm, 100 * mm, 9.5, 20 * mm, 25 * mm)


def _mask(code: str) -> str:
    """A gift card code is money: print only its end."""
    return ("•••" + code[-4:]) if len(code) > 4 else code


def _width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return stringWidth(text, font, size)


class _Rows:
    """The receipt as rows (left text, right text, size, bold) measured before drawing, so
    the roll can be cut to the length of its content and A4 broken into pages. A row marked
    ``keep`` stays on the page of the row after it."""

    def __init__(self, g: _Geometry):
        self.g = g
        self.items: list[tuple] = []
        self.keep: list[bool] = []
        self.together = False          # True: every row from now on stays on one page


    def text(self, left: str, right: str = "", *, size: float | None = None,
             bold: bool = False, center: bool = False, keep_with_next: bool = False) -> None:
        size = size or self.g.size
        font = BOLD if bold else FONT
        room = self.g.width - (_width(right, font, size) + 3 * mm if right else 0)
        parts = wrap(left, font, size, room) if left else [""]
        for i, part in enumerate(parts):
            self._add(("text", part, right if i == 0 else "", size, bold, center),
                      keep_with_next or i < len(parts) - 1)

    def rule(self) -> None:
        self._add(("rule",))

    def gap(self, height: float = 1.5 * mm) -> None:
        self._add(("gap", height))

    def _add(self, item: tuple, keep: bool = False) -> None:
        self.items.append(item)
        self.keep.append(keep or self.together)

    def height(self, items: list[tuple] | None = None) -> float:
        return sum(self._height(item) for item in (self.items if items is None else items))

    @staticmethod
    def _height(item) -> float:
        if item[0] == "text":
            return item[3] * 1.32
        if item[0] == "rule":
            return 2.2 * mm
        return item[1]

    def pages(self, first: float, rest: float) -> list[list[tuple]]:
        """The rows cut into pages of ``first`` and then ``rest`` points, never after a kept
        row, unless a kept block is taller than a page (a reprint with a hundred payments):
        that one is cut row by row."""
        pages: list[list[tuple]] = [[]]
        used = 0.0

        def place(block: list[tuple]) -> None:
            nonlocal used
            height = self.height(block)
            if pages[-1] and used + height > (first if len(pages) == 1 else rest):
                pages.append([])
                used = 0.0
            pages[-1].extend(block)
            used += height

        block: list[tuple] = []
        for i, (item, keep) in enumerate(zip(self.items, self.keep)):
            block.append(item)
            if keep and i < len(self.items) - 1:
                continue
            for part in ([[one] for one in block] if self.height(block) > rest else [block]):
                place(part)
            block = []
        return pages

    def draw(self, canvas: Canvas, items: list[tuple], y: float) -> float:
        """Draw ``items`` from ``y`` (points from the page's foot) down; returns the new y."""
        g = self.g
        for item in items:
            if item[0] == "text":
                _, left, right, size, bold, center = item
                font = BOLD if bold else FONT
                canvas.setFont(font, size)
                base = y - size
                if center:
                    canvas.drawCentredString(g.left + g.width / 2, base,
                                             fit(left, font, size, g.width))
                else:
                    canvas.drawString(g.left, base, left)
                if right:
                    canvas.drawRightString(g.left + g.width, base, right)
            elif item[0] == "rule":
                canvas.setLineWidth(0.4)
                canvas.setDash(1, 1.5)
                canvas.line(g.left, y - 1.1 * mm, g.left + g.width, y - 1.1 * mm)
                canvas.setDash()
            y -= self._height(item)
        return y


def _words(language: str) -> dict[str, str]:
    return _WORDS.get(language, _WORDS["fi"])


def _head(rows: _Rows, w: dict[str, str], seller: Party, kind: str, number_label: str,
          number: str, issued_at: dt.datetime) -> None:
    """The seller centred, the document's title, its number and when it was issued."""
    g = rows.g
    rows.text(seller.name, size=g.size + 3, bold=True, center=True)
    for part in (seller.street, f"{seller.postal_code} {seller.city}".strip(), seller.phone):
        if part:
            rows.text(part, center=True)
    rows.text(f"{w['business_id']} {seller.business_id}", center=True)
    rows.gap()
    rows.text(w[kind], size=g.size + 2, bold=True, center=True)
    local = issued_at.astimezone(HELSINKI)
    rows.text(number_label, number)
    rows.text(w["date"], f"{fmt.date(local.date())} {local.hour:02d}.{local.minute:02d}")


def _vat_rows(rows: _Rows, w: dict[str, str], language: str, vat_rows: tuple[VatRow, ...],
              sign: int = 1) -> None:
    """One row per VAT rate: net and tax (``sign`` -1 prints what a refund gives back)."""
    for vat_row in vat_rows:
        label = (fmt.cite(language, vat_row.legal_basis) if vat_row.exempt
                 else f"{w['rate']} {fmt.percent(vat_row.rate)}")
        net, vat = (vat_row.net, vat_row.vat) if sign > 0 else (-vat_row.net, -vat_row.vat)
        rows.text(f"{label}:   {w['net'].lower()} {fmt.number(net)}",
                  f"{w['vat']} {fmt.number(vat)}", size=rows.g.size - 1)


def _served_by(rows: _Rows, w: dict[str, str], served_by: str) -> None:
    if served_by:
        rows.text(f"{w['served_by']}: {served_by}", size=rows.g.size - 1, center=True)


def _build(doc: ReceiptDocument, g: _Geometry) -> _Rows:
    w = _words(doc.language)
    rows = _Rows(g)
    _head(rows, w, doc.seller, doc.kind,
          w["number"] if doc.kind == "receipt" else w["invoice_number"], str(doc.number),
          doc.issued_at)
    if doc.prints_buyer:
        b = doc.buyer
        rows.text(w["buyer"], b.name)
        for part in (b.street, f"{b.postal_code} {b.city}".strip()):
            if part:
                rows.text("", part)
    rows.rule()
    for line in doc.lines:
        rows.text(line.description, fmt.number(line.total), keep_with_next=True)
        detail = f"  {fmt.quantity(line.quantity)} × {fmt.number(line.unit_price)}"
        if line.discount_percent:
            detail += f"  −{fmt.percent(line.discount_percent)}"
        rate = w["exempt"] if line.exempt else f"{w['rate']} {fmt.percent(line.vat_rate)}"
        rows.text(f"{detail}   {rate}", size=g.size - 1)
    # The summary (about 20 rows) is read as one: the total, VAT, payment and thanks share
    # the last page rather than leave it holding only the thanks.
    rows.together = True
    rows.rule()
    rows.text(w["total"], fmt.money(doc.total), size=g.size + 2, bold=True)
    if doc.rounding:
        rows.text(w["rounding"], fmt.money(doc.rounding))
        if doc.kind == "receipt":   # paid in full now: the payments below add up to this
            rows.text(w["to_pay"], fmt.money(doc.total + doc.rounding), bold=True)
    rows.gap()
    rows.text(w["vat_breakdown"], size=g.size - 0.5, bold=True)
    _vat_rows(rows, w, doc.language, doc.vat_rows)
    for basis in dict.fromkeys(r.legal_basis for r in doc.vat_rows if r.exempt):
        rows.text(fmt.exemption(doc.language, basis), size=g.size - 1.5)
    rows.text(w["prices_include_vat"], size=g.size - 1.5)
    rows.rule()
    for payment in doc.payments:
        name = w.get(payment.method, payment.method)
        if payment.amount < 0:
            name = f"{w['refund']} ({name})"
        if payment.reference and payment.method == "gift_card":
            name += f" {_mask(payment.reference)}"
        rows.text(name, fmt.money(payment.amount))
    if doc.cash_given is not None:
        rows.text(w["cash_given"], fmt.money(doc.cash_given))
        rows.text(w["change"], fmt.money(doc.change), bold=True)
    if doc.balance > 0:
        rows.text(w["open"], fmt.money(doc.balance), bold=True)
    rows.rule()
    _served_by(rows, w, doc.served_by)
    rows.text(w["thanks"], center=True)
    return rows


def _build_refund(doc: RefundDocument, g: _Geometry) -> _Rows:
    w = _words(doc.language)
    rows = _Rows(g)
    _head(rows, w, doc.seller, doc.kind, w["refund_number"], f"H{doc.refund_id}",
          doc.issued_at)
    original = w["original_receipt"] if doc.kind == "refund_receipt" else w["original_invoice"]
    when = f" ({fmt.date(doc.original_date)})" if doc.original_date else ""
    rows.text(original, f"{doc.original_number}{when}", bold=True)
    if doc.credit_note_numbers:
        rows.text(w["credit_note_number"], ", ".join(map(str, doc.credit_note_numbers)))
    rows.rule()
    rows.text(w["original_sale"], size=g.size - 0.5, bold=True)
    for line in doc.lines:
        rows.text(line.description, fmt.number(line.total), size=g.size - 1)
    rows.text(w["total"].capitalize(), fmt.money(doc.original_total), size=g.size - 1)
    rows.together = True
    rows.rule()
    rows.text(w["refunded"], fmt.money(-doc.amount), size=g.size + 2, bold=True)
    if doc.vat_rows:
        rows.gap()
        rows.text(w["vat_of_refund"], size=g.size - 0.5, bold=True)
        _vat_rows(rows, w, doc.language, doc.vat_rows, sign=-1)
    elif doc.credit_note_numbers:
        rows.text(w["vat_by_credit_note"], size=g.size - 1.5)
    elif doc.kind == "payment_refund":
        rows.text(w["refund_of_invoice"], size=g.size - 1.5)
    rows.rule()
    rows.text(f"{w['paid_back']} ({w.get(doc.method, doc.method)})", fmt.money(-doc.amount))
    if doc.reason:
        rows.text(f"{w['reason']}: {doc.reason}", size=g.size - 1)
    rows.rule()
    _served_by(rows, w, doc.served_by)
    return rows


def _geometry(layout: str) -> _Geometry:
    """The layout's geometry, fonts registered; ``ValueError`` for an unknown layout."""
    if layout not in LAYOUTS:
        raise ValueError(layout)
    register_fonts()
    return _ROLL if layout == "roll" else _A4


def render_refund_pdf(doc: RefundDocument, layout: str = "roll") -> bytes:
    """The refund receipt as PDF bytes, in the receipt's layouts. Pure, any thread."""
    g = _geometry(layout)
    rows = _build_refund(doc, g)
    title = f"{_words(doc.language)[doc.kind]} H{doc.refund_id}"
    return _render(rows, _title_head(doc.seller.name, title, g), title, doc.seller.name,
                   doc.language, g)


def _title_head(seller: str, title: str, g: _Geometry) -> _Rows:
    """The head of a later A4 page: the seller and the document's title and number."""
    rows = _Rows(g)
    rows.text(seller, title, bold=True)
    rows.rule()
    return rows


def render_receipt_pdf(doc: ReceiptDocument, layout: str = "roll") -> bytes:
    """The receipt as PDF bytes; ``layout`` "roll" (80 mm) or "a4". Pure, any thread.
    Raises ``ValueError`` for an unknown layout, ``StorageError`` if the fonts are missing."""
    g = _geometry(layout)
    title = f"{_words(doc.language)[doc.kind]} {doc.number}"
    # A later A4 page starts with whose receipt, and which.
    return _render(_build(doc, g), _title_head(doc.seller.name, title, g), title,
                   doc.seller.name, doc.language, g)


def _render(rows: _Rows, head: _Rows, title: str, author: str, language: str,
            g: _Geometry) -> bytes:
    if g.page is None:
        size = (80 * mm, rows.height() + 2 * g.top)
        pages = [rows.items]
    else:
        size = g.page
        room = size[1] - g.top - g.bottom
        pages = rows.pages(room, room - head.height())
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size, invariant=True, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor(author)
    page_word = fmt.labels(language)["page"]
    for number, items in enumerate(pages, start=1):
        y = size[1] - g.top
        if number > 1:
            y = head.draw(canvas, head.items, y)
            if items and items[0][0] == "rule":   # the head ends with one already
                items = items[1:]
        rows.draw(canvas, items, y)
        if len(pages) > 1:
            canvas.setFont(FONT, g.size - 1.5)
            canvas.drawRightString(g.left + g.width, g.bottom - 8 * mm,
                                   f"{page_word} {number}/{len(pages)}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
