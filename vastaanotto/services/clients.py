"""The customer register: create, edit, view (audited), search, consents, archive.

Every read of a client card and every reveal of an identity code is an audit event. Search
results carry only what a receptionist needs to pick the right person; the identity code is
masked there.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vastaanotto.context import Context
from vastaanotto.errors import NotFound, PermissionDenied, ValidationError
from vastaanotto.finnish import validators
from vastaanotto.models.appointments import Appointment
from vastaanotto.models.audit import Outcome
from vastaanotto.models.clients import Client, Consent, ConsentChannel, ConsentKind, Gender
from vastaanotto.permissions import Action, allowed
from vastaanotto.services.base import Changes, FieldCollector, audit, require
from vastaanotto.services.client_search import (build_search_text, display_phone, find_clients,
                                                search_terms)

EDITABLE = (
    "first_name", "last_name", "email", "phone", "street", "postal_code", "city", "gender",
    "birth_year", "birth_date", "personal_identity_code", "language", "billing_name",
    "billing_street", "billing_postal_code", "billing_city", "payer_company_name",
    "payer_business_id", "payer_einvoice_address", "payer_einvoice_operator", "notes",
)
MARKETING = (ConsentKind.EMAIL_MARKETING, ConsentKind.SMS_MARKETING)


@dataclass(frozen=True)
class ClientCard:
    id: int
    values: dict[str, Any]          # every editable field; identity code masked
    has_identity_code: bool
    consents: dict[ConsentKind, bool]
    archived: bool
    no_show_count: int
    late_cancellation_count: int


@dataclass(frozen=True)
class ClientHit:
    id: int
    name: str
    phone: str
    email: str
    birth_date: dt.date | None
    identity_code_masked: str
    archived: bool


def validate_client(data: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """All fields at once. Names are required; everything else may be completed later."""
    f = FieldCollector()
    text = lambda key: data.get(key) or ""  # noqa: E731 - tiny accessor
    out: dict[str, Any] = {
        "first_name": f.check(validators.name, text("first_name"), "first_name"),
        "last_name": f.check(validators.name, text("last_name"), "last_name"),
        "email": f.check(validators.email, text("email"), "email"),
        "phone": f.check(validators.phone, text("phone"), "phone", required=False),
        "street": _optional(f, text("street"), "street", 200),
        "postal_code": f.check(validators.postal_code, text("postal_code"), "postal_code"),
        "city": _optional(f, text("city"), "city", 100),
        "billing_name": _optional(f, text("billing_name"), "billing_name", 200),
        "billing_street": _optional(f, text("billing_street"), "billing_street", 200),
        "billing_postal_code": f.check(validators.postal_code, text("billing_postal_code"),
                                       "billing_postal_code"),
        "billing_city": _optional(f, text("billing_city"), "billing_city", 100),
        "payer_company_name": _optional(f, text("payer_company_name"), "payer_company_name", 200),
        "payer_business_id": (f.check(validators.business_id, text("payer_business_id"),
                                      "payer_business_id") if text("payer_business_id") else ""),
        "payer_einvoice_address": _optional(f, text("payer_einvoice_address"),
                                            "payer_einvoice_address", 35),
        "payer_einvoice_operator": _optional(f, text("payer_einvoice_operator"),
                                             "payer_einvoice_operator", 35),
        "notes": _notes(f, text("notes")),
        "personal_identity_code": f.check(validators.personal_identity_code,
                                          text("personal_identity_code")) or None,
    }
    language = data.get("language") or "fi"
    if language not in ("fi", "sv", "en"):
        f.add(ValidationError("language", "invalid_choice"))
    out["language"] = language
    gender = data.get("gender")
    try:
        out["gender"] = Gender(gender) if gender else None
    except ValueError:
        f.add(ValidationError("gender", "invalid_choice"))
    birth_date = data.get("birth_date")
    if birth_date is not None and not isinstance(birth_date, dt.date):
        f.add(ValidationError("birth_date", "invalid_date"))
        birth_date = None
    if birth_date is not None and (birth_date > today or birth_date.year < 1880):
        f.add(ValidationError("birth_date", "birth_date_out_of_range"))
    hetu = out["personal_identity_code"]
    if hetu:
        hetu_date = validators.hetu_birth_date(hetu)
        if birth_date is not None and birth_date != hetu_date:
            f.add(ValidationError("personal_identity_code", "identity_code_contradicts_birth_date"))
        birth_date = birth_date or hetu_date
    out["birth_date"] = birth_date
    birth_year = data.get("birth_year")
    if birth_year in ("", None):
        birth_year = birth_date.year if birth_date else None
    elif not isinstance(birth_year, int) or not 1880 <= birth_year <= today.year:
        f.add(ValidationError("birth_year", "birth_date_out_of_range"))
    elif birth_date is not None and birth_year != birth_date.year:
        f.add(ValidationError("birth_year", "birth_year_contradicts_birth_date"))
    out["birth_year"] = birth_year
    f.raise_if_any()
    return out


def _optional(f: FieldCollector, value: str, field: str, max_length: int) -> str:
    return f.check(validators.name, value, field, max_length=max_length) if value.strip() else ""


def _notes(f: FieldCollector, value: str) -> str:
    # Keep line breaks and tabs; other control characters have no place in a note.
    return f.check(validators.free_text, value, "notes", 5000) or ""


def _load(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None or client.anonymised_at is not None:
        raise NotFound(entity="client")
    return client


def current_consents(session: Session, client_id: int) -> dict[ConsentKind, bool]:
    """The newest ledger row per kind decides; no row means not given."""
    state = {kind: False for kind in ConsentKind}
    rows = session.scalars(select(Consent).where(Consent.client_id == client_id)
                           .order_by(Consent.recorded_at, Consent.id))
    for row in rows:
        state[row.kind] = row.given
    return state


def create_client(ctx: Context, data: dict[str, Any]) -> Changes:
    require(ctx, Action.CLIENT_EDIT, entity_type="client")
    clean = validate_client(data, ctx.now().date())
    with ctx.transaction() as session:
        client = Client(**clean, created_by_id=ctx.staff_id, last_activity_at=ctx.now())
        client.search_text = build_search_text(client)
        session.add(client)
        session.flush()
        audit(session, ctx, "client.created", entity_type="client", entity_id=client.id,
              client_id=client.id, fields=[k for k, v in clean.items() if v not in ("", None)])
        return Changes.of("clients", ids=[client.id], data=client.id)


def update_client(ctx: Context, client_id: int, data: dict[str, Any]) -> Changes:
    """Rectification: only the fields given in ``data`` change; the audit names them."""
    require(ctx, Action.CLIENT_EDIT, entity_type="client", entity_id=client_id,
            client_id=client_id)
    with ctx.transaction() as session:
        client = _load(session, client_id)
        merged = {k: getattr(client, k) for k in EDITABLE}
        merged["gender"] = client.gender.value if client.gender else None
        merged.update({k: v for k, v in data.items() if k in EDITABLE})
        clean = validate_client(merged, ctx.now().date())
        changed = [k for k in EDITABLE if getattr(client, k) != clean[k]]
        for key in changed:
            setattr(client, key, clean[key])
        client.search_text = build_search_text(client)
        audit(session, ctx, "client.updated", entity_type="client", entity_id=client.id,
              client_id=client.id, fields=changed)
        return Changes.of("clients", ids=[client.id])


def get_client_card(ctx: Context, client_id: int, *, reason: str = "") -> ClientCard:
    require(ctx, Action.CLIENT_VIEW, entity_type="client", entity_id=client_id,
            client_id=client_id)
    with ctx.transaction() as session:
        client = _load(session, client_id)
        values = {k: getattr(client, k) for k in EDITABLE}
        code = client.personal_identity_code
        values["personal_identity_code"] = validators.mask_hetu(code) if code else ""
        audit(session, ctx, "client.viewed", entity_type="client", entity_id=client.id,
              client_id=client.id, reason=reason)
        return ClientCard(client.id, values, bool(code), current_consents(session, client.id),
                          client.archived_at is not None, client.no_show_count,
                          client.late_cancellation_count)


def _is_own_client(session: Session, staff_id: int | None, client_id: int) -> bool:
    return session.scalar(select(Appointment.id).where(
        Appointment.client_id == client_id, Appointment.practitioner_id == staff_id).limit(1)
    ) is not None


def reveal_identity_code(ctx: Context, client_id: int, *, reason: str = "") -> str:
    """The full code, for the owner, or for a practitioner who treats this client."""
    with ctx.transaction() as session:
        client = _load(session, client_id)
        may = allowed(ctx.roles, Action.HETU_VIEW_ANY) or (
            allowed(ctx.roles, Action.HETU_VIEW_OWN)
            and _is_own_client(session, ctx.staff_id, client_id))
        if not may:
            audit(session, ctx, "permission.refused", outcome=Outcome.REFUSED,
                  entity_type="client", entity_id=client_id, client_id=client_id,
                  details={"action": Action.HETU_VIEW_ANY.value})
        else:
            audit(session, ctx, "hetu.revealed", entity_type="client", entity_id=client_id,
                  client_id=client_id, fields=["personal_identity_code"], reason=reason)
            return client.personal_identity_code or ""
    raise PermissionDenied(Action.HETU_VIEW_ANY.value)


def record_consent(ctx: Context, client_id: int, kind: ConsentKind, given: bool,
                   channel: ConsentChannel, note: str = "") -> Changes:
    require(ctx, Action.CLIENT_EDIT, entity_type="client", entity_id=client_id,
            client_id=client_id)
    with ctx.transaction() as session:
        _load(session, client_id)
        session.add(Consent(client_id=client_id, kind=ConsentKind(kind), given=given,
                            channel=ConsentChannel(channel), recorded_at=ctx.now(),
                            recorded_by_id=ctx.staff_id, note=(note or "").strip()[:200]))
        audit(session, ctx, "consent.given" if given else "consent.withdrawn",
              entity_type="client", entity_id=client_id, client_id=client_id,
              details={"kind": ConsentKind(kind).value, "channel": ConsentChannel(channel).value})
        return Changes.of("clients", "consents", ids=[client_id])


def withdraw_marketing(ctx: Context, client_id: int, channel: ConsentChannel) -> Changes:
    """Objection to direct marketing: one action withdraws both marketing consents."""
    require(ctx, Action.CLIENT_EDIT, entity_type="client", entity_id=client_id,
            client_id=client_id)
    with ctx.transaction() as session:
        _load(session, client_id)
        state = current_consents(session, client_id)
        for kind in MARKETING:
            if state[kind]:
                session.add(Consent(client_id=client_id, kind=kind, given=False,
                                    channel=ConsentChannel(channel), recorded_at=ctx.now(),
                                    recorded_by_id=ctx.staff_id))
        audit(session, ctx, "consent.marketing_withdrawn", entity_type="client",
              entity_id=client_id, client_id=client_id)
        return Changes.of("clients", "consents", ids=[client_id])


def set_archived(ctx: Context, client_id: int, archived: bool) -> Changes:
    require(ctx, Action.CLIENT_EDIT, entity_type="client", entity_id=client_id,
            client_id=client_id)
    with ctx.transaction() as session:
        client = _load(session, client_id)
        client.archived_at = ctx.now() if archived else None
        audit(session, ctx, "client.archived" if archived else "client.unarchived",
              entity_type="client", entity_id=client_id, client_id=client_id)
        return Changes.of("clients", ids=[client_id])


def search_clients(ctx: Context, query: str, *, limit: int = 50,
                   include_archived: bool = False) -> list[ClientHit]:
    """Search as you type. The query itself is not audited (it may be personal data); the
    fact of a search and the number of hits are. How the database finds them is the search
    adapter's business (``client_search.find_clients``)."""
    require(ctx, Action.CLIENT_VIEW, entity_type="client")
    if not search_terms(query):
        return []
    with ctx.transaction() as session:
        hits = [ClientHit(row.id, f"{row.first_name} {row.last_name}".strip(),
                          display_phone(row.phone) if row.phone else "",
                          row.email, row.birth_date,
                          validators.mask_hetu(row.personal_identity_code)
                          if row.personal_identity_code else "",
                          row.archived_at is not None)
                for row in find_clients(session, query, limit=limit,
                                        include_archived=include_archived)]
        audit(session, ctx, "client.searched", entity_type="client",
              details={"hits": len(hits)})
        return hits


__all__ = ["ClientCard", "ClientHit", "create_client", "update_client", "get_client_card",
           "reveal_identity_code", "record_consent", "withdraw_marketing", "set_archived",
           "search_clients", "validate_client", "current_consents"]
