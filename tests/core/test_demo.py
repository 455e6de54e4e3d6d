"""The demo practice: what it promises (counts, realistic calendar, logins, audit chain)."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections import Counter
from decimal import Decimal

import keyring
import pytest
from sqlalchemy import func, select, text

from tests.conftest import CHEAP_HASHER, OWNER_PASSWORD, PROFILE, MemoryKeyring
from vastaanotto.clock import HELSINKI, fixed_clock
from vastaanotto.db.engine import database_path
from vastaanotto.demo import (DEMO_LOGINS, PHASES, DemoActivity, DemoSummary, add_months,
                              create_demo_database, create_demo_practice)
from vastaanotto.demo_data import COMPANY_BUYERS
from vastaanotto.errors import Conflict
from vastaanotto.finnish import validators
from vastaanotto.models import (Absence, AbsenceKind, Appointment, AppointmentSeries,
                                AppointmentStatus, AuditEvent, BookingChannel, CancelledBy,
                                Client, Consent, ConsentKind, DataSubjectRequest, Invoice,
                                InvoiceKind, InvoiceLine, InvoiceStatus, Message, OpeningHours,
                                Payment, PaymentMethod, Practice, RequestStatus, Role, Room,
                                Service, SpecialDay, Staff, StaffRole, VatClass, Visit,
                                WaitlistEntry, WorkingHours)
from vastaanotto.practice_db import create_practice, default_url, open_practice_database
from vastaanotto.privacy import audit_chain
from vastaanotto.progress import Cancelled, Progress
from vastaanotto.services import auth, reminders, reports
from vastaanotto.services.client_search import build_search_text

# Both DST changes of the winter 2025–26 fall inside the generated half-year.
TODAY = dt.date(2026, 1, 15)
NOW = dt.datetime.combine(TODAY, dt.time(0), tzinfo=HELSINKI)
CLIENTS = 300


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One demo for the read-only checks. Module scope runs before the autouse fixtures of
    conftest, so it installs the in-memory keyring and the cheap hasher itself."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    auth.configure_hasher(CHEAP_HASHER)
    db = open_practice_database(default_url(tmp_path_factory.mktemp("demo")))
    try:
        summary = create_demo_practice(db, clients=CLIENTS, today=TODAY)
        yield db, summary
    finally:
        db.dispose()
        keyring.set_keyring(previous)


def _scalar(db, stmt):
    with db.session() as session:
        return session.scalar(stmt)


def _local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(HELSINKI)


def test_staff_rooms_and_services_are_as_promised(demo):
    db, summary = demo
    with db.session() as s:
        roles = Counter(s.scalars(select(StaffRole.role)))
        assert roles == {Role.OWNER: 1, Role.RECEPTION: 1, Role.PRACTITIONER: 4}
        practitioners = list(s.scalars(select(Staff).join(StaffRole)
                                       .where(StaffRole.role == Role.PRACTITIONER)))
        assert len({p.color for p in practitioners}) == 4
        assert {p.title for p in practitioners} == {"fysioterapeutti", "koulutettu hieroja",
                                                    "psykoterapeutti", "jalkaterapeutti"}
        for p in practitioners:
            weekdays = set(s.scalars(select(WorkingHours.weekday)
                                     .where(WorkingHours.staff_id == p.id)))
            assert weekdays == {0, 1, 2, 3, 4}
            # The lunch break is the gap between the day's two intervals.
            per_day = Counter(s.scalars(select(WorkingHours.weekday)
                                        .where(WorkingHours.staff_id == p.id)))
            assert max(per_day.values()) == 2
        assert s.scalar(select(func.count(Room.id))) == 2
        services = list(s.scalars(select(Service)))
        assert len(services) == 10
        for service in services:
            assert 30 <= service.duration_minutes <= 90
            assert isinstance(service.price, Decimal) and service.price > 0
            assert service.practitioners, service.name
            massage = "hieronta" in service.name.lower()
            assert service.vat_class is (VatClass.GENERAL if massage else VatClass.HEALTH_EXEMPT)
        given = {p.id for service in services for p in service.practitioners}
        assert given == {p.id for p in practitioners}
        hours = [(h.weekday, h.opens, h.closes) for h in s.scalars(select(OpeningHours))]
        assert sorted(hours) == [(d, dt.time(8), dt.time(18)) for d in range(5)]
        practice = s.scalar(select(Practice))
        assert practice.is_demo and practice.uid == summary.practice_uid
        assert practice.business_id == "0737546-2" and practice.iban == "FI2112345600000785"


def test_summary_counts_match_the_database(demo):
    db, summary = demo
    assert isinstance(summary, DemoSummary)
    assert (summary.staff, summary.practitioners, summary.rooms, summary.services) == (6, 4, 2, 10)
    assert summary.clients == CLIENTS == _scalar(db, select(func.count(Client.id)))
    assert summary.consents == _scalar(db, select(func.count(Consent.id)))
    assert summary.appointments == _scalar(db, select(func.count(Appointment.id)))
    assert summary.visits == summary.completed == _scalar(db, select(func.count(Visit.id)))
    assert summary.completed + summary.cancelled + summary.no_shows + summary.booked \
        == summary.appointments
    assert summary.first_day == add_months(TODAY, -3) == dt.date(2025, 10, 15)
    assert summary.last_day == dt.date(2026, 4, 14)


def test_no_practitioner_room_or_client_is_double_booked(demo):
    db, _ = demo
    for column in ("practitioner_id", "room_id", "client_id"):
        overlaps = _scalar(db, text(
            f"SELECT count(*) FROM appointment a JOIN appointment b "
            f"ON a.{column} = b.{column} AND a.id < b.id "
            f"AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at "
            f"WHERE a.status != 'cancelled' AND b.status != 'cancelled'"))
        assert overlaps == 0, column
    # Cancelled times given to someone else do overlap their cancelled booking: the check
    # above must be about non-cancelled ones only for a reason.
    rebooked = _scalar(db, text(
        "SELECT count(*) FROM appointment a JOIN appointment b "
        "ON a.practitioner_id = b.practitioner_id AND a.starts_at = b.starts_at AND a.id < b.id "
        "WHERE a.status = 'cancelled'"))
    assert rebooked > 0


def test_appointments_fall_within_working_hours_in_local_time(demo):
    db, summary = demo
    with db.session() as s:
        hours: dict[tuple[int, int], list[tuple[dt.time, dt.time]]] = {}
        for h in s.scalars(select(WorkingHours)):
            hours.setdefault((h.staff_id, h.weekday), []).append((h.starts, h.ends))
        closed = set(s.scalars(select(SpecialDay.day).where(SpecialDay.closed.is_(True))))
        away = [(a.staff_id, a.starts_at, a.ends_at) for a in s.scalars(
            select(Absence).where(Absence.kind.in_([AbsenceKind.VACATION, AbsenceKind.TRAINING])))]
        appointments = list(s.scalars(select(Appointment)))
    assert closed, "public holidays of the half-year are closed days"
    for a in appointments:
        start, end = _local(a.starts_at), _local(a.ends_at)
        assert start.date() == end.date() and start.weekday() < 5
        assert summary.first_day <= start.date() <= summary.last_day
        assert start.date() not in closed
        assert any(s_ <= start.time() and end.time() <= e_
                   for s_, e_ in hours[(a.practitioner_id, start.weekday())]), a.id
        assert dt.time(8) <= start.time() and end.time() <= dt.time(18)
        assert not any(staff == a.practitioner_id and begins < a.ends_at and a.starts_at < ends
                       for staff, begins, ends in away), a.id


def test_local_times_survive_daylight_saving_changes(demo):
    db, _ = demo
    with db.session() as s:
        starts = list(s.scalars(select(Appointment.starts_at)))
    at_eight = [t for t in starts if _local(t).time() == dt.time(8)]
    offsets = {_local(t).utcoffset() for t in at_eight}
    # 08:00 in Helsinki is 06:00 UTC in winter (EET) and 05:00 UTC in summer time (EEST).
    assert offsets == {dt.timedelta(hours=2), dt.timedelta(hours=3)}
    assert {t.hour for t in at_eight} == {5, 6}


def test_history_is_done_and_the_future_is_booked(demo):
    db, _ = demo
    with db.session() as s:
        appointments = list(s.scalars(select(Appointment)))
        visits = {v.appointment_id: v for v in s.scalars(select(Visit))}
        clients = {c.id: c for c in s.scalars(select(Client))}
    past = [a for a in appointments if a.starts_at < NOW]
    future = [a for a in appointments if a.starts_at >= NOW]
    past_status = Counter(a.status for a in past)
    assert set(past_status) == {AppointmentStatus.COMPLETED, AppointmentStatus.CANCELLED,
                                AppointmentStatus.NO_SHOW}
    assert past_status[AppointmentStatus.COMPLETED] > 0.8 * len(past)
    assert {a.status for a in future} == {AppointmentStatus.BOOKED, AppointmentStatus.CANCELLED}
    for a in appointments:
        assert a.booked_at <= NOW and a.booked_at <= a.starts_at
        assert a.price is not None and a.channel in BookingChannel
        if a.status is AppointmentStatus.COMPLETED:
            visit = visits[a.id]
            assert (visit.client_id, visit.practitioner_id, visit.service_id) == \
                (a.client_id, a.practitioner_id, a.service_id)
            assert a.arrived_at is not None and a.arrived_at <= a.starts_at
        else:
            assert a.id not in visits
        if a.status is AppointmentStatus.CANCELLED:
            assert a.cancel_reason and a.cancelled_by in CancelledBy
            assert a.booked_at <= a.cancelled_at <= min(a.starts_at, NOW)
            late = a.cancelled_by is CancelledBy.CLIENT \
                and a.starts_at - a.cancelled_at < dt.timedelta(hours=24)
            assert a.late_cancellation == late
        else:
            assert a.cancelled_at is None and not a.late_cancellation
    assert {a.channel for a in appointments} == {BookingChannel.PHONE, BookingChannel.WALK_IN,
                                                 BookingChannel.ONLINE}
    assert any(a.late_cancellation for a in appointments)
    assert any(a.cancelled_by is CancelledBy.PRACTICE for a in appointments)
    no_shows = Counter(a.client_id for a in appointments if a.status is AppointmentStatus.NO_SHOW)
    late = Counter(a.client_id for a in appointments if a.late_cancellation)
    for client in clients.values():
        assert client.no_show_count == no_shows[client.id]
        assert client.late_cancellation_count == late[client.id]
        assert client.created_at <= NOW


def test_fill_rate_is_realistic(demo):
    db, summary = demo
    with db.session() as s:
        per_day: dict[tuple[int, int], int] = Counter()
        for h in s.scalars(select(WorkingHours)):
            per_day[(h.staff_id, h.weekday)] += (h.ends.hour * 60 + h.ends.minute
                                                 - h.starts.hour * 60 - h.starts.minute)
        closed = set(s.scalars(select(SpecialDay.day)))
        absences = list(s.scalars(select(Absence)))
        booked = sum((a.ends_at - a.starts_at).total_seconds() / 60 for a in s.scalars(
            select(Appointment).where(Appointment.starts_at < NOW,
                                      Appointment.status != AppointmentStatus.CANCELLED)))
    available = 0
    day = summary.first_day
    while day < TODAY:
        if day.weekday() < 5 and day not in closed:
            noon = dt.datetime.combine(day, dt.time(12), tzinfo=HELSINKI)
            for (staff, weekday), minutes in per_day.items():
                if weekday == day.weekday() and not any(
                        a.staff_id == staff and a.starts_at <= noon < a.ends_at for a in absences):
                    available += minutes
        day += dt.timedelta(days=1)
    assert 0.6 <= booked / available <= 0.8


def test_clients_look_like_a_finnish_register(demo):
    db, _ = demo
    with db.session() as s:
        clients = list(s.scalars(select(Client)))
        consents = list(s.scalars(select(Consent)))
    created = {c.id: c.created_at for c in clients}
    assert len({c.phone for c in clients}) == len(clients)
    emails = [c.email for c in clients if c.email]
    assert len(set(emails)) == len(emails) and len(emails) > 0.8 * len(clients)
    for c in clients:
        assert validators.phone(c.phone) == c.phone
        assert c.phone.startswith(("+35840", "+35841", "+35844", "+35845", "+35846", "+35850"))
        assert validators.email(c.email) == c.email
        assert validators.name(c.first_name) == c.first_name
        if c.street:
            assert validators.postal_code(c.postal_code) == c.postal_code and c.city
        if c.birth_date is not None:
            assert c.birth_year == c.birth_date.year
        assert c.search_text == build_search_text(c)
        assert c.search_text.startswith(f"{c.first_name} {c.last_name}".lower())
    names = "".join(c.first_name + c.last_name for c in clients)
    assert {"ä", "ö"} <= set(names.lower())
    languages = Counter(c.language for c in clients)
    assert set(languages) == {"fi", "sv", "en"} and languages["fi"] > 0.8 * len(clients)
    assert sum(c.birth_date is not None for c in clients) > len(clients) / 2
    latest: dict[tuple[int, ConsentKind], bool] = {}
    for consent in sorted(consents, key=lambda c: (c.recorded_at, c.id)):
        assert created[consent.client_id] <= consent.recorded_at <= NOW
        latest[(consent.client_id, consent.kind)] = consent.given
    reminders = sum(given for (_, kind), given in latest.items() if kind is ConsentKind.REMINDERS)
    assert reminders > 0.8 * len(clients)
    marketing = sum(given for (_, kind), given in latest.items()
                    if kind is ConsentKind.EMAIL_MARKETING)
    assert 0 < marketing < len(clients) / 2
    assert any(not c.given and c.kind is not ConsentKind.REMINDERS for c in consents)


def test_demo_logins_authenticate(demo):
    db, _ = demo
    expected = {"omistaja": {Role.OWNER}, "vastaanotto": {Role.RECEPTION}}
    for username, password, _role in DEMO_LOGINS:
        assert validators.password_policy(password) == password
        ctx = auth.authenticate(db, username, password, workstation="demo-test")
        assert ctx.username == username
        assert ctx.roles == expected.get(username, {Role.PRACTITIONER})


def test_same_seed_same_demo_other_seed_other_demo(tmp_path):
    def generate(name: str, seed: int):
        db = open_practice_database(default_url(tmp_path / name))
        try:
            create_demo_practice(db, seed=seed, clients=40, today=TODAY)
            with db.session() as s:
                clients = s.execute(text(
                    "SELECT id, first_name, last_name, phone, email, street, birth_date, "
                    "language, created_at, search_text FROM client ORDER BY id")).all()
                appointments = s.execute(text(
                    "SELECT id, client_id, practitioner_id, service_id, starts_at, ends_at, "
                    "status, channel, booked_at, cancelled_at FROM appointment ORDER BY id")).all()
                consents = s.execute(text("SELECT * FROM consent ORDER BY id")).all()
            return clients, appointments, consents
        finally:
            db.dispose()

    first, again, other = generate("a", 7), generate("b", 7), generate("c", 8)
    assert first == again
    assert first[0] != other[0] and first[1] != other[1]


DESK_ACTIONS = {"invoice.created", "invoice.updated", "invoice.issued", "payment.taken",
                "payment.bank_recorded", "waitlist.added", "appointment.booked",
                "series.created", "privacy.request_recorded"}


def test_audit_chain_verifies_with_the_key_from_the_keyring(tmp_path):
    url = default_url(tmp_path)
    db = open_practice_database(url)
    summary = create_demo_practice(db, clients=20, today=TODAY)
    db.dispose()
    # A later start finds the key by the practice uid, as the program and the CLI do.
    reopened = open_practice_database(url)
    try:
        assert reopened.audit_key is not None
        with reopened.session() as s:
            result = audit_chain.verify(s, reopened.audit_key)
            events = s.execute(text("SELECT action, details FROM audit_event ORDER BY seq")).all()
        assert result.ok and result.checked == len(events) > 3
        actions = [action for action, _ in events]
        # The setup and the bulk generation first, then the desk's past through the services.
        assert actions[:3] == ["practice.initialized", "staff.created", "demo.generated"]
        assert set(actions[3:]) <= DESK_ACTIONS and "invoice.issued" in actions[3:]
        details = json.loads(events[2][1])
        booked_in_series = summary.activity.series_appointments
        assert details == {**summary.counts(),
                           "appointments": summary.appointments - booked_in_series,
                           "booked": summary.booked - booked_in_series}
        assert all(isinstance(v, int) for v in details.values())
    finally:
        reopened.dispose()


def test_progress_reports_each_phase_and_cancel_leaves_no_file(tmp_path):
    labels: list[str] = []
    progress = Progress(lambda done, total, label: labels.append(label))
    create_demo_database(tmp_path / "ok", clients=10, today=TODAY, progress=progress)
    assert labels == [*PHASES, "done"]

    def cancel_at_appointments(done, total, label):
        if label == "appointments":
            cancelling.cancel()

    cancelling = Progress(cancel_at_appointments)
    with pytest.raises(Cancelled):
        create_demo_database(tmp_path / "cancelled", clients=10, today=TODAY, progress=cancelling)
    assert list((tmp_path / "cancelled").iterdir()) == []


def test_replacing_only_ever_replaces_a_demo(tmp_path):
    first = create_demo_database(tmp_path, clients=10, today=TODAY)
    with pytest.raises(Conflict) as exists:
        create_demo_database(tmp_path, clients=10, today=TODAY)
    assert exists.value.code == "database_exists"
    second = create_demo_database(tmp_path, replace=True, clients=10, today=TODAY)
    assert second.practice_uid != first.practice_uid
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["vastaanotto.sqlite3"]

    real_dir = tmp_path / "real"
    db = open_practice_database(default_url(real_dir))
    create_practice(db, PROFILE, owner_username="olli", owner_display_name="Olli Omistaja",
                    owner_password=OWNER_PASSWORD, workstation="test")
    db.dispose()
    before = database_path(real_dir).read_bytes()
    with pytest.raises(Conflict) as refused:
        create_demo_database(real_dir, replace=True, clients=10, today=TODAY)
    assert refused.value.code == "not_a_demo_database"
    assert database_path(real_dir).read_bytes() == before


def test_default_demo_has_2000_clients_and_is_quick(db):
    started = time.perf_counter()
    summary = create_demo_practice(db)
    elapsed = time.perf_counter() - started
    assert summary.clients == 2000 == _scalar(db, select(func.count(Client.id)))
    today = dt.datetime.now(HELSINKI).date()
    assert summary.first_day == add_months(today, -3)
    # Whatever the real date, the desk's past is there: `make run` uses today.
    activity = summary.activity
    assert activity.invoices_overdue == 2 and activity.invoices_paid > 10
    assert activity.desk_sales > 100 and activity.waitlist_entries == 4
    assert elapsed < 30


# -- the desk's past: made through the services -------------------------------------------


def _owner(db, hour: int = 9) -> object:
    """The owner logged in on the demo's "today" (the demo's clock, not the real one)."""
    username, password, _ = DEMO_LOGINS[0]
    moment = dt.datetime.combine(TODAY, dt.time(hour), tzinfo=HELSINKI)
    return auth.authenticate(db, username, password, workstation="demo-test",
                             clock=fixed_clock(moment.astimezone(dt.timezone.utc)))


def test_invoices_are_numbered_paid_and_overdue_as_a_desk_would_leave_them(demo):
    db, summary = demo
    activity = summary.activity
    assert isinstance(activity, DemoActivity)
    with db.session() as s:
        invoices = list(s.scalars(select(Invoice).order_by(Invoice.number)))
        paid_by: dict[int, list[Payment]] = {}
        for payment in s.scalars(select(Payment)):
            paid_by.setdefault(payment.invoice_id, []).append(payment)
        lines = list(s.scalars(select(InvoiceLine)))
        visits = {v.id: v for v in s.scalars(select(Visit))}
        first_client = s.scalar(select(func.min(Client.id)))
    # Gap-free numbers that grow with the issue date: the past was replayed in time order.
    assert [i.number for i in invoices] == list(range(1, len(invoices) + 1))
    assert [i.issue_date for i in invoices] == sorted(i.issue_date for i in invoices)
    assert all(i.issue_date < TODAY for i in invoices)
    billed = [i for i in invoices if i.kind is InvoiceKind.INVOICE]
    assert len(billed) == activity.invoices >= 15
    paid = [i for i in billed if i.status is InvoiceStatus.PAID]
    assert len(paid) == activity.invoices_paid >= 10
    for invoice in paid:
        (payment,) = paid_by[invoice.id]
        assert payment.method is PaymentMethod.BANK_TRANSFER
        assert payment.amount == invoice.total and payment.bank_reference == invoice.reference
        assert invoice.issue_date < payment.received_at.astimezone(HELSINKI).date() < TODAY
    unpaid = [i for i in billed if i.status is InvoiceStatus.ISSUED]
    assert all(i.id not in paid_by for i in unpaid)
    long_overdue = [i for i in unpaid if (TODAY - i.due_date).days > 14]
    assert len(long_overdue) == activity.invoices_overdue == 2
    assert len(unpaid) - 2 == activity.invoices_open >= 1
    company = [i for i in billed if i.buyer_business_id]
    assert len(company) == activity.company_invoices >= 3
    assert {i.buyer_business_id for i in company} <= {b["business_id"] for b in COMPANY_BUYERS}
    assert all(i.buyer_name in {b["name"] for b in COMPANY_BUYERS} for i in company)
    # Each billed visit is on one invoice or receipt, and each is a visit of its buyer.
    on_invoice = Counter(line.visit_id for line in lines if line.visit_id is not None)
    assert set(on_invoice.values()) == {1}
    by_invoice = {i.id: i for i in invoices}
    for line in lines:
        assert visits[line.visit_id].client_id == by_invoice[line.invoice_id].client_id
    # bench/invoice_pdf.py bills the first clients' visits itself: the demo leaves them alone.
    assert min(visits[v].client_id for v in on_invoice) >= first_client + CLIENTS // 2
    # The Overdue tab's count ("Overdue (2)") on the demo's today: a reminder may be made.
    owner = _owner(db)
    assert reminders.due_count(owner) == 2


def test_desk_sales_fill_the_cash_report_and_the_monthly_chart(demo):
    db, summary = demo
    activity = summary.activity
    with db.session() as s:
        receipts = list(s.scalars(select(Invoice).where(Invoice.kind == InvoiceKind.RECEIPT)))
        desk = list(s.scalars(select(Payment).where(
            Payment.method != PaymentMethod.BANK_TRANSFER)))
        receptionist = s.scalar(select(Staff.id).where(Staff.username == "vastaanotto"))
        visit_end = dict(s.execute(select(InvoiceLine.invoice_id, Visit.completed_at)
                                   .join(Visit, Visit.id == InvoiceLine.visit_id)).all())
    assert len(receipts) == activity.desk_sales > 50
    assert all(r.status is InvoiceStatus.PAID for r in receipts)
    methods = Counter(p.method for p in desk)
    assert methods == {PaymentMethod.CARD: activity.card_sales,
                       PaymentMethod.MOBILEPAY: activity.mobilepay_sales,
                       PaymentMethod.CASH: activity.cash_sales}
    assert min(methods.values()) > 0
    for payment in desk:
        # Paid at the desk just after the visit, by the receptionist, that day.
        ended = visit_end[payment.invoice_id]
        assert ended < payment.received_at < ended + dt.timedelta(minutes=10)
        assert payment.received_by_id == receptionist
    # Sales on most working days of the last four weeks (Christmas and New Year among them).
    recent = {p.received_at.astimezone(HELSINKI).date() for p in desk
              if p.received_at >= NOW - dt.timedelta(days=28)}
    assert len(recent) >= 15
    owner = _owner(db)
    busiest = Counter(p.received_at.astimezone(HELSINKI).date() for p in desk).most_common(1)
    day, count = busiest[0]
    report = reports.cash_report(owner, day)
    assert report.total[2] == count and report.total[4] > 0
    months = reports.sales_by_month(owner, summary.first_day, TODAY - dt.timedelta(days=1))
    assert len(months.rows) == 4 and all(row[1] > 0 for row in months.rows)


def test_waitlist_series_and_privacy_requests_are_open_work(demo):
    db, summary = demo
    activity = summary.activity
    with db.session() as s:
        entries = list(s.scalars(select(WaitlistEntry)))
        series = list(s.scalars(select(AppointmentSeries)))
        members = list(s.scalars(select(Appointment).where(Appointment.series_id.is_not(None))))
        requests = list(s.scalars(select(DataSubjectRequest)))
        messages = s.scalar(select(func.count(Message.id)))
        actions = Counter(s.scalars(select(AuditEvent.action)))
        desk_times = list(s.scalars(select(AuditEvent.at).where(
            AuditEvent.action.in_(DESK_ACTIONS))))
    assert len(entries) == activity.waitlist_entries == 4
    assert all(e.resolved_at is None and e.latest > NOW and e.note is not None for e in entries)
    assert len({e.client_id for e in entries}) == 4
    assert len(series) == activity.series == 2
    assert {x.interval_weeks for x in series} == {1, 2}
    per_series = Counter(m.series_id for m in members)
    assert sum(per_series.values()) == activity.series_appointments + 2
    assert all(n >= 3 for n in per_series.values())  # the first and at least two more
    assert all(m.status is AppointmentStatus.BOOKED and m.starts_at > NOW for m in members)
    for x in series:
        # Every member at the same local time, a whole number of intervals after the first.
        mine = sorted((m for m in members if m.series_id == x.id), key=lambda m: m.starts_at)
        assert {_local(m.starts_at).time() for m in mine} == {x.local_start_time}
        assert len({m.client_id for m in mine}) == len({m.practitioner_id for m in mine}) == 1
        for m in mine:
            weeks, rest = divmod((_local(m.starts_at).date() - x.first_date).days, 7)
            assert rest == 0 and weeks % x.interval_weeks == 0
    assert len(requests) == activity.privacy_requests == 2
    assert all(r.status is RequestStatus.RECEIVED and r.received_on < TODAY for r in requests)
    # Nothing was sent or queued: e-mail and SMS are off in a demo.
    assert messages == 0
    assert actions["invoice.issued"] == activity.invoices + activity.desk_sales
    assert actions["payment.taken"] == activity.desk_sales
    assert actions["payment.bank_recorded"] == activity.invoices_paid
    assert actions["waitlist.added"] == 4 and actions["series.created"] == 2
    assert actions["appointment.booked"] == activity.series_appointments
    assert actions["privacy.request_recorded"] == 2
    assert desk_times and max(desk_times) < NOW  # all of it is the demo's history


def test_clients_with_upcoming_bookings_would_get_reminders(demo):
    db, _ = demo
    with db.session() as s:
        upcoming = set(s.scalars(select(Appointment.client_id).where(
            Appointment.starts_at >= NOW, Appointment.status == AppointmentStatus.BOOKED)))
        latest: dict[int, bool] = {}
        for c in s.scalars(select(Consent).where(Consent.kind == ConsentKind.REMINDERS)
                           .order_by(Consent.recorded_at, Consent.id)):
            latest[c.client_id] = c.given
        reachable = {c.id for c in s.scalars(select(Client)) if c.phone or c.email}
    willing = {c for c in upcoming if latest.get(c) and c in reachable}
    assert len(willing) > 0.8 * len(upcoming)


def test_the_audit_chain_of_the_whole_demo_verifies(demo):
    db, summary = demo
    with db.session() as s:
        result = audit_chain.verify(s, db.audit_key)
        events = s.scalar(select(func.count()).select_from(AuditEvent))
    # A desk sale is two events (the receipt issued, the payment taken).
    assert result.ok and result.checked == events > 3 + 2 * summary.activity.desk_sales


def test_without_activity_the_calendar_is_bare(tmp_path):
    db = open_practice_database(default_url(tmp_path))
    try:
        summary = create_demo_practice(db, clients=30, today=TODAY, activity=False)
        assert summary.activity is None
        with db.session() as s:
            for model in (Invoice, Payment, WaitlistEntry, AppointmentSeries,
                          DataSubjectRequest):
                assert s.scalar(select(func.count()).select_from(model)) == 0
            assert s.scalar(select(func.count(Appointment.id))) == summary.appointments
    finally:
        db.dispose()


@pytest.mark.parametrize("today", [dt.date(2026, 6, 1), dt.date(2027, 1, 1),
                                   dt.date(2026, 3, 29)])
def test_the_desk_past_fits_any_today(tmp_path, today):
    """The first of a month (company invoices issued that very day would be today: not yet),
    New Year's Day (a holiday), the Sunday summer time begins."""
    db = open_practice_database(default_url(tmp_path))
    try:
        activity = create_demo_practice(db, clients=200, today=today).activity
        assert activity.invoices_overdue == 2 and activity.invoices_paid > 5
        assert activity.desk_sales > 30 and activity.waitlist_entries == 4
        assert activity.privacy_requests == 2
        with db.session() as s:
            assert audit_chain.verify(s, db.audit_key).ok
            assert s.scalar(select(func.max(Invoice.issue_date))) < today
            assert s.scalar(select(func.max(Payment.received_at))) < _utc_midnight(today)
    finally:
        db.dispose()


def _utc_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), tzinfo=HELSINKI)
