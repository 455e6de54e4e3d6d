"""The bank transfer form (tilisiirto) at the bottom of an invoice page, with the Code 128 bank
barcode and the EPC QR code.

The fields follow the Finnish tilisiirto form: recipient's account (IBAN, BIC), recipient,
payer's name and address, signature and from-account on the left; reference, due date and
amount on the right; the barcode band below. The form is drawn 8 mm in from the paper edges
because office printers cannot print closer; nothing reads the form by position any more,
only the barcode and the QR code are machine-read.

Barcode (Pankkiviivakoodi-opas v5.3): Code 128 subset C of the 54 digits (reportlab picks
start C for an even run of digits and adds the modulo-103 check symbol), bars 0.26 mm wide
(86 mm long in all, within the 70-105 mm readers expect), 13 mm high, and 7 mm of clear
space on both sides: more than the 10 modules Code 128 requires. The digits are printed
under the bars so the payer can type or copy them into an online bank.

EPC QR code: modules drawn as vector rectangles (sharp at any printer resolution), about
30 mm wide, inside a clear margin of four modules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from vastaanotto.billing import labels as fmt
from vastaanotto.billing.epc_qr import make_qr
from vastaanotto.billing.pdf_fonts import BOLD, FONT, fit, wrap
from vastaanotto.billing.references import format_finnish_reference

if TYPE_CHECKING:  # the document module draws the form, so it imports this one
    from vastaanotto.billing.pdf import InvoiceDocument

__all__ = ["FORM_TOP", "BAR_WIDTH", "BAR_HEIGHT", "QUIET_ZONE", "draw_transfer_form",
           "barcode_box"]

FORM_TOP = 100 * mm   # the form fills the page below this line
X0, XL, XM, XR, XE, X1 = 8 * mm, 26 * mm, 112 * mm, 131 * mm, 166 * mm, 202 * mm
Y_ACCOUNT, Y_RECIPIENT, Y_PAYER, Y_SIGN, Y_FROM = 83 * mm, 70 * mm, 50 * mm, 41 * mm, 32 * mm
BAR_WIDTH = 0.26 * mm
BAR_HEIGHT = 13 * mm
QUIET_ZONE = 7 * mm
BARCODE_X, BARCODE_Y = 20 * mm, 13 * mm   # lower left corner of the left quiet zone
QR_SIZE = 30 * mm
QR_RIGHT, QR_TOP = X1 - 3 * mm, FORM_TOP - 6 * mm


def _text(c: Canvas, x: float, y: float, text: str, size: float = 9, *, bold: bool = False,
          align: str = "left", width: float | None = None) -> None:
    font = BOLD if bold else FONT
    if width is not None:
        text = fit(text, font, size, width)
    c.setFont(font, size)
    if align == "right":
        c.drawRightString(x, y, text)
    else:
        c.drawString(x, y, text)


def _label(c: Canvas, x: float, top: float, lines: tuple[str, ...]) -> None:
    for i, line in enumerate(lines):
        _text(c, x, top - 2.6 * mm - i * 2.3 * mm, line, 6)


def _grid(c: Canvas) -> None:
    c.setLineWidth(0.9)
    c.line(X0, FORM_TOP, X1, FORM_TOP)
    c.setLineWidth(0.5)
    for y, right in ((Y_ACCOUNT, XM), (Y_RECIPIENT, XM), (Y_PAYER, X1), (Y_SIGN, X1),
                     (Y_FROM, X1)):
        c.line(X0, y, right, y)
    for x, bottom, top in ((XL, Y_FROM, FORM_TOP), (XM, Y_FROM, FORM_TOP),
                           (XR, Y_FROM, Y_PAYER), (XE, Y_FROM, Y_SIGN),
                           (XE + 10 * mm, Y_FROM, Y_SIGN)):
        c.line(x, bottom, x, top)


def _grouped_iban(iban: str) -> str:
    compact = "".join(iban.split())
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))


def barcode_box(digits: str) -> tuple[float, float, float, float]:
    """(x, y, width, height) of the barcode including its quiet zones, in points."""
    code = _barcode(digits)
    return BARCODE_X, BARCODE_Y, code.width, code.height


def _barcode(digits: str) -> Code128:
    return Code128(digits, barWidth=BAR_WIDTH, barHeight=BAR_HEIGHT, quiet=True,
                   lquiet=QUIET_ZONE, rquiet=QUIET_ZONE, humanReadable=False)


def _draw_barcode(c: Canvas, doc: "InvoiceDocument") -> None:
    code = _barcode(doc.virtual_barcode)
    code.drawOn(c, BARCODE_X, BARCODE_Y)
    centre = BARCODE_X + code.width / 2
    c.setFont(FONT, 7)
    c.drawCentredString(centre, BARCODE_Y - 3.6 * mm, doc.virtual_barcode)
    c.setFont(FONT, 6)
    c.drawCentredString(centre, BARCODE_Y - 6.6 * mm,
                        fmt.labels(doc.language)["virtual_barcode"])


def _draw_qr(c: Canvas, payload: str) -> None:
    matrix = make_qr(payload).matrix
    size = len(matrix)
    module = QR_SIZE / size
    left, top = QR_RIGHT - QR_SIZE, QR_TOP
    path = c.beginPath()
    # One rectangle per horizontal run of dark modules: far fewer objects than per module.
    for r, row in enumerate(matrix):
        y = top - (r + 1) * module
        col = 0
        while col < size:
            if row[col]:
                start = col
                while col < size and row[col]:
                    col += 1
                path.rect(left + start * module, y, (col - start) * module, module)
            else:
                col += 1
    c.drawPath(path, stroke=0, fill=1)


def draw_transfer_form(c: Canvas, doc: "InvoiceDocument") -> None:
    """Draw the form on the current page of ``c`` (below ``FORM_TOP``)."""
    words = fmt.form_labels(doc.language)
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0, 0, 0)
    _grid(c)
    field_x = XL + 2.5 * mm
    _label(c, X0 + 1 * mm, FORM_TOP, words["account"])
    _text(c, field_x, FORM_TOP - 3 * mm, "IBAN", 6)
    _text(c, field_x, FORM_TOP - 8.5 * mm, _grouped_iban(doc.iban), 10, bold=True)
    if doc.bic:
        _text(c, 80 * mm, FORM_TOP - 3 * mm, "BIC", 6)
        _text(c, 80 * mm, FORM_TOP - 8.5 * mm, doc.bic, 10, bold=True)
    _label(c, X0 + 1 * mm, Y_ACCOUNT, words["recipient"])
    seller = doc.seller
    _text(c, field_x, Y_ACCOUNT - 5 * mm, seller.name, 10, width=XM - field_x - 2 * mm)
    address = ", ".join(p for p in (seller.street,
                                    f"{seller.postal_code} {seller.city}".strip()) if p)
    _text(c, field_x, Y_ACCOUNT - 9.5 * mm, address, 8, width=XM - field_x - 2 * mm)
    _label(c, X0 + 1 * mm, Y_RECIPIENT, words["payer"])
    buyer = doc.buyer
    rows = [buyer.name, buyer.street, f"{buyer.postal_code} {buyer.city}".strip()]
    for i, row in enumerate(r for r in rows if r):
        _text(c, field_x, Y_RECIPIENT - 5 * mm - i * 4.2 * mm, row, 9,
              width=XM - field_x - 2 * mm)
    _label(c, X0 + 1 * mm, Y_PAYER, words["signature"])
    _label(c, X0 + 1 * mm, Y_SIGN, words["from_account"])
    _label(c, XM + 1 * mm, Y_PAYER, words["reference"])
    if doc.reference:
        _text(c, XR + 3 * mm, Y_SIGN + 3 * mm, format_finnish_reference(doc.reference), 10,
              bold=True)
    _label(c, XM + 1 * mm, Y_SIGN, words["due_date"])
    if doc.due_date is not None:
        _text(c, XR + 3 * mm, Y_FROM + 3 * mm, fmt.date(doc.due_date), 10, bold=True)
    _label(c, XE + 1 * mm, Y_SIGN, words["euro"])
    _text(c, X1 - 2 * mm, Y_FROM + 3 * mm, fmt.number(doc.total), 10, bold=True,
          align="right")
    if doc.epc_payload:
        hint = fmt.labels(doc.language)["qr_hint"]
        for i, line in enumerate(wrap(hint, FONT, 7, 48 * mm)):
            _text(c, XM + 3 * mm, FORM_TOP - 8 * mm - i * 3.2 * mm, line, 7)
        _draw_qr(c, doc.epc_payload)
    if doc.virtual_barcode:
        _draw_barcode(c, doc)
