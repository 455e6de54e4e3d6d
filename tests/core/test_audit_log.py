"""The owner's log viewer and the per-client access report (703/2023)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess

import pytest
from sqlalchemy import select

from vastaanotto.clock import fixed_clock
from vastaanotto.errors import PermissionDenied, ValidationError
from vastaanotto.models import AuditEvent, DataSubjectRequest, RequestKind, RequestStatus, Role
from vastaanotto.services import audit_log, clients, staff, treatment_notes
from vastaanotto.services import auth
from tests.core.privacy_practice import NOW, pp  # noqa: F401 - fixture


def pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_filters_by_client_staff_date_and_action(db, pp):
    by_client = audit_log.query_events(pp.owner, client_id=pp.maija)
    assert by_client and all(r.client_id == pp.maija for r in by_client)
    assert [r.seq for r in by_client] == sorted((r.seq for r in by_client), reverse=True)
    by_staff = audit_log.query_events(pp.owner, staff_id=pp.nurse.staff_id)
    assert {r.action for r in by_staff} >= {"note.written"}
    assert all(r.actor_id == pp.nurse.staff_id for r in by_staff)
    exact = audit_log.query_events(pp.owner, action="client.viewed")
    assert exact and {r.action for r in exact} == {"client.viewed"}
    prefix = audit_log.query_events(pp.owner, action="consent.")
    assert {r.action for r in prefix} == {"consent.given"}
    today = NOW.date()
    assert audit_log.query_events(pp.owner, start=today, end=today, client_id=pp.maija)
    # (logins carry the real clock's time, so the empty windows look at Maija's events)
    assert audit_log.query_events(pp.owner, start=today + dt.timedelta(days=1),
                                  client_id=pp.maija) == []
    assert audit_log.query_events(pp.owner, end=today - dt.timedelta(days=1),
                                  client_id=pp.maija) == []
    with pytest.raises(ValidationError):
        audit_log.query_events(pp.owner, start=today, end=today - dt.timedelta(days=1))
    assert "note.written" in audit_log.action_names(pp.owner)


def test_reading_the_log_is_itself_audited(db, pp):
    audit_log.query_events(pp.owner, client_id=pp.maija, action="client.")
    with db.session() as s:
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).one()
    assert (event.action, event.client_id, event.actor_id) == ("audit.viewed", pp.maija,
                                                                pp.owner.staff_id)
    assert event.details["action"] == "client."


def test_access_report_lists_who_viewed_when_from_where_and_why(db, pp, make_ctx, tmp_path):
    # a second practitioner reads Maija's notes: not their client, so a reason is required
    staff.create_staff(pp.owner, username="toinen", display_name="Toivo Toinen",
                       roles=[Role.PRACTITIONER], password="Toisen salasana 22")
    other = dataclasses.replace(auth.authenticate(db, "toinen", "Toisen salasana 22",
                                                  workstation="hoito-2"),
                                clock=fixed_clock(NOW))
    with pytest.raises(ValidationError):
        treatment_notes.list_notes(other, pp.maija)
    treatment_notes.list_notes(other, pp.maija, reason="Sijaisuus 21.11.")
    clients.reveal_identity_code(pp.owner, pp.maija, reason="Kela-lomake")
    rows = audit_log.access_rows(pp.owner, pp.maija)
    seen = {(r.actor_name, r.action, r.workstation, r.reason) for r in rows}
    assert ("Toivo Toinen", "note.read", "hoito-2", "Sijaisuus 21.11.") in seen
    assert ("Olli Omistaja", "hetu.revealed", "vastaanotto-1", "Kela-lomake") in seen
    assert ("Käyttäjä 1", "client.viewed", "vastaanotto-2", "") in seen
    refused = [r for r in rows if r.action == "permission.refused"]
    assert refused and refused[0].actor_name == "Toivo Toinen"
    assert "client.searched" not in {r.action for r in rows}

    pdf, changes = audit_log.client_access_report(pp.owner, pp.maija)
    words = pdf_text(pdf, tmp_path)
    for expected in ("Lokiselvitys", "Maija Meikäläinen", "Toivo Toinen", "Sijaisuus 21.11.",
                     "luki hoitotietoja", "Kela-lomake", "katsoi henkilötunnuksen",
                     "hoito-2", "21.11.2026"):
        assert expected in words, expected
    with db.session() as s:
        request = s.get(DataSubjectRequest, changes.ids[0])
        assert (request.kind, request.status) == (RequestKind.ACCESS_LOG,
                                                  RequestStatus.COMPLETED)
        assert s.scalars(select(AuditEvent.action).where(
            AuditEvent.action == "privacy.access_report")).one()
    english = pdf_text(audit_log.client_access_report(pp.owner, pp.maija, language="en",
                                                      record_request=False)[0], tmp_path)
    assert "Access report" in english and "read treatment notes" in english


def test_access_report_period(db, pp):
    earlier = dt.date(2025, 1, 1)
    assert audit_log.access_rows(pp.owner, pp.maija, earlier, dt.date(2025, 12, 31)) == []
    assert audit_log.access_rows(pp.owner, pp.maija, earlier, NOW.date())


def test_verify_chain_from_the_viewer_is_audited(db, pp):
    result = audit_log.verify_chain(pp.owner)
    assert result.ok and result.checked > 10
    with db.session() as s:
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).one()
    assert event.action == "audit.verified" and event.details["ok"] is True


@pytest.mark.parametrize("call", [
    lambda c, pp: audit_log.query_events(c),
    lambda c, pp: audit_log.action_names(c),
    lambda c, pp: audit_log.verify_chain(c),
    lambda c, pp: audit_log.access_rows(c, pp.maija),
    lambda c, pp: audit_log.client_access_report(c, pp.maija),
])
def test_log_is_for_the_owner_only(db, pp, call):
    for ctx in (pp.reception, pp.nurse):
        with pytest.raises(PermissionDenied):
            call(ctx, pp)
        with db.session() as s:
            last = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).one()
        assert (last.action, last.actor_id) == ("permission.refused", ctx.staff_id)
