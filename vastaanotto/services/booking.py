"""Booking: book, walk in, move, resize, cancel, arrival, no-show and completion; free times.

Contract of every mutation: checks the role first (a refusal is audited by ``require``), then in
ONE transaction re-reads the calendar, checks conflicts, writes, and appends the audit event;
it returns ``Changes`` (kinds "appointments", plus "clients"/"visits" when those change).
On SQLite the transaction is BEGIN IMMEDIATE, so two desks cannot both see a slot as free; on
PostgreSQL the practitioner, room and client rows are locked FOR UPDATE in that order, and the
exclusion constraint of DESIGN.md "Scale" is the last line of defence.

Conflicts raise ``Conflict(code, conflicts=[codes], appointment_ids=[ids])``; ``code`` is the
first of: practitioner_busy, room_busy, client_busy, practitioner_absent, holiday,
practice_closed, outside_opening_hours, outside_working_hours. An ``override_reason`` books
anyway, but only for a role allowed ``Action.CALENDAR_OVERRIDE``; it is checked before anything
else and recorded on the appointment and in the audit event. Times in and out are aware
datetimes (UTC out); see ``vastaanotto.scheduling.availability`` for the DST decisions.
Callable from any thread that owns its Context (no Qt); each call opens its own session.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session, lazyload

from vastaanotto.clock import HELSINKI
from vastaanotto.context import Context
from vastaanotto.errors import Conflict, ValidationError
from vastaanotto.finnish import validators
from vastaanotto.models.appointments import (Appointment, AppointmentStatus, BookingChannel,
                                             CancelledBy)
from vastaanotto.models.clients import Client
from vastaanotto.models.resources import Service
from vastaanotto.models.visits import Visit
from vastaanotto.permissions import Action
from vastaanotto.scheduling import store
from vastaanotto.scheduling.availability import (MAX_DURATION_MINUTES, Slot,
                                                 check_local_time, find_slots, local_day_bounds,
                                                 round_up_to_grid)
from vastaanotto.services.base import Changes, audit, require
from vastaanotto.services.practice import read_setting
from vastaanotto.settings import CALENDAR_GRID_MINUTES, LATE_CANCELLATION_HOURS

KIND = "appointments"
S = AppointmentStatus
# Which status may follow which; everything else is "invalid_status_transition".
TRANSITIONS = {
    S.BOOKED: {S.ARRIVED, S.CANCELLED, S.NO_SHOW, S.COMPLETED},
    S.ARRIVED: {S.COMPLETED},
}
MOVABLE = (S.BOOKED, S.ARRIVED)


@dataclass(frozen=True)
class AppointmentRow:
    """One calendar entry as the views draw it. Times are aware UTC."""

    id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    practitioner_id: int
    service_id: int
    service_name: str
    color: str
    room_id: int | None
    client_id: int | None
    client_name: str
    status: AppointmentStatus
    channel: BookingChannel
    note: str
    late_cancellation: bool
    overridden: bool
    series_id: int | None = None  # a member of a recurring series (vastaanotto.services.series)


def _text(value: str | None, field: str, maximum: int, *, required: bool = False,
          multiline: bool = True) -> str:
    return validators.free_text(value, field, maximum, required=required, multiline=multiline)


def _override(ctx: Context, reason: str | None, entity_id: int | None = None) -> str | None:
    """Validated reason, or None; PermissionDenied (audited) before any transaction opens,
    because ``require`` writes its refusal in a transaction of its own."""
    if reason is None:
        return None
    text = _text(reason, "override_reason", 500, required=True, multiline=False)
    require(ctx, Action.CALENDAR_OVERRIDE, entity_type="appointment", entity_id=entity_id)
    return text


def _transition(appt: Appointment, to: AppointmentStatus) -> None:
    if to not in TRANSITIONS.get(appt.status, ()):
        raise Conflict("invalid_status_transition", status=appt.status.value, to=to.value)


def _set_override(ctx: Context, appt: Appointment, codes: list[str], reason: str | None) -> None:
    """The override fields describe the current placement; the audit trail keeps the history."""
    appt.override_by_id = ctx.staff_id if codes else None
    appt.override_reason = (reason or "") if codes else ""


def _insert(session: Session, ctx: Context, *, client: Client, practitioner_id: int,
            service: Service, room_id: int | None, start: dt.datetime, channel: BookingChannel,
            note: str, override: str | None, series_id: int | None = None,
            length: dt.timedelta | None = None) -> Changes:
    """Shared by book, walk_in and the series service (which keeps the first appointment's
    ``length`` and sets ``series_id``)."""
    end = start + (length or dt.timedelta(minutes=service.duration_minutes))
    codes = store.check_placement(session, practitioner_id=practitioner_id, service=service,
                                  room_id=room_id, client_id=client.id, start=start, end=end,
                                  override=override)
    appt = Appointment(client_id=client.id, practitioner_id=practitioner_id,
                       service_id=service.id, room_id=room_id, starts_at=start, ends_at=end,
                       channel=channel, price=service.price, note=note,
                       booked_by_id=ctx.staff_id, booked_at=ctx.now(), series_id=series_id)
    _set_override(ctx, appt, codes, override)
    session.add(appt)
    session.flush()
    audit(session, ctx, "appointment.booked", entity_type="appointment", entity_id=appt.id,
          client_id=client.id, reason=appt.override_reason,
          details={"starts_at": start.isoformat(), "ends_at": end.isoformat(),
                   "practitioner_id": practitioner_id, "service_id": service.id,
                   "room_id": room_id, "channel": channel.value, "overridden": codes,
                   **({"series_id": series_id} if series_id is not None else {})})
    return Changes.of(KIND, ids=[appt.id], data=appt.id)


def book(ctx: Context, *, client_id: int, practitioner_id: int, service_id: int,
         starts_at: dt.datetime, room_id: int | None = None,
         channel: BookingChannel = BookingChannel.PHONE, note: str = "",
         override_reason: str | None = None) -> Changes:
    """Book ``service_id`` at ``starts_at`` for its duration; data = the appointment id.

    Audits "appointment.booked" (times, ids, channel, overridden codes; never the note).
    """
    require(ctx, Action.CALENDAR_BOOK, entity_type="appointment", client_id=client_id)
    start = check_local_time(starts_at)
    channel = BookingChannel(channel)
    note = _text(note, "note", 1000)
    override = _override(ctx, override_reason)
    with ctx.transaction() as session:
        service = store.load_service(session, service_id)
        store.load_practitioner(session, practitioner_id, service)
        store.load_room(session, room_id, service)
        client = store.load_client(session, client_id)
        return _insert(session, ctx, client=client, practitioner_id=practitioner_id,
                       service=service, room_id=room_id, start=start, channel=channel,
                       note=note, override=override)


def _candidates(session: Session, facts: store.ServiceFacts,
                practitioner_id: int | None) -> list[int]:
    if practitioner_id is None:
        return list(facts.practitioner_ids)
    if practitioner_id not in facts.practitioner_ids:
        # Let the full loader say why: unknown, inactive or not giving this service.
        store.load_practitioner(session, practitioner_id,
                                store.load_service(session, facts.id, allow_inactive=True))
    return [practitioner_id]


def walk_in(ctx: Context, *, client_id: int, service_id: int,
            practitioner_id: int | None = None) -> Changes:
    """Book the first free slot from now (rounded up to the grid) until the end of today.

    A walk-in is served today or not at all: a time next week is an ordinary booking, so the
    search stops at local midnight and raises Conflict("no_free_slot"). Slots where the
    client already has an appointment are skipped. Audits "appointment.booked" (walk_in).
    """
    require(ctx, Action.CALENDAR_BOOK, entity_type="appointment", client_id=client_id)
    with ctx.transaction() as session:
        facts = store.service_facts(session, service_id)
        client = store.load_client(session, client_id, lock=False)  # locked with the others below
        ids = _candidates(session, facts, practitioner_id)
        grid = read_setting(session, CALENDAR_GRID_MINUTES)
        start = round_up_to_grid(ctx.now(), grid)
        end = local_day_bounds(start.astimezone(HELSINKI).date())[1]
        calendar = store.load_calendar(session, ids, start, end,
                                       with_rooms=facts.need.needs_room)
        slots = find_slots(calendar, ids, facts.need, grid_minutes=grid, start=start, end=end,
                           limit=1, blocked=store.client_busy(session, client.id, start, end))
        if not slots:
            raise Conflict("no_free_slot")
        slot = slots[0]
        store.lock_rows(session, staff_id=slot.practitioner_id, room_id=slot.room_id,
                        client_id=client.id)
        service = store.load_service(session, service_id)
        return _insert(session, ctx, client=client, practitioner_id=slot.practitioner_id,
                       service=service, room_id=slot.room_id, start=slot.starts_at,
                       channel=BookingChannel.WALK_IN, note="", override=None)


def next_free_slots(ctx: Context, *, service_id: int, practitioner_id: int | None = None,
                    start: dt.datetime | None = None, days: int = 56,
                    limit: int = 10) -> list[Slot]:
    """The first ``limit`` free grid starts within ``days`` of ``start`` (default: now).

    One query for the appointments in the window, then interval arithmetic in Python. Not
    audited: it reveals no client data. Read-only (the transaction commits nothing).
    """
    require(ctx, Action.CALENDAR_VIEW, entity_type="calendar")
    if not isinstance(days, int) or not 1 <= days <= 366:
        raise ValidationError("days", "out_of_range", minimum=1, maximum=366)
    if not isinstance(limit, int) or not 1 <= limit <= 500:
        raise ValidationError("limit", "out_of_range", minimum=1, maximum=500)
    begin = check_local_time(start, "start") if start is not None else ctx.now()
    with ctx.transaction() as session:
        facts = store.service_facts(session, service_id)
        ids = _candidates(session, facts, practitioner_id)
        grid = read_setting(session, CALENDAR_GRID_MINUTES)
        begin = round_up_to_grid(begin, grid)
        end = begin + dt.timedelta(days=days)
        calendar = store.load_calendar(session, ids, begin, end,
                                       with_rooms=facts.need.needs_room)
    return find_slots(calendar, ids, facts.need, grid_minutes=grid, start=begin, end=end,
                      limit=limit)


def _relocate(ctx: Context, appointment_id: int, action: str, *, start: dt.datetime | None,
              end: dt.datetime | None, practitioner_id: int | None, room_id: int | None,
              override_reason: str | None, clear_room: bool = False) -> Changes:
    """Shared by move and resize: same checks as a booking, the appointment itself excluded."""
    override = _override(ctx, override_reason, appointment_id)
    with ctx.transaction() as session:
        appt = store.load_appointment(session, appointment_id)
        if appt.status not in MOVABLE:
            raise Conflict("invalid_status_transition", status=appt.status.value)
        # A booking made before its service was retired may still be moved. Its practitioner
        # list is loaded only if a new practitioner is checked against it (a drag in the same
        # column needs the buffers alone; the eager list was a query of every move).
        service = session.get(Service, appt.service_id,
                              options=[lazyload(Service.practitioners)])
        new_pid = practitioner_id if practitioner_id is not None else appt.practitioner_id
        if clear_room and room_id is not None:
            raise ValidationError("room_id", "room_and_clear_room")
        new_room = None if clear_room else room_id if room_id is not None else appt.room_id
        if session.get_bind().dialect.name != "sqlite":
            # SQLite has no row locks (FOR UPDATE is dropped): BEGIN IMMEDIATE already holds
            # the database's write lock, so these three SELECTs would only cost time.
            store.lock_rows(session, staff_id=new_pid, room_id=new_room,
                            client_id=appt.client_id)
        # Only a change is validated: an appointment stays movable in time even after its
        # practitioner stopped giving the service.
        if new_pid != appt.practitioner_id:
            store.load_practitioner(session, new_pid, service)
        if new_room != appt.room_id:
            store.load_room(session, new_room, service)
        new_start = start or appt.starts_at
        new_end = end or new_start + (appt.ends_at - appt.starts_at)
        if new_end <= new_start:
            raise ValidationError("ends_at", "ends_before_start")
        if new_end - new_start > dt.timedelta(minutes=MAX_DURATION_MINUTES):
            raise ValidationError("ends_at", "duration_out_of_range")
        codes = store.check_placement(session, practitioner_id=new_pid, service=service,
                                      room_id=new_room, client_id=appt.client_id,
                                      start=new_start, end=new_end, override=override,
                                      exclude_id=appt.id)
        details = {"old_starts_at": appt.starts_at.isoformat(),
                   "old_ends_at": appt.ends_at.isoformat(),
                   "starts_at": new_start.isoformat(), "ends_at": new_end.isoformat(),
                   "old_practitioner_id": appt.practitioner_id, "practitioner_id": new_pid,
                   "old_room_id": appt.room_id, "room_id": new_room, "overridden": codes}
        appt.starts_at, appt.ends_at = new_start, new_end
        appt.practitioner_id, appt.room_id = new_pid, new_room
        _set_override(ctx, appt, codes, override)
        audit(session, ctx, action, entity_type="appointment", entity_id=appt.id,
              client_id=appt.client_id, reason=appt.override_reason, details=details)
        return Changes.of(KIND, ids=[appt.id], data=appt.id)


def move(ctx: Context, appointment_id: int, *, starts_at: dt.datetime,
         practitioner_id: int | None = None, room_id: int | None = None,
         override_reason: str | None = None, clear_room: bool = False) -> Changes:
    """Move to ``starts_at`` keeping the length; optionally to another practitioner or room
    (None keeps the current one). ``clear_room`` takes the room away instead (the calendar's
    undo of a move into a room column; a service that needs a room refuses it with
    ValidationError room_required). Audits "appointment.moved" with old and new times."""
    require(ctx, Action.CALENDAR_BOOK, entity_type="appointment", entity_id=appointment_id)
    start = check_local_time(starts_at)
    return _relocate(ctx, appointment_id, "appointment.moved", start=start, end=None,
                     practitioner_id=practitioner_id, room_id=room_id,
                     override_reason=override_reason, clear_room=clear_room)


def resize(ctx: Context, appointment_id: int, *, ends_at: dt.datetime,
           override_reason: str | None = None) -> Changes:
    """Change the end (at most 24 h long). Audits "appointment.resized" with old and new times."""
    require(ctx, Action.CALENDAR_BOOK, entity_type="appointment", entity_id=appointment_id)
    end = check_local_time(ends_at, "ends_at")
    return _relocate(ctx, appointment_id, "appointment.resized", start=None, end=end,
                     practitioner_id=None, room_id=None, override_reason=override_reason)


def _bump(session: Session, client_id: int | None, column) -> None:
    # An SQL increment, not read-modify-write, so concurrent desks cannot lose a count.
    if client_id is not None:
        session.execute(update(Client).where(Client.id == client_id)
                        .values({column: column + 1}))


def cancel(ctx: Context, appointment_id: int, *, by: CancelledBy, reason: str) -> Changes:
    """Cancel a booked appointment; the reason is required and stays off the audit trail (it
    may mention health). Late when the client cancels less than LATE_CANCELLATION_HOURS
    before the start: the client's late_cancellation_count goes up. Audits
    "appointment.cancelled" (by, late)."""
    require(ctx, Action.CALENDAR_BOOK, entity_type="appointment", entity_id=appointment_id)
    by = CancelledBy(by)
    text = _text(reason, "reason", 500, required=True)
    with ctx.transaction() as session:
        appt = store.load_appointment(session, appointment_id)
        late = cancel_in(session, ctx, appt, by=by, reason=text)
        kinds = [KIND, "clients"] if late and appt.client_id is not None else [KIND]
        return Changes.of(*kinds, ids=[appt.id], data=appt.id)


def cancel_in(session: Session, ctx: Context, appt: Appointment, *, by: CancelledBy,
              reason: str, details: dict | None = None) -> bool:
    """Cancel ``appt`` inside the caller's transaction (role checked, ``reason`` validated by
    the caller); True when late. Shared with the series service, which cancels many at once.
    ``details`` are added to the audit event (e.g. the series id)."""
    _transition(appt, S.CANCELLED)
    now = ctx.now()
    hours = read_setting(session, LATE_CANCELLATION_HOURS)
    late = by is CancelledBy.CLIENT and appt.starts_at - now < dt.timedelta(hours=hours)
    appt.status, appt.cancelled_at, appt.cancelled_by = S.CANCELLED, now, by
    appt.cancel_reason, appt.late_cancellation = reason, late
    if late and appt.client_id is not None:
        _bump(session, appt.client_id, Client.late_cancellation_count)
    audit(session, ctx, "appointment.cancelled", entity_type="appointment",
          entity_id=appt.id, client_id=appt.client_id,
          details={"by": by.value, "late": late, "starts_at": appt.starts_at.isoformat(),
                   **(details or {})})
    return late


def mark_arrived(ctx: Context, appointment_id: int) -> Changes:
    """Booked -> arrived, stamped with ctx.now(). Audits "appointment.arrived"."""
    require(ctx, Action.CALENDAR_BOOK, entity_type="appointment", entity_id=appointment_id)
    with ctx.transaction() as session:
        appt = store.load_appointment(session, appointment_id)
        _transition(appt, S.ARRIVED)
        appt.status, appt.arrived_at = S.ARRIVED, ctx.now()
        audit(session, ctx, "appointment.arrived", entity_type="appointment", entity_id=appt.id,
              client_id=appt.client_id)
        return Changes.of(KIND, ids=[appt.id], data=appt.id)


def mark_no_show(ctx: Context, appointment_id: int) -> Changes:
    """Booked -> no-show, only once the start has passed; the client's no_show_count goes up.
    Audits "appointment.no_show"."""
    require(ctx, Action.CALENDAR_BOOK, entity_type="appointment", entity_id=appointment_id)
    with ctx.transaction() as session:
        appt = store.load_appointment(session, appointment_id)
        _transition(appt, S.NO_SHOW)
        if ctx.now() < appt.starts_at:
            raise Conflict("appointment_not_started")
        appt.status = S.NO_SHOW
        _bump(session, appt.client_id, Client.no_show_count)
        audit(session, ctx, "appointment.no_show", entity_type="appointment", entity_id=appt.id,
              client_id=appt.client_id)
        return Changes.of(KIND, "clients", ids=[appt.id], data=appt.id)


def mark_completed(ctx: Context, appointment_id: int) -> Changes:
    """Booked or arrived -> completed, creating its Visit (started at the arrival, else the
    booked start); data = the visit id. Audits "appointment.completed"."""
    require(ctx, Action.CALENDAR_BOOK, entity_type="appointment", entity_id=appointment_id)
    with ctx.transaction() as session:
        appt = store.load_appointment(session, appointment_id)
        _transition(appt, S.COMPLETED)
        if appt.client_id is None:
            raise Conflict("appointment_has_no_client")
        appt.status = S.COMPLETED
        visit = Visit(appointment_id=appt.id, client_id=appt.client_id,
                      practitioner_id=appt.practitioner_id, service_id=appt.service_id,
                      started_at=appt.arrived_at or appt.starts_at, completed_at=ctx.now())
        session.add(visit)
        session.flush()
        audit(session, ctx, "appointment.completed", entity_type="appointment",
              entity_id=appt.id, client_id=appt.client_id, details={"visit_id": visit.id})
        return Changes.of(KIND, "visits", ids=[appt.id], data=visit.id)


def appointments_between(ctx: Context, start: dt.datetime, end: dt.datetime,
                         practitioner_ids=None, *,
                         include_cancelled: bool = False) -> list[AppointmentRow]:
    """Appointments overlapping [start, end), by start, practitioner and id; no-shows included,
    cancelled ones only on request. Audits one "calendar.viewed" event with the range."""
    require(ctx, Action.CALENDAR_VIEW, entity_type="calendar")
    start, end = check_local_time(start, "start"), check_local_time(end, "end")
    if end <= start:
        raise ValidationError("end", "ends_before_start")
    if end - start > dt.timedelta(days=366):
        raise ValidationError("end", "range_too_long", maximum_days=366)
    A = Appointment
    # Plain columns on the connection: the week view's budget has no room for ORM objects.
    stmt = (select(A.id, A.starts_at, A.ends_at, A.practitioner_id, A.service_id, Service.name,
                   Service.color, A.room_id, A.client_id, Client.first_name, Client.last_name,
                   A.status, A.channel, A.note, A.late_cancellation, A.override_by_id,
                   A.series_id)
            .join(Service, Service.id == A.service_id)
            .outerjoin(Client, Client.id == A.client_id)
            # The lower bound on starts_at lets the index bound the scan on both sides.
            .where(A.starts_at < end, A.ends_at > start,
                   A.starts_at > start - dt.timedelta(minutes=MAX_DURATION_MINUTES))
            .order_by(A.starts_at, A.practitioner_id, A.id))
    ids = None if practitioner_ids is None else sorted(set(practitioner_ids))
    if ids is not None:
        stmt = stmt.where(A.practitioner_id.in_(ids))
    if not include_cancelled:
        stmt = stmt.where(A.status != S.CANCELLED)
    with ctx.transaction() as session:
        rows = [AppointmentRow(*head, f"{first or ''} {last or ''}".strip(), status, channel,
                               note, late, override_by is not None, series_id)
                for *head, first, last, status, channel, note, late, override_by, series_id
                in session.connection().execute(stmt).all()]
        audit(session, ctx, "calendar.viewed", entity_type="calendar",
              details={"start": start.isoformat(), "end": end.isoformat(),
                       "practitioner_ids": ids, "rows": len(rows)})
    return rows
