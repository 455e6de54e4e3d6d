"""Treatment notes: who may read and write them, versioned edits, audit without the text."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.core.billing_fixtures import add_visit
from vastaanotto.clock import HELSINKI
from vastaanotto.errors import Conflict, NotFound, PermissionDenied, ValidationError
from vastaanotto.models import (Appointment, AppointmentStatus, AuditEvent, Outcome, Role,
                                TreatmentNote)
from vastaanotto.services import catalog, clients
from vastaanotto.services import treatment_notes as notes

SECRET = "Selkäkipu, Burana 400 mg"


@pytest.fixture
def practice(db, owner_ctx, make_ctx):
    hoitaja = make_ctx(Role.PRACTITIONER)
    toinen = make_ctx(Role.PRACTITIONER)
    reception = make_ctx(Role.RECEPTION)
    service = catalog.create_service(owner_ctx, {
        "name": "Hieronta", "duration_minutes": 60, "price": "60.00",
        "practitioner_ids": [hoitaja.staff_id, toinen.staff_id]}).data
    client = clients.create_client(reception, {"first_name": "Liisa",
                                               "last_name": "Lahtinen"}).data
    visit = add_visit(db, client_id=client, practitioner_id=hoitaja.staff_id,
                      service_id=service)
    return dict(hoitaja=hoitaja, toinen=toinen, reception=reception, owner=owner_ctx,
                service=service, client=client, visit=visit)


def _add(ctx, client, text=SECRET, **kw):
    kw.setdefault("client_accepted_storage", True)
    kw.setdefault("belongs_in_kanta", False)
    return notes.add_note(ctx, client_id=client, text=text, **kw).data


def _events(db, action):
    with db.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)
                              .order_by(AuditEvent.seq)))


def _all_audit_text(db):
    with db.session() as s:
        return " ".join(f"{e.reason} {e.details} {e.fields}"
                        for e in s.scalars(select(AuditEvent)))


def test_practitioner_writes_and_reads_own_client_audited_without_text(db, practice):
    h, c = practice["hoitaja"], practice["client"]
    changes = notes.add_note(h, client_id=c, text=SECRET, visit_id=practice["visit"],
                             client_accepted_storage=True, belongs_in_kanta=True)
    assert changes.touches("treatment_notes")
    rows = notes.list_notes(h, c)
    assert [(r.id, r.text, r.version, r.accepted, r.kanta, r.superseded) for r in rows] == [
        (changes.data, SECRET, 1, True, True, False)]
    assert rows[0].visit_id == practice["visit"]
    assert rows[0].author_name == "Käyttäjä 1"
    assert rows[0].created_at.tzinfo == HELSINKI
    written = _events(db, "note.written")[-1]
    assert written.client_id == c and written.entity_id == changes.data
    read = _events(db, "note.read")[-1]
    assert read.client_id == c and read.details["count"] == 1 and read.actor_id == h.staff_id
    assert "Burana" not in _all_audit_text(db)


def test_own_client_through_a_booking_but_not_a_cancelled_one(db, practice):
    toinen, c = practice["toinen"], practice["client"]
    start = dt.datetime(2026, 12, 1, 10, tzinfo=HELSINKI)
    with db.session() as s:
        appt = Appointment(client_id=c, practitioner_id=toinen.staff_id,
                           service_id=practice["service"], starts_at=start,
                           ends_at=start + dt.timedelta(hours=1),
                           status=AppointmentStatus.CANCELLED)
        s.add(appt)
    with pytest.raises(ValidationError) as info:
        notes.list_notes(toinen, c)
    assert (info.value.field, info.value.code) == ("reason", "reason_required")
    with db.session() as s:
        s.get(Appointment, appt.id).status = AppointmentStatus.BOOKED
    assert notes.list_notes(toinen, c) == []


def test_other_practitioners_client_needs_a_reason_which_is_audited(db, practice):
    h, toinen, c = practice["hoitaja"], practice["toinen"], practice["client"]
    _add(h, c)
    with pytest.raises(ValidationError):
        notes.list_notes(toinen, c, reason="   ")
    refused = _events(db, "permission.refused")[-1]
    assert refused.actor_id == toinen.staff_id and refused.client_id == c
    assert refused.details["code"] == "reason_required"
    rows = notes.list_notes(toinen, c, reason="Sijaisuus, hoitaja lomalla")
    assert len(rows) == 1
    assert _events(db, "note.read")[-1].reason == "Sijaisuus, hoitaja lomalla"
    nid = _add(toinen, c, text="Jatkohoito", reason="Sijaisuus")
    assert _events(db, "note.written")[-1].reason == "Sijaisuus"
    assert nid > rows[0].id


@pytest.mark.parametrize("who", ["reception", "owner"])
def test_reception_and_owner_who_does_not_treat_are_refused_and_audited(db, practice, who):
    ctx, c = practice[who], practice["client"]
    nid = _add(practice["hoitaja"], c)
    for call in (lambda: notes.list_notes(ctx, c, reason="utelias"),
                 lambda: _add(ctx, c, reason="utelias"),
                 lambda: notes.edit_note(ctx, nid, text="x", reason="utelias"),
                 lambda: notes.note_history(ctx, nid)):
        with pytest.raises(PermissionDenied):
            call()
    refusals = [e for e in _events(db, "permission.refused") if e.actor_id == ctx.staff_id]
    assert len(refusals) == 4
    assert all(e.outcome is Outcome.REFUSED for e in refusals)
    assert {e.details["action"] for e in refusals} == {"notes.own"}
    assert _events(db, "note.read") == []


def test_owner_who_also_treats_follows_practitioner_rules(db, practice, make_ctx):
    both = make_ctx(Role.OWNER, Role.PRACTITIONER)
    c = practice["client"]
    with pytest.raises(ValidationError):
        notes.list_notes(both, c)
    assert notes.list_notes(both, c, reason="Vastaava lääkäri") == []


def test_edit_makes_a_new_version_and_keeps_the_old_text(db, practice):
    h, c = practice["hoitaja"], practice["client"]
    first = _add(h, c)
    second = notes.edit_note(h, first, text="Selkäkipu, Burana 200 mg").data
    third = notes.edit_note(h, second, text="Selkäkipu, Burana 200 mg",
                            belongs_in_kanta=True).data
    with db.session() as s:
        old = s.get(TreatmentNote, first)
        assert (old.text, old.superseded, old.version) == (SECRET, True, 1)
        newest = s.get(TreatmentNote, third)
        assert (newest.version, newest.supersedes_id, newest.superseded) == (3, second, False)
        assert newest.client_accepted_storage is True and newest.belongs_in_kanta is True
    assert [r.id for r in notes.list_notes(h, c)] == [third]
    assert [r.version for r in notes.list_notes(h, c, include_history=True)] == [1, 2, 3]
    for any_version in (first, second, third):
        history = notes.note_history(h, any_version)
        assert [r.id for r in history] == [first, second, third]
    assert [r.text for r in history][0] == SECRET
    edited = _events(db, "note.edited")
    assert [e.details["supersedes"] for e in edited] == [first, second]
    assert edited[0].fields == ["text"] and edited[1].fields == ["belongs_in_kanta"]
    assert "Burana" not in _all_audit_text(db)


def test_superseded_version_cannot_be_edited_and_noop_edit_writes_nothing(db, practice):
    h, c = practice["hoitaja"], practice["client"]
    first = _add(h, c)
    assert notes.edit_note(h, first, text=f"  {SECRET}\n").data == first  # nothing changed
    notes.edit_note(h, first, text="Uusi")
    with pytest.raises(Conflict) as info:
        notes.edit_note(h, first, text="Haarautuva")
    assert info.value.code == "note_superseded"
    with db.session() as s:
        assert s.scalar(select(func.count(TreatmentNote.id))) == 2


def test_other_practitioner_may_correct_with_reason_and_is_the_author(db, practice):
    h, toinen, c = practice["hoitaja"], practice["toinen"], practice["client"]
    first = _add(h, c)
    with pytest.raises(ValidationError):
        notes.edit_note(toinen, first, text="Korjattu")
    new = notes.edit_note(toinen, first, text="Korjattu", reason="Sijaisuus").data
    rows = notes.note_history(h, new)
    assert [r.author_name for r in rows] == ["Käyttäjä 1", "Käyttäjä 2"]


@pytest.mark.parametrize("text,code", [
    ("", "required"), ("  \n\t ", "required"), ("x" * 20_001, "too_long"),
    ("a\x00b", "invalid_characters"), ("a\x1bb", "invalid_characters"),
    ("a\u202eb", "invalid_characters"), ("a\ud800b", "invalid_characters"),
])
def test_bad_text_is_refused_and_nothing_written(db, practice, text, code):
    with pytest.raises(ValidationError) as info:
        _add(practice["hoitaja"], practice["client"], text=text)
    assert (info.value.field, info.value.code) == ("text", code)
    assert code not in str(info.value.params)
    with db.session() as s:
        assert s.scalar(select(func.count(TreatmentNote.id))) == 0
    assert _events(db, "note.written") == []


def test_text_keeps_lines_tabs_and_limits(db, practice):
    h, c = practice["hoitaja"], practice["client"]
    long_text = "ä" * 20_000
    _add(h, c, text="Rivi 1\r\n\tRivi 2 🙂\rRivi 3")
    _add(h, c, text=long_text)
    texts = [r.text for r in notes.list_notes(h, c)]
    assert texts == ["Rivi 1\n\tRivi 2 🙂\nRivi 3", long_text]


def test_storage_basis_and_visit_of_other_client_are_refused(db, practice, owner_ctx):
    h, c = practice["hoitaja"], practice["client"]
    with pytest.raises(ValidationError) as info:
        _add(h, c, client_accepted_storage=False, belongs_in_kanta=False)
    assert info.value.code == "storage_basis_required"
    assert _add(h, c, client_accepted_storage=False, belongs_in_kanta=True)
    other = clients.create_client(owner_ctx, {"first_name": "Olli", "last_name": "Muu"}).data
    other_visit = add_visit(db, client_id=other, practitioner_id=h.staff_id, service_id=None)
    with pytest.raises(ValidationError) as info:
        _add(h, c, visit_id=other_visit)
    assert (info.value.field, info.value.code) == ("visit_id", "invalid_visit")
    with pytest.raises(ValidationError):
        _add(h, c, visit_id=999_999)


def test_unknown_client_and_note_are_not_found(db, practice):
    h = practice["hoitaja"]
    with pytest.raises(NotFound):
        notes.list_notes(h, 999_999, reason="x")
    with pytest.raises(NotFound):
        notes.note_history(h, 999_999)
    with pytest.raises(NotFound):
        notes.edit_note(h, 999_999, text="x")
