"""Invoicing service: drafts, gap-free numbers (also across processes), immutability, credit
notes, VAT by delivery date, permissions and audit events."""

from __future__ import annotations

import dataclasses
import datetime as dt
import multiprocessing
import queue
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from tests.core.billing_fixtures import NOW, TODAY, add_visit, build_practice
from vastaanotto.billing.references import is_valid_finnish_reference, rf_reference
from vastaanotto.clock import fixed_clock
from vastaanotto.context import Context
from vastaanotto.db.engine import open_database
from vastaanotto.errors import Conflict, NotFound, PermissionDenied, ValidationError
from vastaanotto.models import (AuditEvent, Client, Invoice, InvoiceKind, InvoiceStatus, Role,
                                VatClass, VatRate)
from vastaanotto.privacy import audit_chain
from vastaanotto.services import invoicing
from vastaanotto.services.invoicing import Buyer, LineInput

D = Decimal


@pytest.fixture
def p(db, owner_ctx, make_ctx):
    return build_practice(db, owner_ctx, make_ctx)


def massage_line(price="75.00", quantity="1", **kw):
    return LineInput("Hieronta 60 min", quantity, price, VatClass.GENERAL, **kw)


def draft(p, ctx=None, **kw):
    kw.setdefault("client_id", p.matti)
    kw.setdefault("lines", [massage_line()])
    return invoicing.create_draft(ctx or p.reception, **kw).data


def invoice(db, invoice_id) -> Invoice:
    with db.session() as session:
        inv = session.get(Invoice, invoice_id)
        inv.lines  # noqa: B018 - load before the session closes
        return inv


def events(db, action):
    with db.session() as session:
        return session.scalars(select(AuditEvent).where(AuditEvent.action == action)
                               .order_by(AuditEvent.seq)).all()


def error_of(exc_info):
    return exc_info.value.field, exc_info.value.code


# --- drafts and issuing --------------------------------------------------------------------


def test_draft_then_issue_fixes_number_reference_dates_and_buyer(p, db):
    changes = invoicing.create_draft(p.reception, client_id=p.matti, lines=[
        massage_line(), LineInput("Fysioterapia", 2, "80,00", "health_exempt")])
    assert changes.touches("invoices")
    inv = invoice(db, changes.data)
    assert inv.status is InvoiceStatus.DRAFT and inv.number is None
    assert inv.total == D("235.00") and inv.vat_total == D("15.24")  # 75 x 25.5 / 125.5
    assert inv.language == "fi" and inv.payment_terms_days == 14
    assert [line.vat_rate for line in inv.lines] == [D("25.5"), D("0")]
    assert inv.lines[1].legal_basis == "AVL 34 §" and inv.lines[1].vat_amount == 0

    invoicing.issue(p.reception, changes.data)
    inv = invoice(db, changes.data)
    assert inv.status is InvoiceStatus.ISSUED and inv.number == 1
    assert inv.issue_date == TODAY and inv.due_date == TODAY + dt.timedelta(days=14)
    assert inv.reference == "1012" == invoicing.reference_for(1)
    assert is_valid_finnish_reference(inv.reference)
    assert inv.rf_reference == rf_reference("1012")
    assert inv.penalty_interest_rate == D("9.5")
    assert (inv.buyer_name, inv.buyer_street, inv.buyer_postal_code, inv.buyer_city) == (
        "Matti Meikäläinen", "Kotikatu 5 A 12", "33100", "Tampere")
    assert inv.issued_by_id == p.reception.staff_id


def test_numbers_are_sequential_and_drafts_use_none(p, db):
    ids = [draft(p) for _ in range(4)]
    invoicing.delete_draft(p.reception, ids[1])
    for invoice_id in (ids[3], ids[0], ids[2]):
        invoicing.issue(p.reception, invoice_id)
    assert [invoice(db, i).number for i in (ids[3], ids[0], ids[2])] == [1, 2, 3]
    with pytest.raises(NotFound):
        invoicing.issue(p.reception, ids[1])


def test_a_failing_issue_leaves_no_gap(p, db, monkeypatch):
    first, second = draft(p), draft(p)
    real_audit = invoicing.audit

    def failing_audit(session, ctx, action, **kw):
        if action == "invoice.issued":
            raise RuntimeError("disk full")  # after the number was taken
        return real_audit(session, ctx, action, **kw)

    monkeypatch.setattr(invoicing, "audit", failing_audit)
    with pytest.raises(RuntimeError):
        invoicing.issue(p.reception, first)
    monkeypatch.setattr(invoicing, "audit", real_audit)
    assert invoice(db, first).number is None and invoice(db, first).status is InvoiceStatus.DRAFT
    assert events(db, "invoice.issued") == []
    invoicing.issue(p.reception, second)
    invoicing.issue(p.reception, first)
    assert (invoice(db, second).number, invoice(db, first).number) == (1, 2)


def test_issue_refused_when_vat_rate_missing_keeps_the_counter(p, db):
    old = draft(p, delivery_date=dt.date(2013, 1, 1))
    with db.session() as session:  # the rate table changes under the draft
        session.execute(update(VatRate).where(VatRate.vat_class == VatClass.GENERAL,
                                              VatRate.valid_from == dt.date(2013, 1, 1))
                        .values(valid_from=dt.date(2013, 1, 2)))
    with pytest.raises(ValidationError) as caught:
        invoicing.issue(p.reception, old)
    assert error_of(caught) == ("vat_class", "vat_rate_missing")
    invoicing.issue(p.reception, draft(p))
    with db.session() as session:
        assert session.scalar(select(Invoice.number).where(Invoice.number.is_not(None))) == 1


def test_vat_rate_by_delivery_date(p, db):
    before = draft(p, delivery_date=dt.date(2024, 8, 31))
    after = draft(p, delivery_date=dt.date(2024, 9, 1))
    assert invoice(db, before).lines[0].vat_rate == D("24")
    assert invoice(db, after).lines[0].vat_rate == D("25.5")
    assert invoice(db, before).vat_total == D("14.52")  # 75 x 24 / 124
    invoicing.issue(p.reception, before)
    assert invoice(db, before).lines[0].vat_rate == D("24")  # delivery date, not issue date
    undated = draft(p, delivery_date=None)
    invoicing.issue(p.reception, undated, issue_date=dt.date(2024, 8, 30))
    assert invoice(db, undated).lines[0].vat_rate == D("24")


def test_invoice_from_visits_uses_each_visits_date(p, db):
    august = add_visit(db, client_id=p.matti, practitioner_id=p.hoitaja.staff_id,
                       service_id=p.massage, day=dt.date(2024, 8, 30))
    september = add_visit(db, client_id=p.matti, practitioner_id=p.hoitaja.staff_id,
                          service_id=p.massage, day=dt.date(2024, 9, 2))
    physio = add_visit(db, client_id=p.matti, practitioner_id=p.hoitaja.staff_id,
                       service_id=p.physio, day=dt.date(2024, 9, 3))
    changes = invoicing.create_from_visits(p.reception, [september, physio, august])
    inv = invoice(db, changes.data)
    assert [line.description for line in inv.lines] == [
        "Hieronta 60 min 30.8.2024", "Hieronta 60 min 2.9.2024", "Fysioterapia 45 min 3.9.2024"]
    assert [line.vat_rate for line in inv.lines] == [D("24"), D("25.5"), D("0")]
    assert inv.delivery_date == dt.date(2024, 9, 3)
    assert inv.total == D("230.00")
    with pytest.raises(Conflict) as caught:
        invoicing.create_from_visits(p.reception, [august])
    assert caught.value.code == "visit_already_invoiced"


def test_visits_must_belong_to_one_client_and_have_a_service(p, db):
    a = add_visit(db, client_id=p.matti, practitioner_id=p.hoitaja.staff_id, service_id=p.physio)
    b = add_visit(db, client_id=p.asa, practitioner_id=p.hoitaja.staff_id, service_id=p.physio)
    c = add_visit(db, client_id=p.asa, practitioner_id=p.hoitaja.staff_id, service_id=None)
    with pytest.raises(ValidationError) as caught:
        invoicing.create_from_visits(p.reception, [a, b])
    assert error_of(caught) == ("visit_ids", "visits_of_different_clients")
    with pytest.raises(ValidationError) as caught:
        invoicing.create_from_visits(p.reception, [c])
    assert error_of(caught) == ("visit_ids", "visit_without_service")
    with pytest.raises(NotFound):
        invoicing.create_from_visits(p.reception, [999])


def test_buyer_snapshot_is_fixed_at_issue(p, db):
    inv_id = draft(p)
    doc = invoicing.get_invoice_document(p.reception, inv_id)
    assert doc.buyer.name == "Matti Meikäläinen" and doc.is_draft
    invoicing.issue(p.reception, inv_id)
    with db.session() as session:
        session.get(Client, p.matti).street = "Uusi katu 1"
    assert invoicing.get_invoice_document(p.reception, inv_id).buyer.street == "Kotikatu 5 A 12"


def test_explicit_buyer_and_payer_company(p, db):
    with db.session() as session:
        client = session.get(Client, p.asa)
        client.payer_company_name = "Vakuutus Oy"
        client.payer_business_id = "2077474-0"
        client.billing_street, client.billing_postal_code, client.billing_city = (
            "PL 10", "00100", "Helsinki")
    company = draft(p, client_id=p.asa)
    invoicing.issue(p.reception, company)
    inv = invoice(db, company)
    assert (inv.buyer_name, inv.buyer_business_id, inv.buyer_city, inv.language) == (
        "Vakuutus Oy", "2077474-0", "Helsinki", "sv")
    walk_in = draft(p, client_id=None, buyer={"name": "Kassa-asiakas"}, language="en")
    invoicing.issue(p.reception, walk_in)
    assert invoice(db, walk_in).buyer_name == "Kassa-asiakas"
    assert invoice(db, walk_in).language == "en"


# --- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize("line, field, code", [
    (massage_line(quantity="-1"), "quantity", "negative_quantity"),
    (massage_line(quantity="0"), "quantity", "zero_quantity"),
    (massage_line(price="1000000.00"), "unit_price", "amount_too_large"),
    (massage_line(price="-5.00"), "unit_price", "negative_amount"),
    (massage_line(price="1,005"), "unit_price", "invalid_amount"),
    (massage_line(discount_percent=D("101")), "discount_percent", "amount_too_large"),
    (LineInput("", 1, "10", VatClass.GENERAL), "description", "required"),
    (LineInput("Lahjakortti", 1, "10", "luxury"), "vat_class", "invalid_choice"),
])
def test_bad_lines_are_refused_with_the_line_index(p, line, field, code):
    with pytest.raises(ValidationError) as caught:
        invoicing.create_draft(p.reception, client_id=p.matti, lines=[massage_line(), line])
    assert error_of(caught) == (field, code)
    assert caught.value.params["line"] == 1


def test_other_bad_input(p, db):
    with pytest.raises(ValidationError) as caught:
        invoicing.create_draft(p.reception, client_id=p.matti, lines=[])
    assert error_of(caught) == ("lines", "empty_invoice")
    with pytest.raises(ValidationError) as caught:
        invoicing.create_draft(p.reception, lines=[massage_line()])
    assert error_of(caught) == ("buyer", "required")
    with pytest.raises(ValidationError) as caught:
        draft(p, delivery_date=dt.date(2010, 5, 1))
    assert error_of(caught) == ("vat_class", "vat_rate_missing")
    with pytest.raises(ValidationError) as caught:
        draft(p, lines=[massage_line(price="999999.99", quantity="2")])
    assert error_of(caught) == ("total", "amount_too_large")
    with pytest.raises(ValidationError) as caught:
        draft(p, language="de")
    assert error_of(caught) == ("language", "invalid_choice")
    inv_id = draft(p)
    with pytest.raises(ValidationError) as caught:
        invoicing.issue(p.reception, inv_id, issue_date=TODAY, due_date=TODAY - dt.timedelta(1))
    assert error_of(caught) == ("due_date", "due_before_issue")
    invoicing.issue(p.reception, inv_id, due_date=TODAY + dt.timedelta(days=30))
    assert invoice(db, inv_id).payment_terms_days == 30


def test_no_personal_data_in_error_text(p):
    with pytest.raises(ValidationError) as caught:
        invoicing.create_draft(p.reception, buyer=Buyer("Maija Mehiläinen",
                                                        business_id="Maija-123"),
                               lines=[massage_line()])
    assert "Maija" not in str(caught.value) and "Maija" not in repr(caught.value.params)


# --- immutability and credit notes -------------------------------------------------------


def test_issued_invoice_never_changes(p, db):
    inv_id = draft(p)
    invoicing.issue(p.reception, inv_id)
    for attempt in (lambda: invoicing.update_draft_lines(p.owner, inv_id, [massage_line("1")]),
                    lambda: invoicing.update_draft(p.owner, inv_id, notes="muutos"),
                    lambda: invoicing.delete_draft(p.owner, inv_id),
                    lambda: invoicing.issue(p.owner, inv_id)):
        with pytest.raises(Conflict) as caught:
            attempt()
        assert caught.value.code == "invoice_issued"
    inv = invoice(db, inv_id)
    assert inv.total == D("75.00") and inv.number == 1 and inv.notes == ""


def test_full_credit_note(p, db):
    inv_id = draft(p, lines=[massage_line(), LineInput("Fysioterapia", 1, 80, "health_exempt")])
    invoicing.issue(p.reception, inv_id)
    note_id = invoicing.credit(p.owner, inv_id, reason="Peruttu käynti").data
    note, original = invoice(db, note_id), invoice(db, inv_id)
    assert note.kind is InvoiceKind.CREDIT_NOTE and note.number == 2
    assert note.credit_of_id == inv_id and note.status is InvoiceStatus.ISSUED
    assert [line.quantity for line in note.lines] == [D("-1"), D("-1")]
    assert (note.total, note.vat_total) == (-original.total, -original.vat_total)
    assert note.buyer_name == original.buyer_name and note.due_date is None
    assert original.status is InvoiceStatus.CREDITED
    doc = invoicing.get_invoice_document(p.owner, note_id)
    assert doc.is_credit_note and doc.credit_of_number == 1 and not doc.has_payment_form
    assert doc.virtual_barcode == "" and doc.notes == "Peruttu käynti"
    with pytest.raises(Conflict) as caught:
        invoicing.credit(p.owner, inv_id)
    assert caught.value.code == "invoice_already_credited"
    with pytest.raises(Conflict) as caught:
        invoicing.credit(p.owner, note_id)
    assert caught.value.code == "invoice_not_creditable"


def test_partial_credits_add_up(p, db):
    inv_id = draft(p, lines=[massage_line(quantity="3"),
                             LineInput("Fysioterapia", 1, 80, "health_exempt")])
    invoicing.issue(p.reception, inv_id)
    massage, physio = (line.id for line in invoice(db, inv_id).lines)
    first = invoicing.credit(p.owner, inv_id, lines={massage: 1}).data
    assert invoice(db, first).total == D("-75.00")
    assert invoice(db, inv_id).status is InvoiceStatus.ISSUED
    with pytest.raises(ValidationError) as caught:
        invoicing.credit(p.owner, inv_id, lines={massage: 3})
    assert error_of(caught) == ("quantity", "credit_exceeds_line")
    with pytest.raises(ValidationError) as caught:
        invoicing.credit(p.owner, inv_id, lines={12345: 1})
    assert error_of(caught) == ("lines", "unknown_line")
    rest = invoicing.credit(p.owner, inv_id).data
    assert [line.quantity for line in invoice(db, rest).lines] == [D("-2"), D("-1")]
    assert invoice(db, inv_id).status is InvoiceStatus.CREDITED
    # Once credited, its visits could be invoiced again.


def test_a_draft_cannot_be_credited(p):
    with pytest.raises(Conflict) as caught:
        invoicing.credit(p.owner, draft(p))
    assert caught.value.code == "invoice_not_issued"


# --- permissions and audit ---------------------------------------------------------------


def test_roles(p, db):
    visit = add_visit(db, client_id=p.matti, practitioner_id=p.hoitaja.staff_id,
                      service_id=p.massage)
    inv_id = invoicing.create_from_visits(p.reception, [visit]).data
    invoicing.issue(p.reception, inv_id)
    with pytest.raises(PermissionDenied):
        invoicing.credit(p.reception, inv_id)
    with pytest.raises(PermissionDenied):
        invoicing.create_draft(p.hoitaja, client_id=p.matti, lines=[massage_line()])
    assert invoicing.get_invoice_document(p.hoitaja, inv_id).number == 1  # own visit
    assert invoicing.render_pdf(p.hoitaja, inv_id).startswith(b"%PDF")
    with pytest.raises(PermissionDenied):
        invoicing.get_invoice_document(p.toinen, inv_id)
    with pytest.raises(PermissionDenied):
        invoicing.render_pdf(p.toinen, inv_id)
    refused = [e for e in events(db, "permission.refused") if e.entity_type == "invoice"]
    assert [(e.actor_id, e.entity_id) for e in refused][-2:] == [(p.toinen.staff_id, inv_id)] * 2
    assert refused[0].details["action"] == "invoice.manage"
    # A practitioner who is also the owner sees everything.
    assert invoicing.get_invoice_document(p.owner, inv_id).total == D("75.00")


def test_audit_trail(p, db):
    inv_id = draft(p)
    invoicing.update_draft_lines(p.reception, inv_id, [massage_line(), massage_line("10")])
    invoicing.issue(p.reception, inv_id)
    invoicing.get_invoice_document(p.reception, inv_id)
    invoicing.render_pdf(p.owner, inv_id)
    invoicing.credit(p.owner, inv_id)
    with db.session() as session:
        trail = [(e.action, e.entity_id, e.client_id, e.details, e.fields) for e in
                 session.scalars(select(AuditEvent).where(AuditEvent.entity_type == "invoice")
                                 .order_by(AuditEvent.seq))]
        assert audit_chain.verify(session, db.audit_key).ok
    assert [t[0] for t in trail] == ["invoice.created", "invoice.updated", "invoice.issued",
                                     "invoice.viewed", "invoice.printed", "invoice.credited"]
    assert all(t[1] == inv_id and t[2] == p.matti for t in trail)
    assert trail[1][4] == ["lines"] and trail[2][3] == {"number": 1}
    assert trail[5][3]["number"] == 2


# --- two desks issuing at once ------------------------------------------------------------

PER_DESK = 20


def _desk(url, audit_key, staff_id, invoice_ids, barrier, results):
    """A separate process: its own engine and Context, issuing its share of the drafts."""
    db = open_database(url, audit_key=audit_key, migrate=False)
    ctx = Context(db=db, staff_id=staff_id, username="desk", display_name="Desk",
                  roles=frozenset({Role.RECEPTION}), workstation=f"desk-{staff_id}",
                  clock=fixed_clock(NOW))
    try:
        barrier.wait(timeout=60)
        for invoice_id in invoice_ids:
            try:
                invoicing.issue(ctx, invoice_id)
                results.put(("ok", invoice_id))
            except Exception as exc:  # reported to the parent, which fails the test
                results.put(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        db.dispose()


def test_two_processes_issue_without_gaps_or_duplicates(p, db, make_ctx):
    other = dataclasses.replace(p.reception, staff_id=make_ctx(Role.RECEPTION).staff_id)
    drafts = [draft(p) for _ in range(2 * PER_DESK)]
    mp = multiprocessing.get_context("spawn")
    barrier, results = mp.Barrier(2), mp.Queue()
    shares = [drafts[0::2], drafts[1::2]]
    procs = [mp.Process(target=_desk, args=(db.url, db.audit_key, ctx.staff_id, share,
                                            barrier, results))
             for ctx, share in zip((p.reception, other), shares)]
    for proc in procs:
        proc.start()
    try:
        outcomes = [results.get(timeout=120) for _ in range(2 * PER_DESK)]
    except queue.Empty:
        pytest.fail("a desk process stopped answering")
    finally:
        for proc in procs:
            proc.join(timeout=60)
    assert [o for o in outcomes if o[0] != "ok"] == []
    assert all(proc.exitcode == 0 for proc in procs)
    with db.session() as session:
        numbers = sorted(session.scalars(select(Invoice.number)
                                         .where(Invoice.number.is_not(None))))
        assert audit_chain.verify(session, db.audit_key).ok
        issuers = set(session.scalars(select(Invoice.issued_by_id)))
    assert numbers == list(range(1, 2 * PER_DESK + 1))
    assert issuers == {p.reception.staff_id, other.staff_id}
