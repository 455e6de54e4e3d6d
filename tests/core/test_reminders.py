"""Payment reminders: 14 days after the due date at the earliest, one per 14 days, the 5 €
consumer cap, a company fee of its own, the reminder PDF with the original reference."""

from __future__ import annotations

import datetime as dt
import subprocess
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.core.billing_fixtures import NOW, TODAY, at, build_practice
from vastaanotto.billing.reminder_pdf import render_reminder_pdf
from vastaanotto.errors import PermissionDenied, ValidationError, ValidationErrors
from vastaanotto.models import AuditEvent, Payment, PaymentMethod, VatClass
from vastaanotto.models.billing import PaymentReminder
from vastaanotto.services import invoicing, reminders
from vastaanotto.services.invoicing import Buyer, LineInput
from vastaanotto.services.practice import set_setting

D = Decimal


@pytest.fixture
def p(db, owner_ctx, make_ctx):
    return build_practice(db, owner_ctx, make_ctx)


def issued(p, issue_date: dt.date, *, buyer=None, price="75.00") -> int:
    kw = {"buyer": buyer} if buyer else {"client_id": p.matti}
    inv = invoicing.create_draft(p.reception, lines=[
        LineInput("Hieronta 60 min", 1, price, VatClass.GENERAL)], **kw).data
    invoicing.issue(p.reception, inv, issue_date=issue_date)
    return inv


def later(ctx, days: int):
    return at(ctx, NOW + dt.timedelta(days=days))


def test_overdue_list_and_the_14_day_rule(p):
    old = issued(p, dt.date(2026, 10, 1))      # due 15.10.: 37 days overdue
    recent = issued(p, dt.date(2026, 10, 25))   # due 8.11.: 13 days overdue
    issued(p, TODAY)                            # not due yet
    rows = {r.id: r for r in reminders.overdue_invoices(p.owner)}
    assert set(rows) == {old, recent}
    assert rows[old].days_overdue == 37 and rows[old].can_remind
    assert rows[old].fee == D("5.00") and not rows[old].is_company
    assert not rows[recent].can_remind and rows[recent].next_possible == dt.date(2026, 11, 22)
    with pytest.raises(ValidationError) as caught:
        reminders.create_reminders(p.owner, [recent])
    assert caught.value.code == "reminder_too_early" and caught.value.params["line"] == recent
    # All or nothing: a bad one in the batch stops the good one too.
    with pytest.raises(ValidationError):
        reminders.create_reminders(p.owner, [old, recent])
    assert reminders.overdue_invoices(p.owner)[0].reminders == 0

    made = reminders.create_reminders(p.owner, [old]).data
    assert len(made) == 1
    row = {r.id: r for r in reminders.overdue_invoices(p.owner)}[old]
    assert row.reminders == 1 and row.last_reminder == TODAY and not row.can_remind
    with pytest.raises(ValidationError) as caught:   # one reminder per 14 days
        reminders.create_reminders(later(p.owner, 13), [old])
    assert caught.value.code == "reminder_too_early"
    assert reminders.create_reminders(later(p.owner, 14), [old]).data
    # The next day the recent one may be reminded too.
    assert reminders.create_reminders(later(p.owner, 1), [recent]).data


def test_due_count_follows_the_14_day_rules_and_sends_nothing(p, db):
    old = issued(p, dt.date(2026, 10, 1))      # due 15.10.: may be reminded
    issued(p, dt.date(2026, 10, 25))            # due 8.11.: 13 days, not yet
    paid = issued(p, dt.date(2026, 10, 1))
    with db.session() as session:
        session.add(Payment(invoice_id=paid, amount=D("75.00"), method=PaymentMethod.CASH))
    assert reminders.due_count(p.owner) == 1
    assert reminders.due_count(later(p.owner, 1)) == 2    # the recent one reaches 14 days
    with db.session() as session:
        assert session.scalar(select(PaymentReminder.id)) is None   # nothing was sent
    reminders.create_reminders(p.owner, [old])
    assert reminders.due_count(p.owner) == 0
    assert reminders.due_count(later(p.owner, 13)) == 1   # only the recent one
    assert reminders.due_count(later(p.owner, 14)) == 2   # the old one again after 14 days
    with pytest.raises(PermissionDenied):
        reminders.due_count(p.reception)


def test_consumer_fee_is_capped_at_5_euros_company_fee_is_a_setting(p, db):
    consumer = issued(p, dt.date(2026, 10, 1))
    company = issued(p, dt.date(2026, 10, 1),
                     buyer=Buyer("Yritys Oy", "Tie 1", "00100", "Helsinki", "2077474-0"))
    with pytest.raises(ValidationError) as caught:
        set_setting(p.owner, reminders.REMINDER_FEE_CONSUMER_CENTS, 600)
    assert caught.value.code == "too_large"
    set_setting(p.owner, reminders.REMINDER_FEE_COMPANY_CENTS, 1500)
    reminders.create_reminders(p.owner, [consumer, company])
    with db.session() as session:
        fees = {i: f for i, f in session.execute(
                select(PaymentReminder.invoice_id, PaymentReminder.fee))}
    assert fees == {consumer: D("5.00"), company: D("15.00")}
    set_setting(p.owner, reminders.REMINDER_FEE_CONSUMER_CENTS, 0)
    assert {r.id: r.fee for r in reminders.overdue_invoices(p.owner)}[consumer] == D("0.00")


def test_paid_or_credited_invoices_are_not_reminded(p, db):
    paid = issued(p, dt.date(2026, 10, 1))
    credited = issued(p, dt.date(2026, 10, 1))
    with db.session() as session:
        session.add(Payment(invoice_id=paid, amount=D("75.00"), method=PaymentMethod.CASH))
    invoicing.credit(p.owner, credited)
    assert reminders.overdue_invoices(p.owner) == []
    with pytest.raises((ValidationError, ValidationErrors)) as caught:
        reminders.create_reminders(p.owner, [paid, credited])
    codes = [e.code for e in getattr(caught.value, "errors", [caught.value])]
    assert codes == ["invoice_not_open", "invoice_not_open"]


def test_partly_paid_invoice_reminds_of_the_rest(p, db):
    inv = issued(p, dt.date(2026, 10, 1))
    with db.session() as session:
        session.add(Payment(invoice_id=inv, amount=D("25.00"), method=PaymentMethod.CARD))
    assert reminders.overdue_invoices(p.owner)[0].balance == D("50.00")
    rid = reminders.create_reminders(p.owner, [inv]).data[0]
    doc = reminders.reminder_document(p.owner, rid)
    # 50 x 9.5 % x 37 / 365 = 0.48
    assert (doc.balance, doc.interest, doc.fee) == (D("50.00"), D("0.48"), D("5.00"))
    assert doc.total == D("55.48") and doc.due_date == TODAY + dt.timedelta(days=14)
    assert doc.invoice.reference == invoicing.reference_for(1)
    # The barcode pays the reminder's total with the original reference by the new due date.
    assert doc.virtual_barcode[17:25] == "00005548"
    assert doc.virtual_barcode.endswith("00000000000000001012" + "261205")


def test_reminder_pdf_has_the_title_reference_and_barcode(p, tmp_path):
    inv = issued(p, dt.date(2026, 10, 1))
    rid = reminders.create_reminders(p.owner, [inv]).data[0]
    pdf = reminders.render_pdf(p.owner, rid)
    assert pdf.startswith(b"%PDF")
    path = tmp_path / "muistutus.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "MAKSUMUISTUTUS" in text and "10 12" not in text
    assert "1012" in text                      # the original reference, printed
    assert "Muistutusmaksu" in text and "5,00 €" in text
    assert "Maksettava yhteensä" in text and "80,72 €" in text   # 75 + 0,72 interest + 5
    doc = reminders.reminder_document(p.owner, rid)
    assert render_reminder_pdf(doc) == render_reminder_pdf(doc)   # deterministic


def test_reminders_are_the_owners_and_audited(p, db):
    inv = issued(p, dt.date(2026, 10, 1))
    with pytest.raises(PermissionDenied):
        reminders.overdue_invoices(p.reception)
    with pytest.raises(PermissionDenied):
        reminders.create_reminders(p.reception, [inv])
    reminders.create_reminders(p.owner, [inv])
    with db.session() as session:
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "invoice.reminded"))
    assert event.entity_id == inv and event.details["fee"] == "5.00"


def test_swedish_reminder(p, tmp_path):
    inv = invoicing.create_draft(p.reception, client_id=p.asa, lines=[
        LineInput("Massage", 1, "75", VatClass.GENERAL)]).data
    invoicing.issue(p.reception, inv, issue_date=dt.date(2026, 10, 1))
    rid = reminders.create_reminders(p.owner, [inv]).data[0]
    path = tmp_path / "sv.pdf"
    path.write_bytes(reminders.render_pdf(p.owner, rid))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "BETALNINGSPÅMINNELSE" in text and "Påminnelseavgift" in text
