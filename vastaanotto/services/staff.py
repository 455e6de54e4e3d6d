"""Staff management (owner only): add, edit, roles, reset password, deactivate, unlock."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vastaanotto.context import Context
from vastaanotto.errors import Conflict, NotFound, ValidationError
from vastaanotto.finnish import validators
from vastaanotto.models.staff import Role, Staff, StaffRole
from vastaanotto.permissions import Action
from vastaanotto.services import auth
from vastaanotto.services.base import Changes, FieldCollector, audit, require

USERNAME_RE = re.compile(r"^[a-z0-9._-]{2,64}$")
COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class StaffRow:
    id: int
    username: str
    display_name: str
    title: str
    email: str
    phone: str
    color: str
    roles: frozenset[Role]
    active: bool
    locked: bool


def _row(s: Staff) -> StaffRow:
    return StaffRow(s.id, s.username, s.display_name, s.title, s.email, s.phone, s.color,
                    s.role_set, s.active, s.hard_locked or s.locked_until is not None)


def validate_username(value: str) -> str:
    value = (value or "").strip().lower()
    if not value:
        raise ValidationError("username", "required")
    if not USERNAME_RE.match(value):
        raise ValidationError("username", "invalid_username")
    return value


def _validate_roles(roles) -> frozenset[Role]:
    roles = frozenset(Role(r) for r in roles)
    if not roles:
        raise ValidationError("roles", "required")
    return roles


def _active_owner_count(session: Session, excluding: int | None = None) -> int:
    stmt = (select(func.count(Staff.id)).join(StaffRole)
            .where(StaffRole.role == Role.OWNER, Staff.active.is_(True)))
    if excluding is not None:
        stmt = stmt.where(Staff.id != excluding)
    return session.scalar(stmt) or 0


def insert_staff(session: Session, *, username: str, display_name: str, roles, password: str,
                 title: str = "", email: str = "", phone: str = "", color: str = "#4a90d9",
                 password_hash: str | None = None) -> Staff:
    """Validates and inserts, without permission or audit: used by the setup and the services."""
    fields = FieldCollector()
    username = fields.check(validate_username, username)
    display_name = fields.check(validators.name, display_name, "display_name")
    roles = fields.check(_validate_roles, roles)
    if password_hash is None:
        password_hash = fields.check(auth.hash_password, password)
    email = fields.check(validators.email, email, "email")
    phone = fields.check(validators.phone, phone, "phone") if phone else ""
    title = (title or "").strip()[:100]
    if not COLOR_RE.match(color or ""):
        fields.add(ValidationError("color", "invalid_color"))
    fields.raise_if_any()
    if session.scalar(select(Staff.id).where(func.lower(Staff.username) == username)):
        raise ValidationError("username", "username_taken")
    staff = Staff(username=username, display_name=display_name, title=title, email=email,
                  phone=phone, color=color, password_hash=password_hash,
                  roles=[StaffRole(role=r) for r in sorted(roles)])
    session.add(staff)
    session.flush()
    return staff


def list_staff(ctx: Context, *, include_inactive: bool = True) -> list[StaffRow]:
    """Anyone logged in may list names and roles (the calendar needs the practitioners)."""
    require(ctx, Action.CALENDAR_VIEW)
    with ctx.transaction() as session:
        stmt = select(Staff).order_by(Staff.display_name)
        if not include_inactive:
            stmt = stmt.where(Staff.active.is_(True))
        return [_row(s) for s in session.scalars(stmt)]


def create_staff(ctx: Context, *, username: str, display_name: str, roles, password: str,
                 title: str = "", email: str = "", phone: str = "",
                 color: str = "#4a90d9") -> Changes:
    require(ctx, Action.STAFF_MANAGE, entity_type="staff")
    with ctx.transaction() as session:
        staff = insert_staff(session, username=username, display_name=display_name, roles=roles,
                             password=password, title=title, email=email, phone=phone,
                             color=color)
        staff.must_change_password = True
        audit(session, ctx, "staff.created", entity_type="staff", entity_id=staff.id,
              details={"roles": sorted(r.value for r in staff.role_set)})
        return Changes.of("staff", ids=[staff.id], data=staff.id)


def _load(session: Session, staff_id: int) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise NotFound(entity="staff")
    return staff


def update_staff(ctx: Context, staff_id: int, *, display_name: str, roles, title: str = "",
                 email: str = "", phone: str = "", color: str = "#4a90d9") -> Changes:
    require(ctx, Action.STAFF_MANAGE, entity_type="staff", entity_id=staff_id)
    fields = FieldCollector()
    display_name = fields.check(validators.name, display_name, "display_name")
    roles = fields.check(_validate_roles, roles)
    email = fields.check(validators.email, email, "email")
    phone = fields.check(validators.phone, phone, "phone") if phone else ""
    if not COLOR_RE.match(color or ""):
        fields.add(ValidationError("color", "invalid_color"))
    fields.raise_if_any()
    with ctx.transaction() as session:
        staff = _load(session, staff_id)
        if Role.OWNER in staff.role_set and Role.OWNER not in roles \
                and _active_owner_count(session, excluding=staff.id) == 0:
            raise Conflict("last_owner")
        before = {"display_name": staff.display_name, "title": staff.title,
                  "email": staff.email, "phone": staff.phone, "color": staff.color,
                  "roles": staff.role_set}
        after = {"display_name": display_name, "title": (title or "").strip()[:100],
                 "email": email, "phone": phone, "color": color, "roles": roles}
        changed = [k for k in after if after[k] != before[k]]
        staff.display_name, staff.title = after["display_name"], after["title"]
        staff.email, staff.phone, staff.color = email, phone, color
        current = staff.role_set
        if roles != current:
            # Edit the collection in place: replacing it would INSERT the kept roles again
            # before the old rows are deleted, and break the (staff_id, role) unique key.
            for link in [link for link in staff.roles if link.role not in roles]:
                staff.roles.remove(link)
            for role in sorted(roles - current):
                staff.roles.append(StaffRole(role=role))
        audit(session, ctx, "staff.updated", entity_type="staff", entity_id=staff.id,
              fields=changed)
        return Changes.of("staff", ids=[staff.id])


def reset_password(ctx: Context, staff_id: int, new_password: str) -> Changes:
    """The owner sets a temporary password; it must be changed at the next login."""
    require(ctx, Action.STAFF_MANAGE, entity_type="staff", entity_id=staff_id)
    password_hash = auth.hash_password(new_password)
    with ctx.transaction() as session:
        staff = _load(session, staff_id)
        staff.password_hash = password_hash
        staff.must_change_password = staff.id != ctx.staff_id
        auth.clear_lockout(staff)
        audit(session, ctx, "staff.password_reset", entity_type="staff", entity_id=staff.id)
        return Changes.of("staff", ids=[staff.id])


def set_active(ctx: Context, staff_id: int, active: bool) -> Changes:
    require(ctx, Action.STAFF_MANAGE, entity_type="staff", entity_id=staff_id)
    with ctx.transaction() as session:
        staff = _load(session, staff_id)
        if not active and staff.id == ctx.staff_id:
            raise Conflict("cannot_deactivate_self")
        if not active and Role.OWNER in staff.role_set \
                and _active_owner_count(session, excluding=staff.id) == 0:
            raise Conflict("last_owner")
        staff.active = active
        audit(session, ctx, "staff.activated" if active else "staff.deactivated",
              entity_type="staff", entity_id=staff.id)
        return Changes.of("staff", ids=[staff.id])


def unlock_account(ctx: Context, staff_id: int) -> Changes:
    require(ctx, Action.STAFF_MANAGE, entity_type="staff", entity_id=staff_id)
    with ctx.transaction() as session:
        staff = _load(session, staff_id)
        auth.clear_lockout(staff)
        audit(session, ctx, "account.unlocked", entity_type="staff", entity_id=staff.id)
        return Changes.of("staff", ids=[staff.id])
