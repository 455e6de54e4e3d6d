"""What the calendars read: the day at a glance (no client data) and the booking calendar's
ranges (:func:`calendar_range`, with clients, hours and absences).

The overview deliberately carries no client fields, so it can sit on the front-desk screen
without revealing who comes when; the booking calendar that shows clients audits its own reads.
"""

from __future__ import annotations

import datetime as dt
import functools
import time
from dataclasses import dataclass
from typing import NamedTuple

import holidays
from sqlalchemy import String, bindparam, extract, select, type_coerce

from vastaanotto.clock import HELSINKI
from vastaanotto.context import Context
from vastaanotto.errors import ValidationError
from vastaanotto.models.appointments import Appointment, AppointmentStatus
from vastaanotto.models.clients import Client
from vastaanotto.models.resources import Absence, Room, Service
from vastaanotto.models.staff import Role, Staff, StaffRole
from vastaanotto.permissions import Action
from vastaanotto.scheduling import store
from vastaanotto.scheduling.availability import (MAX_DURATION_MINUTES, local_day_bounds,
                                                 working_intervals)
from vastaanotto.services.base import audit, require
from vastaanotto.services.practice import read_setting
from vastaanotto.settings import CALENDAR_GRID_MINUTES


@dataclass(frozen=True)
class OverviewRow:
    appointment_id: int
    starts: dt.datetime          # aware, Europe/Helsinki
    ends: dt.datetime            # aware, Europe/Helsinki
    practitioner_id: int
    practitioner: str
    service: str
    room: str                    # "" when the appointment has no room
    status: AppointmentStatus


def day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The local day [00:00, next 00:00) in UTC; 23 or 25 hours long on DST change days."""
    start = dt.datetime.combine(day, dt.time(0), tzinfo=HELSINKI)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=HELSINKI)
    return start.astimezone(dt.timezone.utc), end.astimezone(dt.timezone.utc)


def day_overview(ctx: Context, day: dt.date) -> list[OverviewRow]:
    """Appointments overlapping the local ``day``, by start time then practitioner.

    Requires CALENDAR_VIEW; writes the audit event "calendar.viewed" (details: the day) in the
    same transaction as the read. Cancelled appointments are included with their status.
    """
    require(ctx, Action.CALENDAR_VIEW, entity_type="calendar")
    start, end = day_bounds(day)
    stmt = (
        select(Appointment.id, Appointment.starts_at, Appointment.ends_at,
               Staff.id, Staff.display_name, Service.name, Room.name, Appointment.status)
        .join(Staff, Staff.id == Appointment.practitioner_id)
        .join(Service, Service.id == Appointment.service_id)
        .outerjoin(Room, Room.id == Appointment.room_id)
        .where(Appointment.starts_at < end, Appointment.ends_at > start)
        .order_by(Appointment.starts_at, Staff.display_name, Appointment.id)
    )
    with ctx.transaction() as session:
        rows = [
            OverviewRow(a_id, starts.astimezone(HELSINKI), ends.astimezone(HELSINKI), s_id,
                        s_name, service, room or "", status)
            for a_id, starts, ends, s_id, s_name, service, room, status in session.execute(stmt)
        ]
        audit(session, ctx, "calendar.viewed", entity_type="calendar",
              details={"day": day.isoformat()})
    return rows


# -- the booking calendar's range loader ---------------------------------------------------------

class CalendarEntry(NamedTuple):
    """One appointment as the calendar draws it. Times are epoch seconds (UTC instants): the
    week view lays out hundreds of these per frame, and ints are what it computes with.
    A named tuple, not a frozen dataclass: built four times faster (a frozen dataclass sets
    each field through ``object.__setattr__``), which is 2 ms of a week's load. Change one
    with ``entry._replace(...)``."""

    id: int
    practitioner_id: int
    room_id: int | None
    client_id: int | None
    client_name: str
    phone: str                     # E.164 as stored; "" when none
    service_id: int
    service_name: str
    color: str                     # the service's colour, "#rrggbb"
    status: AppointmentStatus
    start: int
    end: int
    series_id: int | None
    late_cancellation: bool
    no_show_count: int             # the client's counters, shown in the details
    late_cancellation_count: int
    channel: str
    note: str

    @property
    def starts_at(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.start, dt.timezone.utc)

    @property
    def ends_at(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.end, dt.timezone.utc)


@dataclass(frozen=True, slots=True)
class CalendarPerson:
    id: int
    name: str
    color: str
    active: bool


@dataclass(frozen=True, slots=True)
class CalendarDay:
    """A local date: why it is closed (None, "holiday" or "practice_closed"), the holiday's
    name, and the opening hours as epoch-second intervals."""

    day: dt.date
    closed: str | None
    holiday_name: str
    opening: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class CalendarData:
    """Everything a calendar range draws, read in one transaction by :func:`calendar_range`.

    ``bookable[(practitioner_id, day)]``: the practitioner's bookable time that day (working
    hours cut to the opening hours, absences cut out), epoch seconds; everything else is
    shaded. ``absences[practitioner_id]``: (start, end, kind) in epoch seconds.
    """

    first_day: dt.date
    days: tuple[CalendarDay, ...]
    grid_minutes: int
    practitioners: tuple[CalendarPerson, ...]   # columns, by name; inactive only if booked
    rooms: tuple[tuple[int, str], ...]          # active rooms (id, name), by name
    entries: tuple[CalendarEntry, ...]          # by start, practitioner, id
    bookable: dict
    absences: dict

    @property
    def last_day(self) -> dt.date:
        return self.days[-1].day


HOLIDAY_LANGUAGES = ("fi", "sv_FI", "en_US")


@functools.lru_cache(maxsize=16)
def _holiday_names(year: int, language: str) -> dict[dt.date, str]:
    # The package's own names (data, like a service's name); cached: tens of ms to build.
    return dict(holidays.Finland(years=year, language=language))


def _epoch(moment: dt.datetime) -> int:
    return int(moment.timestamp())


class RangeCache:
    """What a calendar range needs besides its appointments and absences: the grid,
    practitioners, services, rooms, weekly working hours and the practice's opening hours.
    They change rarely, so one calendar view keeps them between loads (bench/week_view.py:
    four queries fewer per load). The owner calls :meth:`clear` when ``Changes`` touch
    :attr:`KINDS`; what is older than ``max_age`` seconds is read again, so an edit made at
    another desk shows within a minute. One thread at a time (the view's)."""

    KINDS = ("staff", "services", "rooms", "settings", "opening_hours", "working_hours",
             "special_days")

    def __init__(self, max_age: float = 60.0, clock=time.monotonic):
        self.max_age = max_age
        self._clock = clock
        self._items: dict = {}
        self._born = clock()

    def clear(self) -> None:
        self._items = {}
        self._born = self._clock()

    def get(self, key, load):
        if self._clock() - self._born > self.max_age:
            self.clear()
        if key not in self._items:
            self._items[key] = load()
        return self._items[key]


_STATUS = {s.value: s for s in AppointmentStatus}


@functools.cache
def _entries_stmt(filtered: bool):
    """Built once: constructing the statement (not running it) cost a millisecond a load.
    Status and channel come as their stored strings (a dict lookup beats the Enum type's
    per-row conversion); the service's name and colour come from the cached services."""
    A = Appointment
    stmt = (select(A.id, A.practitioner_id, A.room_id, A.client_id, Client.first_name,
                   Client.last_name, Client.phone, A.service_id, type_coerce(A.status, String),
                   extract("epoch", A.starts_at), extract("epoch", A.ends_at), A.series_id,
                   A.late_cancellation, Client.no_show_count, Client.late_cancellation_count,
                   type_coerce(A.channel, String), A.note)
            .outerjoin(Client, Client.id == A.client_id)
            # The lower bound on starts_at lets the index bound the scan on both sides.
            .where(A.starts_at < bindparam("end"), A.ends_at > bindparam("start"),
                   A.starts_at > bindparam("earliest"))
            .order_by(A.starts_at, A.practitioner_id, A.id))
    if filtered:
        stmt = stmt.where(A.practitioner_id.in_(bindparam("ids", expanding=True)))
    return stmt


_PEOPLE = (select(Staff.id, Staff.display_name, Staff.color, Staff.active)
           .join(StaffRole, StaffRole.staff_id == Staff.id)
           .where(StaffRole.role == Role.PRACTITIONER)
           .order_by(Staff.display_name, Staff.id))
_SERVICES = select(Service.id, Service.name, Service.color)
_ROOMS = select(Room.id, Room.name).where(Room.active.is_(True)).order_by(Room.name)


def calendar_range(ctx: Context, first_day: dt.date, days: int = 1,
                   practitioner_ids=None, *, holiday_language: str = "fi",
                   cache: RangeCache | None = None) -> CalendarData:
    """The calendar of the local dates [first_day, first_day + days): appointments (cancelled
    ones included, with their status), opening hours, holidays and special days, each
    practitioner's bookable time and absences.

    Requires CALENDAR_VIEW. Writes ONE "calendar.viewed" audit event (range, practitioners,
    row count) in the transaction of the reads. ``practitioner_ids`` None: every practitioner.
    Holidays are named in ``holiday_language`` (one of HOLIDAY_LANGUAGES; else Finnish).
    ``cache``: a :class:`RangeCache` the caller keeps between loads (None: read everything).
    Two queries with a warm cache (appointments, absences), no ORM objects: the week view's
    budget is 16 ms on a million appointments (bench/week_view.py). Any thread that owns
    ``ctx`` (and its cache).
    """
    require(ctx, Action.CALENDAR_VIEW, entity_type="calendar")
    if not isinstance(days, int) or not 1 <= days <= 62:
        raise ValidationError("days", "out_of_range", minimum=1, maximum=62)
    if not 2000 <= first_day.year <= 2100:
        raise ValidationError("first_day", "date_out_of_range")
    language = holiday_language if holiday_language in HOLIDAY_LANGUAGES else "fi"
    last_day = first_day + dt.timedelta(days=days - 1)
    start, end = local_day_bounds(first_day)[0], local_day_bounds(last_day)[1]
    wanted = None if practitioner_ids is None else sorted(set(practitioner_ids))
    cache = cache if cache is not None else RangeCache()
    params = {"start": start, "end": end,
              "earliest": start - dt.timedelta(minutes=MAX_DURATION_MINUTES)}
    if wanted is not None:
        params["ids"] = wanted
    with ctx.transaction() as session:
        rows = session.connection()
        grid = cache.get("grid", lambda: read_setting(session, CALENDAR_GRID_MINUTES))
        services = cache.get("services", lambda: {
            sid: (name, color) for sid, name, color in rows.execute(_SERVICES)})
        found = rows.execute(_entries_stmt(wanted is not None), params).all()
        if any(row[7] not in services for row in found):
            # A service created at another desk since the cache was filled.
            cache.clear()
            services = cache.get("services", lambda: {
                sid: (name, color) for sid, name, color in rows.execute(_SERVICES)})
        status_of, new = _STATUS, tuple.__new__   # the named tuple's own __new__, unwrapped
        entries = tuple(
            new(CalendarEntry, (a_id, pid, room, cid, f"{first or ''} {last or ''}".strip(),
                                phone or "", sid, *services[sid], status_of[status],
                                int(a_start), int(a_end), series, bool(late), no_shows or 0,
                                lates or 0, channel, note or ""))
            for (a_id, pid, room, cid, first, last, phone, sid, status, a_start, a_end, series,
                 late, no_shows, lates, channel, note) in found)
        booked = {e.practitioner_id for e in entries}
        everyone = cache.get("people", lambda: tuple(
            CalendarPerson(*row) for row in rows.execute(_PEOPLE).all()))
        persons = tuple(person for person in everyone
                        if (person.active or person.id in booked)
                        and (wanted is None or person.id in wanted))
        ids = [p.id for p in persons]
        rooms = cache.get("rooms", lambda: tuple(tuple(r) for r in rows.execute(_ROOMS).all()))
        practice = cache.get(("practice", first_day, last_day),
                             lambda: store.practice_hours(session, first_day, last_day))
        all_weekly = cache.get("weekly", lambda: store.weekly_hours(
            session, [person.id for person in everyone]) if everyone else {})
        weekly = {pid: all_weekly[pid] for pid in ids if pid in all_weekly}
        absent = _absences(session, ids, start, end) if ids else {}
        audit(session, ctx, "calendar.viewed", entity_type="calendar",
              details={"start": start.isoformat(), "end": end.isoformat(),
                       "practitioner_ids": wanted, "rows": len(entries)})
    day_rows, bookable = [], {}
    for offset in range(days):
        day = first_day + dt.timedelta(days=offset)
        opening = practice.intervals(day)
        day_rows.append(CalendarDay(day, practice.closed_reason(day),
                                    _holiday_names(day.year, language).get(day, ""),
                                    tuple((_epoch(s.start), _epoch(s.end)) for s in opening)))
        for pid in ids:
            cuts = [(s, e) for s, e, _kind in absent.get(pid, ())]
            spans = (working_intervals(day, practice, weekly.get(pid, ()), cuts)
                     if opening else [])
            bookable[(pid, day)] = tuple((_epoch(s.start), _epoch(s.end)) for s in spans)
    absences_epoch = {pid: tuple((_epoch(s), _epoch(e), kind) for s, e, kind in spans)
                      for pid, spans in absent.items()}
    return CalendarData(first_day, tuple(day_rows), grid, persons, rooms, entries, bookable,
                        absences_epoch)


@functools.cache
def _absences_stmt():
    return (select(Absence.staff_id, Absence.starts_at, Absence.ends_at, Absence.kind)
            .where(Absence.staff_id.in_(bindparam("ids", expanding=True)),
                   Absence.starts_at < bindparam("end"), Absence.ends_at > bindparam("start"))
            .order_by(Absence.starts_at))


def _absences(session, staff_ids, start: dt.datetime, end: dt.datetime) -> dict:
    found: dict[int, list] = {}
    for staff_id, a_start, a_end, kind in session.connection().execute(
            _absences_stmt(), {"ids": list(staff_ids), "start": start, "end": end}):
        found.setdefault(staff_id, []).append((a_start, a_end, getattr(kind, "value", kind)))
    return found



@dataclass(frozen=True)
class PaymentTarget:
    """What the desk takes payment for after an appointment: its visit (None until completed)
    and the payable invoice that already bills that visit, if any."""

    visit_id: int | None
    invoice_id: int | None


def payment_target(ctx: Context, appointment_id: int) -> PaymentTarget:
    """The visit and invoice of a completed appointment, for the calendar's "Take payment".

    Requires PAYMENT_TAKE; not audited (ids only, no client data; the payment is audited).
    """
    from vastaanotto.models.billing import Invoice, InvoiceLine, InvoiceStatus
    from vastaanotto.models.visits import Visit
    from vastaanotto.services.payment_rules import PAYABLE_KINDS

    require(ctx, Action.PAYMENT_TAKE, entity_type="appointment", entity_id=appointment_id)
    with ctx.transaction() as session:
        rows = session.connection()
        visit_id = rows.execute(select(Visit.id).where(
            Visit.appointment_id == appointment_id)).scalar()
        invoice_id = None if visit_id is None else rows.execute(
            select(Invoice.id).join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
            .where(InvoiceLine.visit_id == visit_id, Invoice.kind.in_(PAYABLE_KINDS),
                   Invoice.status != InvoiceStatus.CREDITED)
            .order_by(Invoice.id.desc()).limit(1)).scalar()
    return PaymentTarget(visit_id, invoice_id)
