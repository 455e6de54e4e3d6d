"""Payments at the desk, refunds, bank transfers, balances: real SQLite, real services."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.core.billing_fixtures import TODAY, add_visit, build_practice
from tests.core.payment_fixtures import issued, visit_priced
from vastaanotto.errors import Conflict, PermissionDenied, ValidationError, ValidationErrors
from vastaanotto.models import AuditEvent, Invoice, InvoiceKind, InvoiceStatus, Payment
from vastaanotto.models.billing import PaymentMethod
from vastaanotto.services import invoicing, payment_queries, payment_rules, payments
from vastaanotto.services.payment_rules import Tender

D = Decimal


@pytest.fixture
def p(db, owner_ctx, make_ctx):
    return build_practice(db, owner_ctx, make_ctx)


def load(db, invoice_id) -> Invoice:
    with db.session() as session:
        inv = session.get(Invoice, invoice_id)
        inv.lines  # noqa: B018
        return inv


def actions(db):
    with db.session() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))


def test_cash_payment_with_change_marks_the_invoice_paid(p, db):
    inv = issued(p)
    result = payments.take_payment(p.reception, invoice_id=inv,
                                   tenders=[Tender("cash", "75,00")], cash_given="100")
    assert result.change == D("25.00") and result.cash_given == D("100.00")
    assert result.balance == 0 and result.paid == D("75.00")
    assert load(db, inv).status is InvoiceStatus.PAID
    assert result.changes.touches("payments", "invoices")
    assert "payment.taken" in actions(db)
    with pytest.raises(Conflict) as caught:
        payments.take_payment(p.reception, invoice_id=inv, tenders=[Tender("card", "1")])
    assert caught.value.code == "invoice_already_paid"


def test_cash_given_below_the_cash_part_is_refused(p, db):
    inv = issued(p)
    with pytest.raises(ValidationError) as caught:
        payments.take_payment(p.reception, invoice_id=inv,
                              tenders=[Tender("card", "25"), Tender("cash", "50")],
                              cash_given="40")
    assert (caught.value.field, caught.value.code) == ("cash_given", "cash_given_too_small")
    with db.session() as session:
        assert session.scalars(select(Payment)).all() == []


def test_mixed_card_and_cash_change_only_from_cash(p, db):
    inv = issued(p, "80.00")
    result = payments.take_payment(p.reception, invoice_id=inv,
                                   tenders=[Tender("card", "50,00"), Tender("cash", "30,00")],
                                   cash_given="50,00")
    assert result.change == D("20.00") and len(result.payment_ids) == 2
    with db.session() as session:
        rows = session.scalars(select(Payment).order_by(Payment.id)).all()
        assert [(r.method, r.amount) for r in rows] == [
            (PaymentMethod.CARD, D("50.00")), (PaymentMethod.CASH, D("30.00"))]
        assert all(r.received_by_id == p.reception.staff_id for r in rows)


def test_partial_payment_leaves_a_balance_then_the_rest_pays(p, db):
    inv = issued(p, "120.00")
    first = payments.take_payment(p.reception, invoice_id=inv,
                                  tenders=[Tender("mobilepay", "20")])
    assert first.balance == D("100.00")
    assert load(db, inv).status is InvoiceStatus.ISSUED
    assert payment_queries.invoice_balance(p.owner, inv).balance == D("100.00")
    assert payment_queries.open_balance_for_client(p.reception, p.matti) == D("100.00")
    with pytest.raises(ValidationError) as caught:
        payments.take_payment(p.reception, invoice_id=inv, tenders=[Tender("card", "100.01")])
    assert caught.value.code == "payment_exceeds_balance"
    assert caught.value.params["balance"] == D("100.00")
    payments.take_payment(p.reception, invoice_id=inv, tenders=[Tender("card", "100")])
    assert load(db, inv).status is InvoiceStatus.PAID
    assert payment_queries.open_balance_for_client(p.reception, p.matti) == 0


def test_gift_card_needs_its_code(p, db):
    inv = issued(p)
    with pytest.raises(ValidationError) as caught:
        payments.take_payment(p.reception, invoice_id=inv, tenders=[Tender("gift_card", "75")])
    assert (caught.value.field, caught.value.code) == ("gift_card_code", "required")
    payments.take_payment(p.reception, invoice_id=inv,
                          tenders=[Tender("gift_card", "75", " LAHJA-2026-0042 ")])
    with db.session() as session:
        assert session.scalar(select(Payment.bank_reference)) == "LAHJA-2026-0042"


def test_desk_sale_of_a_visit_paid_in_full_is_a_numbered_receipt(p, db):
    visit = add_visit(db, client_id=p.matti, practitioner_id=p.hoitaja.staff_id,
                      service_id=p.physio)
    prior = issued(p)  # takes number 1 from the shared sequence
    result = payments.take_payment(p.reception, visit_ids=[visit],
                                   tenders=[Tender("card", "80.00")])
    assert result.receipt and result.balance == 0
    inv = load(db, result.invoice_id)
    assert inv.kind is InvoiceKind.RECEIPT and inv.status is InvoiceStatus.PAID
    assert inv.number == load(db, prior).number + 1
    assert inv.issue_date == inv.due_date == TODAY and inv.lines[0].visit_id == visit
    with pytest.raises(Conflict) as caught:  # the visit is sold now
        payments.take_payment(p.reception, visit_ids=[visit], tenders=[Tender("card", "1")])
    assert caught.value.code == "visit_already_invoiced"


def test_desk_sale_paid_in_part_becomes_an_invoice_with_terms(p, db):
    visit = add_visit(db, client_id=p.matti, practitioner_id=p.hoitaja.staff_id,
                      service_id=p.massage)
    result = payments.take_payment(p.reception, visit_ids=[visit],
                                   tenders=[Tender("cash", "25")], cash_given="30")
    inv = load(db, result.invoice_id)
    assert not result.receipt and result.balance == D("50.00") and result.change == D("5.00")
    assert inv.kind is InvoiceKind.INVOICE and inv.status is InvoiceStatus.ISSUED
    assert inv.due_date == TODAY + dt.timedelta(days=14) and inv.reference


def test_overpaying_a_desk_sale_is_refused_and_takes_no_number(p, db):
    visit = add_visit(db, client_id=p.matti, practitioner_id=p.hoitaja.staff_id,
                      service_id=p.massage)
    with pytest.raises(ValidationError) as caught:
        payments.take_payment(p.reception, visit_ids=[visit], tenders=[Tender("card", "76")])
    assert caught.value.code == "payment_exceeds_balance"
    assert issued(p) and load(db, issued(p)).number == 2  # 1 went to the first issued()


def test_client_payment_is_spread_over_open_invoices_oldest_first(p, db):
    first, second = issued(p, "30.00"), issued(p, "50.00")
    result = payments.take_payment(p.reception, client_id=p.matti,
                                   tenders=[Tender("card", "60")])
    assert set(result.invoice_ids) == {first, second} and result.balance == D("20.00")
    assert load(db, first).status is InvoiceStatus.PAID
    assert payment_queries.invoice_balance(p.owner, second).balance == D("20.00")


def test_refund_is_limited_to_what_was_paid(p, db):
    inv = issued(p, "80.00")
    paid = payments.take_payment(p.reception, invoice_id=inv,
                                 tenders=[Tender("card", "80")]).payment_ids[0]
    payments.refund(p.reception, paid, "30", "card", "Hoito keskeytyi")
    assert load(db, inv).status is InvoiceStatus.ISSUED
    assert payment_queries.invoice_balance(p.owner, inv).balance == D("30.00")
    with pytest.raises(ValidationError) as caught:
        payments.refund(p.reception, paid, "50.01", "cash", "Liikaa")
    assert caught.value.code == "refund_exceeds_payment" and caught.value.params["max"] == D("50")
    refund_id = payments.refund(p.reception, paid, "50", "cash", "Loput takaisin").data
    with pytest.raises(ValidationError):
        payments.refund(p.reception, paid, "0.01", "cash", "Vielä")
    with pytest.raises(Conflict):
        payments.refund(p.reception, refund_id, "1", "cash", "Refund of a refund")
    with pytest.raises(ValidationError) as caught:
        payments.refund(p.reception, paid, "1", "cash", "  ")
    assert caught.value.field == "reason"
    rows = payment_queries.list_payments(p.owner, invoice_id=inv)
    original = next(r for r in rows if r.id == paid)
    assert original.refunded == D("80.00") and original.refundable == 0
    assert sorted(r.amount for r in rows) == [D("-50.00"), D("-30.00"), D("80.00")]


def test_bank_payment_by_hand_may_overpay_and_is_owner_only(p, db):
    inv = issued(p, "75.00")
    reference = load(db, inv).reference
    with pytest.raises(PermissionDenied):
        payments.record_bank_payment(p.reception, inv, "75", TODAY, reference)
    with pytest.raises(ValidationError) as caught:
        payments.record_bank_payment(p.owner, inv, "75", TODAY + dt.timedelta(days=1))
    assert caught.value.code == "date_in_future"
    with pytest.raises(ValidationError) as caught:
        payments.record_bank_payment(p.owner, inv, "75", TODAY, "1234560")
    assert caught.value.code == "invalid_reference"
    payments.record_bank_payment(p.owner, inv, "80", TODAY - dt.timedelta(days=2),
                                 f" {reference[:2]} {reference[2:]} ")
    assert payment_queries.invoice_balance(p.owner, inv).balance == D("-5.00")
    assert load(db, inv).status is InvoiceStatus.PAID
    row = payment_queries.list_payments(p.owner, day=TODAY - dt.timedelta(days=2))[0]
    assert row.method is PaymentMethod.BANK_TRANSFER and row.reference == reference


def test_credit_note_counts_in_the_balance(p, db):
    inv = issued(p, "75.00")
    invoicing.credit(p.owner, inv)
    assert payment_queries.invoice_balance(p.owner, inv).balance == 0
    with pytest.raises(Conflict) as caught:
        payments.take_payment(p.reception, invoice_id=inv, tenders=[Tender("card", "1")])
    assert caught.value.code == "invoice_credited"


def test_roles_practitioner_sees_only_own_and_cannot_take(p, db):
    own = payments.take_payment(
        p.reception, visit_ids=[add_visit(db, client_id=p.matti,
                                          practitioner_id=p.hoitaja.staff_id,
                                          service_id=p.massage)],
        tenders=[Tender("card", "75")]).invoice_id
    other = payments.take_payment(
        p.reception, visit_ids=[add_visit(db, client_id=p.asa,
                                          practitioner_id=p.toinen.staff_id,
                                          service_id=p.massage)],
        tenders=[Tender("cash", "75")]).invoice_id
    assert {r.invoice_id for r in payment_queries.list_payments(p.hoitaja)} == {own}
    assert {r.invoice_id for r in payment_queries.list_payments(p.owner)} == {own, other}
    assert payment_queries.invoice_balance(p.hoitaja, own).balance == 0
    with pytest.raises(PermissionDenied):
        payment_queries.invoice_balance(p.hoitaja, other)
    with pytest.raises(PermissionDenied):
        payments.take_payment(p.hoitaja, invoice_id=own, tenders=[Tender("card", "1")])
    assert actions(db).count("permission.refused") == 2
    assert "payment.listed" in actions(db) and "invoice.balance_viewed" in actions(db)


def test_list_filters_by_day_method_and_staff(p, db):
    inv = issued(p, "100.00")
    payments.take_payment(p.reception, invoice_id=inv,
                          tenders=[Tender("card", "40"), Tender("cash", "10")])
    payments.take_payment(p.owner, invoice_id=inv, tenders=[Tender("cash", "5")])
    assert len(payment_queries.list_payments(p.owner, day=TODAY)) == 3
    assert payment_queries.list_payments(p.owner, day=TODAY - dt.timedelta(days=1)) == []
    assert [r.amount for r in payment_queries.list_payments(p.owner, method="cash")] == [
        D("5.00"), D("10.00")]
    assert len(payment_queries.list_payments(p.owner, staff_id=p.reception.staff_id)) == 2


# --- cash rounding ---------------------------------------------------------------------------


def rows_of(db, invoice_id):
    with db.session() as session:
        return [(r.method, r.amount, r.note) for r in session.scalars(
            select(Payment).where(Payment.invoice_id == invoice_id).order_by(Payment.id))]


@pytest.mark.parametrize("typed", ["12,37", "12,35"])
def test_cash_sale_is_rounded_down_and_the_receipt_is_paid(p, db, typed):
    result = payments.take_payment(p.reception, visit_ids=[visit_priced(p, db, "12.37")],
                                   tenders=[Tender("cash", typed)], cash_given="20")
    assert result.receipt and result.balance == 0 and result.paid == D("12.37")
    assert (result.cash_received, result.rounding, result.change) == (
        D("12.35"), D("-0.02"), D("7.65"))
    assert load(db, result.invoice_id).status is InvoiceStatus.PAID
    assert load(db, result.invoice_id).total == D("12.37")   # the price is not rounded
    assert rows_of(db, result.invoice_id) == [
        (PaymentMethod.CASH, D("12.35"), ""),
        (PaymentMethod.CASH, D("0.02"), payment_rules.ROUNDING_NOTE)]
    assert payment_queries.invoice_balance(p.owner, result.invoice_id).balance == 0


def test_cash_rounded_up_takes_more_and_still_ends_at_zero(p, db):
    inv = issued(p, "12.38")
    with pytest.raises(ValidationError) as caught:   # 12,40 is enough: 12,35 is not
        payments.take_payment(p.reception, invoice_id=inv, tenders=[Tender("cash", "12,38")],
                              cash_given="12,35")
    assert caught.value.params["cash"] == D("12.40")
    result = payments.take_payment(p.reception, invoice_id=inv,
                                   tenders=[Tender("cash", "12,40")], cash_given="12,40")
    assert (result.cash_received, result.rounding, result.change) == (
        D("12.40"), D("0.02"), D("0.00"))
    assert rows_of(db, inv) == [(PaymentMethod.CASH, D("12.40"), ""),
                                (PaymentMethod.CASH, D("-0.02"), payment_rules.ROUNDING_NOTE)]
    assert payment_queries.invoice_balance(p.owner, inv).balance == 0
    assert load(db, inv).status is InvoiceStatus.PAID


def test_only_the_cash_part_is_rounded_and_card_is_exact(p, db):
    card_only = issued(p, "12.37")
    result = payments.take_payment(p.reception, invoice_id=card_only,
                                   tenders=[Tender("card", "12,37")])
    assert result.rounding == 0 and rows_of(db, card_only) == [
        (PaymentMethod.CARD, D("12.37"), "")]
    mixed = issued(p, "12.37")
    result = payments.take_payment(p.reception, invoice_id=mixed,
                                   tenders=[Tender("card", "10"), Tender("cash", "2,37")])
    assert rows_of(db, mixed) == [(PaymentMethod.CARD, D("10.00"), ""),
                                  (PaymentMethod.CASH, D("2.35"), ""),
                                  (PaymentMethod.CASH, D("0.02"), payment_rules.ROUNDING_NOTE)]
    assert result.balance == 0
    short_card = issued(p, "12.37")   # 2 cents short on a card: they stay open
    result = payments.take_payment(p.reception, invoice_id=short_card,
                                   tenders=[Tender("card", "12,35")])
    assert result.balance == D("0.02") and result.rounding == 0


def test_part_payment_in_cash_leaves_the_rest_open(p, db):
    inv = issued(p, "12.37")
    result = payments.take_payment(p.reception, invoice_id=inv,
                                   tenders=[Tender("cash", "10")], cash_given="10")
    assert result.balance == D("2.37") and result.rounding == 0
    assert load(db, inv).status is InvoiceStatus.ISSUED


def test_client_checkout_puts_the_rounding_on_the_invoices_the_cash_paid(p, db):
    first, second = issued(p, "10.01"), issued(p, "0.01")
    result = payments.take_payment(p.reception, client_id=p.matti,
                                   tenders=[Tender("cash", "10,02")], cash_given="10")
    assert result.balance == 0 and result.cash_received == D("10.00")
    assert rows_of(db, first) == [(PaymentMethod.CASH, D("10.00"), ""),
                                  (PaymentMethod.CASH, D("0.01"), payment_rules.ROUNDING_NOTE)]
    assert rows_of(db, second) == [(PaymentMethod.CASH, D("0.01"),
                                    payment_rules.ROUNDING_NOTE)]
    assert load(db, first).status is load(db, second).status is InvoiceStatus.PAID


def test_the_rounding_row_is_listed_as_such_and_never_refunded(p, db):
    result = payments.take_payment(p.reception, visit_ids=[visit_priced(p, db, "12.37")],
                                   tenders=[Tender("cash", "12,37")])
    rows = payment_queries.list_payments(p.owner, invoice_id=result.invoice_id)
    rounding = next(r for r in rows if r.rounding)
    cash = next(r for r in rows if not r.rounding)
    assert rounding.amount == D("0.02") and rounding.refundable == 0
    assert cash.amount == D("12.35") and cash.refundable == D("12.35")
    with pytest.raises(Conflict) as caught:
        payments.refund(p.reception, rounding.id, "0,02", "cash", "Pyöristys takaisin")
    assert caught.value.code == "payment_is_rounding"
    payments.refund(p.reception, cash.id, "12,35", "cash", "Peruttu")
    assert payment_queries.invoice_balance(p.owner, result.invoice_id).balance == D("12.35")
    assert "rounding" in next(e for e in audit_details(db, "payment.taken"))


def audit_details(db, action):
    with db.session() as session:
        return [e.details for e in session.scalars(
            select(AuditEvent).where(AuditEvent.action == action))]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(price=st.integers(min_value=1, max_value=50_000), card=st.integers(min_value=0))
def test_any_invoice_paid_card_then_cash_ends_at_zero(p, db, price, card):
    """End to end on the database: whatever the price and the card part, the rest in cash
    leaves the invoice PAID with balance zero and the cash rows at 5-cent money."""
    card %= price
    inv = issued(p, str(euros(price)))
    tenders = ([Tender("card", str(euros(card)))] if card else []) + [
        Tender("cash", str(euros(price - card)))]
    result = payments.take_payment(p.reception, invoice_id=inv, tenders=tenders)
    assert result.balance == 0 and load(db, inv).status is InvoiceStatus.PAID
    cash_rows = [a for m, a, note in rows_of(db, inv) if m is PaymentMethod.CASH and not note]
    assert sum(cash_rows, D(0)) == euros(to_five_cents(price - card))
    assert sum(a for _, a, _ in rows_of(db, inv)) == euros(price)


# --- tender validation ----------------------------------------------------------------------


@pytest.mark.parametrize("amount, code", [
    ("0", "zero_amount"), ("-5", "negative_amount"), ("1000000", "amount_too_large"),
    ("12,345", "invalid_amount"), ("abc", "invalid_amount"), ("", "required")])
def test_bad_tender_amounts(amount, code):
    with pytest.raises(ValidationError) as caught:
        payment_rules.validate_tenders([Tender("card", amount)])
    assert (caught.value.field, caught.value.code, caught.value.params["tender"]) == (
        "amount", code, 0)


def test_floats_never_pass_and_errors_are_gathered():
    with pytest.raises(TypeError):
        payment_rules.validate_tenders([Tender("card", 1.5)])
    with pytest.raises(ValidationErrors) as caught:
        payment_rules.validate_tenders([Tender("bank_transfer", "5"), Tender("card", "-1")])
    assert {(e.field, e.params["tender"]) for e in caught.value.errors} == {
        ("method", 0), ("amount", 1)}
    with pytest.raises(ValidationError) as caught:
        payment_rules.validate_tenders([])
    assert caught.value.field == "tenders"
    with pytest.raises(ValidationError) as caught:
        payment_rules.validate_tenders([Tender("card", "999999.99"), Tender("card", "0.01")])
    assert caught.value.code == "amount_too_large"
    with pytest.raises(ValidationError) as caught:
        payment_rules.validate_tenders([Tender("card", "5")], cash_given="10")
    assert caught.value.code == "no_cash_tender"


cents = st.integers(min_value=1, max_value=99_999_999)


def euros(c: int) -> Decimal:
    return Decimal(c) / 100


def to_five_cents(c: int) -> int:
    """The reference rule in whole cents: ...1, ...2 down, ...3, ...4 up."""
    return (c + 2) // 5 * 5


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["cash", "card", "mobilepay"]), cents),
                min_size=1, max_size=5),
       st.integers(min_value=0, max_value=10_000))
def test_tenders_sum_exactly_and_change_is_given_minus_rounded_cash(parts, extra):
    texts = [Tender(m, f"{c // 100},{c % 100:02d}") for m, c in parts]
    total = sum(c for _, c in parts)
    cash = sum(c for m, c in parts if m == "cash")
    received = to_five_cents(cash)
    assume(received + extra <= 99_999_999)   # cash given has the same 999 999,99 limit
    given_text = f"{(received + extra) // 100}.{(received + extra) % 100:02d}"
    if total > 99_999_999:
        with pytest.raises(ValidationError):
            payment_rules.validate_tenders(texts)
        return
    clean = payment_rules.validate_tenders(texts, given_text if cash else None)
    assert clean.total == euros(total) and isinstance(clean.total, Decimal)
    assert sum(t.amount for t in clean.tenders) == clean.total
    assert all(t.amount.as_tuple().exponent == -2 for t in clean.tenders)
    assert [t.method for t in clean.tenders].count(PaymentMethod.CASH) == (1 if cash else 0)
    assert clean.cash == euros(cash) and clean.cash_received == euros(received)
    assert clean.change == (euros(extra) if cash else 0)
    if cash and received > 0:
        with pytest.raises(ValidationError) as caught:
            payment_rules.validate_tenders(texts, str(euros(received - 1)))
        assert caught.value.code == "cash_given_too_small"


@settings(max_examples=300)
# Up to 999 999,97: rounded up, the typed cash must stay within the 999 999,99 limit itself.
@given(st.integers(min_value=1, max_value=99_999_997), st.integers(min_value=0))
def test_cash_paying_the_rest_always_closes_the_balance(balance, card):
    """Whatever is open and however much goes on the card, cash typed as the exact rest or
    as the rest rounded to 5 cents pays it off; only the cash part is rounded, by <= 2 cents."""
    card = card % balance                      # 0 .. balance-1: something is left for cash
    rest = balance - card
    for typed in {rest, to_five_cents(rest)} - {0}:
        tenders = [Tender("card", str(euros(card)))] if card else []
        tenders.append(Tender("cash", str(euros(typed))))
        clean = payment_rules.validate_tenders(tenders, balance=euros(balance))
        assert clean.total == euros(balance)
        assert clean.cash == euros(rest) and clean.cash_received == euros(to_five_cents(rest))
        assert abs(clean.rounding) <= Decimal("0.02")
        assert clean.cash_received % Decimal("0.05") == 0
        assert sum(t.amount for t in clean.tenders if t.method is PaymentMethod.CARD) == \
            euros(card)


@settings(max_examples=300)
@given(st.lists(cents.map(lambda c: c % 5000 + 1), min_size=1, max_size=4),
       st.integers(min_value=0, max_value=100), st.data())
def test_rounding_rows_keep_every_invoice_whole(balances, card_share, data):
    """Spread over a client's open invoices, the cash rows hold exactly the money received and
    the rounding rows the rest: each invoice is paid what was allocated to it, no row is
    negative except a rounding up, and the rounding stays with the cash."""
    from types import SimpleNamespace

    from vastaanotto.services.payments import _allocate, _payment_rows
    invoices = [(SimpleNamespace(id=i), euros(b)) for i, b in enumerate(balances)]
    open_ = sum(balances)
    card = open_ * card_share // 100
    card = min(card, open_ - 1)
    cash = data.draw(st.integers(min_value=1, max_value=open_ - card))
    tenders = ([Tender("card", str(euros(card)))] if card else []) + [
        Tender("cash", str(euros(cash)))]
    clean = payment_rules.validate_tenders(tenders, balance=euros(open_))
    pairs = _allocate(clean.tenders, invoices)
    rows = _payment_rows(pairs, clean.rounding)
    for inv, _ in invoices:
        assert sum(t.amount for i, t, _ in rows if i is inv) == sum(
            t.amount for i, t in pairs if i is inv)
    cash_rows = [t.amount for _, t, note in rows if t.method is PaymentMethod.CASH and not note]
    rounding_rows = [t.amount for _, t, note in rows if note == payment_rules.ROUNDING_NOTE]
    assert sum(cash_rows, Decimal(0)) == clean.cash_received
    assert sum(rounding_rows, Decimal(0)) == -clean.rounding
    assert all(a > 0 for a in cash_rows) and all(a != 0 for a in rounding_rows)


@settings(max_examples=300)
@given(st.text(max_size=20))
def test_any_typed_amount_is_either_a_cent_exact_decimal_or_a_typed_error(text):
    try:
        clean = payment_rules.validate_tenders([Tender("card", text)])
    except ValidationError as exc:
        assert exc.field == "amount" and exc.code in {
            "required", "invalid_amount", "zero_amount", "negative_amount",
            "amount_too_large", "amount_too_small"}
    else:
        amount = clean.total
        assert Decimal("0.01") <= amount <= payment_rules.MAX_AMOUNT
        assert amount == amount.quantize(Decimal("0.01"))


def test_a_visit_sold_on_a_desk_receipt_is_not_invoiced_again(p, db):
    visit = add_visit(db, client_id=p.matti, practitioner_id=p.hoitaja.staff_id,
                      service_id=p.massage)
    payments.take_payment(p.reception, visit_ids=[visit], tenders=[Tender("card", "75")])
    with pytest.raises(Conflict) as caught:
        invoicing.create_from_visits(p.owner, [visit])
    assert caught.value.code == "visit_already_invoiced"


def test_a_visit_sold_on_a_desk_receipt_is_not_offered_for_invoicing(p, db):
    """The editor's and picker's list of visits to invoice follows the same rule."""
    sold, open_ = (add_visit(db, client_id=p.matti, practitioner_id=p.hoitaja.staff_id,
                             service_id=p.massage, hour=h) for h in (9, 11))
    assert {v.id for v in invoicing.uninvoiced_visits(p.reception, p.matti)} == {sold, open_}
    result = payments.take_payment(p.reception, visit_ids=[sold], tenders=[Tender("card", "75")])
    assert result.receipt
    assert [v.id for v in invoicing.uninvoiced_visits(p.reception, p.matti)] == [open_]


def test_a_rounding_never_pays_what_is_not_open():
    with pytest.raises(ValidationError) as caught:
        payment_rules.validate_tenders([Tender("cash", "0,01")], balance=D("0.00"))
    assert caught.value.code == "payment_exceeds_balance"
    clean = payment_rules.validate_tenders([Tender("cash", "0,01")], balance=D("0.01"))
    assert (clean.total, clean.cash_received, clean.rounding) == (D("0.01"), 0, D("-0.01"))
