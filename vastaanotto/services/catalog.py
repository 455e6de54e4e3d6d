"""What the practice sells and where: services, rooms and opening hours (owner edits)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from vastaanotto.context import Context
from vastaanotto.errors import NotFound, ValidationError
from vastaanotto.finnish import validators
from vastaanotto.models.resources import OpeningHours, Room, Service, VatClass
from vastaanotto.models.staff import Role, Staff
from vastaanotto.permissions import Action
from vastaanotto.services.base import Changes, FieldCollector, audit, require

MAX_BUFFER_MINUTES = 240


@dataclass(frozen=True)
class ServiceRow:
    id: int
    name: str
    duration_minutes: int
    price: Decimal
    vat_class: VatClass
    buffer_before_minutes: int
    buffer_after_minutes: int
    color: str
    needs_room: bool
    active: bool
    practitioner_ids: frozenset[int]
    description: str = ""


@dataclass(frozen=True)
class RoomRow:
    id: int
    name: str
    description: str
    active: bool


@dataclass(frozen=True)
class HoursRow:
    weekday: int  # 0 = Monday
    opens: dt.time
    closes: dt.time


def _service_row(s: Service) -> ServiceRow:
    return ServiceRow(s.id, s.name, s.duration_minutes, s.price, s.vat_class,
                      s.buffer_before_minutes, s.buffer_after_minutes, s.color, s.needs_room,
                      s.active, frozenset(p.id for p in s.practitioners), s.description)


def _validate_service(data: dict) -> dict:
    f = FieldCollector()
    out = {
        "name": f.check(validators.name, data.get("name", ""), "name"),
        "duration_minutes": f.check(validators.positive_minutes, data.get("duration_minutes"),
                                    "duration_minutes"),
        "price": f.check(validators.money, data.get("price"), "price"),
        "buffer_before_minutes": data.get("buffer_before_minutes", 0),
        "buffer_after_minutes": data.get("buffer_after_minutes", 0),
        "color": data.get("color", "#7fb77e"),
        "needs_room": bool(data.get("needs_room", False)),
        "description": (data.get("description") or "").strip()[:2000],
    }
    for key in ("buffer_before_minutes", "buffer_after_minutes"):
        value = out[key]
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_BUFFER_MINUTES:
            f.add(ValidationError(key, "invalid_buffer", maximum=MAX_BUFFER_MINUTES))
    try:
        out["vat_class"] = VatClass(data.get("vat_class", VatClass.GENERAL))
    except ValueError:
        f.add(ValidationError("vat_class", "invalid_choice"))
    f.raise_if_any()
    return out


def list_services(ctx: Context, *, include_inactive: bool = True) -> list[ServiceRow]:
    require(ctx, Action.CALENDAR_VIEW)
    with ctx.transaction() as session:
        stmt = select(Service).order_by(Service.name)
        if not include_inactive:
            stmt = stmt.where(Service.active.is_(True))
        return [_service_row(s) for s in session.scalars(stmt)]


def _practitioners(session: Session, ids) -> list[Staff]:
    ids = set(ids or ())
    staff = list(session.scalars(select(Staff).where(Staff.id.in_(ids)))) if ids else []
    if len(staff) != len(ids) or any(Role.PRACTITIONER not in s.role_set for s in staff):
        raise ValidationError("practitioner_ids", "not_a_practitioner")
    return staff


def create_service(ctx: Context, data: dict) -> Changes:
    require(ctx, Action.SETTINGS_MANAGE, entity_type="service")
    clean = _validate_service(data)
    with ctx.transaction() as session:
        _unique_name(session, Service, clean["name"])
        service = Service(**clean)
        service.practitioners = _practitioners(session, data.get("practitioner_ids"))
        session.add(service)
        session.flush()
        audit(session, ctx, "service.created", entity_type="service", entity_id=service.id)
        return Changes.of("services", ids=[service.id], data=service.id)


def update_service(ctx: Context, service_id: int, data: dict) -> Changes:
    require(ctx, Action.SETTINGS_MANAGE, entity_type="service", entity_id=service_id)
    clean = _validate_service(data)
    if "description" not in data:  # a form that doesn't show it must not erase it
        clean.pop("description")
    with ctx.transaction() as session:
        service = session.get(Service, service_id)
        if service is None:
            raise NotFound(entity="service")
        _unique_name(session, Service, clean["name"], exclude_id=service_id)
        changed = [k for k, v in clean.items() if getattr(service, k) != v]
        for k in changed:
            setattr(service, k, clean[k])
        if "practitioner_ids" in data:
            new = _practitioners(session, data["practitioner_ids"])
            if {p.id for p in new} != {p.id for p in service.practitioners}:
                service.practitioners = new
                changed.append("practitioner_ids")
        audit(session, ctx, "service.updated", entity_type="service", entity_id=service.id,
              fields=changed)
        return Changes.of("services", ids=[service.id])


def set_service_active(ctx: Context, service_id: int, active: bool) -> Changes:
    """Services are deactivated, never deleted: old bookings and invoices still point at them."""
    require(ctx, Action.SETTINGS_MANAGE, entity_type="service", entity_id=service_id)
    with ctx.transaction() as session:
        service = session.get(Service, service_id)
        if service is None:
            raise NotFound(entity="service")
        service.active = active
        audit(session, ctx, "service.activated" if active else "service.deactivated",
              entity_type="service", entity_id=service.id)
        return Changes.of("services", ids=[service.id])


def _unique_name(session: Session, model, name: str, exclude_id: int | None = None) -> None:
    stmt = select(model.id).where(func.lower(model.name) == name.lower())
    if exclude_id is not None:
        stmt = stmt.where(model.id != exclude_id)
    if session.scalar(stmt) is not None:
        raise ValidationError("name", "name_taken")


def list_rooms(ctx: Context) -> list[RoomRow]:
    require(ctx, Action.CALENDAR_VIEW)
    with ctx.transaction() as session:
        return [RoomRow(r.id, r.name, r.description, r.active)
                for r in session.scalars(select(Room).order_by(Room.name))]


def save_room(ctx: Context, room_id: int | None, *, name: str, description: str = "",
              active: bool = True) -> Changes:
    require(ctx, Action.SETTINGS_MANAGE, entity_type="room", entity_id=room_id)
    name = validators.name(name, "name")
    with ctx.transaction() as session:
        _unique_name(session, Room, name, exclude_id=room_id)
        if room_id is None:
            room = Room(name=name, description=(description or "").strip()[:500], active=active)
            session.add(room)
            session.flush()
            action = "room.created"
        else:
            room = session.get(Room, room_id)
            if room is None:
                raise NotFound(entity="room")
            room.name, room.description, room.active = name, (description or "").strip()[:500], active
            action = "room.updated"
        audit(session, ctx, action, entity_type="room", entity_id=room.id)
        return Changes.of("rooms", ids=[room.id], data=room.id)


def validate_hours(rows: list[HoursRow]) -> list[HoursRow]:
    """Each interval must be non-empty and intervals of one weekday must not overlap."""
    f = FieldCollector()
    for i, row in enumerate(rows):
        if not 0 <= row.weekday <= 6:
            f.add(ValidationError(f"hours[{i}]", "invalid_weekday"))
        elif row.opens >= row.closes:
            f.add(ValidationError(f"hours[{i}]", "opens_after_closes", weekday=row.weekday))
    f.raise_if_any()
    by_day: dict[int, list[HoursRow]] = {}
    for row in rows:
        by_day.setdefault(row.weekday, []).append(row)
    for day, day_rows in by_day.items():
        day_rows.sort(key=lambda r: r.opens)
        for a, b in zip(day_rows, day_rows[1:]):
            if b.opens < a.closes:
                f.add(ValidationError("hours", "hours_overlap", weekday=day))
    f.raise_if_any()
    return sorted(rows, key=lambda r: (r.weekday, r.opens))


def get_opening_hours(ctx: Context) -> list[HoursRow]:
    require(ctx, Action.CALENDAR_VIEW)
    with ctx.transaction() as session:
        return [HoursRow(h.weekday, h.opens, h.closes) for h in
                session.scalars(select(OpeningHours).order_by(OpeningHours.weekday,
                                                              OpeningHours.opens))]


def set_opening_hours(ctx: Context, rows: list[HoursRow]) -> Changes:
    require(ctx, Action.SETTINGS_MANAGE, entity_type="opening_hours")
    rows = validate_hours(list(rows))
    with ctx.transaction() as session:
        session.execute(delete(OpeningHours))
        session.add_all(OpeningHours(weekday=r.weekday, opens=r.opens, closes=r.closes)
                        for r in rows)
        audit(session, ctx, "opening_hours.updated", entity_type="opening_hours",
              details={"intervals": len(rows)})
        return Changes.of("opening_hours")
