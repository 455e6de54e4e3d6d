"""The day overview: local days (DST included), no client data, audited, permission checked."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from vastaanotto.clock import HELSINKI
from vastaanotto.errors import PermissionDenied
from vastaanotto.models.appointments import Appointment, AppointmentStatus
from vastaanotto.models.audit import AuditEvent
from vastaanotto.models.staff import Role
from vastaanotto.services import catalog, schedule
from vastaanotto.services.base import anonymous_context

UTC = dt.timezone.utc


def book(ctx, practitioner_id, service_id, starts: dt.datetime, minutes=45,
         status=AppointmentStatus.BOOKED, room_id=None) -> int:
    with ctx.transaction() as session:
        appointment = Appointment(practitioner_id=practitioner_id, service_id=service_id,
                                  room_id=room_id, starts_at=starts,
                                  ends_at=starts + dt.timedelta(minutes=minutes), status=status)
        session.add(appointment)
        session.flush()
        return appointment.id


@pytest.fixture
def practice(owner_ctx, make_ctx):
    practitioner = make_ctx(Role.PRACTITIONER)
    service_id = catalog.create_service(owner_ctx, {
        "name": "Hieronta", "duration_minutes": 45, "price": "49,90",
        "practitioner_ids": [practitioner.staff_id]}).data
    room_id = catalog.save_room(owner_ctx, None, name="Huone 1").data
    return practitioner, service_id, room_id


def test_overview_lists_the_local_day_in_local_time(owner_ctx, practice):
    practitioner, service_id, room_id = practice
    # 21.11.2026 in Helsinki is UTC+2: 23:30 UTC on the 20th is 01:30 local on the 21st.
    early = book(owner_ctx, practitioner.staff_id, service_id,
                 dt.datetime(2026, 11, 20, 23, 30, tzinfo=UTC), room_id=room_id)
    late = book(owner_ctx, practitioner.staff_id, service_id,
                dt.datetime(2026, 11, 21, 12, 0, tzinfo=UTC), status=AppointmentStatus.CANCELLED)
    book(owner_ctx, practitioner.staff_id, service_id,
         dt.datetime(2026, 11, 21, 22, 0, tzinfo=UTC))  # 00:00 on the 22nd locally
    rows = schedule.day_overview(owner_ctx, dt.date(2026, 11, 21))
    assert [r.appointment_id for r in rows] == [early, late]
    first = rows[0]
    assert first.starts == dt.datetime(2026, 11, 21, 1, 30, tzinfo=HELSINKI)
    assert first.starts.utcoffset() == dt.timedelta(hours=2)
    assert (first.practitioner, first.service, first.room) == (
        practitioner.display_name, "Hieronta", "Huone 1")
    assert rows[1].status is AppointmentStatus.CANCELLED and rows[1].room == ""


def test_overview_has_no_client_fields():
    names = {f.name for f in dataclasses.fields(schedule.OverviewRow)}
    assert not {n for n in names if "client" in n}


def test_day_bounds_follow_daylight_saving():
    start, end = schedule.day_bounds(dt.date(2026, 3, 29))   # clocks go forward: 23 hours
    assert end - start == dt.timedelta(hours=23)
    start, end = schedule.day_bounds(dt.date(2026, 10, 25))  # clocks go back: 25 hours
    assert end - start == dt.timedelta(hours=25)
    assert start == dt.datetime(2026, 10, 24, 21, 0, tzinfo=UTC)


def test_overview_is_audited(owner_ctx, make_ctx, db):
    reception = make_ctx(Role.RECEPTION)
    schedule.day_overview(reception, dt.date(2026, 11, 21))
    with db.session() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "calendar.viewed")
                                ).one()
        assert event.actor_id == reception.staff_id
        assert event.details == {"day": "2026-11-21"}


def test_overview_needs_calendar_permission(db, owner_ctx):
    with pytest.raises(PermissionDenied):
        schedule.day_overview(anonymous_context(db, "vastaanotto-1"), dt.date(2026, 11, 21))
