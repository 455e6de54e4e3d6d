"""The business profile and settings (owner edits; everyone logged in may read the profile)."""

from __future__ import annotations

from dataclasses import dataclass, fields as dc_fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vastaanotto import settings as settings_mod
from vastaanotto.context import Context
from vastaanotto.errors import NotFound, ValidationError
from vastaanotto.finnish import validators
from vastaanotto.models.practice import Practice, Setting
from vastaanotto.permissions import Action
from vastaanotto.services.base import Changes, FieldCollector, audit, require


@dataclass(frozen=True)
class Profile:
    name: str
    business_id: str
    street: str
    postal_code: str
    city: str
    phone: str
    email: str
    register_contact_name: str
    register_contact_email: str
    register_contact_phone: str
    iban: str
    bic: str = ""
    website: str = ""


PROFILE_FIELDS = [f.name for f in dc_fields(Profile)]


def validate_profile(data: dict[str, Any]) -> Profile:
    """Every field at once, so the wizard and the admin form can mark all errors together."""
    f = FieldCollector()
    clean = {
        "name": f.check(validators.name, data.get("name", ""), "name", max_length=200),
        "business_id": f.check(validators.business_id, data.get("business_id", "")),
        "street": f.check(validators.name, data.get("street", ""), "street", max_length=200),
        "postal_code": f.check(validators.postal_code, data.get("postal_code", "")),
        "city": f.check(validators.name, data.get("city", ""), "city", max_length=100),
        "phone": f.check(validators.phone, data.get("phone", ""), "phone")
        if data.get("phone") else "",
        "email": f.check(validators.email, data.get("email", ""), "email"),
        "register_contact_name": f.check(validators.name, data.get("register_contact_name", ""),
                                         "register_contact_name", max_length=200),
        "register_contact_email": f.check(validators.email,
                                          data.get("register_contact_email", ""),
                                          "register_contact_email"),
        "register_contact_phone": f.check(validators.phone,
                                          data.get("register_contact_phone", ""),
                                          "register_contact_phone")
        if data.get("register_contact_phone") else "",
        "iban": f.check(validators.iban, data.get("iban", ""), "iban"),
        "bic": f.check(validators.bic, data.get("bic", ""), "bic"),
        "website": (data.get("website") or "").strip()[:200],
    }
    if not clean["postal_code"] and "postal_code" not in {e.field for e in f.errors}:
        f.add(ValidationError("postal_code", "required"))
    f.raise_if_any()
    return Profile(**clean)


def _practice(session: Session) -> Practice:
    practice = session.scalar(select(Practice).limit(1))
    if practice is None:
        raise NotFound(entity="practice")
    return practice


def get_profile(ctx: Context) -> Profile:
    with ctx.transaction() as session:
        p = _practice(session)
        return Profile(**{k: getattr(p, k) for k in PROFILE_FIELDS})


def update_profile(ctx: Context, data: dict[str, Any]) -> Changes:
    require(ctx, Action.SETTINGS_MANAGE, entity_type="practice")
    profile = validate_profile(data)
    with ctx.transaction() as session:
        p = _practice(session)
        changed = [k for k in PROFILE_FIELDS if getattr(p, k) != getattr(profile, k)]
        for k in changed:
            setattr(p, k, getattr(profile, k))
        audit(session, ctx, "practice.updated", entity_type="practice", entity_id=p.id,
              fields=changed)
        return Changes.of("practice")


def practice_uid(db) -> str:
    with db.session() as session:
        return _practice(session).uid


def read_setting(session: Session, var: settings_mod.SettingVar):
    row = session.get(Setting, var.key)
    return var.default if row is None else row.value


def get_setting(ctx: Context, var: settings_mod.SettingVar):
    with ctx.transaction() as session:
        return read_setting(session, var)


def set_setting(ctx: Context, var: settings_mod.SettingVar, value) -> Changes:
    require(ctx, Action.SETTINGS_MANAGE, entity_type="setting")
    value = var.validate(value)
    with ctx.transaction() as session:
        row = session.get(Setting, var.key)
        if row is None:
            session.add(Setting(key=var.key, value=value))
        else:
            row.value = value
        audit(session, ctx, "setting.changed", entity_type="setting", fields=[var.key],
              details={"key": var.key, "value": value})
        return Changes.of("settings", data=var.key)
