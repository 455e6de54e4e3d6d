"""Payments list, refund dialog (limited to what was paid) and the bank transfer dialog."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QDate

from tests.core.billing_fixtures import TODAY, build_practice
from tests.core.payment_fixtures import issued
from ui.billing.payments_page import PaymentsPage
from ui.billing.refund_dialog import RefundDialog
from ui.tasks import TaskRunner
from vastaanotto.services import payment_queries, payments
from vastaanotto.services.payment_rules import Tender

D = Decimal


@pytest.fixture
def p(db, owner_ctx, make_ctx):
    return build_practice(db, owner_ctx, make_ctx)


def make_page(qtbot, ctx):
    published = []
    page = PaymentsPage(ctx, published.append, None, TaskRunner(synchronous=True))
    qtbot.addWidget(page)
    page.day.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    page.show()
    return page, published


def test_refund_limited_to_what_was_paid(qtbot, p, db):
    inv = issued(p, "80.00")
    payments.take_payment(p.reception, invoice_id=inv, tenders=[Tender("card", "80")])
    page, published = make_page(qtbot, p.reception)
    assert page.model.rowCount() == 1 and "80,00" in page.total.text()
    page.select_id(page.model.row_at(0).id)
    dialog = page.refund_selected()
    assert isinstance(dialog, RefundDialog) and dialog.amount.text() == "80,00"
    dialog.amount.setText("80,01")
    dialog.reason.setText("Väärä hinta")
    dialog.accept()
    assert dialog.isVisible() and "80,00" in dialog.errors.message("amount")
    dialog.amount.setText("30")
    dialog.reason.setText("")
    dialog.accept()
    assert dialog.errors.message("reason")
    dialog.reason.setText("Hoito jäi kesken")
    dialog.accept()
    assert not dialog.isVisible() and published and published[-1].touches("payments")
    page.on_changes(published[-1])
    assert page.model.rowCount() == 2
    assert payment_queries.invoice_balance(p.owner, inv).balance == D("30.00")


def test_filters_and_owner_buttons(qtbot, p, db):
    inv = issued(p, "100.00")
    payments.take_payment(p.reception, invoice_id=inv,
                          tenders=[Tender("card", "40"), Tender("cash", "10")])
    page, _ = make_page(qtbot, p.reception)
    assert page.model.rowCount() == 2 and not page.import_button.isVisible()
    page.method.setCurrentIndex(page.method.findData("cash"))
    assert [r.amount for r in page.model.rows()] == [D("10.00")]
    page.method.setCurrentIndex(0)
    page.day.setDate(QDate(2026, 11, 1))
    assert page.model.rowCount() == 0
    page.all_days.setChecked(True)
    assert page.model.rowCount() == 2
    owner_page, _ = make_page(qtbot, p.owner)
    assert owner_page.import_button.isVisible() and owner_page.transfer_button.isVisible()


def test_record_bank_transfer_by_reference(qtbot, p, db):
    inv = issued(p, "75.00")
    page, published = make_page(qtbot, p.owner)
    dialog = page.record_transfer()
    dialog.reference.setText("10 12")
    dialog.amount.setText("75,00")
    dialog.day.setDate(QDate(2026, 11, 20))
    dialog.accept()
    assert not dialog.isVisible(), dialog.banner.text()
    assert payment_queries.invoice_balance(p.owner, inv).balance == 0
    rows = payment_queries.list_payments(p.owner)
    assert rows[0].reference == "1012" and rows[0].method.value == "bank_transfer"


def test_cash_rounding_row_is_named_and_cannot_be_refunded(qtbot, p, db):
    inv = issued(p, "12.37")
    payments.take_payment(p.reception, invoice_id=inv, tenders=[Tender("cash", "12,37")])
    page, _ = make_page(qtbot, p.reception)
    model = page.model
    method = model.Column.METHOD
    shown = {model.row_at(i).amount: model.data(model.index(i, method))
             for i in range(model.rowCount())}
    assert shown == {D("12.35"): "Cash", D("0.02"): "Cash rounding"}
    rounding = next(r for r in model.rows() if r.rounding)
    assert model.data(model.index(model.rows().index(rounding), model.Column.NOTE)) == ""
    page.select_id(rounding.id)
    assert not page.refund_button.isEnabled() and page.refund_selected() is None
    cash = next(r for r in model.rows() if not r.rounding)
    page.select_id(cash.id)
    assert page.refund_button.isEnabled()


def test_refund_of_a_desk_sale_prints_a_refund_receipt(qtbot, p, db, tmp_path, monkeypatch):
    """Refunding part of a desk receipt selects the new refund row, and "Print receipt…"
    then prints the hyvityskuitti naming the original receipt (to a PDF file: the tests'
    printer)."""
    import subprocess

    from PySide6.QtPrintSupport import QPrinter

    from tests.core.billing_fixtures import add_visit
    from ui.billing import printing

    visit = add_visit(db, client_id=p.matti, practitioner_id=p.hoitaja.staff_id,
                      service_id=p.massage)
    sale = payments.take_payment(p.reception, visit_ids=[visit], tenders=[Tender("card", "75")])
    assert sale.receipt
    page, published = make_page(qtbot, p.reception)
    page.select_id(sale.payment_ids[0])
    dialog = page.refund_selected()
    dialog.amount.setText("25")
    dialog.reason.setText("Hoito lyheni")
    dialog.accept()
    page.on_changes(published[-1])
    selected = page.selected()
    assert selected.refund_of_id == sale.payment_ids[0] and selected.amount == D("-25.00")
    assert page.receipt_button.isEnabled()
    target = tmp_path / "refund.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    monkeypatch.setattr(printing, "ask_printer", lambda parent, printer: True)  # "Print"
    assert page.print_selected(printer)
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "HYVITYSKUITTI" in text and "Alkuperäinen kuitti nro" in text
    assert "Hoito lyheni" in text
