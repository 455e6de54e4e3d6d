"""The invoice editor driven like a person would: an invoice from a visit, edited, issued,
printed to PDF; bad input shown in place; a credit note; the Finvoice file."""

from __future__ import annotations

import datetime as dt
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrinter
from pypdf import PdfReader
from sqlalchemy import select

from tests.core.billing_fixtures import add_visit, build_practice
from ui.billing import BillingView, printing
from ui.billing.invoice_editor import InvoiceEditor
from ui.billing.lines_table import Col
from ui.tasks import TaskRunner
from vastaanotto.models import Invoice, InvoiceStatus, VatClass
from vastaanotto.services import invoicing
from vastaanotto.services.invoicing import LineInput

D = Decimal
XSD = Path(__file__).resolve().parents[1] / "data" / "Finvoice3.0.xsd"


@pytest.fixture
def p(db, owner_ctx, make_ctx):
    return build_practice(db, owner_ctx, make_ctx)


def plain(text: str) -> str:
    return text.replace("\xa0", " ")


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def stored(db, invoice_id) -> Invoice:
    with db.session() as session:
        inv = session.get(Invoice, invoice_id)
        inv.lines  # noqa: B018
        return inv


def editor_for(qtbot, p, published, **kw) -> InvoiceEditor:
    editor = InvoiceEditor(p.owner, published.append, **kw)
    qtbot.addWidget(editor)
    editor.confirm = lambda title, text: True   # "Yes" to issuing
    return editor


def test_owner_invoices_a_visit_edits_issues_and_prints(qtbot, p, db, published, print_to):
    visit = add_visit(db, client_id=p.matti, practitioner_id=p.hoitaja.staff_id,
                      service_id=p.physio)
    view = BillingView(p.owner, published.append, tasks=TaskRunner(synchronous=True))
    qtbot.addWidget(view)
    view.show()
    picker = view.invoices.from_visits()
    picker.search_edit.setText("Meikäläinen")
    picker.search()
    picker.client_list.setCurrentRow(0)
    assert picker.visit_list.count() == 1 and "Fysioterapia 45 min" in picker.visit_list.item(0).text()
    picker.accept()
    editor = view.invoices.editor
    editor.confirm = lambda title, text: True
    assert editor.lines.rowCount() == 1
    assert editor.buyer_edits["name"].text() == "Matti Meikäläinen"
    # Edit: two sessions, 10 % off, and a taping line at the reduced rate.
    editor.lines.set_text(0, Col.QUANTITY, "2")
    editor.lines.set_text(0, Col.DISCOUNT, "10")
    row = editor.lines.add_line("Kinesioteippi", "3", "4,90")
    combo = editor.lines.vat_combo(row)
    combo.setCurrentIndex(combo.findData(VatClass.REDUCED_1.value))
    assert combo.currentText() == "13,5 %"
    assert "Total 158,70 €" in plain(editor.totals_label.text())   # 144,00 + 14,70
    assert editor.issue()
    inv = stored(db, editor.invoice_id)
    assert inv.status is InvoiceStatus.ISSUED and inv.number == 1 and inv.total == D("158.70")
    assert inv.lines[0].visit_id == visit and inv.lines[0].discount_percent == D("10")
    assert not editor.save_button.isVisible() and editor.lines.editTriggers() == \
        editor.lines.EditTrigger.NoEditTriggers
    assert "Invoice 1" in editor.heading.text()
    assert editor.print_invoice()
    text = pdf_text(print_to)
    assert "LASKU" in text and "158,70" in text and "Kinesioteippi" in text
    assert stored(db, editor.invoice_id).sent_at is not None      # printed = sent
    assert any(c.touches("invoices") for c in published)
    view.invoices.reload()
    assert view.invoices.model.rowCount() == 1
    assert view.invoices.model.row_at(0).status == "issued"


def test_hand_typed_invoice_for_a_walk_in_buyer(qtbot, p, db, published):
    editor = editor_for(qtbot, p, published)
    assert editor.heading.text().endswith("New invoice</h3>")
    editor.buyer_edits["name"].setText("Kassa-asiakas")
    editor.lines.add_line("Hieronta 60 min", "1", "75,00")
    assert editor.save()
    assert stored(db, editor.invoice_id).buyer_name == "Kassa-asiakas"
    assert editor.delete_button.isVisibleTo(editor)


@pytest.mark.parametrize("edit, cell_or_field, message", [
    (lambda e: e.lines.set_text(0, Col.QUANTITY, "-1"), (0, Col.QUANTITY),
     "cannot be negative"),
    (lambda e: e.lines.set_text(0, Col.PRICE, "1000000,00"), (0, Col.PRICE), "too large"),
    (lambda e: e.lines.set_text(0, Col.PRICE, "12,345"), (0, Col.PRICE), "valid amount"),
    (lambda e: e.buyer_edits["business_id"].setText("1234567-8"), "buyer_business_id",
     "business ID"),
    (lambda e: e.delivery_edit.setDate(QDate(2010, 1, 1)), None, "No VAT rate"),
])
def test_bad_input_is_shown_where_it_is_fixed(qtbot, p, db, published, edit, cell_or_field,
                                              message):
    editor = editor_for(qtbot, p, published, client_id=p.matti)
    editor.lines.add_line("Hieronta 60 min", "1", "75,00")
    edit(editor)
    assert not editor.save()
    assert editor.invoice_id is None
    assert message in editor.banner.text() or (
        isinstance(cell_or_field, str) and message in editor.buyer_errors.message(cell_or_field))
    if isinstance(cell_or_field, tuple):
        row, col = cell_or_field
        assert message in editor.lines.item(row, col).toolTip()
        assert editor.banner.text().startswith("Line 1:")


def test_total_over_barcode_limit_and_due_before_invoice_date(qtbot, p, db, published):
    editor = editor_for(qtbot, p, published, client_id=p.matti)
    editor.lines.add_line("Laite", "2", "999999,99")
    assert not editor.save()
    assert "too large" in editor.banner.text()
    editor.lines.set_text(0, Col.QUANTITY, "1")
    editor.due_edit.setDate(QDate(2026, 11, 1))   # before today, the invoice date
    assert not editor.issue()
    assert "before the invoice date" in editor.terms_errors.message("due_date")
    assert stored(db, editor.invoice_id).status is InvoiceStatus.DRAFT


def test_no_show_fee_line_from_a_missed_appointment(qtbot, p, db, published):
    from vastaanotto.clock import HELSINKI
    from vastaanotto.models import Appointment, AppointmentStatus

    with db.session() as session:
        start = dt.datetime(2026, 11, 18, 9, tzinfo=HELSINKI)
        session.add(Appointment(client_id=p.matti, practitioner_id=p.hoitaja.staff_id,
                                service_id=p.massage, starts_at=start,
                                ends_at=start + dt.timedelta(hours=1),
                                status=AppointmentStatus.NO_SHOW))
    editor = editor_for(qtbot, p, published, client_id=p.matti)
    assert editor.fee_combo.count() == 1 and editor.fee_button.isVisibleTo(editor)
    editor.add_fee()
    assert editor.lines.item(0, Col.DESCRIPTION).text() == \
        "No-show fee 18.11.2026 (Hieronta 60 min)"
    assert editor.save()
    assert stored(db, editor.invoice_id).total == D("75.00")


def test_credit_note_of_chosen_quantities(qtbot, p, db, published):
    inv = invoicing.create_draft(p.reception, client_id=p.matti, lines=[
        LineInput("Hieronta 60 min", 3, "75", VatClass.GENERAL)]).data
    invoicing.issue(p.reception, inv)
    editor = editor_for(qtbot, p, published, invoice_id=inv)
    assert editor.credit_button.isVisibleTo(editor)
    dialog = editor.open_credit()
    dialog.all_check.setChecked(False)
    line_id = stored(db, inv).lines[0].id
    dialog.spins[line_id].setValue(1)
    dialog.reason_edit.setText("Yksi käynti peruttu")
    dialog.accept()
    note = stored(db, dialog.credit_note_id)
    assert note.total == D("-75.00") and note.notes == "Yksi käynti peruttu"
    assert "balance 150,00 €" in plain(editor.heading.text())
    # The rest, all at once; then the invoice is credited and the button goes.
    dialog = editor.open_credit()
    dialog.accept()
    assert stored(db, inv).status is InvoiceStatus.CREDITED
    assert not editor.credit_button.isVisibleTo(editor)
    # Reception may not credit: the button is not offered.
    reception_editor = InvoiceEditor(p.reception, published.append, invoice_id=inv)
    qtbot.addWidget(reception_editor)
    assert not reception_editor.credit_button.isVisibleTo(reception_editor)


def test_finvoice_file_from_the_editor_validates(qtbot, p, db, published, tmp_path):
    inv = invoicing.create_draft(p.reception, buyer={
        "name": "Vakuutusyhtiö Turva Oy", "business_id": "2077474-0", "street": "PL 100",
        "postal_code": "00101", "city": "Helsinki", "einvoice_address": "003720774740",
        "einvoice_operator": "003721291126"}, lines=[
        LineInput("Fysioterapia 45 min", 1, "80", VatClass.HEALTH_EXEMPT)]).data
    invoicing.issue(p.reception, inv)
    editor = editor_for(qtbot, p, published, invoice_id=inv)
    assert editor.finvoice_button.isVisibleTo(editor)
    path = editor.save_finvoice(tmp_path / "lasku-1.xml")
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    schema.assertValid(etree.parse(str(path)))
    assert stored(db, inv).sent_at is not None


def test_printer_path_rasterises_every_page(qtbot, p, tmp_path):
    inv = invoicing.create_draft(p.reception, client_id=p.matti, lines=[
        LineInput(f"Rivi {i}", 1, "10", VatClass.GENERAL) for i in range(60)]).data
    pdf = invoicing.render_pdf(p.reception, inv)
    pages = len(PdfReader(__import__("io").BytesIO(pdf)).pages)
    assert pages >= 2
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "raster.pdf"
    printer.setOutputFileName(str(out))
    assert printing.send_to_printer(printer, pdf, raster=True) == pages
    reader = PdfReader(str(out))
    assert len(reader.pages) == pages
    assert reader.pages[0].extract_text().strip() == ""   # pictures of pages, not text


def test_send_by_email_uses_the_message_service(qtbot, p, db, published):
    """H5's ``queue_invoice_email`` exists in this tree, so the button shows; the client has
    no email address, so the refusal is shown and the invoice is not marked sent."""
    inv = invoicing.create_draft(p.reception, client_id=p.matti, lines=[
        LineInput("Hieronta", 1, "75", VatClass.GENERAL)]).data
    invoicing.issue(p.reception, inv)
    editor = editor_for(qtbot, p, published, invoice_id=inv)
    assert editor.email_button.isVisibleTo(editor)
    editor.send_email()
    assert editor.banner.isVisibleTo(editor) and editor.banner.text()
    assert stored(db, inv).sent_at is None


def test_a_foreign_iban_is_warned_of_no_barcode(qtbot, p, db, published):
    """With a Finnish account the editor says nothing; with a German one it warns that the
    invoice has no bank barcode (the PDF is made without one, see invoice_document)."""
    from vastaanotto.models import Practice

    editor = editor_for(qtbot, p, published, client_id=p.matti)
    assert editor.barcode_warning.isHidden()
    with db.session() as session:
        session.scalar(select(Practice)).iban = "DE89370400440532013000"
    editor = editor_for(qtbot, p, published, client_id=p.matti)
    editor.show()
    assert editor.barcode_warning.isVisible()
    assert "not Finnish" in editor.barcode_warning.text()
    assert "barcode" in editor.barcode_warning.text()
    assert invoicing.barcode_problem(p.reception) == "iban_not_finnish"
    with db.session() as session:
        session.scalar(select(Practice)).iban = "FI00 1234"
    assert invoicing.barcode_problem(p.reception) == "invalid_iban"


def test_a_desk_receipt_opens_as_a_receipt_with_a_credit_note_button(qtbot, p, db, published):
    from vastaanotto.services import payments
    from vastaanotto.services.payments import Tender

    visit = add_visit(db, client_id=p.matti, practitioner_id=p.hoitaja.staff_id,
                      service_id=p.massage)
    sale = payments.take_payment(p.reception, visit_ids=[visit], tenders=[Tender("card", "75")])
    editor = editor_for(qtbot, p, published, invoice_id=sale.invoice_id)
    editor.show()
    number = stored(db, sale.invoice_id).number
    assert f"Receipt {number}" in editor.heading.text()
    assert editor.credit_button.isVisible()   # a returned service is credited like an invoice
