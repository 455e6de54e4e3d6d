"""The client card's history: bookings, visits, invoices with open amounts, payments, by role."""

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import event, select

from tests.core.billing_fixtures import add_visit, build_practice
from vastaanotto.clock import HELSINKI
from vastaanotto.errors import NotFound, PermissionDenied
from vastaanotto.models import (Appointment, AppointmentStatus, AuditEvent, BookingChannel, Client,
                                InvoiceKind, InvoiceStatus, Outcome, Payment, PaymentMethod, Role,
                                VatClass)
from vastaanotto.permissions import ROLE_ACTIONS, Action
from vastaanotto.services import invoicing
from vastaanotto.services.base import anonymous_context
from vastaanotto.services.client_history import client_history

UTC = dt.timezone.utc


def _appt(db, p, start, *, client=None, practitioner=None, **kw):
    with db.session() as s:
        appt = Appointment(client_id=client or p.matti,
                           practitioner_id=practitioner or p.hoitaja.staff_id,
                           service_id=p.physio, starts_at=start,
                           ends_at=start + dt.timedelta(minutes=45), **kw)
        s.add(appt)
        s.flush()
        return appt.id


def _pay(db, p, amount, invoice_id=None, day=20):
    with db.session() as s:
        s.add(Payment(invoice_id=invoice_id, client_id=p.matti, amount=Decimal(amount),
                      method=PaymentMethod.CARD,
                      received_at=dt.datetime(2026, 11, day, 12, tzinfo=UTC)))


@pytest.fixture
def p(db, owner_ctx, make_ctx):
    p = build_practice(db, owner_ctx, make_ctx)
    # 25.10.2026 is the last Sunday of October: 03:00 local happens twice; 08:00 is UTC+2.
    p.late = _appt(db, p, dt.datetime(2026, 10, 25, 6, tzinfo=UTC),
                   status=AppointmentStatus.CANCELLED, late_cancellation=True,
                   cancel_reason="Sairastui", channel=BookingChannel.ONLINE)
    p.booked = _appt(db, p, dt.datetime(2026, 12, 1, 8, tzinfo=UTC))
    _appt(db, p, dt.datetime(2026, 12, 2, 8, tzinfo=UTC), client=p.asa)
    with db.session() as s:
        client = s.get(Client, p.matti)
        client.no_show_count, client.late_cancellation_count = 2, 1
    p.own_visit = add_visit(db, client_id=p.matti, practitioner_id=p.hoitaja.staff_id,
                            service_id=p.physio, day=dt.date(2026, 11, 18))
    p.other_visit = add_visit(db, client_id=p.matti, practitioner_id=p.toinen.staff_id,
                              service_id=p.massage, day=dt.date(2026, 11, 19))
    p.inv_own = invoicing.create_from_visits(p.reception, [p.own_visit]).data
    invoicing.issue(p.reception, p.inv_own)
    p.inv_other = invoicing.create_from_visits(p.reception, [p.other_visit]).data
    invoicing.issue(p.reception, p.inv_other)
    p.credit = invoicing.credit(p.owner, p.inv_other, reason="Hyvitys").data
    p.draft = invoicing.create_draft(p.reception, client_id=p.matti, lines=[
        invoicing.LineInput("Lahjakortti", 1, "50.00", VatClass.GENERAL)]).data
    _pay(db, p, "30.00", p.inv_own)
    _pay(db, p, "75.00", p.inv_other, day=21)
    _pay(db, p, "10.00", day=19)  # a deposit at the desk, on no invoice
    return p


def _events(db, action):
    with db.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_reception_sees_everything_with_open_amounts(db, p):
    h = client_history(p.reception, p.matti)
    assert [b.id for b in h.bookings] == [p.booked, p.late]  # newest first, asa's not here
    late = h.bookings[1]
    assert late.starts == dt.datetime(2026, 10, 25, 8, tzinfo=HELSINKI)
    assert late.starts.utcoffset() == dt.timedelta(hours=2)
    assert (late.service, late.practitioner) == ("Fysioterapia 45 min", "Käyttäjä 2")
    assert (late.status, late.channel, late.late_cancellation, late.cancel_reason) == (
        AppointmentStatus.CANCELLED, BookingChannel.ONLINE, True, "Sairastui")
    assert [(v.id, v.service) for v in h.visits] == [(p.other_visit, "Hieronta 60 min"),
                                                     (p.own_visit, "Fysioterapia 45 min")]
    invoices = {i.id: i for i in h.invoices}
    assert set(invoices) == {p.inv_own, p.inv_other, p.credit, p.draft}
    assert invoices[p.inv_own].total == Decimal("80.00")
    assert invoices[p.inv_own].open_amount == Decimal("50.00")
    # Credited in full after 75 € was paid: 75 € is owed back to the client.
    assert invoices[p.inv_other].status is InvoiceStatus.CREDITED
    assert invoices[p.inv_other].open_amount == Decimal("-75.00")
    assert invoices[p.credit].kind is InvoiceKind.CREDIT_NOTE
    assert invoices[p.credit].open_amount == Decimal("0.00")
    assert invoices[p.draft].number is None and invoices[p.draft].open_amount == 0
    assert [(x.amount, x.invoice_number) for x in h.payments] == [
        (Decimal("75.00"), invoices[p.inv_other].number),
        (Decimal("30.00"), invoices[p.inv_own].number),
        (Decimal("10.00"), None)]
    assert h.payments[0].received_at.tzinfo == HELSINKI
    assert (h.no_show_count, h.late_cancellation_count) == (2, 1)
    assert not h.billing_hidden and not h.billing_own_only
    assert all(isinstance(x.open_amount, Decimal) for x in h.invoices)


def test_practitioner_sees_only_invoices_of_own_visits(db, p):
    h = client_history(p.hoitaja, p.matti)
    assert [i.id for i in h.invoices] == [p.inv_own]
    assert [x.amount for x in h.payments] == [Decimal("30.00")]
    assert h.billing_own_only and not h.billing_hidden
    assert len(h.bookings) == 2 and len(h.visits) == 2
    other = client_history(p.toinen, p.matti)
    assert {i.id for i in other.invoices} == {p.inv_other, p.credit}


def test_role_without_billing_gets_empty_tuples_and_the_flag(db, p, monkeypatch):
    monkeypatch.setitem(ROLE_ACTIONS, Role.PRACTITIONER,
                        ROLE_ACTIONS[Role.PRACTITIONER] - {Action.INVOICE_VIEW_OWN})
    h = client_history(p.hoitaja, p.matti)
    assert h.billing_hidden and h.invoices == () and h.payments == ()
    assert len(h.bookings) == 2


def test_one_audit_event_with_counts_only(db, p):
    client_history(p.hoitaja, p.matti)
    [viewed] = _events(db, "client.history_viewed")
    assert (viewed.client_id, viewed.actor_id) == (p.matti, p.hoitaja.staff_id)
    assert viewed.details == {"bookings": 2, "visits": 2, "invoices": 1, "payments": 1,
                              "billing": "own"}


def test_no_role_is_refused_and_audited_unknown_client_not_found(db, p):
    nobody = anonymous_context(db, "ws-x")
    with pytest.raises(PermissionDenied):
        client_history(nobody, p.matti)
    refused = _events(db, "permission.refused")[-1]
    assert refused.outcome is Outcome.REFUSED and refused.client_id == p.matti
    with pytest.raises(NotFound):
        client_history(p.reception, 999_999)
    assert _events(db, "client.history_viewed") == []


def test_number_of_queries_does_not_grow_with_rows(db, p):
    statements = []

    def count(*_args):
        statements.append(1)

    def queries():
        statements.clear()
        event.listen(db.engine, "before_cursor_execute", count)
        try:
            client_history(p.reception, p.matti)
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
        return len(statements)

    before = queries()
    for day in range(30):
        _appt(db, p, dt.datetime(2027, 1, 1, 8, tzinfo=UTC) + dt.timedelta(days=day))
        _pay(db, p, "1.00", p.inv_own)
    assert queries() == before
    assert before <= 12  # five reads, the audit head and insert, begin/commit pragmas


def test_a_cash_rounding_is_marked_not_listed_as_cash_paid(db, p):
    """42,37 paid at the desk with 42,35 in cash: the card lists the cash as paid and the
    0,02 rounding row as a rounding, never as cash the client handed over."""
    from tests.core.payment_fixtures import visit_priced
    from vastaanotto.services import payments
    from vastaanotto.services.payments import Tender

    visit = visit_priced(p, db, "42.37")
    payments.take_payment(p.reception, visit_ids=[visit], tenders=[Tender("cash", "42.35")])
    h = client_history(p.reception, p.matti)
    cash = [(x.amount, x.rounding) for x in h.payments if x.method is PaymentMethod.CASH]
    assert sorted(cash) == [(Decimal("0.02"), True), (Decimal("42.35"), False)]
