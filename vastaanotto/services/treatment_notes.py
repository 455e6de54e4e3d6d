"""Treatment notes (hoitotiedot): written and read by practitioners only, every access audited.

Who may do what (DESIGN.md, Roles):

* reception, and an owner who does not also treat: refused (``PermissionDenied``, audited as
  "permission.refused" by :func:`require`);
* a practitioner, for their own clients (a client with a non-cancelled appointment or a visit
  of theirs): freely;
* a practitioner, for another practitioner's client: only with a documented ``reason``
  (``ValidationError("reason", "reason_required")`` without one, itself audited as a refusal);
  the reason is stored on the audit event.

Audit events carry ``client_id``, the note id and counts, never the text: "note.written",
"note.edited", "note.read" (one per list or history call, with the number of notes).

A note is never changed in place. An edit inserts a new row with ``version + 1`` and
``supersedes_id``, and marks the earlier row ``superseded``; only the current version of a
note can be edited, so the versions of a note form one line, not a tree.

Storage basis: the privacy notice promises that treatment data is stored when the client
accepted it, or when the law requires the record (Kanta). A note with neither flag has no
basis and is refused: ``ValidationError("client_accepted_storage", "storage_basis_required")``.

Every call runs in its own transactions on the caller's thread; it owns its Context.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vastaanotto.clock import HELSINKI
from vastaanotto.context import Context
from vastaanotto.errors import Conflict, NotFound, PermissionDenied, ValidationError
from vastaanotto.finnish import validators
from vastaanotto.models.appointments import Appointment, AppointmentStatus
from vastaanotto.models.audit import Outcome
from vastaanotto.models.clients import Client
from vastaanotto.models.staff import Staff
from vastaanotto.models.visits import TreatmentNote, Visit
from vastaanotto.permissions import Action, allowed
from vastaanotto.services.base import Changes, audit, require

__all__ = ["NoteRow", "NOTE_MAX_LENGTH", "add_note", "edit_note", "list_notes", "note_history",
           "is_own_client", "validate_note_text"]

KIND = "treatment_notes"
ENTITY = "treatment_note"
NOTE_MAX_LENGTH = 20_000
REASON_MAX_LENGTH = 500  # the audit event's reason column


@dataclass(frozen=True)
class NoteRow:
    id: int
    visit_id: int | None
    author_name: str
    created_at: dt.datetime   # aware, Europe/Helsinki
    text: str
    version: int
    accepted: bool            # client_accepted_storage
    kanta: bool               # belongs_in_kanta
    superseded: bool
    supersedes_id: int | None = None


def validate_note_text(text: object) -> str:
    """The text to store: required, at most 20,000 characters, line breaks and tabs kept.

    Windows line ends (pasted from Word) become ``\\n``; any other control character,
    a lone surrogate (it cannot even be encoded to UTF-8) or a bidi override is refused
    (:func:`vastaanotto.finnish.validators.free_text`).
    """
    if text is not None and not isinstance(text, str):
        raise TypeError("note text must be str")
    return validators.free_text(text, "text", NOTE_MAX_LENGTH, required=True)


def _clean_reason(reason: object) -> str:
    if reason is None or (isinstance(reason, str) and not reason.strip()):
        return ""
    return validators.name(reason, "reason", max_length=REASON_MAX_LENGTH)


def _check_basis(accepted: bool, kanta: bool) -> None:
    if not isinstance(accepted, bool) or not isinstance(kanta, bool):
        raise TypeError("client_accepted_storage and belongs_in_kanta must be bool")
    if not (accepted or kanta):
        raise ValidationError("client_accepted_storage", "storage_basis_required")


def is_own_client(session: Session, staff_id: int | None, client_id: int) -> bool:
    """A care relationship: a visit, or a booking that was not cancelled, with this person.

    A cancelled booking alone does not count: the client never came to this practitioner.
    """
    if staff_id is None:
        return False
    booked = select(Appointment.id).where(
        Appointment.client_id == client_id, Appointment.practitioner_id == staff_id,
        Appointment.status != AppointmentStatus.CANCELLED).limit(1)
    visited = select(Visit.id).where(
        Visit.client_id == client_id, Visit.practitioner_id == staff_id).limit(1)
    return (session.scalar(booked) is not None) or (session.scalar(visited) is not None)


def _live_client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None or client.anonymised_at is not None:
        raise NotFound(entity="client")
    if client.merged_into_id is not None:
        # The notes moved with the merge; writing here would hide a note on a dead record.
        raise Conflict("client_merged", into=client.merged_into_id)
    return client


def _refuse(ctx: Context, client_id: int, entity_id: int | None, **details) -> None:
    """A refusal is kept in its own transaction, whatever the caller does next."""
    with ctx.transaction() as session:
        audit(session, ctx, "permission.refused", outcome=Outcome.REFUSED, entity_type=ENTITY,
              entity_id=entity_id, client_id=client_id,
              details={"action": Action.NOTES_OTHER_WITH_REASON.value, **details})


def _authorise(ctx: Context, client_id: int, reason: object, *,
               entity_id: int | None = None) -> str:
    """Checks access to this client's notes; returns the cleaned reason to audit.

    The caller has already passed ``require(ctx, Action.NOTES_OWN)``.
    """
    why = _clean_reason(reason)
    with ctx.transaction() as session:
        _live_client(session, client_id)
        own = is_own_client(session, ctx.staff_id, client_id)
    if own:
        return why
    if not allowed(ctx.roles, Action.NOTES_OTHER_WITH_REASON):
        _refuse(ctx, client_id, entity_id)
        raise PermissionDenied(Action.NOTES_OTHER_WITH_REASON.value)
    if not why:
        _refuse(ctx, client_id, entity_id, code="reason_required")
        raise ValidationError("reason", "reason_required")
    return why


def _require_notes(ctx: Context, *, client_id: int | None = None,
                   entity_id: int | None = None) -> None:
    require(ctx, Action.NOTES_OWN, entity_type=ENTITY, entity_id=entity_id, client_id=client_id)


def add_note(ctx: Context, *, client_id: int, text: str, visit_id: int | None = None,
             client_accepted_storage: bool, belongs_in_kanta: bool,
             reason: str = "") -> Changes:
    """Writes version 1 of a new note. ``data`` = the note id. Audits "note.written"."""
    _require_notes(ctx, client_id=client_id)
    body = validate_note_text(text)
    _check_basis(client_accepted_storage, belongs_in_kanta)
    why = _authorise(ctx, client_id, reason)
    with ctx.transaction() as session:
        _live_client(session, client_id)
        if visit_id is not None:
            visit_client = session.scalar(select(Visit.client_id).where(Visit.id == visit_id))
            if visit_client != client_id:
                raise ValidationError("visit_id", "invalid_visit")
        note = TreatmentNote(visit_id=visit_id, client_id=client_id, author_id=ctx.staff_id,
                             created_at=ctx.now(), text=body,
                             client_accepted_storage=client_accepted_storage,
                             belongs_in_kanta=belongs_in_kanta, version=1)
        session.add(note)
        session.flush()
        audit(session, ctx, "note.written", entity_type=ENTITY, entity_id=note.id,
              client_id=client_id, fields=["text"], reason=why,
              details={"version": 1, "visit_id": visit_id, "accepted": client_accepted_storage,
                       "kanta": belongs_in_kanta})
        return Changes.of(KIND, ids=[note.id], data=note.id)


def _note_client(ctx: Context, note_id: int) -> int:
    with ctx.transaction() as session:
        client_id = session.scalar(select(TreatmentNote.client_id)
                                   .where(TreatmentNote.id == note_id))
    if client_id is None:
        raise NotFound(entity="treatment_note")
    return client_id


def edit_note(ctx: Context, note_id: int, *, text: str,
              client_accepted_storage: bool | None = None, belongs_in_kanta: bool | None = None,
              reason: str = "") -> Changes:
    """A correction: a new version that supersedes ``note_id``; the old text stays as it was.

    ``None`` flags keep the earlier version's values. Only the current version can be edited
    (``Conflict("note_superseded")``). An edit that changes nothing writes nothing and returns
    the same note id. ``data`` = the new version's id. Audits "note.edited".
    """
    _require_notes(ctx, entity_id=note_id)
    body = validate_note_text(text)
    client_id = _note_client(ctx, note_id)
    why = _authorise(ctx, client_id, reason, entity_id=note_id)
    with ctx.transaction() as session:
        old = session.scalars(select(TreatmentNote).where(TreatmentNote.id == note_id)
                              .with_for_update()).one()
        _live_client(session, old.client_id)
        if old.superseded:
            raise Conflict("note_superseded")
        accepted = (old.client_accepted_storage if client_accepted_storage is None
                    else client_accepted_storage)
        kanta = old.belongs_in_kanta if belongs_in_kanta is None else belongs_in_kanta
        _check_basis(accepted, kanta)
        if (body, accepted, kanta) == (old.text, old.client_accepted_storage,
                                       old.belongs_in_kanta):
            return Changes.of(KIND, ids=[old.id], data=old.id)
        new = TreatmentNote(visit_id=old.visit_id, client_id=old.client_id,
                            author_id=ctx.staff_id, created_at=ctx.now(), text=body,
                            client_accepted_storage=accepted, belongs_in_kanta=kanta,
                            version=old.version + 1, supersedes_id=old.id)
        old.superseded = True
        session.add(new)
        session.flush()
        changed = [name for name, same in (("text", body == old.text),
                                           ("client_accepted_storage",
                                            accepted == old.client_accepted_storage),
                                           ("belongs_in_kanta", kanta == old.belongs_in_kanta))
                   if not same]
        audit(session, ctx, "note.edited", entity_type=ENTITY, entity_id=new.id,
              client_id=old.client_id, fields=changed, reason=why,
              details={"supersedes": old.id, "version": new.version})
        return Changes.of(KIND, ids=[old.id, new.id], data=new.id)


def _rows(session: Session, *conditions) -> list[NoteRow]:
    stmt = (select(TreatmentNote, Staff.display_name)
            .join(Staff, Staff.id == TreatmentNote.author_id)
            .where(*conditions).order_by(TreatmentNote.created_at, TreatmentNote.id))
    return [NoteRow(n.id, n.visit_id, author, n.created_at.astimezone(HELSINKI), n.text,
                    n.version, n.client_accepted_storage, n.belongs_in_kanta, n.superseded,
                    n.supersedes_id)
            for n, author in session.execute(stmt)]


def list_notes(ctx: Context, client_id: int, *, reason: str = "",
               include_history: bool = False) -> list[NoteRow]:
    """The client's notes in the order they were written (a record reads like a story);
    current versions only unless ``include_history``. Audits one "note.read" with the count."""
    _require_notes(ctx, client_id=client_id)
    why = _authorise(ctx, client_id, reason)
    with ctx.transaction() as session:
        conditions = [TreatmentNote.client_id == client_id]
        if not include_history:
            conditions.append(TreatmentNote.superseded.is_(False))
        rows = _rows(session, *conditions)
        audit(session, ctx, "note.read", entity_type=ENTITY, client_id=client_id, reason=why,
              details={"count": len(rows), "history": include_history})
        return rows


def note_history(ctx: Context, note_id: int, *, reason: str = "") -> list[NoteRow]:
    """Every version of the note that ``note_id`` belongs to, oldest first. Audits
    "note.read" with the count."""
    _require_notes(ctx, entity_id=note_id)
    client_id = _note_client(ctx, note_id)
    why = _authorise(ctx, client_id, reason, entity_id=note_id)
    with ctx.transaction() as session:
        links = dict(session.execute(select(TreatmentNote.id, TreatmentNote.supersedes_id)
                                     .where(TreatmentNote.client_id == client_id)).all())
        root = note_id
        while links.get(root) is not None:
            root = links[root]
        successor = {older: newer for newer, older in links.items() if older is not None}
        chain = [root]
        while chain[-1] in successor:
            chain.append(successor[chain[-1]])
        rows = sorted(_rows(session, TreatmentNote.id.in_(chain)), key=lambda r: r.version)
        audit(session, ctx, "note.read", entity_type=ENTITY, entity_id=note_id,
              client_id=client_id, reason=why, details={"count": len(rows), "history": True})
        return rows
