"""Reports: cash of the day by method and staff, sales by month/service/practitioner, VAT by
rate, open invoices; who may read which; the CSV for Finnish Excel."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from tests.core.billing_fixtures import NOW, TODAY, add_visit, build_practice
from vastaanotto.billing.report_csv import cell, to_csv
from vastaanotto.clock import HELSINKI
from vastaanotto.errors import PermissionDenied, ValidationError
from vastaanotto.models import AuditEvent, Payment, PaymentMethod, VatClass
from vastaanotto.services import invoicing, reports
from vastaanotto.services.invoicing import LineInput

D = Decimal


@pytest.fixture
def p(db, owner_ctx, make_ctx):
    return build_practice(db, owner_ctx, make_ctx)


def pay(db, amount, method, staff_id, at: dt.datetime, invoice_id=None):
    with db.session() as session:
        session.add(Payment(invoice_id=invoice_id, amount=D(amount), method=method,
                            received_by_id=staff_id, received_at=at))


def local(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=HELSINKI)


def test_cash_report_by_method_and_staff(p, db):
    r, o = p.reception.staff_id, p.owner.staff_id
    pay(db, "80.00", PaymentMethod.CARD, r, local(TODAY, 9))
    pay(db, "75.00", PaymentMethod.CARD, r, local(TODAY, 11))
    pay(db, "40.00", PaymentMethod.CASH, r, local(TODAY, 0))      # 00.xx Helsinki = yesterday UTC
    pay(db, "-20.00", PaymentMethod.CASH, o, local(TODAY, 23))    # a refund, late evening
    pay(db, "99.00", PaymentMethod.CASH, r, local(TODAY - dt.timedelta(1), 23))  # yesterday
    report = reports.cash_report(p.reception)
    assert report.columns == ("method", "staff", "count", "refunds", "amount")
    assert report.rows == (("card", "Käyttäjä 1", 2, 0, D("155.00")),
                           ("cash", "Käyttäjä 1", 1, 0, D("40.00")),
                           ("cash", "Olli Omistaja", 0, 1, D("-20.00")))
    assert report.total == ("", "", 3, 1, D("175.00"))
    # Reception reads today's cash only; the owner any day.
    with pytest.raises(PermissionDenied):
        reports.cash_report(p.reception, TODAY - dt.timedelta(1))
    assert reports.cash_report(p.owner, TODAY - dt.timedelta(1)).total[-1] == D("99.00")
    with pytest.raises(PermissionDenied):
        reports.cash_report(p.hoitaja)


def test_cash_rounding_is_its_own_line_outside_the_drawer_total(p, db):
    """42,37 paid in cash at the desk: 42,35 goes into the drawer, the 0,02 rounding row is
    no money. The report shows it as its own "cash_rounding" line, and the total (what the
    drawer must hold) is the real cash only."""
    from tests.core.payment_fixtures import visit_priced
    from vastaanotto.services import payments
    from vastaanotto.services.payments import Tender

    visit = visit_priced(p, db, "42.37")
    result = payments.take_payment(p.reception, visit_ids=[visit],
                                   tenders=[Tender("cash", "42.35")], cash_given="50.00")
    assert result.receipt and result.rounding == D("-0.02")
    pay(db, "10.00", PaymentMethod.CARD, p.reception.staff_id, local(TODAY, 12))
    report = reports.cash_report(p.reception)
    assert report.rows == (("card", "Käyttäjä 1", 1, 0, D("10.00")),
                           ("cash", "Käyttäjä 1", 1, 0, D("42.35")),
                           ("cash_rounding", "", 1, 0, D("0.02")))
    assert report.total == ("", "", 2, 0, D("52.35"))


def sales_data(p, db):
    """October: a massage (25.5 %) and physio (exempt) from visits; November: two massages,
    one fully credited. Known totals below."""
    v1 = add_visit(db, client_id=p.matti, practitioner_id=p.hoitaja.staff_id,
                   service_id=p.physio, day=dt.date(2026, 10, 5))
    v2 = add_visit(db, client_id=p.matti, practitioner_id=p.toinen.staff_id,
                   service_id=p.massage, day=dt.date(2026, 10, 6))
    october = invoicing.create_from_visits(p.reception, [v1, v2]).data
    invoicing.issue(p.reception, october, issue_date=dt.date(2026, 10, 7))
    for _ in range(2):
        inv = invoicing.create_draft(p.reception, client_id=p.asa, lines=[
            LineInput("Hieronta 60 min", 1, "75.00", VatClass.GENERAL, service_id=p.massage)]
        ).data
        invoicing.issue(p.reception, inv)
    invoicing.credit(p.owner, inv)


def test_sales_by_month_service_practitioner(p, db):
    sales_data(p, db)
    start, end = dt.date(2026, 9, 1), dt.date(2026, 11, 30)
    months = reports.sales_by_month(p.owner, start, end)
    assert months.columns == ("month", "count", "net", "vat", "gross")
    # 75 incl. 25.5 % = 59.76 + 15.24
    assert months.rows == (
        (dt.date(2026, 9, 1), 0, D("0"), D("0"), D("0")),
        (dt.date(2026, 10, 1), 1, D("139.76"), D("15.24"), D("155.00")),
        (dt.date(2026, 11, 1), 3, D("59.76"), D("15.24"), D("75.00")))
    assert months.total == ("", 4, D("199.52"), D("30.48"), D("230.00"))
    services = reports.sales_by_service(p.owner, start, end)
    assert [(r[0], r[4]) for r in services.rows] == [("Fysioterapia 45 min", D("80.00")),
                                                      ("Hieronta 60 min", D("150.00"))]
    people = reports.sales_by_practitioner(p.owner, start, end)
    assert [(r[0], r[4]) for r in people.rows] == [("Käyttäjä 2", D("80.00")),
                                                    ("Käyttäjä 3", D("75.00")),
                                                    ("", D("75.00"))]


def test_vat_report_by_rate(p, db):
    sales_data(p, db)
    report = reports.vat_report(p.owner, dt.date(2026, 10, 1), dt.date(2026, 11, 30))
    assert report.rows == ((D("25.5"), "", D("119.52"), D("30.48"), D("150.00")),
                           (D("0"), "AVL 34 §", D("80.00"), D("0.00"), D("80.00")))
    assert report.total[2:] == (D("199.52"), D("30.48"), D("230.00"))
    november = reports.vat_report(p.owner, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert november.total[2:] == (D("59.76"), D("15.24"), D("75.00"))


def test_open_and_overdue_invoices(p, db):
    sales_data(p, db)   # October's 155 € is due 21.10. and overdue; one November 75 € is open
    with db.session() as session:
        october = session.scalar(select(Payment.id).limit(1))
    assert october is None
    report = reports.open_invoices(p.owner)
    assert [(r[0], r[6], r[7]) for r in report.rows] == [(1, D("155.00"), 31),
                                                          (2, D("75.00"), 0)]
    pay(db, "55.00", PaymentMethod.BANK_TRANSFER, None, NOW, invoice_id=1)
    overdue = reports.open_invoices(p.owner, overdue_only=True)
    assert [(r[0], r[5], r[6]) for r in overdue.rows] == [(1, D("55.00"), D("100.00"))]


def test_reports_are_the_owners_and_audited(p, db):
    for call in (lambda c: reports.sales_by_month(c, TODAY, TODAY),
                 lambda c: reports.vat_report(c, TODAY, TODAY),
                 lambda c: reports.open_invoices(c)):
        with pytest.raises(PermissionDenied):
            call(p.reception)
    reports.vat_report(p.owner, dt.date(2026, 1, 1), TODAY)
    with db.session() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "report.viewed")
                                ).all()[-1]
    assert event.details["report"] == "vat" and event.details["start"] == "2026-01-01"
    with pytest.raises(ValidationError) as caught:
        reports.vat_report(p.owner, TODAY, TODAY - dt.timedelta(1))
    assert caught.value.code == "end_before_start"


def test_csv_for_finnish_excel(p, db):
    sales_data(p, db)
    report = reports.vat_report(p.owner, dt.date(2026, 10, 1), dt.date(2026, 11, 30))
    data = to_csv(["ALV-kanta", "Peruste", "Veroton", "Vero", "Verollinen"], report.rows,
                  report.total)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.split("\r\n")[:3] == ["ALV-kanta;Peruste;Veroton;Vero;Verollinen",
                                      "25,50;;119,52;30,48;150,00",
                                      "0,00;AVL 34 §;80,00;0,00;80,00"]
    # The total row's first cell is labelled with the caller's word (the UI's language).
    labelled = to_csv(["ALV-kanta", "Peruste", "Veroton", "Vero", "Verollinen"], report.rows,
                      report.total, "Yhteensä").decode("utf-8-sig").split("\r\n")
    assert labelled[3] == "Yhteensä;;199,52;30,48;230,00"
    assert text.split("\r\n")[3] == ";;199,52;30,48;230,00"   # no label given: left empty
    assert cell(dt.date(2026, 1, 5)) == "5.1.2026" and cell(D("1234.5")) == "1234,50"
    assert cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and cell(-3) == "-3"


@given(st.lists(st.tuples(st.text(), st.decimals(min_value=-10**9, max_value=10**9, places=2),
                          st.dates()), max_size=8))
def test_csv_round_trips_any_text_and_amount(rows):
    text = to_csv(["a", "b", "c"], rows).decode("utf-8-sig")
    read = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert len(read) == len(rows) + 1
    for (name, amount, day), (a, b, c) in zip(rows, read[1:]):
        assert a == cell(name) and D(b.replace(",", ".")) == amount
        assert c == f"{day.day}.{day.month}.{day.year}"
