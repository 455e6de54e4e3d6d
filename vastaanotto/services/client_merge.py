"""Duplicate clients: finding them before a new card is saved, and merging two cards into one.

``find_duplicates`` needs ``CLIENT_VIEW`` and is audited like a search ("client.duplicate_check"
with the number of hits, never the values looked for). ``merge_clients`` needs ``CLIENT_EDIT``:
reception keeps the register tidy day to day, and the merge is fully recorded (two
"client.merged" events, one on each client id) and loses nothing — the removed card stays in
the database, archived, with ``merged_into_id`` pointing at the kept one.

Both run on the caller's thread; the merge is one transaction.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from vastaanotto.context import Context
from vastaanotto.errors import Conflict, NotFound, ValidationError, ValidationErrors
from vastaanotto.finnish import validators
from vastaanotto.models.appointments import Appointment, WaitlistEntry
from vastaanotto.models.billing import Invoice, Payment
from vastaanotto.models.clients import Client, Consent
from vastaanotto.models.messages import Message
from vastaanotto.models.privacy import DataSubjectRequest
from vastaanotto.models.visits import TreatmentNote, Visit
from vastaanotto.permissions import Action
from vastaanotto.services.base import Changes, audit, require
from vastaanotto.services.client_search import build_search_text
from vastaanotto.services.clients import EDITABLE, ClientHit, validate_client

__all__ = ["find_duplicates", "merge_clients", "client_hit", "duplicate_key_name"]

# Everything that points at a client and moves with the merge.
MOVED = (("appointments", Appointment), ("visits", Visit), ("invoices", Invoice),
         ("payments", Payment), ("consents", Consent), ("treatment_notes", TreatmentNote),
         ("waitlist", WaitlistEntry), ("data_subject_requests", DataSubjectRequest),
         ("messages", Message))
# Filled only as a whole: half of one address and half of another is nobody's address.
GROUPS = (("street", "postal_code", "city"),
          ("billing_name", "billing_street", "billing_postal_code", "billing_city"),
          ("payer_company_name", "payer_business_id", "payer_einvoice_address",
           "payer_einvoice_operator"))
_GROUPED = {name for group in GROUPS for name in group}
# language has a default ("fi") and so is never "empty": the kept card's choice stands.
SINGLE = tuple(f for f in EDITABLE if f not in _GROUPED and f != "language")


def duplicate_key_name(first_name: str, last_name: str) -> tuple[str, str]:
    """Names compared case-insensitively with accents kept (Åsa is not Asa), in Python:
    SQL lower() in SQLite folds ASCII letters only."""
    return (" ".join(first_name.split()).lower(), " ".join(last_name.split()).lower())


def client_hit(c: Client) -> ClientHit:
    """The same picking row that ``clients.search_clients`` shows: identity code masked."""
    return ClientHit(c.id, c.full_name,
                     validators.format_phone_fi(c.phone) if c.phone else "", c.email,
                     c.birth_date,
                     validators.mask_hetu(c.personal_identity_code)
                     if c.personal_identity_code else "",
                     c.archived_at is not None)


def _quiet(func, value) -> str:
    """A value typed into a half-filled form may still be wrong; it simply matches nothing."""
    try:
        return func(value) or ""
    except (ValidationError, TypeError):
        return ""


def _birth_date(data: dict[str, Any]) -> dt.date | None:
    value = data.get("birth_date")
    if isinstance(value, dt.date):
        return value
    code = _quiet(validators.personal_identity_code, data.get("personal_identity_code"))
    return validators.hetu_birth_date(code) if code else None


def find_duplicates(ctx: Context, data: dict[str, Any], *, limit: int = 20) -> list[ClientHit]:
    """Cards that may be the same person as the form ``data``: the same first and last name
    and birth date, or the same phone (E.164), or the same email. Anonymised and merged
    cards are never candidates; archived ones are (with ``archived`` set). ``data["id"]``,
    when given, is the card being edited and is left out."""
    require(ctx, Action.CLIENT_VIEW, entity_type="client")
    names = duplicate_key_name(str(data.get("first_name") or ""), str(data.get("last_name") or ""))
    birth = _birth_date(data)
    phone = _quiet(lambda v: validators.phone(v, required=False), data.get("phone"))
    email = _quiet(validators.email, data.get("email"))
    either = []
    if birth is not None and all(names):
        either.append(Client.birth_date == birth)
    if phone:
        either.append(Client.phone == phone)
    if email:
        either.append(or_(Client.email == email, func.lower(Client.email) == email.lower()))
    hits: list[ClientHit] = []
    with ctx.transaction() as session:
        if either:
            stmt = select(Client).where(or_(*either), Client.anonymised_at.is_(None),
                                        Client.merged_into_id.is_(None))
            if data.get("id") is not None:
                stmt = stmt.where(Client.id != data["id"])
            for c in session.scalars(stmt.order_by(Client.last_name, Client.first_name,
                                                   Client.id)):
                same_person = (birth is not None and c.birth_date == birth
                               and duplicate_key_name(c.first_name, c.last_name) == names)
                if same_person or (phone and c.phone == phone) or (
                        email and c.email.lower() == email.lower()):
                    hits.append(client_hit(c))
                if len(hits) >= limit:
                    break
        audit(session, ctx, "client.duplicate_check", entity_type="client",
              details={"hits": len(hits)})
    return hits


def _lock_pair(session: Session, keep_id: int, remove_id: int) -> tuple[Client, Client]:
    found = {c.id: c for c in session.scalars(
        select(Client).where(Client.id.in_([keep_id, remove_id])).with_for_update())}
    keep, remove = found.get(keep_id), found.get(remove_id)
    for client in (keep, remove):
        if client is None or client.anonymised_at is not None:
            raise NotFound(entity="client")
        if client.merged_into_id is not None:
            raise Conflict("client_already_merged")
    return keep, remove


def _empty(value: Any) -> bool:
    return value in ("", None)


def _fill(keep: Client, remove: Client, today: dt.date) -> list[str]:
    """Empty fields of ``keep`` from ``remove``; never overwrites. Returns the filled names."""
    filled = [f for f in SINGLE
              if _empty(getattr(keep, f)) and not _empty(getattr(remove, f))]
    for group in GROUPS:
        if all(_empty(getattr(keep, f)) for f in group):
            filled += [f for f in group if not _empty(getattr(remove, f))]
    if not filled:
        return []
    merged = {f: getattr(keep, f) for f in EDITABLE}
    merged.update({f: getattr(remove, f) for f in filled})
    merged["gender"] = merged["gender"].value if merged["gender"] else None
    try:
        # E.g. the kept card's birth date against the removed card's identity code.
        clean = validate_client(merged, today)
    except ValidationError as exc:
        raise Conflict("merge_fields_contradict", fields=[exc.field]) from None
    except ValidationErrors as exc:
        raise Conflict("merge_fields_contradict",
                       fields=sorted({e.field for e in exc.errors})) from None
    for f in filled:
        setattr(keep, f, clean[f])
    if keep.birth_year is None and clean["birth_year"] is not None:
        keep.birth_year = clean["birth_year"]  # derived from a newly filled birth date
        filled.append("birth_year")
    return filled


def merge_clients(ctx: Context, *, keep_id: int, remove_id: int) -> Changes:
    """Moves everything of ``remove_id`` to ``keep_id``, fills keep's empty fields, adds the
    no-show and late-cancellation counters, and marks remove merged and archived.

    One transaction: on any error nothing has moved. Refuses ``Conflict("merge_same_client")``,
    ``Conflict("client_already_merged")`` (either side), ``Conflict("merge_fields_contradict",
    fields=[...])`` when the filled fields would contradict keep's (for example a birth date
    against an identity code: correct one card first). ``data`` = keep_id.
    """
    require(ctx, Action.CLIENT_EDIT, entity_type="client", entity_id=keep_id, client_id=keep_id)
    if keep_id == remove_id:
        raise Conflict("merge_same_client")
    with ctx.transaction() as session:
        keep, remove = _lock_pair(session, keep_id, remove_id)
        filled = _fill(keep, remove, ctx.now().date())
        moved = {}
        for name, model in MOVED:
            result = session.execute(update(model).where(model.client_id == remove_id)
                                     .values(client_id=keep_id)
                                     .execution_options(synchronize_session=False))
            moved[name] = result.rowcount
        # Cards merged earlier into the removed one now point straight at the kept one.
        session.execute(update(Client).where(Client.merged_into_id == remove_id)
                        .values(merged_into_id=keep_id)
                        .execution_options(synchronize_session=False))
        keep.no_show_count += remove.no_show_count
        keep.late_cancellation_count += remove.late_cancellation_count
        keep.restricted = keep.restricted or remove.restricted
        if remove.last_activity_at and (keep.last_activity_at is None
                                        or remove.last_activity_at > keep.last_activity_at):
            keep.last_activity_at = remove.last_activity_at
        if keep.deceased_on is None and remove.deceased_on is not None:
            keep.deceased_on = remove.deceased_on
            filled.append("deceased_on")
        keep.search_text = build_search_text(keep)
        remove.merged_into_id = keep_id
        remove.archived_at = remove.archived_at or ctx.now()
        audit(session, ctx, "client.merged", entity_type="client", entity_id=keep_id,
              client_id=keep_id, fields=filled,
              details={"removed": remove_id, "moved": moved})
        audit(session, ctx, "client.merged", entity_type="client", entity_id=remove_id,
              client_id=remove_id, details={"kept": keep_id})
        return Changes.of("clients", "appointments", "invoices", "treatment_notes",
                          ids=[keep_id, remove_id], data=keep_id)
