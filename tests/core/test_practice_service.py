"""The business profile, settings and first-start setup."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from vastaanotto import settings
from vastaanotto.errors import Conflict, ValidationError, ValidationErrors
from vastaanotto.models.audit import AuditEvent
from vastaanotto.models.billing import VatRate
from vastaanotto.models.practice import Practice, Setting
from vastaanotto.models.staff import Staff
from vastaanotto.privacy import audit_chain
from vastaanotto.services import practice
from vastaanotto.services.setup import initialize_practice, is_initialized
from tests.conftest import OWNER_PASSWORD, PROFILE


def snapshot(db):
    with db.session() as session:
        p = session.scalar(select(Practice))
        profile = None if p is None else {k: getattr(p, k) for k in practice.PROFILE_FIELDS}
        values = {s.key: s.value for s in session.scalars(select(Setting))}
        return profile, values, audit_chain.head(session)


def last_event(db) -> AuditEvent:
    with db.session() as session:
        return session.scalar(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1))


def test_profile_is_stored_normalised(db, owner_ctx):
    profile = practice.get_profile(owner_ctx)
    assert profile.name == PROFILE["name"]
    assert profile.business_id == "0737546-2"
    assert profile.iban == "FI2112345600000785"
    assert profile.phone == "+35891234567"
    assert profile.bic == "NDEAFIHH"
    assert practice.practice_uid(db)


def test_bad_business_id_iban_and_postal_code_are_all_listed(db, owner_ctx):
    before = snapshot(db)
    bad = {**PROFILE, "business_id": "0737546-3", "iban": "FI21 1234 5600 0007 86",
           "postal_code": "0010"}
    with pytest.raises(ValidationErrors) as info:
        practice.update_profile(owner_ctx, bad)
    assert {(e.field, e.code) for e in info.value.errors} == {
        ("business_id", "invalid_business_id"), ("iban", "invalid_iban"),
        ("postal_code", "invalid_postal_code")}
    assert snapshot(db) == before


@pytest.mark.parametrize("field, value, code", [
    ("business_id", "", "required"),
    ("business_id", "1234567-8", "invalid_business_id"),
    ("iban", "", "required"),
    ("postal_code", "", "required"),
    ("postal_code", "ABCDE", "invalid_postal_code"),
    ("email", "info@", "invalid_email"),
    ("name", "", "required"),
    ("register_contact_name", "  ", "required"),
    ("bic", "XXXX", "invalid_bic"),
])
def test_single_bad_profile_field(db, owner_ctx, field, value, code):
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        practice.update_profile(owner_ctx, {**PROFILE, field: value})
    assert (info.value.field, info.value.code) == (field, code)
    assert snapshot(db) == before


def test_update_audits_the_changed_field_names_not_their_values(db, owner_ctx):
    changes = practice.update_profile(owner_ctx, {
        **PROFILE, "name": "Uusi Nimi Oy", "city": "Tampere", "postal_code": "33100",
        "register_contact_phone": "+358 40 123 4567"})   # same number, other spelling
    assert changes.touches("practice")
    profile = practice.get_profile(owner_ctx)
    assert (profile.name, profile.city, profile.postal_code) == ("Uusi Nimi Oy", "Tampere",
                                                                 "33100")
    event = last_event(db)
    assert (event.action, event.entity_type) == ("practice.updated", "practice")
    assert event.fields == ["city", "name", "postal_code"]
    encoded = audit_chain.canonical(event).decode()
    for value in ("Uusi Nimi", "Tampere", "33100"):
        assert value not in encoded


def test_settings_are_validated(db, owner_ctx):
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        practice.set_setting(owner_ctx, settings.IDLE_LOCK_MINUTES, 0)
    assert (info.value.field, info.value.code) == ("idle_lock_minutes", "too_small")
    with pytest.raises(ValidationError) as info:
        practice.set_setting(owner_ctx, settings.IDLE_LOCK_MINUTES, 241)
    assert info.value.code == "too_large"
    with pytest.raises(ValidationError) as info:
        practice.set_setting(owner_ctx, settings.IDLE_LOCK_MINUTES, "kymmenen")
    assert info.value.code == "invalid_number"
    with pytest.raises(ValidationError) as info:
        practice.set_setting(owner_ctx, settings.CALENDAR_GRID_MINUTES, 7)
    assert info.value.code == "invalid_choice"
    assert snapshot(db) == before

    practice.set_setting(owner_ctx, settings.IDLE_LOCK_MINUTES, 15)
    assert practice.get_setting(owner_ctx, settings.IDLE_LOCK_MINUTES) == 15
    practice.set_setting(owner_ctx, settings.IDLE_LOCK_MINUTES, "10")
    assert practice.get_setting(owner_ctx, settings.IDLE_LOCK_MINUTES) == 10
    event = last_event(db)
    assert (event.action, event.fields, event.details) == (
        "setting.changed", ["idle_lock_minutes"], {"key": "idle_lock_minutes", "value": 10})


def test_every_declared_setting_has_a_valid_default_stored_at_setup(db, owner_ctx):
    with db.session() as session:
        stored = {s.key: s.value for s in session.scalars(select(Setting))}
    assert stored == {v.key: v.default for v in settings.ALL.values()}
    for var in settings.ALL.values():
        assert var.validate(var.default) == var.default


def test_setup_writes_reference_data_once(db, owner_ctx):
    assert is_initialized(db)
    with db.session() as session:
        assert session.scalar(select(func.count(Practice.id))) == 1
        assert session.scalar(select(func.count(VatRate.id))) >= 4
        actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))
    assert actions[:2] == ["practice.initialized", "staff.created"]
    with pytest.raises(Conflict) as info:
        initialize_practice(db, PROFILE, owner_username="toinen", owner_display_name="Toinen",
                            owner_password=OWNER_PASSWORD, workstation="w")
    assert info.value.code == "already_initialized"


def test_setup_reports_every_bad_field_and_writes_nothing(db):
    with pytest.raises(ValidationErrors) as info:
        initialize_practice(db, {**PROFILE, "business_id": "123", "iban": "FI00"},
                            owner_username="x", owner_display_name="", owner_password="lyhyt",
                            workstation="w")
    assert {e.field for e in info.value.errors} == {"business_id", "iban", "username",
                                                    "display_name", "password"}
    assert not is_initialized(db)
    with db.session() as session:
        assert session.scalar(select(func.count(Staff.id))) == 0
        assert session.scalar(select(func.count(AuditEvent.seq))) == 0
