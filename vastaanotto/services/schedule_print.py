"""Printouts of the calendar: the day sheet of one practitioner or everyone, and a client's
upcoming appointments. Reads the data, checks the role, audits the print, and leaves the
drawing to :mod:`vastaanotto.scheduling.day_sheet` (PDF) or the UI (printer).

A printout carries names and phone numbers out of the program, so each one is an audit event
("calendar.print" with the appointment ids, "client.appointments_print" with the client), in
the same transaction as the read. Callable from any thread owning its Context.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from vastaanotto.context import Context
from vastaanotto.errors import NotFound, ValidationError
from vastaanotto.finnish.validators import format_phone_fi
from vastaanotto.models.appointments import Appointment, AppointmentStatus
from vastaanotto.models.clients import Client
from vastaanotto.models.practice import Practice
from vastaanotto.models.resources import Service
from vastaanotto.models.staff import Role, Staff
from vastaanotto.permissions import Action
from vastaanotto.scheduling import day_sheet as sheet_mod
from vastaanotto.scheduling.availability import local_day_bounds
from vastaanotto.scheduling.day_sheet import (ClientAppointments, DaySheet, PractitionerDay,
                                              SheetRow, UpcomingRow)
from vastaanotto.services.base import audit, require

__all__ = ["day_sheet", "day_sheet_pdf", "client_upcoming", "client_upcoming_pdf",
           "UPCOMING_LIMIT"]

UPCOMING_LIMIT = 200


def _language(language: str) -> str:
    if language not in sheet_mod.LANGUAGES:
        raise ValidationError("language", "invalid_choice")
    return language


def _practice(session) -> Practice:
    practice = session.scalar(select(Practice).limit(1))
    if practice is None:
        raise NotFound(entity="practice")
    return practice


def day_sheet(ctx: Context, day: dt.date, practitioner_id: int | None = None, *,
              language: str = "fi", include_cancelled: bool = False) -> DaySheet:
    """The local ``day``'s appointments of one practitioner, or of every active practitioner
    (each on the sheet even with an empty day, so nobody is missed). Audits "calendar.print"."""
    require(ctx, Action.CALENDAR_VIEW, entity_type="calendar")
    require(ctx, Action.CLIENT_VIEW, entity_type="calendar")
    language = _language(language)
    if isinstance(day, dt.datetime) or not isinstance(day, dt.date) or \
            not 2000 <= day.year <= 2100:
        raise ValidationError("day", "date_out_of_range")
    start, end = local_day_bounds(day)
    A = Appointment
    with ctx.transaction() as session:
        practice = _practice(session)
        rows = session.execute(select(Staff).order_by(Staff.display_name, Staff.id)).scalars()
        chosen = [s for s in rows if (s.id == practitioner_id if practitioner_id is not None
                                      else s.active and Role.PRACTITIONER in s.role_set)]
        if practitioner_id is not None and not chosen:
            raise NotFound(entity="practitioner")
        ids = [s.id for s in chosen]
        stmt = (select(A.id, A.practitioner_id, A.starts_at, A.ends_at, A.status, A.note,
                       A.client_id, Client.first_name, Client.last_name, Client.phone,
                       Service.name)
                .join(Service, Service.id == A.service_id)
                .outerjoin(Client, Client.id == A.client_id)
                .where(A.practitioner_id.in_(ids), A.starts_at >= start, A.starts_at < end)
                .order_by(A.starts_at, A.id))
        if not include_cancelled:
            stmt = stmt.where(A.status != AppointmentStatus.CANCELLED)
        by_pid: dict[int, list[SheetRow]] = {pid: [] for pid in ids}
        appt_ids, client_ids = [], set()
        for (aid, pid, s, e, status, note, cid, first, last, phone,
             service) in session.execute(stmt).all():
            by_pid[pid].append(SheetRow(s, e, f"{first or ''} {last or ''}".strip(),
                                        format_phone_fi(phone) if phone else "", service,
                                        status, note or ""))
            appt_ids.append(aid)
            if cid is not None:
                client_ids.add(cid)
        audit(session, ctx, "calendar.print", entity_type="calendar",
              details={"day": day.isoformat(), "practitioner_id": practitioner_id,
                       "appointment_ids": appt_ids, "client_ids": sorted(client_ids)})
        return DaySheet(practice.name, day, language,
                        tuple(PractitionerDay(s.display_name, tuple(by_pid[s.id]))
                              for s in chosen),
                        ctx.now())


def day_sheet_pdf(ctx: Context, day: dt.date, practitioner_id: int | None = None, *,
                  language: str = "fi") -> bytes:
    """:func:`day_sheet` drawn as an A4 PDF (audited as "calendar.print")."""
    return sheet_mod.day_sheet_pdf(day_sheet(ctx, day, practitioner_id, language=language))


def client_upcoming(ctx: Context, client_id: int, *,
                    language: str | None = None) -> ClientAppointments:
    """The client's booked appointments from now on (at most 200), in the client's language
    unless another is asked. Audits "client.appointments_print"."""
    require(ctx, Action.CLIENT_VIEW, entity_type="client", client_id=client_id)
    A = Appointment
    with ctx.transaction() as session:
        client = session.get(Client, client_id)
        if client is None or client.anonymised_at is not None:
            raise NotFound(entity="client")
        lang = _language(language or client.language or "fi")
        practice = _practice(session)
        stmt = (select(A.id, A.starts_at, A.ends_at, Service.name, Staff.display_name)
                .join(Service, Service.id == A.service_id)
                .join(Staff, Staff.id == A.practitioner_id)
                .where(A.client_id == client_id, A.starts_at >= ctx.now(),
                       A.status.in_((AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED)))
                .order_by(A.starts_at, A.id).limit(UPCOMING_LIMIT))
        found = session.execute(stmt).all()
        contact = ", ".join(p for p in (
            practice.street, f"{practice.postal_code} {practice.city}".strip(),
            format_phone_fi(practice.phone) if practice.phone else "") if p)
        audit(session, ctx, "client.appointments_print", entity_type="client",
              entity_id=client_id, client_id=client_id,
              details={"appointment_ids": [row[0] for row in found]})
        return ClientAppointments(
            practice.name, contact, f"{client.first_name} {client.last_name}".strip(), lang,
            tuple(UpcomingRow(s, e, service, who) for _id, s, e, service, who in found),
            ctx.now())


def client_upcoming_pdf(ctx: Context, client_id: int, *, language: str | None = None) -> bytes:
    """:func:`client_upcoming` drawn as an A4 PDF (audited)."""
    return sheet_mod.client_upcoming_pdf(client_upcoming(ctx, client_id, language=language))

