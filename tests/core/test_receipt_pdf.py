"""The receipt PDF: content checked with pdftotext, in three languages and two layouts."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from tests.core.billing_fixtures import add_visit, build_practice
from tests.core.payment_fixtures import visit_priced
from vastaanotto.billing.pdf import DocumentLine, Party
from vastaanotto.billing.receipt_pdf import ReceiptDocument, ReceiptPayment, render_receipt_pdf
from vastaanotto.errors import PermissionDenied
from vastaanotto.models.staff import Staff
from vastaanotto.services import payments, receipts
from vastaanotto.services.payment_rules import Tender

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) is needed to read the PDF")


@pytest.fixture
def p(db, owner_ctx, make_ctx):
    return build_practice(db, owner_ctx, make_ctx)


def text_of(pdf: bytes, tmp_path, name="r.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def sale(p, db, client, *services, tenders, cash_given=None):
    visits = [add_visit(db, client_id=client, practitioner_id=p.hoitaja.staff_id,
                        service_id=s, hour=9 + i) for i, s in enumerate(services)]
    return payments.take_payment(p.reception, visit_ids=visits, tenders=tenders,
                                 cash_given=cash_given)


def test_finnish_roll_receipt_has_what_a_simplified_invoice_needs(p, db, tmp_path):
    result = sale(p, db, p.matti, p.physio, p.massage,
                  tenders=[Tender("card", "100"), Tender("cash", "55")], cash_given="60")
    pdf = receipts.receipt_pdf(p.reception, result.invoice_id, payment_ids=result.payment_ids,
                               cash_given=result.cash_given, change=result.change)
    text = text_of(pdf, tmp_path)
    for expected in ("Testiklinikka Oy", "Y-tunnus 0737546-2", "KUITTI", "Kuitti nro",
                     "21.11.2026 12.00", "Fysioterapia 45 min", "Hieronta 60 min",
                     "155,00 €", "ALV 25,5 %", "Vero 15,24",
                     "Arvonlisäveroton terveyden- ja sairaanhoitopalvelu (AVL 34 §).",
                     "Kortti", "100,00 €", "Käteinen", "55,00 €", "Annettu käteinen",
                     "60,00 €", "Takaisin", "5,00 €"):
        assert expected in text, expected
    assert "Meikäläinen" not in text  # under 400 €, a simplified invoice names no buyer


@pytest.mark.parametrize("language, words", [
    ("sv", ("KVITTO", "Kvitto nr", "Momsfri hälso- och sjukvårdstjänst (ML 34 §).", "Kort")),
    ("en", ("RECEIPT", "Receipt no.", "VAT exempt health care service", "Card")),
])
def test_swedish_and_english(p, db, tmp_path, language, words):
    client = p.asa if language == "sv" else p.matti
    if language == "en":
        from vastaanotto.services import clients
        clients.update_client(p.owner, client, {"language": "en"})
    result = sale(p, db, client, p.physio, tenders=[Tender("card", "80")])
    text = text_of(receipts.receipt_pdf(p.reception, result.invoice_id, layout="a4"), tmp_path)
    for expected in words:
        assert expected in text, expected


def test_payment_receipt_of_an_invoice_paid_in_part(p, db, tmp_path):
    result = sale(p, db, p.matti, p.massage, tenders=[Tender("gift_card", "20", "LAHJA-7788")])
    text = text_of(receipts.receipt_pdf(p.reception, result.invoice_id), tmp_path)
    assert "MAKSUKUITTI" in text and "Lasku nro" in text
    assert "Lahjakortti •••7788" in text and "LAHJA-7788" not in text
    assert "Avoinna laskulla" in text and "55,00 €" in text
    assert "Meikäläinen" in text  # a payment receipt of an invoice names the buyer


def test_practitioner_prints_only_own(p, db):
    result = sale(p, db, p.matti, p.massage, tenders=[Tender("card", "75")])
    assert receipts.receipt_pdf(p.hoitaja, result.invoice_id).startswith(b"%PDF")
    with pytest.raises(PermissionDenied):
        receipts.receipt_pdf(p.toinen, result.invoice_id)


def test_roll_is_80_mm_wide_and_a4_is_a4(p, db):
    result = sale(p, db, p.matti, p.massage, tenders=[Tender("card", "75")])
    roll = receipts.receipt_pdf(p.reception, result.invoice_id)
    a4 = receipts.receipt_pdf(p.reception, result.invoice_id, layout="a4")
    assert b"/MediaBox [ 0 0 226.7717" in roll
    assert b"/MediaBox [ 0 0 595.2756 841.8898 ]" in a4
    assert roll == receipts.receipt_pdf(p.reception, result.invoice_id)  # deterministic


def test_cash_rounding_is_printed_as_what_it_is(p, db, tmp_path):
    visits = [add_visit(db, client_id=p.matti, practitioner_id=p.hoitaja.staff_id,
                        service_id=p.physio, hour=9), visit_priced(p, db, "42.37")]
    result = payments.take_payment(p.reception, visit_ids=visits, cash_given="30",
                                   tenders=[Tender("card", "100"), Tender("cash", "22,37")])
    pdf = receipts.receipt_pdf(p.reception, result.invoice_id, payment_ids=result.payment_ids,
                               cash_given=result.cash_given, change=result.change)
    text = text_of(pdf, tmp_path)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    for expected in ("YHTEENSÄ 122,37 €", "Pyöristys -0,02 €", "Maksettava 122,35 €",
                     "Kortti 100,00 €", "Käteinen 22,35 €", "Annettu käteinen 30,00 €",
                     "Takaisin 7,65 €"):
        assert expected in lines, expected
    assert "0,02 €" not in " ".join(l for l in lines if l.startswith("Käteinen"))
    assert "cash_rounding" not in text and "Avoinna" not in text
    reprint = text_of(receipts.receipt_pdf(p.reception, result.invoice_id), tmp_path, "2.pdf")
    assert "Pyöristys" in reprint and "Käteinen" in reprint
    if os.environ.get("SAVE_SCREENSHOTS") and shutil.which("pdftoppm"):
        # SAVE_SCREENSHOTS=1: the picture in the docs is this receipt, with a real name
        with db.session() as session:
            session.get(Staff, p.reception.staff_id).display_name = "Riikka Vastaanotto"
        path = tmp_path / "receipt.pdf"
        path.write_bytes(receipts.receipt_pdf(
            p.reception, result.invoice_id, payment_ids=result.payment_ids,
            cash_given=result.cash_given, change=result.change))
        subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(path),
                        str(SCREENSHOTS / "receipt_fi")], check=True)


def long_receipt(items: int) -> ReceiptDocument:
    lines = tuple(DocumentLine(f"Palvelu {i}", Decimal(1), Decimal(10) + Decimal(i) / 100,
                               Decimal(0), Decimal("25.5"), False,
                               Decimal(10) + Decimal(i) / 100) for i in range(1, items + 1))
    total = sum(line.total for line in lines)
    return ReceiptDocument(
        kind="receipt", language="fi",
        seller=Party("Testiklinikka Oy", "Mannerheimintie 1", "00100", "Helsinki",
                     "0737546-2"),
        number=42, issued_at=dt.datetime(2026, 11, 21, 10, 0, tzinfo=dt.timezone.utc),
        lines=lines, vat_rows=(), total=total, vat_total=Decimal(0),
        payments=(ReceiptPayment("card", total),))


def pages_of(pdf: bytes, tmp_path) -> list[str]:
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                          text=True).stdout
    count = int(next(line.split()[-1] for line in info.splitlines()
                     if line.startswith("Pages:")))
    return [subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(path), "-"],
                           check=True, capture_output=True, text=True).stdout
            for n in range(1, count + 1)]


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="pdfinfo (poppler-utils) is needed")
def test_a4_receipt_of_80_items_runs_over_numbered_pages(tmp_path):
    pages = pages_of(render_receipt_pdf(long_receipt(80), "a4"), tmp_path)
    assert len(pages) >= 3
    for n, text in enumerate(pages, start=1):
        assert f"Sivu {n}/{len(pages)}" in text
        if n > 1:   # a later page says whose receipt it continues
            assert "Testiklinikka Oy" in text and "KUITTI 42" in text
    for i in range(1, 81):
        holding = [n for n, text in enumerate(pages) if f"Palvelu {i} " in text + " "]
        assert len(holding) == 1, i
        # an item never parts from its detail row (its unit price is unique)
        assert f"1 × {10 + i // 100},{i % 100:02d}" in pages[holding[0]], i
    assert "YHTEENSÄ" in pages[-1] and "Kiitos käynnistä!" in pages[-1]


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="pdfinfo (poppler-utils) is needed")
def test_short_a4_receipt_and_long_roll_stay_one_unnumbered_page(tmp_path):
    for pdf in (render_receipt_pdf(long_receipt(3), "a4"),
                render_receipt_pdf(long_receipt(80), "roll")):
        pages = pages_of(pdf, tmp_path)
        assert len(pages) == 1 and "Sivu" not in pages[0] and "Palvelu 3 " in pages[0]


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="pdfinfo (poppler-utils) is needed")
def test_a4_summary_taller_than_a_page_is_cut_rather_than_lost(tmp_path):
    doc = long_receipt(2)
    many = tuple(ReceiptPayment("card", Decimal("0.01")) for _ in range(120))
    pages = pages_of(render_receipt_pdf(replace(doc, payments=many), "a4"), tmp_path)
    assert len(pages) >= 3
    assert sum(text.count("Kortti") for text in pages) == 120


def test_refund_of_a_receipt_prints_a_hyvityskuitti_naming_the_original(p, db, tmp_path):
    """A desk sale of physio (exempt) + massage (25,5 %) paid by card, then 75 € of the card
    payment refunded: the refund receipt names the original receipt's number and date, the
    amount given back, how and why, and the VAT share of the refund."""
    from sqlalchemy import select

    from vastaanotto.billing.receipt_pdf import refund_vat_rows
    from vastaanotto.models import AuditEvent

    result = sale(p, db, p.matti, p.physio, p.massage, tenders=[Tender("card", "155")])
    card = result.payment_ids[0]
    refund = payments.refund(p.reception, card, "75,00", "card", "Hieronta peruttiin").data
    text = text_of(receipts.refund_receipt_pdf(p.reception, refund), tmp_path)
    number = receipts_number(db, result.invoice_id)
    for expected in ("HYVITYSKUITTI", "Hyvitystunnus", f"H{refund}",
                     "Alkuperäinen kuitti nro", f"{number} (21.11.2026)",
                     "Fysioterapia 45 min", "Hieronta 60 min", "155,00 €", "HYVITETTY",
                     "-75,00 €", "ALV-osuus hyvityksestä", "Palautettu (Kortti)",
                     "Syy: Hieronta peruttiin", "Palveli: Käyttäjä 1"):
        assert expected in text.replace("−", "-"), expected
    # 75 of 155: each rate's share in proportion, the gross adding up to the refund.
    full = receipts.receipt_document
    with db.session() as session:
        from vastaanotto.models import Invoice
        doc = full(session, session.get(Invoice, result.invoice_id))
    shares = refund_vat_rows(doc.vat_rows, doc.total, Decimal("75.00"))
    assert sum(r.gross for r in shares) == Decimal("75.00")
    assert refund_vat_rows(doc.vat_rows, doc.total, doc.total) == doc.vat_rows
    general = next(r for r in shares if not r.exempt)
    # 36,29 incl. 25,5 %: VAT 36,29 × 25,5 / 125,5 = 7,37
    assert general.gross == Decimal("36.29") and general.vat == Decimal("7.37")
    assert general.net == Decimal("28.92")
    with db.session() as session:
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.action == "receipt.refund_printed")).one()
    assert event.entity_id == refund
    # Only refunds have one; a practitioner of another client's visit may not print it.
    from vastaanotto.errors import Conflict
    with pytest.raises(Conflict) as caught:
        receipts.refund_receipt_pdf(p.reception, card)
    assert caught.value.code == "payment_not_refund"
    with pytest.raises(PermissionDenied):
        receipts.refund_receipt_pdf(p.toinen, refund)
    if os.environ.get("SAVE_SCREENSHOTS") and shutil.which("pdftoppm"):  # the docs' picture
        path = tmp_path / "refund.pdf"
        path.write_bytes(receipts.refund_receipt_pdf(p.reception, refund))
        subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(path),
                        str(SCREENSHOTS / "refund_receipt_fi")], check=True)


def test_refund_of_an_invoice_payment_prints_without_vat(p, db, tmp_path):
    from tests.core.payment_fixtures import issued

    inv = issued(p, "80.00")
    paid = payments.take_payment(p.reception, invoice_id=inv, tenders=[Tender("cash", "80")])
    refund = payments.refund(p.reception, paid.payment_ids[0], "80", "cash", "Tuplamaksu").data
    text = text_of(receipts.refund_receipt_pdf(p.owner, refund, layout="a4"), tmp_path)
    assert "PALAUTUSKUITTI" in text and "Lasku nro" in text
    assert "ALV-osuus" not in text
    assert "Laskun arvonlisävero oikaistaan hyvityslaskulla." in text


def receipts_number(db, invoice_id):
    from vastaanotto.models import Invoice
    with db.session() as session:
        return session.get(Invoice, invoice_id).number


def test_a_receipt_is_credited_like_an_invoice_and_the_refund_names_the_credit_note(
        p, db, tmp_path):
    """The returned service of a desk sale: the owner credits the receipt (a numbered credit
    note; the VAT report nets it out), reception refunds the money, and the refund receipt
    names both the receipt and the credit note, leaving the VAT to the credit note."""
    import datetime as dt

    from vastaanotto.models import Invoice, InvoiceKind, InvoiceStatus
    from vastaanotto.services import invoicing, payment_queries, reports

    result = sale(p, db, p.matti, p.massage, tenders=[Tender("card", "75")])
    receipt = result.invoice_id
    note = invoicing.credit(p.owner, receipt, reason="Palvelu peruttiin").data
    with db.session() as session:
        credited, credit_note = session.get(Invoice, receipt), session.get(Invoice, note)
        assert credited.kind is InvoiceKind.RECEIPT
        assert credited.status is InvoiceStatus.CREDITED
        assert credit_note.kind is InvoiceKind.CREDIT_NOTE and credit_note.credit_of_id == receipt
        numbers = credited.number, credit_note.number
    assert numbers[1] == numbers[0] + 1   # the shared gap-free series
    day = dt.date(2026, 11, 21)
    assert reports.vat_report(p.owner, day, day).total[2:] == (0, 0, 0)
    assert payment_queries.invoice_balance(p.owner, receipt).balance == Decimal("-75.00")
    refund = payments.refund(p.reception, result.payment_ids[0], "75", "card",
                             "Palvelu peruttiin").data
    assert payment_queries.invoice_balance(p.owner, receipt).balance == Decimal("0.00")
    text = text_of(receipts.refund_receipt_pdf(p.reception, refund), tmp_path)
    assert "HYVITYSKUITTI" in text and f"Hyvityslasku nro {numbers[1]}" in " ".join(text.split())
    assert "Arvonlisävero on oikaistu hyvityslaskulla." in text
    assert "ALV-osuus" not in text
    # The visit of a credited receipt may be sold again.
    assert [v.kind for v in invoicing.uninvoiced_visits(p.reception, p.matti)] == ["visit"]
