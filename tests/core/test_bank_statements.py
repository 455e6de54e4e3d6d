"""Bank statement import: camt.054 and KTL files from tests/data, matching by Finnish and RF
reference, partial and overpayments, dedupe on re-import, all-or-nothing on bad files."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.core.billing_fixtures import build_practice
from vastaanotto.billing import bank_statements as bank
from vastaanotto.errors import PermissionDenied, StatementRejected
from vastaanotto.models import AuditEvent, Invoice, InvoiceStatus, Payment, VatClass
from vastaanotto.models.billing import PaymentMethod
from vastaanotto.services import invoicing, payment_queries, payments
from vastaanotto.services.invoicing import LineInput

D = Decimal
DATA = Path(__file__).resolve().parents[1] / "data"


def read(name: str) -> bytes:
    return (DATA / name).read_bytes()


@pytest.fixture
def p(db, owner_ctx, make_ctx):
    practice = build_practice(db, owner_ctx, make_ctx)
    # Invoice 1 (reference 1012) to Matti for 75 €, invoice 2 (1025, RF71 1025) to Åsa, 80 €.
    practice.invoices = []
    for client, price in ((practice.matti, "75.00"), (practice.asa, "80.00")):
        inv = invoicing.create_draft(practice.reception, client_id=client, lines=[
            LineInput("Hieronta", 1, price, VatClass.GENERAL)]).data
        invoicing.issue(practice.reception, inv)
        practice.invoices.append(inv)
    return practice


def payment_count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(Payment.id)))


def status(db, invoice_id):
    with db.session() as session:
        return session.get(Invoice, invoice_id).status


def test_parse_camt054_lines():
    fmt, lines = bank.parse_statement(read("camt054_payments.xml"), "x.xml")
    assert fmt == "camt.054"
    assert [(x.entry_id, x.amount, x.reference, x.payer, x.credit) for x in lines] == [
        ("261120593497R00001", D("75.00"), "1012", "Meikäläinen Matti", True),
        ("261120593497R00002", D("50.00"), "RF711025", "Öberg Åsa", True),
        ("261120593497R00003", D("50.00"), "1234561", "Pöllönen Päivi", True),
        ("261120A0002FEE", D("2.50"), "", "", False)]
    assert lines[0].booking_date == dt.date(2026, 11, 20)


def test_parse_ktl_records_with_sfs4017_names():
    fmt, lines = bank.parse_statement(read("ktl_payments.txt"))
    assert fmt == "ktl"
    assert [(x.entry_id, x.amount, x.reference, x.payer, x.correction) for x in lines] == [
        ("2611205934970001", D("75.00"), "1012", "MEIKÄLÄINEN", False),
        ("2611205934970002", D("80.00"), "1025", "ÖBERG ÅSA", False),
        ("2611205934970003", D("12.00"), "1234561", "PÖLLÖNEN P", False),
        ("2611205934970004", D("12.00"), "1234561", "PÖLLÖNEN P", True)]
    assert lines[0].booking_date == dt.date(2026, 11, 20)


def test_camt_import_matches_records_and_reimport_adds_nothing(p, db):
    preview = bank.preview_statement(p.owner, read("camt054_payments.xml"), "n.xml")
    assert payment_count(db) == 0 and preview.dry_run
    report = bank.import_statement(p.owner, read("camt054_payments.xml"), "n.xml")
    assert [r.status for r in report.lines] == [r.status for r in preview.lines] == [
        "matched", "partial", "unknown_reference", "debit"]
    assert [r.invoice_id for r in report.recorded] == p.invoices
    assert report.recorded_total == D("125.00") and len(report.unmatched) == 2
    assert report.changes.touches("payments", "invoices")
    assert status(db, p.invoices[0]) is InvoiceStatus.PAID
    assert status(db, p.invoices[1]) is InvoiceStatus.ISSUED
    assert payment_queries.invoice_balance(p.owner, p.invoices[1]).balance == D("30.00")
    with db.session() as session:
        rows = session.scalars(select(Payment).order_by(Payment.id)).all()
        assert [(r.method, r.bank_entry_id, r.bank_reference, r.note) for r in rows] == [
            (PaymentMethod.BANK_TRANSFER, "261120593497R00001", "1012", "Meikäläinen Matti"),
            (PaymentMethod.BANK_TRANSFER, "261120593497R00002", "RF711025", "Öberg Åsa")]
        assert session.scalar(select(func.count(AuditEvent.seq)).where(
            AuditEvent.action == "bank_statement.imported")) == 1

    again = bank.import_statement(p.owner, read("camt054_payments.xml"), "n.xml")
    assert payment_count(db) == 2 and again.recorded == () and again.changes is None
    # Unmatched lines were not recorded, so they are offered again (an invoice may match now).
    assert [r.status for r in again.lines] == [
        "duplicate", "duplicate", "unknown_reference", "debit"]


def test_ktl_import_full_overpaid_and_correction(p, db):
    payments.record_bank_payment(p.owner, p.invoices[1], "10.00", dt.date(2026, 11, 19))
    report = bank.import_statement(p.owner, read("ktl_payments.txt"), "viitteet.txt")
    assert [r.status for r in report.lines] == [
        "matched", "overpaid", "unknown_reference", "correction"]
    assert report.lines[1].balance_before == D("70.00")
    assert payment_queries.invoice_balance(p.owner, p.invoices[1]).balance == D("-10.00")
    assert payment_count(db) == 3


def test_same_archive_id_in_camt_and_ktl_is_one_payment(p, db):
    bank.import_statement(p.owner, read("ktl_payments.txt"))
    camt = read("camt054_payments.xml").replace(b"261120593497R00001", b"2611205934970001")
    report = bank.import_statement(p.owner, camt)
    assert report.lines[0].status == "duplicate"


def test_two_payments_of_one_invoice_in_one_file_use_the_running_balance(p, db):
    camt = read("camt054_one_matched.xml").replace(b"7758474790647489", b"1012")
    report = bank.import_statement(p.owner, camt)
    assert [r.status for r in report.lines] == ["matched", "overpaid"]
    assert [r.balance_before for r in report.lines] == [D("75.00"), D("0.00")]


@pytest.mark.parametrize("name, code", [
    ("camt054_malformed.xml", "statement_invalid_xml"),
    ("ktl_bad_totals.txt", "statement_totals_mismatch"),
    ("ktl_truncated_record.txt", "statement_invalid_record"),
])
def test_malformed_files_are_refused_and_record_nothing(p, db, name, code):
    with pytest.raises(StatementRejected) as caught:
        bank.import_statement(p.owner, read(name), name)
    assert caught.value.code == code
    assert payment_count(db) == 0 and status(db, p.invoices[0]) is InvoiceStatus.ISSUED


@pytest.mark.parametrize("data, code", [
    (b"", "empty_file"),
    (b"Date;Amount\n2026-11-20;75,00\n", "statement_unknown_format"),
    (b"<?xml version='1.0'?><Document><Other/></Document>", "statement_not_camt054"),
    (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
     b"<Document>&b;</Document>", "statement_invalid_xml"),
])
def test_unreadable_content(p, db, data, code):
    with pytest.raises(StatementRejected) as caught:
        bank.import_statement(p.owner, data)
    assert caught.value.code == code


def test_a_bad_amount_deep_in_a_good_file_rejects_the_whole_file(p, db):
    camt = read("camt054_payments.xml").replace(b">50.00</Amt>", b">5O.00</Amt>", 1)
    with pytest.raises(StatementRejected) as caught:
        bank.import_statement(p.owner, camt)
    assert caught.value.code == "statement_invalid_record" and caught.value.params["line"] == 1
    assert payment_count(db) == 0


def test_only_the_owner_imports(p, db):
    with pytest.raises(PermissionDenied):
        bank.import_statement(p.reception, read("ktl_payments.txt"))
    assert payment_count(db) == 0
