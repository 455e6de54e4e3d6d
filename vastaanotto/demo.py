"""The demo practice: a fictional physiotherapy and wellbeing clinic with six months of bookings.

Everything is generated from one ``random.Random(seed)``, so the same seed and ``today`` give the
same register and calendar. Names are common Finnish (and some Swedish and English) names drawn
at random; e-mail addresses use the reserved ``example.*`` domains so that nothing can reach a
real mailbox. The practice is marked ``is_demo``.

Working hours are stored as two intervals a day with the lunch break between them, not as
break absences: the free-time search then needs no special case for breaks, and absences stay
what the owner records (vacation, sickness, training).
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
import random
import unicodedata
import uuid
from collections import Counter
from dataclasses import asdict, dataclass, replace
from decimal import Decimal
from pathlib import Path

import holidays
from sqlalchemy import func, insert, select

from vastaanotto.clock import HELSINKI
from vastaanotto.context import workstation_name
from vastaanotto.db.engine import Database, database_path, open_database, sqlite_url
from vastaanotto.demo_data import (  # noqa: F401 - DEMO_LOGINS is public here too
    APPOINTMENT_NOTES, CLIENT_CANCEL_REASONS, COMPANY_BUYERS, COMPANY_INVOICE_NOTE, DEMO_LOGINS,
    DEMO_PROFILE, EMAIL_DOMAINS, WAITLIST_NOTES,
    EN_FEMALE, EN_LAST, EN_MALE, FI_FEMALE, FI_LAST, FI_MALE, MOBILE_PREFIXES, OWNER, PHASES,
    POSTAL, PRACTICE_CANCEL_REASONS, PRACTITIONERS, RECEPTIONIST, ROOMS, SERVICES,
    SICK_DAY_REASON, STREETS, SV_FEMALE, SV_LAST, SV_MALE, DEMO_PASSWORDS, DemoPractitioner,
    DemoService,
)
from vastaanotto.errors import Conflict, StorageError
from vastaanotto.models.appointments import (Appointment, AppointmentStatus, BookingChannel,
                                             CancelledBy)
from vastaanotto.models.billing import Invoice, PaymentMethod
from vastaanotto.models.clients import Client, Consent, ConsentChannel, ConsentKind, Gender
from vastaanotto.models.privacy import RequestKind
from vastaanotto.models.practice import Practice
from vastaanotto.models.resources import (Absence, AbsenceKind, Room, Service, SpecialDay,
                                          WorkingHours, service_practitioner)
from vastaanotto.models.staff import Role, Staff
from vastaanotto.models.visits import Visit
from vastaanotto.paths import fsync_dir
from vastaanotto.practice_db import create_practice, open_practice_database
from vastaanotto.progress import Progress
from vastaanotto.services import invoicing, payments, privacy, series, waitlist
from vastaanotto.services.base import audit
from vastaanotto.services.invoice_rules import Buyer
from vastaanotto.services.payment_rules import Tender
from vastaanotto.services.client_search import build_search_text
from vastaanotto.services.staff import insert_staff
from vastaanotto.settings import LATE_CANCELLATION_HOURS

UTC = dt.timezone.utc


@dataclass(frozen=True)
class DemoActivity:
    """What the desk did in the demo's past weeks, made through the services (see _Activity)."""

    invoices: int            # invoices issued (not desk receipts)
    company_invoices: int    # of those, billed monthly to a client's employer
    invoices_paid: int       # paid in full by bank transfer
    invoices_open: int       # not paid and not yet more than 14 days past due
    invoices_overdue: int    # more than 14 days past due: a payment reminder may be made
    desk_sales: int          # visits paid at the desk (receipts)
    cash_sales: int
    card_sales: int
    mobilepay_sales: int
    waitlist_entries: int
    series: int
    series_appointments: int  # appointments the series booked (the first ones not counted)
    privacy_requests: int


@dataclass(frozen=True)
class DemoSummary:
    practice_uid: str
    first_day: dt.date  # the first day of the generated calendar
    last_day: dt.date   # the last day (inclusive)
    staff: int
    practitioners: int
    rooms: int
    services: int
    clients: int
    consents: int
    appointments: int
    completed: int
    cancelled: int
    no_shows: int
    booked: int
    visits: int
    activity: DemoActivity | None = None  # None only while the calendar is being generated

    def counts(self) -> dict[str, int]:
        return {k: v for k, v in asdict(self).items() if isinstance(v, int)}


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day of the month ``months`` later (or earlier), clamped to the month's last day."""
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return dt.date(year, month0 + 1, min(day.day, last))


def _utc(day: dt.date, minute_of_day: int) -> dt.datetime:
    """Local wall-clock time on ``day`` in UTC; zoneinfo gives the right offset across DST."""
    local = dt.datetime.combine(day, dt.time(minute_of_day // 60, minute_of_day % 60),
                                tzinfo=HELSINKI)
    return local.astimezone(UTC)


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in folded if ch.isascii() and (ch.isalnum() or ch in ".-"))


def create_demo_practice(db: Database, *, seed: int = 2026, clients: int = 2000,
                         today: dt.date | None = None, progress: Progress | None = None,
                         activity: bool = True) -> DemoSummary:
    """Create the demo practice in an empty database.

    Commits the setup (through ``practice_db.create_practice``, audited as usual), then the
    register and the calendar in ONE transaction with bulk inserts and one audit event
    "demo.generated" whose details are the counts of that transaction. Then the desk's recent
    past (invoices, payments, waitlist, series, privacy requests; see ``_Activity``) through the
    services, each call audited as at a real desk. The calendar runs from three months before
    ``today`` (default: today in Helsinki) to three months after; days before ``today`` are
    history. May run on any thread; ``progress.step`` is called between phases and cancels there.
    The summary counts the appointments of the series too. ``activity=False`` leaves out the
    desk's past (no invoice, payment, waitlist entry, series or request; ``summary.activity``
    is None): the bare calendar, for tools that bill the demo's visits themselves.
    """
    if clients < 1:
        raise ValueError("clients must be at least 1")
    today = today or dt.datetime.now(HELSINKI).date()
    step = progress.step if progress is not None else (lambda *a, **k: None)
    step(0, len(PHASES), PHASES[0])
    owner_username, owner_name = OWNER
    owner_ctx = create_practice(db, DEMO_PROFILE, owner_username=owner_username,
                                owner_display_name=owner_name,
                                owner_password=DEMO_PASSWORDS[owner_username],
                                workstation=workstation_name(), is_demo=True)
    with db.session() as session:
        builder = _Builder(session, random.Random(seed), today, clients, step)
        summary = builder.build()
        audit(session, owner_ctx, "demo.generated", entity_type="practice",
              details=summary.counts())
    step(len(PHASES) - 1, len(PHASES), PHASES[-1])
    if not activity:
        step(len(PHASES), len(PHASES), "done")
        return summary
    done = _Activity(db, owner_ctx, builder.rng, today, builder.client_base, clients,
                     builder.closed).run()
    step(len(PHASES), len(PHASES), "done")
    return replace(summary, appointments=summary.appointments + done.series_appointments,
                   booked=summary.booked + done.series_appointments, activity=done)


class _Builder:
    """Generates and bulk-inserts the demo inside the caller's transaction."""

    def __init__(self, session, rng: random.Random, today: dt.date, n_clients: int, step):
        self.session = session
        self.rng = rng
        self.today = today
        self.now = _utc(today, 0)  # history is everything before today's midnight
        self.first_day = add_months(today, -3)
        self.end_day = add_months(today, 3)  # exclusive
        self.n_clients = n_clients
        self.step = step
        self.late_hours = LATE_CANCELLATION_HOURS.default

    def _next_id(self, model) -> int:
        return (self.session.scalar(select(func.max(model.id))) or 0) + 1

    def build(self) -> DemoSummary:
        self.step(1, len(PHASES), PHASES[1])
        self._insert_staff()
        self.step(2, len(PHASES), PHASES[2])
        self._insert_catalog()
        self.step(3, len(PHASES), PHASES[3])
        people = [self._person() for _ in range(self.n_clients)]
        self.step(4, len(PHASES), PHASES[4])
        appointments, visits = self._calendar(people)
        self.step(5, len(PHASES), PHASES[5])
        client_rows, consents = self._clients(people, appointments)
        s = self.session
        s.execute(insert(Client), client_rows)
        if consents:
            s.execute(insert(Consent), consents)
        if appointments:
            s.execute(insert(Appointment), appointments)
        if visits:
            s.execute(insert(Visit), visits)
        statuses = [a["status"] for a in appointments]
        uid = s.scalar(select(Practice.uid))
        return DemoSummary(
            practice_uid=uid, first_day=self.first_day,
            last_day=self.end_day - dt.timedelta(days=1),
            staff=2 + len(PRACTITIONERS), practitioners=len(PRACTITIONERS), rooms=len(ROOMS),
            services=len(SERVICES), clients=len(client_rows), consents=len(consents),
            appointments=len(appointments),
            completed=statuses.count(AppointmentStatus.COMPLETED),
            cancelled=statuses.count(AppointmentStatus.CANCELLED),
            no_shows=statuses.count(AppointmentStatus.NO_SHOW),
            booked=statuses.count(AppointmentStatus.BOOKED), visits=len(visits))

    # -- staff, rooms, services, hours, absences ------------------------------------------

    def _insert_staff(self) -> None:
        s = self.session
        username, name, title = RECEPTIONIST
        self.reception_id = insert_staff(
            s, username=username, display_name=name, title=title, roles=[Role.RECEPTION],
            password=DEMO_PASSWORDS[username],
            email=f"{_ascii(name).replace(' ', '.')}@koivu.example",
            color="#7f8c8d").id
        self.owner_id = s.scalar(select(Staff.id).where(Staff.username == OWNER[0]))
        self.staff_ids: dict[str, int] = {}
        for p in PRACTITIONERS:
            self.staff_ids[p.username] = insert_staff(
                s, username=p.username, display_name=p.display_name, title=p.title,
                roles=[Role.PRACTITIONER], password=DEMO_PASSWORDS[p.username], color=p.color,
                email=f"{_ascii(p.display_name).replace(' ', '.')}@koivu.example").id

    def _insert_catalog(self) -> None:
        s = self.session
        room_base, service_base = self._next_id(Room), self._next_id(Service)
        s.execute(insert(Room), [{"id": room_base + i, "name": name,
                                  "description": "Hoitopöytä ja harjoitusvälineet"}
                                 for i, name in enumerate(ROOMS)])
        self.room_ids = [room_base + i for i in range(len(ROOMS))]
        self.services: dict[int, DemoService] = {}
        rows, links = [], []
        for i, spec in enumerate(SERVICES):
            sid = service_base + i
            self.services[sid] = spec
            rows.append({"id": sid, "name": spec.name, "description": spec.description,
                         "duration_minutes": spec.minutes, "price": spec.price,
                         "vat_class": spec.vat_class, "color": spec.color,
                         "needs_room": spec.needs_room, "online_bookable": spec.online})
            links += [{"service_id": sid, "staff_id": self.staff_ids[u]}
                      for u in spec.practitioners]
        s.execute(insert(Service), rows)
        s.execute(insert(service_practitioner), links)
        hours = []
        for p in PRACTITIONERS:
            room = self.room_ids[p.room] if p.room is not None else None
            for weekday, intervals in p.hours.items():
                hours += [{"staff_id": self.staff_ids[p.username], "weekday": weekday,
                           "starts": dt.time(*divmod(_minutes(a), 60)),
                           "ends": dt.time(*divmod(_minutes(b), 60)), "room_id": room}
                          for a, b in intervals]
        s.execute(insert(WorkingHours), hours)
        self._plan_closures()

    def _plan_closures(self) -> None:
        """Public holidays as closed special days; a vacation, a sick day and a training day."""
        years = range(self.first_day.year, self.end_day.year + 1)
        fi_holidays = holidays.Finland(years=years, language="fi")
        self.closed = {d for d in fi_holidays if self.first_day <= d < self.end_day}
        special = [{"day": d, "closed": True, "note": fi_holidays[d]}
                   for d in sorted(self.closed) if d.weekday() < 5]
        if special:
            self.session.execute(insert(SpecialDay), special)

        def workday(day: dt.date, direction: int) -> dt.date:
            while day.weekday() >= 5 or day in self.closed:
                day += dt.timedelta(days=direction)
            return day

        def monday(day: dt.date) -> dt.date:
            return day - dt.timedelta(days=day.weekday())

        # (practitioner, first day, days, kind, note)
        plan = [("hieroja", monday(self.today - dt.timedelta(days=42)), 5, AbsenceKind.VACATION,
                 "Loma"),
                ("jalkaterapeutti", monday(self.today + dt.timedelta(days=56)), 5,
                 AbsenceKind.VACATION, "Loma"),
                ("hoitaja", workday(self.today + dt.timedelta(days=23), 1), 1,
                 AbsenceKind.TRAINING, "Koulutuspäivä"),
                ("terapeutti", workday(self.today - dt.timedelta(days=20), -1), 1,
                 AbsenceKind.SICK, "")]
        self.away: set[tuple[str, dt.date]] = set()
        self.sick: set[tuple[str, dt.date]] = set()
        rows = []
        for username, start, days, kind, note in plan:
            end = start + dt.timedelta(days=days)
            rows.append({"staff_id": self.staff_ids[username], "kind": kind, "note": note,
                         "starts_at": _utc(start, 0), "ends_at": _utc(end, 0)})
            for i in range(days):
                day = start + dt.timedelta(days=i)
                # A sick day comes unannounced: its bookings exist and are cancelled that morning.
                (self.sick if kind is AbsenceKind.SICK else self.away).add((username, day))
        self.session.execute(insert(Absence), rows)

    # -- clients --------------------------------------------------------------------------

    def _person(self) -> dict:
        rng = self.rng
        roll = rng.random()
        language = "fi" if roll < 0.90 else "sv" if roll < 0.96 else "en"
        female = rng.random() < 0.62  # clinics like this see more women than men
        if language == "sv":
            first = rng.choice(SV_FEMALE if female else SV_MALE)
            last = rng.choice(SV_LAST)
        elif language == "en":
            first = rng.choice(EN_FEMALE if female else EN_MALE)
            last = rng.choice(EN_LAST)
        else:
            first = rng.choice(FI_FEMALE if female else FI_MALE)
            last = rng.choice(FI_LAST if rng.random() < 0.95 else SV_LAST)
        age = rng.uniform(7, 17) if rng.random() < 0.03 else rng.triangular(18, 90, 46)
        birth = self.today - dt.timedelta(days=int(age * 365.25))
        has_birth = rng.random()
        street, postal_code, city = "", "", ""
        if rng.random() < 0.88:
            number = rng.randint(1, 60)
            stair = f" {rng.choice('ABCD')} {rng.randint(1, 40)}" if rng.random() < 0.5 else ""
            street = f"{rng.choice(STREETS)} {number}{stair}"
            postal_code, city = rng.choice(POSTAL)
        prefix = rng.choices([p for p, _ in MOBILE_PREFIXES],
                             [w for _, w in MOBILE_PREFIXES])[0]
        return {
            "first_name": first, "last_name": last, "language": language,
            "gender": (Gender.FEMALE if female else Gender.MALE) if rng.random() < 0.85 else None,
            "birth_date": birth if has_birth < 0.65 else None,
            "birth_year": birth.year if has_birth < 0.80 else None,
            "street": street, "postal_code": postal_code, "city": city,
            "phone": f"+358{prefix}{rng.randrange(1_000_000, 10_000_000)}",
            "wants_email": rng.random() < 0.88,
            "created_at": self.now - dt.timedelta(minutes=rng.randint(24 * 60, 5 * 365 * 24 * 60)),
        }

    def _email(self, person: dict, taken: set[str]) -> str:
        first, last = _ascii(person["first_name"]), _ascii(person["last_name"])
        local = self.rng.choice((f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}",
                                 f"{last}.{first}"))
        candidate, n = local, 1
        while candidate in taken:
            n += 1
            candidate = f"{local}{n}"
        taken.add(candidate)
        return f"{candidate}@{self.rng.choice(EMAIL_DOMAINS)}"

    def _clients(self, people: list[dict], appointments: list[dict]):
        rng, base = self.rng, self._next_id(Client)
        first_booking: dict[int, dt.datetime] = {}
        last_visit: dict[int, dt.datetime] = {}
        no_shows: dict[int, int] = {}
        late: dict[int, int] = {}
        for a in appointments:
            c = a["client_id"]
            first_booking[c] = min(first_booking.get(c, a["booked_at"]), a["booked_at"])
            if a["status"] is AppointmentStatus.COMPLETED:
                last_visit[c] = max(last_visit.get(c, a["starts_at"]), a["starts_at"])
            elif a["status"] is AppointmentStatus.NO_SHOW:
                no_shows[c] = no_shows.get(c, 0) + 1
            elif a["late_cancellation"]:
                late[c] = late.get(c, 0) + 1
        taken_emails: set[str] = set()
        taken_phones: set[str] = set()
        rows, consents = [], []
        for i, person in enumerate(people):
            cid = base + i
            while person["phone"] in taken_phones:  # two clients never share a number
                prefix = person["phone"][4:6]
                person["phone"] = f"+358{prefix}{rng.randrange(1_000_000, 10_000_000)}"
            taken_phones.add(person["phone"])
            email = self._email(person, taken_emails) if person.pop("wants_email") else ""
            created = min(person.pop("created_at"), first_booking.get(cid, self.now))
            activity = last_visit.get(cid)
            if activity is None and created < _utc(self.first_day, 0) and rng.random() < 0.7:
                # Visited before the generated calendar starts.
                span = (_utc(self.first_day, 0) - created).total_seconds()
                activity = created + dt.timedelta(seconds=rng.uniform(0, span))
            row = {**person, "id": cid, "email": email, "country": "FI",
                   "no_show_count": no_shows.get(cid, 0),
                   "late_cancellation_count": late.get(cid, 0),
                   "last_activity_at": activity, "created_by_id": self.reception_id,
                   "created_at": created, "updated_at": max(created, activity or created)}
            row["search_text"] = build_search_text(Client(**{
                k: row[k] for k in ("first_name", "last_name", "email", "phone", "birth_date")}))
            rows.append(row)
            consents += self._consents(cid, created, bool(email))
        return rows, consents

    def _consents(self, cid: int, created: dt.datetime, has_email: bool) -> list[dict]:
        rng = self.rng
        rows = []

        def add(kind, given, channel, at, note=""):
            by = None if channel in (ConsentChannel.ONLINE, ConsentChannel.EMAIL) \
                else self.reception_id
            rows.append({"client_id": cid, "kind": kind, "given": given, "channel": channel,
                         "recorded_at": at, "recorded_by_id": by, "note": note})

        def later(start: dt.datetime) -> dt.datetime:
            return start + (self.now - start) * rng.uniform(0.1, 0.95)

        first_channel = rng.choice((ConsentChannel.FORM, ConsentChannel.IN_PERSON,
                                    ConsentChannel.ONLINE, ConsentChannel.PHONE))
        roll = rng.random()
        if roll < 0.93:
            add(ConsentKind.REMINDERS, roll < 0.88, first_channel, created)
        for kind, share, wanted, withdraw_channel in (
                (ConsentKind.EMAIL_MARKETING, 0.28, has_email, ConsentChannel.EMAIL),
                (ConsentKind.SMS_MARKETING, 0.14, True, ConsentChannel.PHONE)):
            if wanted and rng.random() < share:
                add(kind, True, first_channel, created)
                if rng.random() < 0.15:
                    add(kind, False, withdraw_channel, later(created), "Asiakas perui luvan")
        return rows

    # -- the calendar ---------------------------------------------------------------------

    def _fill(self, day: dt.date) -> float:
        """Share of slots booked: steady in the past, thinning out towards the far future."""
        if day < self.today:
            return 0.82
        ahead = (day - self.today).days / max(1, (self.end_day - self.today).days)
        return 0.90 - 0.38 * ahead

    def _calendar(self, people: list[dict]) -> tuple[list[dict], list[dict]]:
        self.appointments: list[dict] = []
        self.visits: list[dict] = []
        self.appointment_id = self._next_id(Appointment)
        self.visit_id = self._next_id(Visit)
        self.client_base = self._next_id(Client)
        pools: dict[str, list[int]] = {p.username: [] for p in PRACTITIONERS}
        offered = {p.username: [(sid, spec) for sid, spec in self.services.items()
                                if p.username in spec.practitioners] for p in PRACTITIONERS}
        day = self.first_day
        while day < self.end_day:
            if day.weekday() < 5 and day not in self.closed:
                busy: dict[int, list[tuple[dt.datetime, dt.datetime]]] = {}
                fill = self._fill(day)
                for p in PRACTITIONERS:
                    if (p.username, day) in self.away:
                        continue
                    for a, b in p.hours.get(day.weekday(), ()):
                        self._fill_interval(p, day, _minutes(a), _minutes(b), fill,
                                            offered[p.username], pools[p.username], busy)
            day += dt.timedelta(days=1)
        return self.appointments, self.visits

    def _fill_interval(self, p: DemoPractitioner, day, start: int, end: int, fill: float,
                       offered, pool: list[int], busy) -> None:
        rng = self.rng
        t = start
        while True:
            fitting = [(sid, spec) for sid, spec in offered if t + spec.minutes <= end]
            if not fitting:
                return
            sid, spec = rng.choices(fitting, [spec.weight for _, spec in fitting])[0]
            starts, ends = _utc(day, t), _utc(day, t + spec.minutes)
            if rng.random() < fill:
                client = self._pick_client(p, pool, starts, ends, busy)
                if client is not None:
                    self._book(p, day, sid, spec, client, starts, ends, busy)
            # An unbooked slot is as long as the service that could have been booked there.
            t = -(-(t + spec.minutes) // p.grid) * p.grid

    def _pick_client(self, p: DemoPractitioner, pool: list[int], starts, ends, busy) -> int | None:
        rng = self.rng
        for _ in range(6):
            if pool and rng.random() < p.returning:
                client = rng.choice(pool[-40:])  # the practitioner's current clients
            else:
                client = self.client_base + rng.randrange(self.n_clients)
            if all(e <= starts or s >= ends for s, e in busy.get(client, ())):
                if client not in pool:
                    pool.append(client)
                busy.setdefault(client, []).append((starts, ends))
                return client
        return None

    def _book(self, p: DemoPractitioner, day, sid, spec: DemoService, client, starts, ends,
              busy) -> None:
        rng = self.rng
        past = day < self.today
        roll = rng.random()
        if (p.username, day) in self.sick:
            status = AppointmentStatus.CANCELLED
        elif past:
            status = (AppointmentStatus.CANCELLED if roll < 0.08 else
                      AppointmentStatus.NO_SHOW if roll < 0.115 else AppointmentStatus.COMPLETED)
        else:
            status = AppointmentStatus.CANCELLED if roll < 0.04 else AppointmentStatus.BOOKED
        row = self._appointment(p, sid, spec, client, starts, ends, status)
        if status is not AppointmentStatus.CANCELLED or (p.username, day) in self.sick:
            return
        # A cancelled time is often given to someone else (from the phone queue or online).
        if rng.random() < (0.15 if row["late_cancellation"] else 0.35):
            other = self._pick_client(p, [], starts, ends, busy)  # empty pool: anyone
            if other is not None:
                status = AppointmentStatus.COMPLETED if past else AppointmentStatus.BOOKED
                if past and rng.random() < 0.03:
                    status = AppointmentStatus.NO_SHOW
                latest = min(starts, self.now) - dt.timedelta(minutes=30)
                booked_at = row["cancelled_at"] + (latest - row["cancelled_at"]) * rng.random()
                self._appointment(p, sid, spec, other, starts, ends, status,
                                  booked_at=max(booked_at, row["cancelled_at"]),
                                  channel=BookingChannel.PHONE)

    def _appointment(self, p: DemoPractitioner, sid, spec: DemoService, client, starts, ends,
                     status, *, booked_at=None, channel=None) -> dict:
        rng = self.rng
        practitioner = self.staff_ids[p.username]
        if channel is None:
            options = [(BookingChannel.PHONE, 0.55)]
            if spec.online:
                options.append((BookingChannel.ONLINE, 0.35))
            if status is AppointmentStatus.COMPLETED:
                options.append((BookingChannel.WALK_IN, 0.08))
            channel = rng.choices([c for c, _ in options], [w for _, w in options])[0]
        if booked_at is None:
            if channel is BookingChannel.WALK_IN:
                booked_at = starts - dt.timedelta(minutes=rng.uniform(5, 50))
            else:
                booked_at = starts - dt.timedelta(hours=rng.uniform(3, 24 * 35))
            if booked_at > self.now:  # the future was booked in the recent past
                booked_at = self.now - dt.timedelta(minutes=rng.uniform(10, 60 * 24 * 14))
        if channel is BookingChannel.ONLINE:
            booked_by = None
        elif channel is BookingChannel.WALK_IN:
            booked_by = self.reception_id
        else:
            booked_by = rng.choices((self.reception_id, practitioner, self.owner_id),
                                    (0.7, 0.25, 0.05))[0]
        row = {"id": self.appointment_id, "client_id": client, "practitioner_id": practitioner,
               "service_id": sid, "starts_at": starts, "ends_at": ends, "status": status,
               "channel": channel, "price": spec.price, "booked_by_id": booked_by,
               "booked_at": booked_at, "created_at": booked_at, "updated_at": booked_at,
               "room_id": self.room_ids[p.room] if spec.needs_room and p.room is not None
               else None,
               "note": rng.choice(APPOINTMENT_NOTES) if rng.random() < 0.03 else "",
               "late_cancellation": False}
        self.appointment_id += 1
        if status is AppointmentStatus.CANCELLED:
            self._cancel(row, p)
        elif status is AppointmentStatus.COMPLETED:
            row["arrived_at"] = starts - dt.timedelta(minutes=rng.uniform(0, 12))
            row["updated_at"] = ends
            self.visits.append({"id": self.visit_id, "appointment_id": row["id"],
                                "client_id": client, "practitioner_id": practitioner,
                                "service_id": sid, "started_at": starts, "completed_at": ends,
                                "created_at": row["arrived_at"]})
            self.visit_id += 1
        elif status is AppointmentStatus.NO_SHOW:
            row["updated_at"] = starts + dt.timedelta(minutes=15)
        self.appointments.append(row)
        return row

    def _cancel(self, row: dict, p: DemoPractitioner) -> None:
        rng = self.rng
        starts, booked_at = row["starts_at"], row["booked_at"]
        day = starts.astimezone(HELSINKI).date()
        if (p.username, day) in self.sick:
            by, reason = CancelledBy.PRACTICE, SICK_DAY_REASON
            at = _utc(day, 7 * 60 + 30)
            row["booked_at"] = row["created_at"] = min(booked_at, at - dt.timedelta(hours=1))
        else:
            by = CancelledBy.PRACTICE if rng.random() < 0.12 else CancelledBy.CLIENT
            reason = rng.choice(PRACTICE_CANCEL_REASONS if by is CancelledBy.PRACTICE
                                else CLIENT_CANCEL_REASONS)
            latest = min(starts, self.now)
            if by is CancelledBy.CLIENT and starts <= self.now and rng.random() < 0.3:
                at = starts - dt.timedelta(hours=rng.uniform(1, self.late_hours - 1))
            else:
                at = booked_at + (latest - booked_at) * rng.uniform(0.05, 0.95)
            at = max(at, booked_at)
        row.update(cancelled_at=at, cancelled_by=by, cancel_reason=reason, updated_at=at,
                   late_cancellation=by is CancelledBy.CLIENT
                   and starts - at < dt.timedelta(hours=self.late_hours))


# -- the desk's recent past, through the services ------------------------------------------


class _DemoClock:
    """The desk's wall clock, moved along as the demo replays its past weeks: every service
    call then dates its rows and audit events as if it had happened at that moment."""

    def __init__(self, moment: dt.datetime):
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment


@dataclass
class _InvoicePlan:
    visit_ids: list[int]
    issue_day: dt.date
    buyer: dict | None = None           # a company; None bills the client
    paid_on: dt.date | None = None      # the bank day of the transfer; None = still open
    invoice_id: int | None = None


@dataclass
class _Sale:
    visit_id: int
    at: dt.datetime
    price: Decimal


class _Activity:
    """Invoices, bank transfers, desk sales, waitlist wishes, recurring series and privacy
    requests of the demo's recent past, made ONLY through the services: the invoice numbers,
    references, balances and audit events are the ones a real desk would have left.

    The events are replayed in time order on a moved clock (``_DemoClock``), so invoice numbers
    grow with their issue dates. Everything happens before ``today``'s midnight, like the rest
    of the demo's history. Only clients of the upper half of the register are billed here:
    bench/invoice_pdf.py invoices the first clients' visits itself. (A tool that picks visits
    anywhere, as tools/screenshots.py does, needs ``activity=False``.)
    """

    DESK_SHARE = 0.55       # of the visits paid at the desk (the rest are left to the user)
    PAY_LATER_SHARE = 0.05  # visits sent an invoice the next working day
    COMPANY_CLIENTS = 6     # clients whose employer pays, billed monthly

    def __init__(self, db: Database, owner_ctx, rng: random.Random, today: dt.date,
                 client_base: int, n_clients: int, closed: set[dt.date]):
        self.db = db
        self.closed = closed  # public holidays: no invoice is issued, no bank day
        self.rng = rng
        self.today = today
        self.midnight = _utc(today, 0)
        self.clock = _DemoClock(self.midnight)
        self.owner = replace(owner_ctx, clock=self.clock)
        with db.session() as s:
            desk = s.scalar(select(Staff).where(Staff.username == RECEPTIONIST[0]))
            self.desk = replace(self.owner, staff_id=desk.id, username=desk.username,
                                display_name=desk.display_name,
                                roles=frozenset({Role.RECEPTION}))
            # (visit id, client id, service id, local start, end, price), oldest first
            self.visits = [
                (v.id, v.client_id, v.service_id, v.started_at.astimezone(HELSINKI),
                 v.completed_at, price)
                for v, price in s.execute(
                    select(Visit, Service.price).join(Service, Service.id == Visit.service_id)
                    .where(Visit.client_id >= client_base + n_clients // 2)
                    .order_by(Visit.started_at, Visit.id))]
            self.service_ids = list(s.scalars(select(Service.id).order_by(Service.id)))
        self.tally: Counter[str] = Counter()

    def _workday(self, day: dt.date) -> dt.date:
        while day.weekday() >= 5 or day in self.closed:
            day += dt.timedelta(days=1)
        return day

    def _at(self, day: dt.date, earliest: int, latest: int) -> dt.datetime:
        return _utc(day, self.rng.randint(earliest, latest))

    # -- planning ---------------------------------------------------------------------------

    def _plan_invoices(self) -> list[_InvoicePlan]:
        rng = self.rng
        month = (self.today.year, self.today.month)
        per_client: dict[int, list] = {}
        for v in self.visits:
            per_client.setdefault(v[1], []).append(v)
        regulars = sorted(c for c, vs in per_client.items() if len(vs) >= 3)
        companies = rng.sample(regulars, min(self.COMPANY_CLIENTS, len(regulars)))
        plans: list[_InvoicePlan] = []
        for n, client in enumerate(companies):
            by_month: dict[tuple[int, int], list[int]] = {}
            for v in per_client[client]:
                key = (v[3].year, v[3].month)
                if key < month:  # the running month is billed when it ends
                    by_month.setdefault(key, []).append(v[0])
            for (year, mon), ids in sorted(by_month.items()):
                issue = self._workday(add_months(dt.date(year, mon, 1), 1))
                if issue < self.today:
                    plans.append(_InvoicePlan(ids, issue, COMPANY_BUYERS[n % len(COMPANY_BUYERS)]))
        company_set = set(companies)
        for v in self.visits:
            if v[1] in company_set or rng.random() >= self.PAY_LATER_SHARE:
                continue
            issue = self._workday(v[3].date() + dt.timedelta(days=1))
            if issue < self.today:
                plans.append(_InvoicePlan([v[0]], issue))
        # Paid by transfer four to twenty days after issue, if that day is already history;
        # two older private invoices are left unpaid long past their due date.
        late = [p for p in plans if p.buyer is None
                and p.issue_day + dt.timedelta(days=14 + 20) <= self.today]
        overdue = {id(p) for p in rng.sample(late, min(2, len(late)))}
        for p in plans:
            paid = self._workday(p.issue_day + dt.timedelta(days=rng.randint(4, 20)))
            if id(p) not in overdue and paid < self.today:
                p.paid_on = paid
        return plans

    def _plan_sales(self, invoiced: set[int]) -> list[_Sale]:
        return [_Sale(v[0], v[4] + dt.timedelta(minutes=self.rng.randint(1, 6)), v[5])
                for v in self.visits
                if v[0] not in invoiced and self.rng.random() < self.DESK_SHARE]

    # -- the desk's actions -----------------------------------------------------------------

    def _issue(self, plan: _InvoicePlan) -> None:
        plan.invoice_id = invoicing.create_from_visits(self.desk, plan.visit_ids).data
        if plan.buyer is not None:
            invoicing.update_draft(self.desk, plan.invoice_id, buyer=Buyer(**plan.buyer),
                                   notes=COMPANY_INVOICE_NOTE)
            self.tally["company_invoices"] += 1
        invoicing.issue(self.desk, plan.invoice_id, issue_date=plan.issue_day)
        self.tally["invoices"] += 1

    def _bank(self, plan: _InvoicePlan) -> None:
        # Read directly, not through get_invoice_document: that would audit a view the
        # owner never made (she types the sum and reference from the bank statement).
        with self.db.session() as s:
            total, reference = s.execute(select(Invoice.total, Invoice.reference)
                                         .where(Invoice.id == plan.invoice_id)).one()
        payments.record_bank_payment(self.owner, plan.invoice_id, total, plan.paid_on,
                                     reference)
        self.tally["invoices_paid"] += 1

    def _sell(self, sale: _Sale) -> None:
        rng = self.rng
        method = rng.choices((PaymentMethod.CARD, PaymentMethod.MOBILEPAY, PaymentMethod.CASH),
                             (0.55, 0.27, 0.18))[0]
        given = None
        if method is PaymentMethod.CASH:
            note = rng.choice((0, 10, 20, 50))  # exact, or the next note above the price
            given = str(sale.price if note == 0 else (int(sale.price) // note + 1) * note)
        payments.take_payment(self.desk, visit_ids=[sale.visit_id],
                              tenders=[Tender(method, sale.price)], cash_given=given)
        self.tally["desk_sales"] += 1
        self.tally[f"{method.value}_sales"] += 1

    def run(self) -> DemoActivity:
        plans = self._plan_invoices()
        invoiced = {v for p in plans for v in p.visit_ids}
        events: list[tuple[dt.datetime, object]] = []
        for p in plans:
            events.append((self._at(p.issue_day, 8 * 60 + 15, 11 * 60), lambda p=p: self._issue(p)))
            if p.paid_on is not None:
                events.append((self._at(p.paid_on, 9 * 60, 10 * 60),
                               lambda p=p: self._bank(p)))
        events += [(s.at, lambda s=s: self._sell(s)) for s in self._plan_sales(invoiced)]
        events.sort(key=lambda e: e[0])  # stable: an invoice is issued before it is paid
        for moment, action in events:
            self.clock.moment = moment
            action()
        overdue_since = self.today - dt.timedelta(days=14)
        unpaid = [p for p in plans if p.paid_on is None]
        overdue = sum(1 for p in unpaid
                      if p.issue_day + dt.timedelta(days=14) < overdue_since)
        self._waitlist()
        series_made, booked = self._series()
        requests = self._privacy()
        c = self.tally
        return DemoActivity(
            invoices=c["invoices"], company_invoices=c["company_invoices"],
            invoices_paid=c["invoices_paid"], invoices_open=len(unpaid) - overdue,
            invoices_overdue=overdue, desk_sales=c["desk_sales"],
            cash_sales=c["cash_sales"], card_sales=c["card_sales"],
            mobilepay_sales=c["mobilepay_sales"],
            waitlist_entries=c["waitlist"], series=series_made,
            series_appointments=booked, privacy_requests=requests)

    def _waitlist(self) -> None:
        """Four clients waiting for an earlier time, put on the list in the last few days."""
        rng = self.rng
        clients = sorted({v[1] for v in self.visits})
        for n, client in enumerate(rng.sample(clients, min(4, len(clients)))):
            self.clock.moment = self._at(self.today - dt.timedelta(days=1 + n), 9 * 60, 16 * 60)
            earliest = self.midnight + dt.timedelta(days=n)
            waitlist.add_entry(self.desk, client_id=client,
                               service_id=rng.choice(self.service_ids), earliest=earliest,
                               latest=earliest + dt.timedelta(days=rng.choice((14, 21, 28))),
                               note=WAITLIST_NOTES[n % len(WAITLIST_NOTES)])
            self.tally["waitlist"] += 1

    def _series(self) -> tuple[int, int]:
        """A weekly psychotherapy series and a fortnightly physiotherapy one, made yesterday
        from a booking of next week; dates that clash with other bookings are skipped."""
        made, booked = 0, 0
        self.clock.moment = _utc(self.today - dt.timedelta(days=1), 15 * 60 + 40)
        for username, interval, count in (("terapeutti", 1, 8), ("hoitaja", 2, 6)):
            with self.db.session() as s:
                candidates = list(s.scalars(
                    select(Appointment.id).join(Staff, Staff.id == Appointment.practitioner_id)
                    .where(Staff.username == username,
                           Appointment.status == AppointmentStatus.BOOKED,
                           Appointment.series_id.is_(None),
                           Appointment.starts_at >= _utc(self.today + dt.timedelta(days=2), 0),
                           Appointment.starts_at < _utc(self.today + dt.timedelta(days=10), 0))
                    .order_by(Appointment.starts_at, Appointment.id)))
            # The booking whose repeats clash least: this calendar is nearly full.
            best = None
            for appointment_id in candidates[:20]:
                plan = series.preview_series(self.desk, appointment_id, interval_weeks=interval,
                                             count=count)
                skip = [o.day for o in plan[1:] if o.problems]
                if best is None or len(skip) < len(best[1]):
                    best = (appointment_id, skip)
            if best is None or len(best[1]) > count - 3:
                continue  # fewer than two new bookings: not worth a series
            changes = series.create_series(self.desk, best[0], interval_weeks=interval,
                                           count=count, skip_dates=best[1])
            made, booked = made + 1, booked + len(changes.ids) - 1
        return made, booked

    def _privacy(self) -> int:
        """An access request of last week and a rectification of a few days ago, both open."""
        clients = sorted({v[1] for v in self.visits})
        if len(clients) < 2:
            return 0
        picked = self.rng.sample(clients, 2)
        for client, kind, days in zip(picked, (RequestKind.ACCESS, RequestKind.RECTIFICATION),
                                      (8, 3)):
            day = self._workday(self.today - dt.timedelta(days=days))
            if day >= self.today:
                day = self.today - dt.timedelta(days=days)
            self.clock.moment = self._at(day, 10 * 60, 14 * 60)
            privacy.create_request(self.owner, client, kind, received_on=day)
        return 2


# -- the demo as a file -------------------------------------------------------------------


def is_demo_database(path: Path) -> bool:
    """True when ``path`` holds a demo practice or no practice at all; False for anything else
    (a real practice, an encrypted or unreadable file), so that nothing real is ever replaced."""
    try:
        db = open_database(sqlite_url(path), migrate=False)
    except Exception:  # noqa: BLE001 - unreadable means "not ours to replace"
        return False
    try:
        with db.session() as session:
            flags = list(session.scalars(select(Practice.is_demo)))
        return all(flags)
    except Exception:  # noqa: BLE001
        return False
    finally:
        db.dispose()


def create_demo_database(data_dir: Path, *, replace: bool = False, seed: int = 2026,
                         clients: int = 2000, today: dt.date | None = None,
                         progress: Progress | None = None, activity: bool = True) -> DemoSummary:
    """Write the demo practice to ``data_dir/vastaanotto.sqlite3`` all or nothing.

    The demo is built in a temporary file beside the target and moved over it only when
    complete, so a failure or a cancel never leaves half a practice behind. An existing database
    raises ``Conflict("database_exists")`` unless ``replace``; even then only a demo database is
    replaced, anything else raises ``Conflict("not_a_demo_database")``.
    """
    data_dir = Path(data_dir)
    target = database_path(data_dir)
    if target.exists():
        if not replace:
            raise Conflict("database_exists")
        if not is_demo_database(target):
            raise Conflict("not_a_demo_database")
    data_dir.mkdir(parents=True, exist_ok=True)
    temporary = data_dir / f".{target.name}.{uuid.uuid4().hex[:12]}.partial"
    siblings = ("-wal", "-shm", "-journal")
    try:
        db = open_practice_database(sqlite_url(temporary))
        try:
            summary = create_demo_practice(db, seed=seed, clients=clients, today=today,
                                           progress=progress, activity=activity)
        finally:
            db.dispose()  # the last connection closing folds the WAL back into the file
        if any(Path(f"{temporary}{s}").exists() for s in siblings):
            raise StorageError("demo_not_finalised")
        # A stale WAL of the replaced database would be replayed into the new file.
        for suffix in siblings:
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(temporary, target)
    except BaseException:
        for path in (temporary, *(Path(f"{temporary}{s}") for s in siblings)):
            path.unlink(missing_ok=True)
        raise
    fsync_dir(data_dir)  # the rename made durable
    return summary
