"""The waitlist: clients who want a service sooner than the calendar offers, within a window,
optionally with one practitioner; and who fits a time that just freed up.

Everyone who books may use it (``Action.CALENDAR_BOOK``: reception, practitioners, owner).
Entries hold contact data, so every read that lists them is audited ("waitlist.viewed",
"waitlist.matched") and every change too ("waitlist.added", "waitlist.resolved",
"waitlist.removed"), in the same transaction. The note stays off the audit trail (it may
mention health). Times are aware datetimes in, aware UTC out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from vastaanotto.context import Context
from vastaanotto.errors import NotFound, ValidationError
from vastaanotto.finnish import validators
from vastaanotto.models.appointments import Appointment, WaitlistEntry
from vastaanotto.models.clients import Client
from vastaanotto.models.resources import Service, service_practitioner
from vastaanotto.models.staff import Staff
from vastaanotto.permissions import Action
from vastaanotto.scheduling import store
from vastaanotto.scheduling.availability import check_local_time
from vastaanotto.services.base import Changes, audit, require

__all__ = ["WaitlistRow", "add_entry", "list_entries", "resolve_entry", "remove_entry",
           "matches_for_slot", "matches_for_cancelled", "MAX_WINDOW_DAYS", "NOTE_MAX_LENGTH"]

KIND = "waitlist"
MAX_WINDOW_DAYS = 366
NOTE_MAX_LENGTH = 500


@dataclass(frozen=True)
class WaitlistRow:
    id: int
    client_id: int
    client_name: str
    client_phone: str           # E.164, "" when unknown
    service_id: int
    service_name: str
    duration_minutes: int
    practitioner_id: int | None  # None: anyone who gives the service
    practitioner_name: str
    earliest: dt.datetime        # aware UTC
    latest: dt.datetime
    note: str
    created_at: dt.datetime
    resolved_at: dt.datetime | None


def _window(earliest: dt.datetime, latest: dt.datetime, now: dt.datetime):
    start = check_local_time(earliest, "earliest")
    end = check_local_time(latest, "latest")
    if end <= start:
        raise ValidationError("latest", "ends_before_start")
    if end - start > dt.timedelta(days=MAX_WINDOW_DAYS):
        raise ValidationError("latest", "range_too_long", maximum_days=MAX_WINDOW_DAYS)
    if end <= now:
        raise ValidationError("latest", "in_the_past")
    return start, end


def add_entry(ctx: Context, *, client_id: int, service_id: int, earliest: dt.datetime,
              latest: dt.datetime, practitioner_id: int | None = None,
              note: str = "") -> Changes:
    """Put a client on the waitlist for ``service_id`` between ``earliest`` and ``latest``;
    data = the entry id. Audits "waitlist.added"."""
    require(ctx, Action.CALENDAR_BOOK, entity_type="waitlist_entry", client_id=client_id)
    start, end = _window(earliest, latest, ctx.now())
    text = validators.free_text(note, "note", NOTE_MAX_LENGTH)
    with ctx.transaction() as session:
        service = store.load_service(session, service_id)
        if practitioner_id is not None:
            store.load_practitioner(session, practitioner_id, service)
        store.load_client(session, client_id, lock=False)
        entry = WaitlistEntry(client_id=client_id, service_id=service_id,
                              practitioner_id=practitioner_id, earliest=start, latest=end,
                              note=text, created_by_id=ctx.staff_id)
        session.add(entry)
        session.flush()
        audit(session, ctx, "waitlist.added", entity_type="waitlist_entry", entity_id=entry.id,
              client_id=client_id,
              details={"service_id": service_id, "practitioner_id": practitioner_id,
                       "earliest": start.isoformat(), "latest": end.isoformat()})
        return Changes.of(KIND, ids=[entry.id], data=entry.id)


def _query():
    who = aliased(Staff)
    W = WaitlistEntry
    return (select(W.id, W.client_id, Client.first_name, Client.last_name, Client.phone,
                   W.service_id, Service.name, Service.duration_minutes, W.practitioner_id,
                   who.display_name, W.earliest, W.latest, W.note, W.created_at, W.resolved_at)
            .join(Client, Client.id == W.client_id)
            .join(Service, Service.id == W.service_id)
            .outerjoin(who, who.id == W.practitioner_id)
            # Anonymised or archived clients no longer wait for anything.
            .where(Client.anonymised_at.is_(None), Client.archived_at.is_(None))
            .order_by(W.created_at, W.id))


def _rows(session: Session, stmt) -> list[WaitlistRow]:
    return [WaitlistRow(eid, cid, f"{first} {last}".strip(), phone or "", sid, sname, minutes,
                        pid, pname or "", earliest, latest, note, created, resolved)
            for (eid, cid, first, last, phone, sid, sname, minutes, pid, pname, earliest,
                 latest, note, created, resolved) in session.execute(stmt).all()]


def list_entries(ctx: Context, *, include_resolved: bool = False,
                 include_expired: bool = False) -> list[WaitlistRow]:
    """Open entries, oldest first (first come, first served); expired windows only on
    request. Audits "waitlist.viewed" with the entry ids."""
    require(ctx, Action.CALENDAR_BOOK, entity_type="waitlist_entry")
    stmt = _query()
    if not include_resolved:
        stmt = stmt.where(WaitlistEntry.resolved_at.is_(None))
    if not include_expired:
        stmt = stmt.where(WaitlistEntry.latest > ctx.now())
    with ctx.transaction() as session:
        rows = _rows(session, stmt)
        audit(session, ctx, "waitlist.viewed", entity_type="waitlist_entry",
              details={"ids": [r.id for r in rows]})
    return rows


def _entry(session: Session, entry_id: int) -> WaitlistEntry:
    entry = session.get(WaitlistEntry, entry_id, with_for_update=True)
    if entry is None:
        raise NotFound(entity="waitlist_entry")
    return entry


def resolve_entry(ctx: Context, entry_id: int, *, appointment_id: int | None = None) -> Changes:
    """Mark an entry done (the client got a time, ``appointment_id`` if booked from here).
    Audits "waitlist.resolved"."""
    require(ctx, Action.CALENDAR_BOOK, entity_type="waitlist_entry", entity_id=entry_id)
    with ctx.transaction() as session:
        entry = _entry(session, entry_id)
        if entry.resolved_at is None:
            entry.resolved_at = ctx.now()
        audit(session, ctx, "waitlist.resolved", entity_type="waitlist_entry",
              entity_id=entry.id, client_id=entry.client_id,
              details={"appointment_id": appointment_id})
        return Changes.of(KIND, ids=[entry.id], data=entry.id)


def remove_entry(ctx: Context, entry_id: int) -> Changes:
    """Delete an entry (added by mistake, the client no longer waits). Audits
    "waitlist.removed"."""
    require(ctx, Action.CALENDAR_BOOK, entity_type="waitlist_entry", entity_id=entry_id)
    with ctx.transaction() as session:
        entry = _entry(session, entry_id)
        client_id = entry.client_id
        session.delete(entry)
        audit(session, ctx, "waitlist.removed", entity_type="waitlist_entry",
              entity_id=entry_id, client_id=client_id)
        return Changes.of(KIND, ids=[entry_id], data=entry_id)


def _matches(session: Session, ctx: Context, practitioner_id: int, start: dt.datetime,
             end: dt.datetime, exclude_client: int | None) -> list[WaitlistRow]:
    W = WaitlistEntry
    gives = select(service_practitioner.c.service_id).where(
        service_practitioner.c.staff_id == practitioner_id)
    stmt = (_query()
            .where(W.resolved_at.is_(None), W.earliest <= start, W.latest >= start,
                   or_(W.practitioner_id.is_(None), W.practitioner_id == practitioner_id),
                   W.service_id.in_(gives), Service.active.is_(True)))
    if exclude_client is not None:
        stmt = stmt.where(W.client_id != exclude_client)
    length = end - start
    rows = []
    for row in _rows(session, stmt):
        ends = start + dt.timedelta(minutes=row.duration_minutes)
        # The service must fit the freed time, and its end the client's window.
        if dt.timedelta(minutes=row.duration_minutes) <= length and ends <= row.latest:
            rows.append(row)
    return rows


def matches_for_slot(ctx: Context, practitioner_id: int, starts_at: dt.datetime,
                     ends_at: dt.datetime) -> list[WaitlistRow]:
    """Who waits for [starts_at, ends_at) with ``practitioner_id``: open entries whose window
    holds the start and the service's end, whose service the practitioner gives and fits the
    time, and who asked for this practitioner or anyone. Oldest first. Audits
    "waitlist.matched"."""
    require(ctx, Action.CALENDAR_BOOK, entity_type="waitlist_entry")
    start, end = check_local_time(starts_at, "starts_at"), check_local_time(ends_at, "ends_at")
    if end <= start:
        raise ValidationError("ends_at", "ends_before_start")
    with ctx.transaction() as session:
        rows = _matches(session, ctx, practitioner_id, start, end, None)
        audit(session, ctx, "waitlist.matched", entity_type="waitlist_entry",
              details={"practitioner_id": practitioner_id, "starts_at": start.isoformat(),
                       "ends_at": end.isoformat(), "ids": [r.id for r in rows]})
    return rows


def matches_for_cancelled(ctx: Context, appointment_id: int) -> list[WaitlistRow]:
    """Who waits for the time a cancelled (or not yet cancelled) appointment frees; its own
    client is left out. Audits "waitlist.matched" with the appointment id."""
    require(ctx, Action.CALENDAR_BOOK, entity_type="waitlist_entry")
    with ctx.transaction() as session:
        appt = session.get(Appointment, appointment_id)
        if appt is None:
            raise NotFound(entity="appointment")
        rows = _matches(session, ctx, appt.practitioner_id, appt.starts_at, appt.ends_at,
                        appt.client_id)
        audit(session, ctx, "waitlist.matched", entity_type="waitlist_entry",
              details={"appointment_id": appt.id, "ids": [r.id for r in rows]})
    return rows
