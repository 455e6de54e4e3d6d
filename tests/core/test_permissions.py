"""Every (role x service call): allowed exactly when ROLE_ACTIONS says so; every refusal raises
PermissionDenied, changes nothing, and leaves a ``permission.refused`` audit event."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable

import pytest
from sqlalchemy import select

import vastaanotto.models  # noqa: F401 - every table, for the snapshot
from vastaanotto import settings
from vastaanotto.context import Context
from vastaanotto.db.base import Base
from vastaanotto.errors import PermissionDenied, ValidationError
from vastaanotto.models.audit import AuditEvent, Outcome
from vastaanotto.models.staff import Role
from vastaanotto.permissions import ROLE_ACTIONS, Action, allowed
from vastaanotto.privacy import audit_chain
from vastaanotto.models.clients import ConsentChannel, ConsentKind
from vastaanotto.models.privacy import RequestKind
from vastaanotto.models.backup import TargetKind
from vastaanotto.progress import Progress
from vastaanotto.services import (audit_log, backups, catalog, client_consents, client_history,
                                  clients, messages, practice, privacy, treatment_notes)
from vastaanotto.services import staff as staff_service
from vastaanotto.services.catalog import HoursRow
from tests.conftest import PROFILE

PASSWORD = "Vuoro alkaa kahdeksalta"
_unique = itertools.count(1)


@dataclass(frozen=True)
class Target:
    staff_id: int
    service_id: int
    room_id: int
    client_id: int


@dataclass(frozen=True)
class Call:
    name: str
    action: Action
    run: Callable[[Context, Target], Any]


def _service(name: str) -> dict:
    return {"name": name, "duration_minutes": 30, "price": Decimal("40.00")}


CALLS = [
    Call("staff.create_staff", Action.STAFF_MANAGE,
         lambda c, t: staff_service.create_staff(c, username=f"uusi{next(_unique)}",
                                                 display_name="Uusi Työntekijä",
                                                 roles=[Role.RECEPTION], password=PASSWORD)),
    Call("staff.update_staff", Action.STAFF_MANAGE,
         lambda c, t: staff_service.update_staff(c, t.staff_id, display_name="Kohde Muutettu",
                                                 roles=[Role.RECEPTION])),
    Call("staff.reset_password", Action.STAFF_MANAGE,
         lambda c, t: staff_service.reset_password(c, t.staff_id, "Väliaikainen 99")),
    Call("staff.set_active", Action.STAFF_MANAGE,
         lambda c, t: staff_service.set_active(c, t.staff_id, False)),
    Call("staff.unlock_account", Action.STAFF_MANAGE,
         lambda c, t: staff_service.unlock_account(c, t.staff_id)),
    Call("catalog.create_service", Action.SETTINGS_MANAGE,
         lambda c, t: catalog.create_service(c, _service(f"Uusi palvelu {next(_unique)}"))),
    Call("catalog.update_service", Action.SETTINGS_MANAGE,
         lambda c, t: catalog.update_service(c, t.service_id, _service("Muutettu palvelu"))),
    Call("catalog.set_service_active", Action.SETTINGS_MANAGE,
         lambda c, t: catalog.set_service_active(c, t.service_id, False)),
    Call("catalog.save_room", Action.SETTINGS_MANAGE,
         lambda c, t: catalog.save_room(c, None, name=f"Huone {next(_unique)}")),
    Call("catalog.set_opening_hours", Action.SETTINGS_MANAGE,
         lambda c, t: catalog.set_opening_hours(c, [HoursRow(0, dt.time(9), dt.time(17))])),
    Call("practice.update_profile", Action.SETTINGS_MANAGE,
         lambda c, t: practice.update_profile(c, {**PROFILE, "city": "Espoo"})),
    Call("practice.set_setting", Action.SETTINGS_MANAGE,
         lambda c, t: practice.set_setting(c, settings.IDLE_LOCK_MINUTES, 20)),
    Call("staff.list_staff", Action.CALENDAR_VIEW, lambda c, t: staff_service.list_staff(c)),
    Call("catalog.list_services", Action.CALENDAR_VIEW,
         lambda c, t: catalog.list_services(c)),
    Call("catalog.list_rooms", Action.CALENDAR_VIEW, lambda c, t: catalog.list_rooms(c)),
    Call("catalog.get_opening_hours", Action.CALENDAR_VIEW,
         lambda c, t: catalog.get_opening_hours(c)),
    # the client register
    Call("clients.create_client", Action.CLIENT_EDIT,
         lambda c, t: clients.create_client(c, {"first_name": "Uusi", "last_name": "Asiakas"})),
    Call("clients.update_client", Action.CLIENT_EDIT,
         lambda c, t: clients.update_client(c, t.client_id, {"city": "Vantaa"})),
    Call("clients.get_client_card", Action.CLIENT_VIEW,
         lambda c, t: clients.get_client_card(c, t.client_id)),
    Call("clients.search_clients", Action.CLIENT_VIEW,
         lambda c, t: clients.search_clients(c, "Kohde")),
    Call("clients.record_consent", Action.CLIENT_EDIT,
         lambda c, t: clients.record_consent(c, t.client_id, ConsentKind.REMINDERS, True,
                                             ConsentChannel.PHONE)),
    Call("clients.withdraw_marketing", Action.CLIENT_EDIT,
         lambda c, t: clients.withdraw_marketing(c, t.client_id, ConsentChannel.PHONE)),
    Call("clients.set_archived", Action.CLIENT_EDIT,
         lambda c, t: clients.set_archived(c, t.client_id, True)),
    # the target client is nobody's own client: only "any" lets the code be seen
    Call("clients.reveal_identity_code", Action.HETU_VIEW_ANY,
         lambda c, t: clients.reveal_identity_code(c, t.client_id, reason="tarkistus")),
    Call("client_history.client_history", Action.CLIENT_VIEW,
         lambda c, t: client_history.client_history(c, t.client_id)),
    Call("client_consents.consent_ledger", Action.CLIENT_VIEW,
         lambda c, t: client_consents.consent_ledger(c, t.client_id)),
    Call("treatment_notes.list_notes", Action.NOTES_OWN,
         lambda c, t: treatment_notes.list_notes(c, t.client_id, reason="sijaisuus")),
    Call("treatment_notes.add_note", Action.NOTES_OWN,
         lambda c, t: treatment_notes.add_note(c, client_id=t.client_id, text="Kirjaus",
                                               client_accepted_storage=True,
                                               belongs_in_kanta=False, reason="sijaisuus")),
    # the privacy desk and the audit trail
    Call("privacy.object_to_marketing", Action.CLIENT_EDIT,
         lambda c, t: privacy.object_to_marketing(c, t.client_id, ConsentChannel.EMAIL)),
    Call("privacy.create_request", Action.PRIVACY_MANAGE,
         lambda c, t: privacy.create_request(c, t.client_id, RequestKind.ACCESS)),
    Call("privacy.list_requests", Action.PRIVACY_MANAGE, lambda c, t: privacy.list_requests(c)),
    Call("privacy.export_client", Action.PRIVACY_MANAGE,
         lambda c, t: privacy.export_client(c, t.client_id)),
    Call("privacy.erasure_plan", Action.PRIVACY_MANAGE,
         lambda c, t: privacy.erasure_plan(c, t.client_id)),
    Call("privacy.execute_erasure", Action.PRIVACY_MANAGE,
         lambda c, t: privacy.execute_erasure(c, t.client_id)),
    Call("privacy.retention_candidates", Action.PRIVACY_MANAGE,
         lambda c, t: privacy.retention_candidates(c)),
    Call("privacy.run_retention", Action.PRIVACY_MANAGE,
         lambda c, t: privacy.run_retention(c, [t.client_id])),
    Call("privacy.privacy_notice", Action.PRIVACY_MANAGE,
         lambda c, t: privacy.privacy_notice(c, "fi")),
    Call("audit_log.query_events", Action.AUDIT_VIEW, lambda c, t: audit_log.query_events(c)),
    Call("audit_log.verify_chain", Action.AUDIT_VIEW, lambda c, t: audit_log.verify_chain(c)),
    Call("audit_log.access_rows", Action.AUDIT_VIEW,
         lambda c, t: audit_log.access_rows(c, t.client_id)),
    Call("audit_log.client_access_report", Action.AUDIT_VIEW,
         lambda c, t: audit_log.client_access_report(c, t.client_id)),
    Call("messages.list_messages", Action.MESSAGE_LOG,
         lambda c, t: messages.list_messages(c, client_id=t.client_id)),
    Call("messages.failed_count", Action.MESSAGE_LOG, lambda c, t: messages.failed_count(c)),
    # backups: everyone backs up to the owner's targets and sees the status (the schedule runs
    # whoever is logged in); targets, keys, the kit, the drill and restores are the owner's
    Call("backups.run_backup", Action.BACKUP_RUN,
         lambda c, t: backups.run_backup(c, Progress())),
    Call("backups.backup_status", Action.BACKUP_RUN, lambda c, t: backups.backup_status(c)),
    Call("backups.list_targets", Action.BACKUP_MANAGE, lambda c, t: backups.list_targets(c)),
    Call("backups.key_status", Action.BACKUP_MANAGE, lambda c, t: backups.key_status(c)),
]

ROLE_SETS = {
    "reception": frozenset({Role.RECEPTION}),
    "practitioner": frozenset({Role.PRACTITIONER}),
    "owner": frozenset({Role.OWNER}),
    "owner+practitioner": frozenset({Role.OWNER, Role.PRACTITIONER}),
    "reception+practitioner": frozenset({Role.RECEPTION, Role.PRACTITIONER}),
    "no role": frozenset(),
}


def expected_allowed(roles: frozenset[Role], action: Action) -> bool:
    return any(action in ROLE_ACTIONS[r] for r in roles)


@pytest.fixture
def target(owner_ctx, tmp_path) -> Target:
    staff_id = staff_service.create_staff(owner_ctx, username="kohde", display_name="Kohde",
                                          roles=[Role.RECEPTION], password=PASSWORD).data
    service_id = catalog.create_service(owner_ctx, _service("Hieronta")).data
    room_id = catalog.save_room(owner_ctx, None, name="Huone 1").data
    client_id = clients.create_client(owner_ctx, {
        "first_name": "Kohde", "last_name": "Asiakas", "email": "kohde@example.fi",
        "personal_identity_code": "131052-308T"}).data
    (tmp_path / "usb").mkdir()  # the owner's backup location, for run_backup
    backups.save_target(owner_ctx, target_id=None, name="USB", kind=TargetKind.FOLDER,
                        config={"path": str(tmp_path / "usb")})
    return Target(staff_id, service_id, room_id, client_id)


def context_with(make_ctx, roles: frozenset[Role]) -> Context:
    if not roles:
        # A logged-in person whose roles were all taken away: refused everything.
        return dataclasses.replace(make_ctx(Role.RECEPTION), roles=frozenset())
    return make_ctx(*sorted(roles))


def snapshot(db) -> dict:
    """Every row of every table except the audit trail."""
    out = {}
    with db.session() as session:
        for table in Base.metadata.sorted_tables:
            if table.name == "audit_event":
                continue
            rows = session.execute(select(table).order_by(*table.primary_key.columns)).all()
            out[table.name] = [tuple(r) for r in rows]
    return out


def events_after(db, seq: int) -> list[AuditEvent]:
    with db.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.seq > seq)
                                    .order_by(AuditEvent.seq)))


def head_seq(db) -> int:
    with db.session() as session:
        return audit_chain.head(session)[0]


@pytest.mark.parametrize("call", CALLS, ids=[c.name for c in CALLS])
@pytest.mark.parametrize("role_name", list(ROLE_SETS))
def test_role_by_service_call(db, make_ctx, target, role_name, call):
    roles = ROLE_SETS[role_name]
    ctx = context_with(make_ctx, roles)
    before_rows, before_seq = snapshot(db), head_seq(db)

    if expected_allowed(roles, call.action):
        call.run(ctx, target)
        new = events_after(db, before_seq)
        assert all(e.action != "permission.refused" for e in new), new
        assert all(e.actor_id == ctx.staff_id for e in new)
    else:
        with pytest.raises(PermissionDenied) as info:
            call.run(ctx, target)
        assert info.value.action == call.action.value
        assert snapshot(db) == before_rows
        [event] = events_after(db, before_seq)
        assert event.action == "permission.refused"
        assert event.outcome is Outcome.REFUSED
        assert event.actor_id == ctx.staff_id
        assert event.workstation == ctx.workstation
        assert event.details == {"action": call.action.value}
    with db.session() as session:
        assert audit_chain.verify(session, db.audit_key).ok


def test_every_role_is_refused_something_and_allowed_something():
    """The walk above is not vacuous: each single role meets both outcomes."""
    for role in Role:
        outcomes = {expected_allowed(frozenset({role}), c.action) for c in CALLS}
        assert outcomes == {True, False}, role
    # The owner is refused exactly the treatment notes (unless also a practitioner).
    refused = {c.name for c in CALLS if not expected_allowed(frozenset({Role.OWNER}), c.action)}
    assert refused == {"treatment_notes.list_notes", "treatment_notes.add_note"}


def test_every_action_of_the_matrix_is_walked():
    """Each action a service checks appears in the walk (the override is the booking
    tests' business, the invoice actions the billing tests', their services are elsewhere)."""
    walked = {c.action for c in CALLS}
    elsewhere = {Action.CALENDAR_BOOK, Action.CALENDAR_OVERRIDE, Action.CLIENT_EXPORT,
                 Action.HETU_VIEW_OWN, Action.NOTES_OTHER_WITH_REASON, Action.INVOICE_CREATE,
                 Action.INVOICE_VIEW_OWN, Action.INVOICE_MANAGE, Action.PAYMENT_TAKE}
    assert set(Action) - walked == elsewhere


def test_permission_is_checked_before_validation(db, make_ctx):
    """A refused caller learns nothing about the data: no ValidationError, just the refusal."""
    ctx = make_ctx(Role.RECEPTION)
    for attempt in (lambda: catalog.create_service(ctx, {"name": "", "price": "-1"}),
                    lambda: practice.update_profile(ctx, {"business_id": "x"}),
                    lambda: practice.set_setting(ctx, settings.IDLE_LOCK_MINUTES, 0),
                    lambda: staff_service.create_staff(ctx, username="?", display_name="",
                                                       roles=[], password="")):
        with pytest.raises(PermissionDenied):
            attempt()
    with pytest.raises(ValidationError):  # the owner does get the validation error
        practice.set_setting(dataclasses.replace(ctx, roles=frozenset({Role.OWNER})),
                             settings.IDLE_LOCK_MINUTES, 0)


# --- the role matrix of DESIGN.md -------------------------------------------------------------

ADMIN = {Action.AUDIT_VIEW, Action.STAFF_MANAGE, Action.SETTINGS_MANAGE, Action.BACKUP_MANAGE,
         Action.PRIVACY_MANAGE}
NOTES = {Action.NOTES_OWN, Action.NOTES_OTHER_WITH_REASON}
EVERYONE = {Action.CALENDAR_VIEW, Action.CALENDAR_BOOK, Action.CLIENT_VIEW, Action.CLIENT_EDIT}


def test_matrix_matches_the_design_table():
    reception, practitioner, owner = (ROLE_ACTIONS[Role.RECEPTION],
                                      ROLE_ACTIONS[Role.PRACTITIONER], ROLE_ACTIONS[Role.OWNER])
    for actions in (reception, practitioner, owner):
        assert EVERYONE <= actions
    # audit and access logs, staff, settings, backups, erasure: owner only
    assert ADMIN <= owner and not ADMIN & reception and not ADMIN & practitioner
    # treatment notes: practitioners; the owner only when also a practitioner
    assert NOTES <= practitioner and not NOTES & reception and not NOTES & owner
    assert allowed({Role.OWNER, Role.PRACTITIONER}, Action.NOTES_OWN)
    # personal identity code: masked for reception, own clients for practitioners, owner all
    assert not {Action.HETU_VIEW_ANY, Action.HETU_VIEW_OWN} & reception
    assert Action.HETU_VIEW_OWN in practitioner and Action.HETU_VIEW_ANY not in practitioner
    assert Action.HETU_VIEW_ANY in owner
    # invoices: reception creates and takes payment, practitioner views own, owner everything
    assert {Action.INVOICE_CREATE, Action.PAYMENT_TAKE} <= reception
    assert Action.INVOICE_MANAGE not in reception
    invoice_actions = {Action.INVOICE_CREATE, Action.INVOICE_VIEW_OWN, Action.INVOICE_MANAGE,
                       Action.PAYMENT_TAKE}
    assert practitioner & invoice_actions == {Action.INVOICE_VIEW_OWN}
    assert invoice_actions <= owner
    # backups: everyone may back up to the owner's targets and see the status; managing them
    # (targets, keys, the kit, the drill, restore) is the owner's
    for actions in (reception, practitioner, owner):
        assert Action.BACKUP_RUN in actions
    assert set(ROLE_ACTIONS) == set(Role)


def test_no_roles_means_nothing_is_allowed():
    assert not any(allowed(frozenset(), action) for action in Action)
