"""The invoice PDF: its text (read back with poppler's pdftotext), the bank barcode's size and
quiet zones (checked on a rendered bitmap), languages, credit notes, drafts, many pages."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os
import shutil
import subprocess
from decimal import Decimal

import pytest
from PIL import Image
from reportlab.lib.units import mm
from sqlalchemy import update

from tests.core.billing_fixtures import TODAY, add_visit, build_practice
from vastaanotto.billing import pdf_fonts
from vastaanotto.billing.barcode import virtual_barcode
from vastaanotto.billing.pdf import render_invoice_pdf
from vastaanotto.billing.references import format_finnish_reference
from vastaanotto.billing.transfer_form import (BAR_HEIGHT, BAR_WIDTH, QUIET_ZONE, _barcode,
                                               barcode_box)
from vastaanotto.errors import StorageError
from vastaanotto.models import NumberSequence, VatClass
from vastaanotto.services import invoicing
from vastaanotto.services.invoicing import LineInput

D = Decimal
IBAN_PRINTED = "FI21 1234 5600 0007 85"

# Locally a missing poppler skips with a reason; in CI (.ci/run installs it) it must not skip.
needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdftoppm")) and os.environ.get("CI") != "true",
    reason="poppler-utils (pdftotext, pdftoppm) not installed")


def pdf_text(data: bytes) -> str:
    """Text in layout mode (lines rebuilt by position), runs of spaces collapsed per line, so
    a label and its value in another column read as "Eräpäivä 5.12.2026"."""
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True,
                         check=True)
    return out.stdout.decode("utf-8")


def one_line(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


@pytest.fixture
def p(db, owner_ctx, make_ctx):
    return build_practice(db, owner_ctx, make_ctx)


def issued(p, *, client_id=None, lines=None, number=None, **kw) -> int:
    if number is not None:  # start the sequence elsewhere, for a longer reference
        with p.db.session() as session:
            session.add(NumberSequence(name="invoice", next_value=number))
    lines = lines or [LineInput("Hieronta 60 min", 1, "75.00", VatClass.GENERAL),
                      LineInput("Fysioterapia 45 min", 2, "579.75", VatClass.HEALTH_EXEMPT)]
    inv_id = invoicing.create_draft(p.reception, client_id=client_id or p.matti, lines=lines,
                                    **kw).data
    invoicing.issue(p.reception, inv_id)
    return inv_id


@needs_poppler
def test_finnish_invoice_text(p):
    inv_id = issued(p, number=12345)
    doc = invoicing.get_invoice_document(p.reception, inv_id)
    text = one_line(pdf_text(invoicing.render_pdf(p.reception, inv_id)))
    reference = format_finnish_reference(invoicing.reference_for(12345))
    assert reference == "11 23452"  # "1" + 12345 + check digit, grouped in fives from the right
    due = TODAY + dt.timedelta(days=14)
    barcode = virtual_barcode("FI2112345600000785", D("1234.50"), doc.reference, due)
    for expected in ("LASKU", "Laskun numero 12345", "Laskun päivämäärä 21.11.2026",
                     "Eräpäivä 5.12.2026", "Maksuehto 14 pv netto", f"Viitenumero {reference}",
                     "Viivästyskorko 9,5 %", "Testiklinikka Oy", "Y-tunnus 0737546-2",
                     "Matti Meikäläinen", "Kotikatu 5 A 12", "33100 Tampere",
                     "Maksettava yhteensä 1 234,50 €", "Arvonlisävero yhteensä 15,24 €",
                     "Arvonlisäveroton terveyden- ja sairaanhoitopalvelu (AVL 34 §).",
                     "Hinnat sisältävät arvonlisäveron.", IBAN_PRINTED, "NDEAFIHH",
                     "Mottagarens", "Viitenro", "Ref.nr", "Förfallodag",
                     "1 234,50", barcode, "Virtuaaliviivakoodi"):
        assert expected in text, expected
    assert barcode.startswith("4") and len(barcode) == 54


@needs_poppler
def test_swedish_labels_for_a_swedish_client(p):
    text = one_line(pdf_text(invoicing.render_pdf(p.reception, issued(p, client_id=p.asa))))
    for expected in ("FAKTURA", "Fakturanummer 1", "Förfallodag 5.12.2026", "Referensnummer",
                     "Dröjsmålsränta 9,5 %", "FO-nummer 0737546-2", "Att betala 1 234,50 €",
                     "Momsfri hälso- och sjukvårdstjänst (ML 34 §).", "Momsspecifikation",
                     "14 dagar netto", "Åsa Öberg", "Mottagare"):
        assert expected in text, expected
    assert "LASKU" not in text and "Eräpäivä 5" not in text


@needs_poppler
def test_english_invoice_and_no_exemption_note_without_exempt_lines(p):
    lines = [LineInput("Massage", 1, "75.00", VatClass.GENERAL)]
    text = one_line(pdf_text(invoicing.render_pdf(
        p.reception, issued(p, lines=lines, language="en"))))
    assert "INVOICE" in text and "Total to pay 75,00 €" in text and "Due date" in text
    assert "section 34" not in text and "AVL 34" not in text
    assert "VAT breakdown" in text and "25,5 % 59,76 15,24 75,00" in text


@needs_poppler
def test_credit_note_and_draft(p):
    inv_id = issued(p)
    note = invoicing.credit(p.owner, inv_id, reason="Käynti peruttiin.").data
    text = one_line(pdf_text(invoicing.render_pdf(p.owner, note)))
    assert "HYVITYSLASKU" in text and "Hyvitettävä lasku 1" in text
    assert "Hyvitys laskulle 1, päivätty 21.11.2026." in text
    assert "Hyvitys yhteensä -1 234,50 €" in text and "Käynti peruttiin." in text
    assert "Saajan tilinumero" not in text and "Virtuaaliviivakoodi" not in text
    draft = invoicing.create_draft(p.reception, client_id=p.matti, lines=[
        LineInput("Hieronta", 1, "75.00", VatClass.GENERAL)]).data
    text = one_line(pdf_text(invoicing.render_pdf(p.reception, draft)))
    assert "LASKU – LUONNOS" in text and "Virtuaaliviivakoodi" not in text


@needs_poppler
def test_many_lines_flow_onto_pages_with_the_form_on_the_last(p, db):
    visits = [add_visit(db, client_id=p.matti, practitioner_id=p.hoitaja.staff_id,
                        service_id=p.massage, day=dt.date(2026, 9, 1) + dt.timedelta(days=i))
              for i in range(45)]
    inv_id = invoicing.create_from_visits(p.reception, visits).data
    invoicing.issue(p.reception, inv_id)
    pages = pdf_text(invoicing.render_pdf(p.reception, inv_id)).split("\f")
    pages = [one_line(page) for page in pages if page.strip()]
    assert len(pages) >= 2
    assert all(f"Sivu {i} ({len(pages)})" in page for i, page in enumerate(pages, 1))
    assert sum(page.count("Hieronta 60 min") for page in pages) == 45
    assert "Maksettava yhteensä 3 375,00 €" in pages[-1]
    assert all("Virtuaaliviivakoodi" not in page for page in pages[:-1])
    assert "Virtuaaliviivakoodi" in pages[-1]


def test_bank_barcode_is_code128c_and_big_enough():
    # Pankkiviivakoodi-opas example 1: Code 128 check value 40 (FINNISH_STANDARDS.md §3.2).
    code = _barcode("479440520200360820048831500000000868516259619897100612")
    code.validate()
    code.encode()
    symbols = code.encoded
    assert symbols[0] == 105 and symbols[-1] == 106 and symbols[-2] == 40  # start C, stop
    assert len(symbols) == 27 + 3                                          # 2 digits a symbol
    assert BAR_HEIGHT >= 10 * mm and QUIET_ZONE >= 10 * BAR_WIDTH
    x, y, width, height = barcode_box("4" * 54)
    bars = width - 2 * QUIET_ZONE
    assert 70 * mm <= bars <= 105 * mm


@needs_poppler
def test_rendered_barcode_has_clear_quiet_zones(p):
    data = invoicing.render_pdf(p.reception, issued(p))
    dpi = 150
    png = subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-singlefile", "-"],
                         input=data, capture_output=True, check=True).stdout
    image = Image.open(io.BytesIO(png)).convert("L")
    x, y, width, height = barcode_box("4" * 54)
    px = dpi / 72.0
    top = image.height - round((y + height) * px)
    bottom = image.height - round(y * px)

    def dark_columns(x0, x1):
        return [cx for cx in range(round(x0 * px) + 1, round(x1 * px) - 1)
                if any(image.getpixel((cx, cy)) < 128 for cy in range(top + 2, bottom - 2))]

    assert dark_columns(x, x + QUIET_ZONE) == []                      # left quiet zone
    assert dark_columns(x + width - QUIET_ZONE, x + width) == []      # right quiet zone
    bars = dark_columns(x + QUIET_ZONE, x + width - QUIET_ZONE)
    assert bars and (bars[-1] - bars[0]) / px >= 70 * mm
    dark_rows = [cy for cy in range(0, image.height)
                 if image.getpixel((bars[0], cy)) < 128]
    assert (max(dark_rows) - min(dark_rows)) / px >= 10 * mm          # bar height


def test_same_document_same_bytes(p):
    doc = invoicing.get_invoice_document(p.reception, issued(p))
    assert render_invoice_pdf(doc) == render_invoice_pdf(doc)
    assert render_invoice_pdf(dataclasses.replace(doc, language="sv")) != render_invoice_pdf(doc)


def test_missing_fonts_are_a_storage_error(monkeypatch, tmp_path, p):
    doc = invoicing.get_invoice_document(p.reception, issued(p))
    monkeypatch.setattr(pdf_fonts, "fonts_dir", lambda: tmp_path)
    pdf_fonts.register_fonts.cache_clear()
    try:
        with pytest.raises(StorageError) as caught:
            render_invoice_pdf(doc)
        assert caught.value.code == "pdf_fonts_missing"
    finally:
        monkeypatch.undo()
        pdf_fonts.register_fonts.cache_clear()
    assert render_invoice_pdf(doc).startswith(b"%PDF")


def test_foreign_iban_prints_without_bank_barcode(p, db):
    from vastaanotto.models import Practice

    with db.session() as session:
        session.execute(update(Practice).values(iban="DE89370400440532013000", bic=""))
    doc = invoicing.get_invoice_document(p.reception, issued(p))
    assert doc.virtual_barcode == "" and doc.epc_payload.startswith("BCD\n002\n1\nSCT\n\n")
    assert render_invoice_pdf(doc).startswith(b"%PDF")
