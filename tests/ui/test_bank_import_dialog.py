"""The bank import dialog: preview one matched and one unmatched line, confirm, re-import."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.core.billing_fixtures import build_practice
from ui.billing.bank_import_dialog import BankImportDialog
from ui.tasks import TaskRunner
from vastaanotto.models import Payment, VatClass
from vastaanotto.services import invoicing, payment_queries
from vastaanotto.services.invoicing import LineInput

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def p(db, owner_ctx, make_ctx):
    practice = build_practice(db, owner_ctx, make_ctx)
    inv = invoicing.create_draft(practice.reception, client_id=practice.matti, lines=[
        LineInput("Hieronta 60 min", 1, "75.00", VatClass.GENERAL)]).data
    invoicing.issue(practice.reception, inv)  # number 1, reference 1012
    practice.invoice = inv
    return practice


def count(db):
    with db.session() as session:
        return session.scalar(select(func.count(Payment.id)))


def make_dialog(qtbot, ctx):
    published = []
    dialog = BankImportDialog(ctx, None, TaskRunner(synchronous=True), published.append)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, published


def test_preview_one_matched_one_unmatched_then_record(qtbot, p, db):
    dialog, published = make_dialog(qtbot, p.owner)
    dialog.load_file(DATA / "camt054_one_matched.xml")
    assert dialog.model.rowCount() == 2 and count(db) == 0
    texts = [[dialog.model.index(r, c).data() for c in range(6)] for r in range(2)]
    assert texts[0][1] == "Meikäläinen Matti" and texts[0][4] == "Paid in full"
    assert texts[0][5] == "1"
    assert texts[1][1] == "Hämäläinen Jörö" and texts[1][4] == "Unknown reference"
    assert dialog.record.isEnabled() and "1 payments" in dialog.summary.text()
    dialog.confirm()
    assert count(db) == 1 and dialog.report is not None and len(dialog.report.recorded) == 1
    assert published and published[0].touches("payments", "invoices")
    assert payment_queries.invoice_balance(p.owner, p.invoice).balance == Decimal("0.00")

    again, _ = make_dialog(qtbot, p.owner)
    again.load_file(DATA / "camt054_one_matched.xml")
    assert again.model.index(0, 4).data() == "Already imported"
    assert not again.record.isEnabled()


def test_malformed_file_shows_why_and_records_nothing(qtbot, p, db):
    dialog, _ = make_dialog(qtbot, p.owner)
    dialog.load_file(DATA / "ktl_bad_totals.txt")
    assert dialog.banner.isVisible() and "totals" in dialog.banner.text()
    assert dialog.model.rowCount() == 0 and not dialog.record.isEnabled() and count(db) == 0


def test_reception_may_not_import(qtbot, p, db):
    dialog, _ = make_dialog(qtbot, p.reception)
    dialog.load_file(DATA / "ktl_payments.txt")
    assert dialog.banner.isVisible() and count(db) == 0
