"""The day at a glance: every practitioner's appointments of one day, without client data.

The overview deliberately carries no client fields, so it can sit on the front-desk screen
without revealing who comes when; the booking calendar that shows clients audits its own reads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from vastaanotto.clock import HELSINKI
from vastaanotto.context import Context
from vastaanotto.models.appointments import Appointment, AppointmentStatus
from vastaanotto.models.resources import Room, Service
from vastaanotto.models.staff import Staff
from vastaanotto.permissions import Action
from vastaanotto.services.base import audit, require


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
