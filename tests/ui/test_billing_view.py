"""The Billing view by role; invoice list filters; batch printing of unsent invoices with
progress; reminders for overdue invoices; reports with known totals, the chart and CSV."""

from __future__ import annotations

import datetime as dt
import subprocess
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QRectF, QTranslator
from pypdf import PdfReader
from sqlalchemy import select

from tests.core.billing_fixtures import NOW, TODAY, build_practice
from ui.billing import BillingView
from ui.tasks import TaskRunner
from ui.widgets.bar_chart import BarChart
from vastaanotto.billing import batch
from vastaanotto.clock import HELSINKI
from vastaanotto.models import AuditEvent, Payment, PaymentMethod, VatClass
from vastaanotto.models.billing import PaymentReminder
from vastaanotto.services import invoicing
from vastaanotto.services.invoicing import Buyer, LineInput

D = Decimal


@pytest.fixture
def p(db, owner_ctx, make_ctx):
    return build_practice(db, owner_ctx, make_ctx)


def issued(p, issue_date, *, price="75.00", client=None, buyer=None) -> int:
    kw = {"buyer": buyer} if buyer else {"client_id": client or p.matti}
    inv = invoicing.create_draft(p.reception, lines=[
        LineInput("Hieronta 60 min", 1, price, VatClass.GENERAL, service_id=p.massage)],
        **kw).data
    invoicing.issue(p.reception, inv, issue_date=issue_date)
    return inv


def make_view(qtbot, ctx, published=None):
    """The view with a publish that records and broadcasts back, as the main window does."""
    seen = published if published is not None else []

    def publish(changes):
        seen.append(changes)
        view.on_changes(changes)

    view = BillingView(ctx, publish, tasks=TaskRunner(synchronous=True))
    qtbot.addWidget(view)
    view.show()
    return view


def tab_titles(view) -> list[str]:
    return [view.tabs.tabText(i) for i in range(view.tabs.count())]


def test_pages_by_role(qtbot, p):
    assert tab_titles(make_view(qtbot, p.owner)) == ["Invoices", "Payments", "Overdue",
                                                       "Reports"]
    reception = make_view(qtbot, p.reception)
    assert tab_titles(reception) == ["Invoices", "Payments", "Reports"]
    assert type(reception.page("payments")).__name__ == "PaymentsPage"
    practitioner = make_view(qtbot, p.hoitaja)
    assert tab_titles(practitioner) == [] and practitioner.findChild(object, "noBilling")


def test_reception_sees_only_todays_cash_report(qtbot, p, db):
    with db.session() as session:
        session.add(Payment(amount=D("80.00"), method=PaymentMethod.CARD,
                            received_by_id=p.reception.staff_id, received_at=NOW))
    view = make_view(qtbot, p.reception)
    view.show_page("reports")
    page = view.page("reports")
    kinds = [page.kind_combo.itemData(i) for i in range(page.kind_combo.count())]
    assert kinds == ["cash"] and not page.day_edit.isEnabled()
    report = page.show_report()
    assert report.total[-1] == D("80.00")
    assert page.model.data(page.model.index(0, 0)) == "Card"
    # Even with the day field forced to yesterday, the core refuses and says so.
    page.day_edit.setEnabled(True)
    page.day_edit.setDate(QDate(2026, 11, 20))
    assert page.show_report() is None
    assert "do not have the right" in page.banner.text()


def test_invoice_list_filters(qtbot, p, db):
    old = issued(p, dt.date(2026, 10, 1))
    paid = issued(p, dt.date(2026, 11, 10), client=p.asa)
    with db.session() as session:
        session.add(Payment(invoice_id=paid, amount=D("75.00"), method=PaymentMethod.CASH))
    draft = invoicing.create_draft(p.reception, client_id=p.matti, lines=[
        LineInput("Hieronta", 1, "10", VatClass.GENERAL)]).data
    view = make_view(qtbot, p.reception)
    page = view.invoices
    ids = lambda: [page.model.row_at(i).id for i in range(page.model.rowCount())]  # noqa: E731
    assert ids() == [draft, paid, old]
    page.status_combo.setCurrentIndex(page.status_combo.findData("overdue"))
    assert ids() == [old]
    page.status_combo.setCurrentIndex(page.status_combo.findData("paid"))
    assert ids() == [paid]
    page.status_combo.setCurrentIndex(page.status_combo.findData("all"))
    page.search_edit.setText("öberg")
    page.reload()
    assert ids() == [paid]
    page.search_edit.setText("")
    page.start_edit.setDate(QDate(2026, 11, 1))
    assert ids() == [draft, paid]


def test_batch_print_of_unsent_invoices_with_progress(qtbot, p, db, tmp_path, monkeypatch):
    ids = [issued(p, TODAY) for _ in range(3)]
    view = make_view(qtbot, p.reception, published := [])
    page = view.invoices
    target = tmp_path / "laskut.pdf"
    monkeypatch.setattr(page, "choose_batch_target", lambda count: target)
    monkeypatch.setattr(batch, "CHUNK", 1)
    steps = []
    run = page.tasks.run

    def watching_run(fn, *args, **kw):
        handle = run(lambda progress, *a: (setattr(progress, "_on_update", lambda d, t, l:
                                                   steps.append((d, t))), fn(progress, *a))[1],
                     *args, **kw)
        return handle

    monkeypatch.setattr(page.tasks, "run", watching_run)
    page.batch_print()
    assert steps == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert len(PdfReader(str(target)).pages) == 3
    assert page.last_batch.printed == ids
    assert invoicing.list_invoices(p.reception, unsent_only=True) == []
    assert any(c.touches("invoices") for c in published)


def test_reminders_for_overdue_invoices_with_the_consumer_cap(qtbot, p, db, print_to):
    consumer = issued(p, dt.date(2026, 10, 1))
    company = issued(p, dt.date(2026, 10, 1), buyer=Buyer("Yritys Oy", "Tie 1", "00100",
                                                          "Helsinki", "2077474-0"))
    too_early = issued(p, dt.date(2026, 10, 25))
    view = make_view(qtbot, p.owner)
    view.show_page("overdue")
    page = view.page("overdue")
    rows = {r.id: r for r in page.model.rows()}
    assert set(rows) == {consumer, company, too_early}
    assert rows[consumer].fee == D("5.00")
    page.select_remindable()
    assert sorted(page.selected_ids()) == sorted([consumer, company])
    made = page.create_reminders()
    assert len(made) == 2
    with db.session() as session:
        fees = sorted(session.scalars(select(PaymentReminder.fee)))
    assert fees == [D("5.00"), D("5.00")]
    assert page.print_last()
    text = subprocess.run(["pdftotext", str(print_to), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert text.count("MAKSUMUISTUTUS") == 2 and "Muistutusmaksu" in text
    # A second try the same day is refused with the invoice's number.
    page.reload()
    page.table.selectRow(0)
    assert page.create_reminders() == []
    assert "Too early for a reminder" in page.banner.text()


def test_overdue_tab_counts_the_invoices_due_a_reminder(qtbot, p, db):
    """Nothing sends reminders by date: the owner sees "Overdue (2)" as soon as the Billing
    view opens, and the page says how many are due; after reminding, the count is gone."""
    consumer = issued(p, dt.date(2026, 10, 1))
    company = issued(p, dt.date(2026, 10, 1), buyer=Buyer("Yritys Oy", "Tie 1", "00100",
                                                          "Helsinki", "2077474-0"))
    issued(p, dt.date(2026, 10, 25))   # 13 days overdue: not yet
    view = make_view(qtbot, p.owner)
    page = view.page("overdue")
    assert view.tabs.currentWidget() is not page and not page._loaded
    assert "Overdue (2)" in tab_titles(view)
    view.show_page("overdue")
    assert page.due_label.text() == "<b>2 invoice(s) are due a reminder.</b>"
    page.table.selectRow([r.id for r in page.model.rows()].index(consumer))
    assert page.create_reminders()
    assert "Overdue (1)" in tab_titles(view)
    assert "1 invoice(s) are due a reminder." in page.due_label.text()
    page.table.clearSelection()
    page.table.selectRow([r.id for r in page.model.rows()].index(company))
    assert page.create_reminders()
    assert "Overdue" in tab_titles(view)
    assert page.due_label.text() == "No invoice is due a reminder today."


def sales(p, db):
    for day, price in ((dt.date(2026, 9, 10), "100.00"), (dt.date(2026, 10, 5), "75.00"),
                       (dt.date(2026, 10, 20), "50.00")):
        issued(p, day, price=price)
    with db.session() as session:
        session.add(Payment(amount=D("40.00"), method=PaymentMethod.CASH,
                            received_by_id=p.owner.staff_id,
                            received_at=dt.datetime(2026, 11, 21, 9, tzinfo=HELSINKI)))


def test_reports_page_totals_chart_csv_and_print(qtbot, p, db, tmp_path, print_to):
    sales(p, db)
    view = make_view(qtbot, p.owner)
    view.show_page("reports")
    page = view.page("reports")
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("sales_by_month"))
    page.start_edit.setDate(QDate(2026, 9, 1))
    page.end_edit.setDate(QDate(2026, 11, 30))
    report = page.show_report()
    assert [r[4] for r in report.rows] == [D("100.00"), D("125.00"), D("0.00")]
    assert report.total[-1] == D("225.00")
    assert page.chart.isVisible()
    assert page.chart.data() == [("9/26", D("100.00")), ("10/26", D("125.00")),
                                 ("11/26", D("0.00"))]
    bars = page.chart.bar_rects(QRectF(0, 0, 600, 300))
    assert bars[1].height() == pytest.approx(bars[0].height() * 1.25, rel=0.01)
    last = page.model.rowCount() - 1
    assert page.model.data(page.model.index(last, 0)) == "Total"
    path = page.save_csv(tmp_path / "myynti.csv")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "Month;Count;Excl. VAT;VAT;Incl. VAT"
    assert lines[1] == "1.9.2026;1;79,68;20,32;100,00"
    assert lines[4] == "Total;3;179,28;45,72;225,00"
    assert page.print_report()
    text = subprocess.run(["pdftotext", "-layout", str(print_to), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Sales by month" in text and "225,00" in text
    # VAT report and the cash report of another day (the owner may).
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("vat"))
    assert page.show_report().total[2:] == (D("179.28"), D("45.72"), D("225.00"))
    assert not page.chart.isVisible()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("cash"))
    page.day_edit.setDate(QDate(2026, 11, 21))
    assert page.show_report().total[-1] == D("40.00")
    with db.session() as session:
        kinds = [e.details["report"] for e in session.scalars(
            select(AuditEvent).where(AuditEvent.action == "report.viewed"))]
    assert kinds == ["sales_by_month", "vat", "cash"]


class _FinnishBilling(QTranslator):
    """Just the words this test reads, in Finnish, as the app's Finnish .qm gives them (the
    lead's translations of new strings come later; the point here is that the CSV takes its
    words from the UI's translation, so a Finnish accountant reads "Yhteensä")."""

    WORDS = {"Month": "Kuukausi", "Count": "Määrä", "Excl. VAT": "Veroton", "VAT": "ALV",
             "Incl. VAT": "Verollinen", "Total": "Yhteensä"}

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.WORDS.get(source, "") if context == "billing" else ""


def test_csv_total_row_is_labelled_in_the_ui_language(qtbot, qapp, p, db, tmp_path):
    sales(p, db)
    view = make_view(qtbot, p.owner)
    view.show_page("reports")
    page = view.page("reports")
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("sales_by_month"))
    page.start_edit.setDate(QDate(2026, 9, 1))
    page.end_edit.setDate(QDate(2026, 10, 31))
    page.show_report()
    translator = _FinnishBilling()
    assert qapp.installTranslator(translator)
    try:
        lines = page.save_csv(tmp_path / "myynti.csv").read_bytes().decode("utf-8-sig")
    finally:
        qapp.removeTranslator(translator)
    assert lines.split("\r\n")[:4] == ["Kuukausi;Määrä;Veroton;ALV;Verollinen",
                                        "1.9.2026;1;79,68;20,32;100,00",
                                        "1.10.2026;2;99,60;25,40;125,00",
                                        "Yhteensä;3;179,28;45,72;225,00"]


def test_cash_report_page_shows_rounding_apart(qtbot, p, db):
    """A desk sale of 42,37 paid with 42,35 in cash: the page lists the cash, a "Cash
    rounding" row of 0,02, and a total of 42,35, what the drawer holds."""
    from tests.core.payment_fixtures import visit_priced
    from vastaanotto.services import payments
    from vastaanotto.services.payments import Tender

    payments.take_payment(p.reception, visit_ids=[visit_priced(p, db, "42.37")],
                          tenders=[Tender("cash", "42.35")])
    view = make_view(qtbot, p.reception)
    view.show_page("reports")
    page = view.page("reports")
    page.show_report()
    m = page.model
    shown = [[m.data(m.index(r, c)) for c in (0, 4)] for r in range(m.rowCount())]
    assert [[plain(x) for x in row] for row in shown] == [
        ["Cash", "42,35 €"], ["Cash rounding", "0,02 €"], ["Total", "42,35 €"]]
    assert page.csv_bytes().decode("utf-8-sig").split("\r\n")[1:4] == [
        "Cash;Käyttäjä 1;1;0;42,35", "Cash rounding;;1;0;0,02", "Total;;1;0;42,35"]


def plain(text: str) -> str:
    return text.replace("\xa0", " ")


def test_bar_chart_paints_negative_and_empty_data(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_data([])
    chart.grab()   # nothing to draw must not fail
    chart.set_data([("1", D("100")), ("2", D("-50"))])
    up, down = chart.bar_rects(QRectF(0, 0, 400, 200))
    assert up.bottom() == pytest.approx(down.top())      # both start at the zero line
    assert up.height() == pytest.approx(2 * down.height())
    image = chart.grab().toImage()
    assert image.width() > 0


def test_reception_creates_and_issues_an_invoice(qtbot, p, db):
    view = make_view(qtbot, p.reception, published := [])
    editor = view.invoices.new_invoice()
    editor.confirm = lambda title, text: True
    editor.buyer_edits["name"].setText("Kassa-asiakas")
    editor.lines.add_line("Hieronta 60 min", "1", "75,00")
    assert editor.issue()
    assert not editor.credit_button.isVisibleTo(editor)   # crediting is the owner's
    assert [r.number for r in invoicing.list_invoices(p.reception)] == [1]
    assert any(c.touches("invoices") for c in published)
    assert view.invoices.model.rowCount() == 1            # the list refreshed itself
