"""Staff management: create, update, deactivate, reset password, unlock, the last-owner rule."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from vastaanotto.errors import (AuthenticationFailed, Conflict, NotFound, ValidationError,
                                ValidationErrors)
from vastaanotto.models.audit import AuditEvent, Outcome
from vastaanotto.models.staff import Role, Staff
from vastaanotto.privacy import audit_chain
from vastaanotto.services import auth
from vastaanotto.services import staff as staff_service
from tests.conftest import OWNER_PASSWORD

T0 = dt.datetime(2026, 11, 21, 10, 0, tzinfo=dt.timezone.utc)
PASSWORD = "Aamuvuoro alkaa 8"


def snapshot(db):
    """Everything a refused call must leave untouched: the staff rows and the audit head."""
    with db.session() as session:
        rows = [(s.id, s.username, s.display_name, s.title, s.email, s.phone, s.color, s.active,
                 s.password_hash, s.role_set, s.failed_logins, s.hard_locked)
                for s in session.scalars(select(Staff).order_by(Staff.id))]
        return rows, audit_chain.head(session)


def last_event(db) -> AuditEvent:
    with db.session() as session:
        return session.scalar(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1))


def staff_row(db, staff_id) -> Staff:
    with db.session() as session:
        return session.get(Staff, staff_id)


def create(ctx, username="maija", roles=(Role.RECEPTION,), **kw):
    kw.setdefault("display_name", "Maija Meikäläinen")
    kw.setdefault("password", PASSWORD)
    return staff_service.create_staff(ctx, username=username, roles=list(roles), **kw).data


def test_create_staff_stores_normalised_values_and_audits(db, owner_ctx):
    changes = staff_service.create_staff(
        owner_ctx, username="  Maija.M ", display_name="  Maija   Meikäläinen ",
        roles=[Role.PRACTITIONER, "reception"], password=PASSWORD, title="fysioterapeutti",
        email="Maija@Esimerkki.FI", phone="040 123 4567", color="#aabbcc")
    assert changes.touches("staff")
    staff_id = changes.data
    assert changes.ids == (staff_id,)

    row = staff_row(db, staff_id)
    assert row.username == "maija.m"
    assert row.display_name == "Maija Meikäläinen"
    assert row.role_set == frozenset({Role.PRACTITIONER, Role.RECEPTION})
    assert row.email == "Maija@esimerkki.fi"
    assert row.phone == "+358401234567"
    assert row.must_change_password is True
    assert row.active is True

    event = last_event(db)
    assert (event.action, event.entity_type, event.entity_id, event.actor_id) == (
        "staff.created", "staff", staff_id, owner_ctx.staff_id)
    assert event.details == {"roles": ["practitioner", "reception"]}
    assert PASSWORD not in audit_chain.canonical(event).decode()

    ctx = auth.authenticate(db, "MAIJA.M", PASSWORD, workstation="w")
    assert ctx.roles == frozenset({Role.PRACTITIONER, Role.RECEPTION})


def test_username_taken_is_refused_case_insensitively(db, owner_ctx):
    create(owner_ctx, "maija")
    before = snapshot(db)
    for taken in ("maija", "MAIJA", "olli"):
        with pytest.raises(ValidationError) as info:
            create(owner_ctx, taken, display_name="Toinen")
        assert (info.value.field, info.value.code) == ("username", "username_taken")
    assert snapshot(db) == before


@pytest.mark.parametrize("username", ["a", "maija meikäläinen", "ä", "x" * 65, "maija@koti"])
def test_bad_usernames_are_refused(db, owner_ctx, username):
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        create(owner_ctx, username)
    assert (info.value.field, info.value.code) == ("username", "invalid_username")
    assert snapshot(db) == before


def test_every_bad_field_is_reported_together(db, owner_ctx):
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        staff_service.create_staff(owner_ctx, username="ok.name", display_name="   ",
                                   roles=[], password="short", email="ei-sähköposti",
                                   phone="12", color="red")
    assert {(e.field, e.code) for e in info.value.errors} == {
        ("display_name", "required"), ("roles", "required"), ("password", "password_too_short"),
        ("email", "invalid_email"), ("phone", "invalid_phone"), ("color", "invalid_color")}
    assert snapshot(db) == before


def test_update_staff_changes_fields_and_audits_names_not_values(db, owner_ctx):
    staff_id = create(owner_ctx)
    staff_service.update_staff(owner_ctx, staff_id, display_name="Maija Virtanen",
                               roles=[Role.RECEPTION, Role.PRACTITIONER],
                               email="maija@virtanen.fi", color="#4a90d9")
    row = staff_row(db, staff_id)
    assert row.display_name == "Maija Virtanen"
    assert row.role_set == {Role.RECEPTION, Role.PRACTITIONER}
    event = last_event(db)
    assert (event.action, event.entity_id) == ("staff.updated", staff_id)
    assert event.fields == ["display_name", "email", "roles"]
    encoded = audit_chain.canonical(event).decode()
    assert "Virtanen" not in encoded and "maija@virtanen.fi" not in encoded


def test_update_with_no_change_audits_no_fields(db, owner_ctx):
    staff_id = create(owner_ctx)
    staff_service.update_staff(owner_ctx, staff_id, display_name="Maija Meikäläinen",
                               roles=[Role.RECEPTION])
    assert last_event(db).fields == []


def test_update_refuses_bad_values_and_writes_nothing(db, owner_ctx):
    staff_id = create(owner_ctx)
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        staff_service.update_staff(owner_ctx, staff_id, display_name="", roles=[],
                                   email="x@", color="#12")
    assert {e.field for e in info.value.errors} == {"display_name", "roles", "email", "color"}
    assert snapshot(db) == before


def test_unknown_staff_is_not_found(db, owner_ctx):
    for call in (lambda: staff_service.update_staff(owner_ctx, 9999, display_name="X",
                                                    roles=[Role.RECEPTION]),
                 lambda: staff_service.set_active(owner_ctx, 9999, False),
                 lambda: staff_service.reset_password(owner_ctx, 9999, "Uusi salasana 1"),
                 lambda: staff_service.unlock_account(owner_ctx, 9999)):
        with pytest.raises(NotFound):
            call()


# --- the last owner -------------------------------------------------------------------------

def test_the_only_owner_cannot_drop_the_owner_role(db, owner_ctx):
    before = snapshot(db)
    with pytest.raises(Conflict) as info:
        staff_service.update_staff(owner_ctx, owner_ctx.staff_id, display_name="Olli Omistaja",
                                   roles=[Role.PRACTITIONER])
    assert info.value.code == "last_owner"
    assert snapshot(db) == before


def test_nobody_can_deactivate_themselves(db, owner_ctx):
    with pytest.raises(Conflict) as info:
        staff_service.set_active(owner_ctx, owner_ctx.staff_id, False)
    assert info.value.code == "cannot_deactivate_self"
    assert staff_row(db, owner_ctx.staff_id).active


def test_last_active_owner_cannot_be_deactivated(db, owner_ctx):
    second = create(owner_ctx, "toinen", roles=[Role.OWNER], display_name="Toinen Omistaja")
    second_ctx = auth.authenticate(db, "toinen", PASSWORD, workstation="w2")
    # The second owner gives up the owner role (allowed: Olli is still an owner)...
    staff_service.update_staff(second_ctx, second, display_name="Toinen Omistaja",
                               roles=[Role.RECEPTION])
    assert staff_row(db, second).role_set == {Role.RECEPTION}
    # ...but acting through a session opened earlier, cannot deactivate the last owner.
    before = snapshot(db)
    with pytest.raises(Conflict) as info:
        staff_service.set_active(second_ctx, owner_ctx.staff_id, False)
    assert info.value.code == "last_owner"
    assert snapshot(db) == before


def test_inactive_owners_do_not_count(db, owner_ctx):
    second = create(owner_ctx, "toinen", roles=[Role.OWNER], display_name="Toinen Omistaja")
    staff_service.set_active(owner_ctx, second, False)
    with pytest.raises(Conflict) as info:
        staff_service.update_staff(owner_ctx, owner_ctx.staff_id, display_name="Olli Omistaja",
                                   roles=[Role.PRACTITIONER])
    assert info.value.code == "last_owner"
    staff_service.set_active(owner_ctx, second, True)
    staff_service.update_staff(owner_ctx, owner_ctx.staff_id, display_name="Olli Omistaja",
                               roles=[Role.PRACTITIONER])
    assert staff_row(db, owner_ctx.staff_id).role_set == {Role.PRACTITIONER}


def test_with_two_owners_one_may_be_deactivated(db, owner_ctx):
    second = create(owner_ctx, "toinen", roles=[Role.OWNER], display_name="Toinen Omistaja")
    staff_service.set_active(owner_ctx, second, False)
    assert staff_row(db, second).active is False
    event = last_event(db)
    assert (event.action, event.entity_id) == ("staff.deactivated", second)


# --- deactivate, reset, unlock --------------------------------------------------------------

def test_deactivate_and_reactivate(db, owner_ctx):
    staff_id = create(owner_ctx)
    staff_service.set_active(owner_ctx, staff_id, False)
    assert [r.username for r in staff_service.list_staff(owner_ctx, include_inactive=False)] \
        == ["olli"]
    assert {r.username: r.active for r in staff_service.list_staff(owner_ctx)} == {
        "olli": True, "maija": False}
    with pytest.raises(AuthenticationFailed):
        auth.authenticate(db, "maija", PASSWORD, workstation="w")
    staff_service.set_active(owner_ctx, staff_id, True)
    assert last_event(db).action == "staff.activated"
    assert auth.authenticate(db, "maija", PASSWORD, workstation="w").staff_id == staff_id


def test_reset_password_sets_a_temporary_password_and_clears_locks(db, owner_ctx):
    staff_id = create(owner_ctx)
    clock = lambda: T0  # noqa: E731
    for _ in range(20):
        with db.session() as session:  # jump past any temporary lock
            session.get(Staff, staff_id).locked_until = None
        with pytest.raises(AuthenticationFailed):
            auth.authenticate(db, "maija", "väärä", workstation="w", clock=clock)
    assert staff_row(db, staff_id).hard_locked

    staff_service.reset_password(owner_ctx, staff_id, "Väliaikainen 2026")
    row = staff_row(db, staff_id)
    assert (row.failed_logins, row.locked_until, row.hard_locked) == (0, None, False)
    assert row.must_change_password is True
    event = last_event(db)
    assert (event.action, event.entity_id) == ("staff.password_reset", staff_id)
    assert "Väliaikainen" not in audit_chain.canonical(event).decode()

    with pytest.raises(AuthenticationFailed):
        auth.authenticate(db, "maija", PASSWORD, workstation="w", clock=clock)
    assert auth.authenticate(db, "maija", "Väliaikainen 2026", workstation="w",
                             clock=clock).staff_id == staff_id


def test_reset_own_password_does_not_force_a_change(db, owner_ctx):
    staff_service.reset_password(owner_ctx, owner_ctx.staff_id, "Oma uusi salasana 5")
    assert staff_row(db, owner_ctx.staff_id).must_change_password is False


def test_reset_password_refuses_a_weak_password(db, owner_ctx):
    staff_id = create(owner_ctx)
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        staff_service.reset_password(owner_ctx, staff_id, "qwerty123")
    assert info.value.code == "password_too_common"
    assert snapshot(db) == before


def test_unlock_account(db, owner_ctx):
    staff_id = create(owner_ctx)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            auth.authenticate(db, "maija", "väärä", workstation="w", clock=lambda: T0)
    assert staff_row(db, staff_id).locked_until is not None
    assert {r.username: r.locked for r in staff_service.list_staff(owner_ctx)}["maija"] is True

    staff_service.unlock_account(owner_ctx, staff_id)
    row = staff_row(db, staff_id)
    assert (row.failed_logins, row.locked_until, row.hard_locked) == (0, None, False)
    event = last_event(db)
    assert (event.action, event.outcome, event.entity_id) == ("account.unlocked", Outcome.OK,
                                                              staff_id)
    assert auth.authenticate(db, "maija", PASSWORD, workstation="w",
                             clock=lambda: T0).staff_id == staff_id


def test_list_staff_rows(db, owner_ctx):
    create(owner_ctx, "aino", roles=[Role.PRACTITIONER], display_name="Aino Aalto")
    rows = staff_service.list_staff(owner_ctx)
    assert [r.display_name for r in rows] == ["Aino Aalto", "Olli Omistaja"]
    assert rows[0].roles == {Role.PRACTITIONER}
    with db.session() as session:
        assert session.scalar(select(func.count(Staff.id))) == 2


def test_owner_password_from_setup_works(db, owner_ctx):
    assert auth.authenticate(db, "olli", OWNER_PASSWORD, workstation="w").roles == {Role.OWNER}


def test_roles_can_be_kept_added_and_removed_in_one_update(db, owner_ctx):
    staff_id = create(owner_ctx, roles=[Role.RECEPTION, Role.PRACTITIONER])
    for roles in ([Role.PRACTITIONER, Role.OWNER], [Role.RECEPTION], [Role.RECEPTION],
                  [Role.OWNER, Role.RECEPTION, Role.PRACTITIONER]):
        staff_service.update_staff(owner_ctx, staff_id, display_name="Maija Meikäläinen",
                                   roles=roles)
        assert staff_row(db, staff_id).role_set == frozenset(roles)
    assert auth.authenticate(db, "maija", PASSWORD, workstation="w").roles == {
        Role.OWNER, Role.RECEPTION, Role.PRACTITIONER}
