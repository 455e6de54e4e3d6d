"""Reads and checks for the booking service, inside its transaction.

No permission checks and no audit here: these helpers run inside a service's transaction
(``vastaanotto.services.booking``), which has already checked the role. The ``load_*``
functions fetch an entity and refuse one that cannot be booked (typed errors, no personal data);
the rows a booking depends on are taken FOR UPDATE, which PostgreSQL honours and SQLite, already
serialised by BEGIN IMMEDIATE, leaves out. Only portable SQL, so the same code serves both.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import extract, or_, select
from sqlalchemy.orm import Session

from vastaanotto.clock import HELSINKI
from vastaanotto.errors import Conflict, NotFound, ValidationError
from vastaanotto.models.appointments import Appointment, AppointmentStatus
from vastaanotto.models.clients import Client
from vastaanotto.models.resources import (Absence, OpeningHours, Room, Service, SpecialDay,
                                          WorkingHours, service_practitioner)
from vastaanotto.models.staff import Staff
from vastaanotto.scheduling.availability import (MAX_DURATION_MINUTES, Busy, Calendar, Interval,
                                                 Need, PracticeHours, SpecialHours, WeeklyHours,
                                                 hours_problems)

# Cancelled and no-show appointments free their time; a completed one still happened there.
OCCUPYING = (AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED, AppointmentStatus.COMPLETED)


def _rows(session: Session, stmt):
    """Core execution on the session's connection (same transaction).

    ``session.execute`` would run even a plain column select through the ORM's row loading,
    which triples the cost of reading a few thousand appointments. It does not autoflush, so
    every check here runs before the caller changes ORM objects in the transaction.
    """
    return session.connection().execute(stmt)


def practice_hours(session: Session, first_day: dt.date, last_day: dt.date) -> PracticeHours:
    weekly = tuple(WeeklyHours(*row) for row in _rows(session, select(
        OpeningHours.weekday, OpeningHours.opens, OpeningHours.closes)))
    special = {day: SpecialHours(closed, opens, closes) for day, closed, opens, closes in _rows(
        session, select(SpecialDay.day, SpecialDay.closed, SpecialDay.opens, SpecialDay.closes)
        .where(SpecialDay.day.between(first_day, last_day)))}
    return PracticeHours(weekly, special)


def weekly_hours(session: Session, staff_ids) -> dict[int, list[WeeklyHours]]:
    rules: dict[int, list[WeeklyHours]] = defaultdict(list)
    stmt = select(WorkingHours.staff_id, WorkingHours.weekday, WorkingHours.starts,
                  WorkingHours.ends, WorkingHours.room_id, WorkingHours.valid_from,
                  WorkingHours.valid_until).where(WorkingHours.staff_id.in_(staff_ids))
    for staff_id, *rule in _rows(session, stmt):
        rules[staff_id].append(WeeklyHours(*rule))
    return dict(rules)


def absences(session: Session, staff_ids, start: dt.datetime,
             end: dt.datetime) -> dict[int, list[Interval]]:
    found: dict[int, list[Interval]] = defaultdict(list)
    stmt = (select(Absence.staff_id, Absence.starts_at, Absence.ends_at)
            .where(Absence.staff_id.in_(staff_ids), Absence.starts_at < end,
                   Absence.ends_at > start)
            .order_by(Absence.starts_at))
    for staff_id, a_start, a_end in _rows(session, stmt):
        found[staff_id].append((a_start, a_end))
    return dict(found)


def active_rooms(session: Session) -> list[int]:
    return list(_rows(session, select(Room.id).where(Room.active.is_(True))
                      .order_by(Room.id)).scalars())


@dataclass(frozen=True)
class ServiceFacts:
    """What the free-slot search needs of a service, read without loading ORM objects."""

    id: int
    need: Need
    practitioner_ids: tuple[int, ...]   # active practitioners who give it, by id


def service_facts(session: Session, service_id: int) -> ServiceFacts:
    row = _rows(session, select(Service.active, Service.duration_minutes,
                                Service.buffer_before_minutes, Service.buffer_after_minutes,
                                Service.needs_room).where(Service.id == service_id)).first()
    if row is None:
        raise NotFound(entity="service")
    active, duration, before, after, needs_room = row
    if not active:
        raise ValidationError("service_id", "inactive_service")
    ids = _rows(session, select(Staff.id).join(
        service_practitioner, service_practitioner.c.staff_id == Staff.id)
        .where(service_practitioner.c.service_id == service_id, Staff.active.is_(True))
        .order_by(Staff.id)).scalars()
    return ServiceFacts(service_id, Need(duration, before, after, needs_room), tuple(ids))


def _buffers(session: Session) -> dict[int, tuple[int, int]]:
    """Buffer minutes (before, after) of every service: a practice has tens, not thousands."""
    stmt = select(Service.id, Service.buffer_before_minutes, Service.buffer_after_minutes)
    return {sid: (before, after) for sid, before, after in _rows(session, stmt)}


def _reach(buffers: dict[int, tuple[int, int]]) -> dt.timedelta:
    """How far before a window an occupying booking can start: the longest booking plus buffers.

    Read from the data rather than assumed, so a buffer entered outside the admin form cannot
    hide a conflict; it lets the queries bound ``starts_at`` on both sides and use the indexes.
    """
    before = max((b for b, _ in buffers.values()), default=0)
    after = max((a for _, a in buffers.values()), default=0)
    return dt.timedelta(minutes=MAX_DURATION_MINUTES + before + after)


def _seconds(moment: dt.datetime) -> int:
    return int(moment.timestamp())


def load_calendar(session: Session, practitioner_ids, start: dt.datetime, end: dt.datetime, *,
                  with_rooms: bool) -> Calendar:
    """Rules plus booked time for [start, end): a single query for all the appointments.

    The times come back as epoch seconds computed by the database (``extract("epoch")``, which
    SQLAlchemy renders for SQLite and PostgreSQL alike): turning thousands of stored values into
    aware datetimes and back costs more than the whole free-slot budget. Sub-second parts are
    dropped; the services store whole minutes, and the booking itself re-checks exactly.
    """
    practice = practice_hours(session, (start - dt.timedelta(days=1)).date(),
                              (end + dt.timedelta(days=1)).date())
    buffers = _buffers(session)
    reach = _reach(buffers)
    rooms = active_rooms(session) if with_rooms else []
    who = Appointment.practitioner_id.in_(practitioner_ids)
    if rooms:
        who = or_(who, Appointment.room_id.in_(rooms))
    stmt = (select(Appointment.practitioner_id, Appointment.room_id, Appointment.service_id,
                   extract("epoch", Appointment.starts_at), extract("epoch", Appointment.ends_at))
            .where(who, Appointment.status.in_(OCCUPYING),
                   Appointment.starts_at > start - reach, Appointment.starts_at < end + reach))
    by_practitioner: dict[int, list[tuple[int, int]]] = defaultdict(list)
    by_room: dict[int, list[tuple[int, int]]] = defaultdict(list)
    wanted = set(practitioner_ids)
    for pid, room_id, service_id, a_start, a_end in _rows(session, stmt).all():
        before, after = buffers.get(service_id, (0, 0))
        occupied = (int(a_start) - before * 60, int(a_end) + after * 60)
        if pid in wanted:
            by_practitioner[pid].append(occupied)
        if room_id is not None:
            by_room[room_id].append(occupied)
    return Calendar(
        practice=practice,
        weekly=weekly_hours(session, practitioner_ids),
        absences=absences(session, practitioner_ids, start - reach, end + reach),
        busy={pid: Busy(rows) for pid, rows in by_practitioner.items()},
        room_busy={rid: Busy(rows) for rid, rows in by_room.items()},
        rooms=rooms,
    )


def client_busy(session: Session, client_id: int, start: dt.datetime, end: dt.datetime) -> Busy:
    """The client's own booked time, without buffers: a client cannot be in two places."""
    stmt = (select(Appointment.starts_at, Appointment.ends_at)
            .where(Appointment.client_id == client_id, Appointment.status.in_(OCCUPYING),
                   Appointment.starts_at > start - dt.timedelta(minutes=MAX_DURATION_MINUTES),
                   Appointment.starts_at < end))
    return Busy((_seconds(a), _seconds(b)) for a, b in _rows(session, stmt))


@dataclass(frozen=True)
class Clash:
    code: str            # practitioner_busy, room_busy or client_busy
    appointment_id: int


def clashes(session: Session, *, practitioner_id: int, room_id: int | None,
            client_id: int | None, start: dt.datetime, end: dt.datetime, before: int, after: int,
            exclude_id: int | None = None) -> list[Clash]:
    """Occupying bookings that collide with a new [start, end) and its buffers (minutes).

    Practitioner and room: the occupied intervals [start - before, end + after) of both sides
    must not overlap (preparation and cleaning need the person and the room). Client: the
    appointments themselves must not overlap. Half-open, so back to back is fine.
    """
    reach = _reach(_buffers(session))
    lo, hi = start - dt.timedelta(minutes=before), end + dt.timedelta(minutes=after)
    who = [Appointment.practitioner_id == practitioner_id]
    if room_id is not None:
        who.append(Appointment.room_id == room_id)
    if client_id is not None:
        who.append(Appointment.client_id == client_id)
    stmt = (select(Appointment.id, Appointment.practitioner_id, Appointment.room_id,
                   Appointment.client_id, Appointment.starts_at, Appointment.ends_at,
                   Service.buffer_before_minutes, Service.buffer_after_minutes)
            .join(Service, Service.id == Appointment.service_id)
            .where(or_(*who), Appointment.status.in_(OCCUPYING),
                   Appointment.starts_at > lo - reach, Appointment.starts_at < hi + reach)
            .order_by(Appointment.starts_at, Appointment.id))
    if exclude_id is not None:
        stmt = stmt.where(Appointment.id != exclude_id)
    found = []
    for a_id, pid, rid, cid, a_start, a_end, a_before, a_after in _rows(session, stmt):
        occupied = (a_start - dt.timedelta(minutes=a_before) < hi
                    and lo < a_end + dt.timedelta(minutes=a_after))
        if pid == practitioner_id and occupied:
            found.append(Clash("practitioner_busy", a_id))
        if room_id is not None and rid == room_id and occupied:
            found.append(Clash("room_busy", a_id))
        if client_id is not None and cid == client_id and a_start < end and start < a_end:
            found.append(Clash("client_busy", a_id))
    return found


def load_service(session: Session, service_id: int, *, allow_inactive: bool = False) -> Service:
    service = session.get(Service, service_id)
    if service is None:
        raise NotFound(entity="service")
    if not service.active and not allow_inactive:
        raise ValidationError("service_id", "inactive_service")
    return service


def load_practitioner(session: Session, staff_id: int, service: Service) -> Staff:
    staff = session.get(Staff, staff_id, with_for_update=True)
    if staff is None:
        raise NotFound(entity="practitioner")
    if not staff.active:
        raise ValidationError("practitioner_id", "inactive_practitioner")
    if staff.id not in {p.id for p in service.practitioners}:
        raise ValidationError("practitioner_id", "practitioner_not_for_service")
    return staff


def load_room(session: Session, room_id: int | None, service: Service) -> Room | None:
    if room_id is None:
        if service.needs_room:
            raise ValidationError("room_id", "room_required")
        return None
    room = session.get(Room, room_id, with_for_update=True)
    if room is None:
        raise NotFound(entity="room")
    if not room.active:
        raise ValidationError("room_id", "inactive_room")
    return room


def load_client(session: Session, client_id: int, *, lock: bool = True) -> Client:
    client = session.get(Client, client_id, with_for_update=lock)
    if client is None or client.anonymised_at is not None:
        raise NotFound(entity="client")
    if client.archived_at or client.merged_into_id or client.deceased_on:
        raise ValidationError("client_id", "inactive_client")
    return client


def lock_rows(session: Session, *, staff_id: int, room_id: int | None,
              client_id: int | None) -> None:
    """Row locks for a placement, always in the order staff, room, client, so that two
    PostgreSQL transactions never wait for each other in a circle."""
    session.execute(select(Staff.id).where(Staff.id == staff_id).with_for_update())
    if room_id is not None:
        session.execute(select(Room.id).where(Room.id == room_id).with_for_update())
    if client_id is not None:
        session.execute(select(Client.id).where(Client.id == client_id).with_for_update())


def load_appointment(session: Session, appointment_id: int) -> Appointment:
    appt = session.get(Appointment, appointment_id, with_for_update=True)
    if appt is None:
        raise NotFound(entity="appointment")
    return appt


# The order in which codes are reported: the first one is the Conflict's main code.
CODE_ORDER = ("practitioner_busy", "room_busy", "client_busy", "practitioner_absent", "holiday",
              "practice_closed", "outside_opening_hours", "outside_working_hours")


def check_placement(session: Session, *, practitioner_id: int, service: Service,
                    room_id: int | None, client_id: int | None, start: dt.datetime,
                    end: dt.datetime, override: str | None,
                    exclude_id: int | None = None) -> list[str]:
    """Check a booking of ``service`` at [start, end) inside the caller's transaction.

    Raises ``Conflict(code, conflicts=[codes], appointment_ids=[ids])`` unless ``override`` (a
    reason whose permission the caller has already checked) is given; returns the codes that
    the override overrode, empty when nothing needed overriding.
    """
    found = clashes(session, practitioner_id=practitioner_id, room_id=room_id,
                    client_id=client_id, start=start, end=end,
                    before=service.buffer_before_minutes, after=service.buffer_after_minutes,
                    exclude_id=exclude_id)
    day = start.astimezone(HELSINKI).date()
    problems = hours_problems(
        start, end, practice_hours(session, day, day),
        weekly_hours(session, [practitioner_id]).get(practitioner_id, ()),
        absences(session, [practitioner_id], start, end).get(practitioner_id, ()))
    present = {c.code for c in found}.union(problems)
    codes = [code for code in CODE_ORDER if code in present]
    if codes and override is None:
        raise Conflict(codes[0], conflicts=codes,
                       appointment_ids=sorted({c.appointment_id for c in found}))
    return codes
