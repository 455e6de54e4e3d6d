"""The privacy desk's core: access export, objection, erasure (plan dates per law, what stays),
restricted clients hidden, retention run, request register and the privacy notice."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import zipfile

import pytest
from sqlalchemy import select, text, update

from vastaanotto import settings
from vastaanotto.errors import Conflict, NotFound, PermissionDenied, ValidationError
from vastaanotto.models import (Appointment, AppointmentStatus, AuditEvent, BackupTarget,
                                Client, Consent, DataSubjectRequest, Invoice, Message,
                                MessageStatus, Payment, RequestKind, RequestStatus, TargetKind,
                                TreatmentNote, Visit, WaitlistEntry)
from vastaanotto.models.clients import ConsentChannel, ConsentKind
from vastaanotto.privacy import audit_chain
from vastaanotto.privacy.erasure import (ClientFacts, Disposition, bookkeeping_keep_until,
                                         patient_record_keep_until, plan)
from vastaanotto.services import booking, clients, practice
from vastaanotto.services import privacy as privacy_service
from vastaanotto.services.client_search import find_clients
from tests.core.privacy_practice import NOW, add, pp, utc  # noqa: F401 - fixture

TODAY = NOW.date()


def pdf_text(data: bytes, tmp_path) -> str:
    """The PDF's text through poppler's pdftotext (a real reader, as a person's would be)."""
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def actions(db, since: int = 0) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(AuditEvent.action).where(AuditEvent.seq > since)
                              .order_by(AuditEvent.seq)))


def head(db) -> int:
    with db.session() as s:
        return audit_chain.head(s)[0]


# --- access export ----------------------------------------------------------------------------

def test_export_holds_everything_about_the_client(db, pp, tmp_path):
    archive, changes = privacy_service.export_client(pp.owner, pp.maija)
    with zipfile.ZipFile(io.BytesIO(archive)) as z:
        assert sorted(z.namelist()) == ["data.json", "data.pdf"]
        data = json.loads(z.read("data.json"))
        pdf = z.read("data.pdf")
    c = data["client"]
    assert (c["first_name"], c["last_name"], c["email"]) == ("Maija", "Meikäläinen",
                                                             "maija@example.fi")
    assert c["personal_identity_code"] == "131052-308T"  # their own code, in full
    assert {r["kind"] for r in data["consents"]} == {k.value for k in ConsentKind}
    assert [b["id"] for b in data["bookings"]] == [pp.appt_past, pp.appt_future]
    assert data["bookings"][0]["note"] == "Ovikoodi 1234"
    assert [v["id"] for v in data["visits"]] == [pp.visit]
    assert data["treatment_notes"][0]["text"] == "Niska jumissa, hoidettu."
    assert data["treatment_notes"][0]["author"] == "Hanna Hoitaja"
    assert {i["id"] for i in data["invoices"]} == {pp.invoice_id, pp.draft_id}
    assert data["invoices"][0]["lines"][0]["description"] == "Hieronta 60 min"
    assert [p["id"] for p in data["payments"]] == [pp.payment_id]
    assert data["messages"][0]["body"].startswith("Muistutus")
    assert data["waitlist"][0]["note"] == "Aamupäivät"
    # who viewed and edited: the reception's card view and the practitioner's note
    log = {(e["who"], e["action"]) for e in data["access_log"]}
    assert ("Käyttäjä 1", "client.viewed") in log
    assert ("Hanna Hoitaja", "note.written") in log
    assert set(data) >= {"client", "consents", "bookings", "visits", "treatment_notes",
                         "invoices", "payments", "messages", "waitlist", "requests",
                         "access_log"}
    words = pdf_text(pdf, tmp_path)
    for expected in ("Kaikki tietosi rekisterissämme", "Meikäläinen", "Niska jumissa",
                     "Hieronta 60 min", "Käyttäjä 1", "katseli asiakastietoja"):
        assert expected in words, expected
    # the request is in the register, completed, and the export audited
    with db.session() as s:
        request = s.get(DataSubjectRequest, changes.ids[0])
        assert (request.kind, request.status) == (RequestKind.ACCESS, RequestStatus.COMPLETED)
        assert request.handler_id == pp.owner.staff_id
    assert "privacy.access_exported" in actions(db)


def test_export_completes_a_registered_request_and_refuses_a_closed_one(db, pp):
    created = privacy_service.create_request(pp.owner, pp.maija, RequestKind.ACCESS).data
    privacy_service.export_client(pp.owner, pp.maija, request_id=created.id)
    [row] = [r for r in privacy_service.list_requests(pp.owner) if r.id == created.id]
    assert row.status is RequestStatus.COMPLETED and row.handler_name == "Olli Omistaja"
    with pytest.raises(Conflict):
        privacy_service.export_client(pp.owner, pp.maija, request_id=created.id)


def test_access_requests_over_the_yearly_limit_are_flagged(db, pp):
    privacy_service.create_request(pp.owner, pp.maija, RequestKind.ACCESS,
                                   received_on=dt.date(2025, 11, 1))  # over a year ago
    first = privacy_service.create_request(pp.owner, pp.maija, RequestKind.ACCESS).data
    assert (first.access_requests_in_year, first.limit, first.over_limit) == (1, 1, False)
    second = privacy_service.create_request(pp.owner, pp.maija, RequestKind.ACCESS_LOG).data
    assert second.over_limit and second.access_requests_in_year == 2
    other = privacy_service.create_request(pp.owner, pp.maija, RequestKind.RECTIFICATION).data
    rows = {r.id: r for r in privacy_service.list_requests(pp.owner)}
    assert not rows[first.id].over_limit and rows[second.id].over_limit
    assert not rows[other.id].over_limit
    assert rows[first.id].due_on == dt.date(2026, 12, 21)
    practice.set_setting(pp.owner, settings.ACCESS_REQUESTS_PER_YEAR, 3)
    assert not any(r.over_limit for r in privacy_service.list_requests(pp.owner))


def test_request_status_and_outcome(db, pp):
    created = privacy_service.create_request(pp.owner, pp.maija, RequestKind.RECTIFICATION)
    privacy_service.update_request(pp.owner, created.data.id, RequestStatus.IN_PROGRESS)
    privacy_service.update_request(pp.owner, created.data.id, RequestStatus.COMPLETED,
                                   "Osoite korjattu")
    with db.session() as s:
        r = s.get(DataSubjectRequest, created.data.id)
        assert (r.status, r.outcome, r.completed_at) == (RequestStatus.COMPLETED,
                                                         "Osoite korjattu", NOW)
    with pytest.raises(Conflict):
        privacy_service.update_request(pp.owner, created.data.id, RequestStatus.REFUSED)
    with pytest.raises(ValidationError):
        privacy_service.create_request(pp.owner, pp.maija, RequestKind.ACCESS,
                                       received_on=TODAY + dt.timedelta(days=1))


# --- objection to marketing -------------------------------------------------------------------

def test_objection_withdraws_both_marketing_consents_in_one_step(db, pp):
    changes = privacy_service.object_to_marketing(pp.reception, pp.maija, ConsentChannel.PHONE)
    state = clients.get_client_card(pp.owner, pp.maija).consents
    assert not state[ConsentKind.EMAIL_MARKETING] and not state[ConsentKind.SMS_MARKETING]
    assert state[ConsentKind.REMINDERS] and state[ConsentKind.TREATMENT_DATA]
    with db.session() as s:
        request = s.get(DataSubjectRequest, changes.ids[1])
        assert (request.kind, request.status) == (RequestKind.OBJECTION, RequestStatus.COMPLETED)
        event = s.scalars(select(AuditEvent).where(
            AuditEvent.action == "consent.marketing_withdrawn")).one()
        assert event.actor_id == pp.reception.staff_id
        assert sorted(event.details["withdrawn"]) == ["email_marketing", "sms_marketing"]


# --- erasure: the plan per law ----------------------------------------------------------------

def test_bookkeeping_is_kept_six_years_from_the_end_of_the_year():
    assert bookkeeping_keep_until(dt.date(2025, 3, 10)) == dt.date(2031, 12, 31)
    assert bookkeeping_keep_until(dt.date(2025, 12, 31)) == dt.date(2031, 12, 31)
    assert bookkeeping_keep_until(dt.date(2026, 1, 1)) == dt.date(2032, 12, 31)


@pytest.mark.parametrize("facts, expected", [
    (ClientFacts(deceased_on=dt.date(2020, 5, 4), birth_date=dt.date(1930, 1, 1)),
     dt.date(2032, 5, 4)),                                     # 12 years after death
    (ClientFacts(birth_date=dt.date(1952, 10, 13)), dt.date(2072, 10, 13)),  # 120 after birth
    (ClientFacts(birth_date=dt.date(1960, 2, 29)), dt.date(2080, 2, 29)),
    (ClientFacts(deceased_on=dt.date(2024, 2, 29)), dt.date(2036, 2, 29)),
    (ClientFacts(birth_year=1975), dt.date(2095, 12, 31)),
    (ClientFacts(first_note_on=dt.date(2026, 1, 5)), dt.date(2146, 1, 5)),  # born before it
])
def test_patient_records_keep_dates(facts, expected):
    assert patient_record_keep_until(facts)[0] == expected


def test_plan_of_a_client_with_everything(db, pp):
    p = privacy_service.erasure_plan(pp.owner, pp.maija)
    by = {i.kind: i for i in p.items}
    assert by["identity"].disposition is Disposition.KEEP          # patient records need it
    assert by["identity"].keep_until == dt.date(2072, 10, 13)      # born 13.10.1952 + 120
    assert by["treatment_notes"].keep_until == dt.date(2072, 10, 13)
    assert by["visits"].disposition is Disposition.KEEP
    assert by["care_consents"].disposition is Disposition.KEEP
    assert by["contact"].disposition is Disposition.ANONYMISE
    assert (by["marketing_consents"].disposition, by["marketing_consents"].count) == (
        Disposition.ERASE, 3)
    assert (by["invoices"].disposition, by["invoices"].keep_until) == (Disposition.KEEP,
                                                                       dt.date(2031, 12, 31))
    assert by["payments"].keep_until == dt.date(2031, 12, 31)
    assert by["draft_invoices"].disposition is Disposition.ERASE
    assert by["bookings"].disposition is Disposition.ANONYMISE
    assert by["messages"].disposition is Disposition.ANONYMISE
    assert by["waitlist"].disposition is Disposition.ERASE
    assert by["audit_trail"].keep_until == dt.date(2072, 10, 13)
    assert p.restrict and not p.fully_erasable


def test_plan_without_notes_lets_identity_go_and_keeps_only_vouchers():
    facts = ClientFacts(birth_date=dt.date(1990, 1, 1), bookings=3,
                        issued_invoice_dates=(dt.date(2024, 6, 1), dt.date(2019, 5, 5)),
                        payment_dates=(dt.date(2019, 5, 6),), marketing_consents=1)
    p = plan(facts, dt.date(2026, 11, 21))
    assert p.item("identity").disposition is Disposition.ANONYMISE and not p.restrict
    assert p.item("invoices").keep_until == dt.date(2030, 12, 31)   # the newest voucher
    # a payment from 2019 was kept until 31.12.2025: past, so it may be anonymised now
    assert p.item("payments").disposition is Disposition.ANONYMISE
    assert p.item("treatment_notes").disposition is Disposition.NONE
    assert p.item("audit_trail").keep_until == dt.date(2030, 12, 31)
    later = plan(facts, dt.date(2031, 1, 1))
    assert later.fully_erasable and later.item("invoices").disposition is Disposition.ANONYMISE


# --- erasure: carrying it out -----------------------------------------------------------------

def test_erasure_keeps_vouchers_and_records_restricts_and_erases_the_rest(db, pp, tmp_path):
    with db.session() as s:
        invoice_before = {c.name: getattr(s.get(Invoice, pp.invoice_id), c.name)
                          for c in Invoice.__table__.columns if c.name != "updated_at"}
    result = privacy_service.execute_erasure(pp.owner, pp.maija)
    with db.session() as s:
        c = s.get(Client, pp.maija)
        # identity stays for the patient records, restricted; contact data gone
        assert (c.first_name, c.last_name, c.personal_identity_code) == (
            "Maija", "Meikäläinen", "131052-308T")
        assert c.restricted and c.archived_at == NOW and c.anonymised_at is None
        assert (c.email, c.phone, c.street, c.city, c.search_text) == ("", "", "", "", "")
        kinds = set(s.scalars(select(Consent.kind).where(Consent.client_id == pp.maija)))
        assert kinds == {ConsentKind.TREATMENT_DATA}
        # the issued invoice is a voucher: byte for byte as it was, buyer name as printed
        invoice = s.get(Invoice, pp.invoice_id)
        assert {k: getattr(invoice, k) for k in invoice_before} == invoice_before
        assert invoice.buyer_name == "Maija Meikäläinen"
        assert s.get(Payment, pp.payment_id).amount == 60
        assert s.get(Invoice, pp.draft_id) is None                  # a draft is no voucher
        assert s.get(TreatmentNote, pp.note_id).text == "Niska jumissa, hoidettu."
        assert s.get(Visit, pp.visit) is not None
        past, future = s.get(Appointment, pp.appt_past), s.get(Appointment, pp.appt_future)
        assert past.note == "" and past.client_id == pp.maija       # integrity kept
        assert future.status is AppointmentStatus.CANCELLED and future.note == ""
        message = s.get(Message, pp.message_id)
        assert (message.recipient, message.body, message.status) == ("", "",
                                                                     MessageStatus.CANCELLED)
        assert s.get(WaitlistEntry, pp.waitlist_id) is None
        request = s.get(DataSubjectRequest, result.request_id)
        assert (request.kind, request.status, request.outcome) == (
            RequestKind.ERASURE, RequestStatus.COMPLETED, "restricted")
        assert request.details["items"][0]["kind"] == "identity"
        # hidden from search (FTS5 dropped the row) and from booking
        assert find_clients(s, "Meikäläinen") == [] and find_clients(s, "maija") == []
        assert find_clients(s, "Meikäläinen", include_archived=True) == []
        assert find_clients(s, "me", include_archived=True) == []   # initials: name index
        assert s.execute(text("SELECT count(*) FROM client_search WHERE client_search MATCH "
                              "'\"eikäläi\"'")).scalar() == 0
    assert clients.search_clients(pp.reception, "Meikäläinen") == []
    with pytest.raises(ValidationError):
        booking.book(pp.reception, client_id=pp.maija, practitioner_id=pp.nurse.staff_id,
                     service_id=pp.service_id, starts_at=utc(2026, 12, 2, 8))
    words = pdf_text(result.pdf, tmp_path)
    for expected in ("Tietojen poistopyyntö: lopputulos", "Laskut (kirjanpitotositteet)",
                     "31.12.2031", "13.10.2072", "Kirjanpitolaki 1336/1997", "94/2022",
                     "poistettu", "säilytetään"):
        assert expected in words, expected
    reprint = pdf_text(privacy_service.request_outcome_pdf(pp.owner, result.request_id),
                       tmp_path)
    assert "31.12.2031" in reprint
    assert "privacy.erasure_executed" in actions(db)
    with db.session() as s:
        assert audit_chain.verify(s, db.audit_key).ok


def test_erasure_of_a_client_with_nothing_kept_anonymises_the_row(db, pp):
    clients.record_consent(pp.owner, pp.other, ConsentKind.EMAIL_MARKETING, True,
                           ConsentChannel.FORM)
    result = privacy_service.execute_erasure(pp.owner, pp.other)
    assert result.plan.fully_erasable and not result.plan.restrict
    with db.session() as s:
        c = s.get(Client, pp.other)
        assert (c.first_name, c.last_name, c.anonymised_at, c.restricted) == ("", "", NOW, True)
        assert s.scalars(select(Consent).where(Consent.client_id == pp.other)).all() == []
        assert s.get(DataSubjectRequest, result.request_id).outcome == "anonymised"
    with pytest.raises(NotFound):
        clients.get_client_card(pp.owner, pp.other)
    with pytest.raises(NotFound):
        privacy_service.execute_erasure(pp.owner, pp.other)


def test_rectification_through_the_card_is_audited_with_field_names(db, pp):
    seq = head(db)
    clients.update_client(pp.reception, pp.maija, {"street": "Uusikatu 9"})
    with db.session() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.seq > seq)).one()
        assert (event.action, event.fields, event.actor_id) == (
            "client.updated", ["street"], pp.reception.staff_id)
        assert "Uusikatu" not in json.dumps(event.details)


# --- retention --------------------------------------------------------------------------------

def _age(db, client_id: int, when: dt.datetime) -> None:
    with db.session() as s:
        s.execute(update(Client).where(Client.id == client_id).values(
            created_at=when, updated_at=when, last_activity_at=when))


def test_retention_run_lists_inactive_and_anonymises_only_what_may_go(db, pp, owner_ctx):
    old = utc(2018, 1, 10)
    gone = clients.create_client(pp.owner, {"first_name": "Vanha", "last_name": "Asiakas",
                                             "email": "vanha@example.fi"}).data
    with_invoice = clients.create_client(pp.owner, {"first_name": "Lasku",
                                                    "last_name": "Tuore"}).data
    for cid in (gone, with_invoice, pp.maija, pp.other):
        _age(db, cid, old)
    # Maija had bookings in 2025/2026: active. "Tuore" was last invoiced in March 2020,
    # before the six-year cutoff (21.11.2020), but that voucher is kept until 31.12.2026.
    add(db, Invoice(number=555, status="issued", client_id=with_invoice,
                    buyer_name="Lasku Tuore", issue_date=dt.date(2020, 3, 1),
                    created_at=utc(2020, 3, 1), total=10))
    _age(db, with_invoice, old)
    found = {c.client_id: c for c in privacy_service.retention_candidates(pp.owner)}
    assert set(found) == {gone, with_invoice, pp.other}
    assert found[gone].may_go and found[pp.other].may_go
    assert not found[with_invoice].may_go
    assert found[with_invoice].plan.kept_until == dt.date(2026, 12, 31)
    assert privacy_service.retention_due(pp.owner)
    report = privacy_service.run_retention(pp.owner, [gone, with_invoice, pp.maija])
    assert report.anonymised == (gone,)
    assert set(report.kept) == {with_invoice, pp.maija}
    with db.session() as s:
        assert s.get(Client, gone).anonymised_at == NOW and s.get(Client, gone).email == ""
        assert s.get(Client, with_invoice).anonymised_at is None
        assert s.get(Client, pp.maija).email == "maija@example.fi"
        assert s.get(Client, pp.other).anonymised_at is None     # not confirmed: untouched
    assert not privacy_service.retention_due(pp.owner)
    assert "privacy.retention_run" in actions(db)


def test_retention_years_come_from_the_setting(db, pp):
    _age(db, pp.other, utc(2024, 1, 1))
    assert pp.other not in {c.client_id for c in privacy_service.retention_candidates(pp.owner)}
    practice.set_setting(pp.owner, settings.RETENTION_INACTIVE_YEARS, 2)
    assert pp.other in {c.client_id for c in privacy_service.retention_candidates(pp.owner)}


# --- privacy notice ---------------------------------------------------------------------------

def test_notice_has_twelve_sections_in_each_language_and_names_the_backups(db, pp, tmp_path):
    for language, marker in (("fi", "Rekisterinpitäjä"), ("sv", "Personuppgiftsansvarig"),
                             ("en", "Controller")):
        body = privacy_service.privacy_notice(pp.owner, language)
        headings = [line for line in body.splitlines()
                    if line[:3].rstrip(". ").isdigit() and ". " in line[:4]]
        assert len(headings) == 12, (language, headings)
        assert marker in body and "Toimiston NAS" in body and "Espoo, Suomi" in body
        assert "Testiklinikka Oy" in body and "0737546-2" in body and "Olli Omistaja" in body
        assert "2016/679" in body and "1050/2018" in body and "703/2023" in body
        assert "1336/1997" in body
        assert " 10 " in body  # idle lock minutes
    words = pdf_text(privacy_service.privacy_notice(pp.owner, "fi", "pdf"), tmp_path)
    assert "Rekisteri- ja tietosuojaseloste" in words and "Toimiston NAS" in words


def test_notice_changes_when_settings_change(db, pp):
    before = privacy_service.privacy_notice(pp.owner, "en")
    assert "locks after 10 minutes" in before
    practice.set_setting(pp.owner, settings.IDLE_LOCK_MINUTES, 5)
    practice.set_setting(pp.owner, settings.RETENTION_INACTIVE_YEARS, 8)
    add(db, BackupTarget(name="Pilvi", kind=TargetKind.WEBDAV,
                         location_description="Nextcloud, Tampere"))
    after = privacy_service.privacy_notice(pp.owner, "en")
    assert "locks after 5 minutes" in after and "no activity for 8 years" in after
    assert "Pilvi" in after and "Nextcloud, Tampere" in after
    facts = privacy_service.notice_facts(pp.owner)
    assert facts.encrypted_at_rest is False  # the test database is a plain SQLite file
    assert "not encrypted on disk" in after


def test_notice_mentions_message_providers_when_the_module_has_them(db, pp):
    facts = privacy_service.notice_facts(pp.owner)
    try:
        import vastaanotto.messaging.settings  # noqa: F401
    except ImportError:
        assert not facts.providers_known
    else:
        assert facts.providers_known


# --- permissions ------------------------------------------------------------------------------

@pytest.mark.parametrize("call", [
    lambda c, pp: privacy_service.export_client(c, pp.maija),
    lambda c, pp: privacy_service.erasure_plan(c, pp.maija),
    lambda c, pp: privacy_service.execute_erasure(c, pp.maija),
    lambda c, pp: privacy_service.create_request(c, pp.maija, RequestKind.ACCESS),
    lambda c, pp: privacy_service.list_requests(c),
    lambda c, pp: privacy_service.retention_candidates(c),
    lambda c, pp: privacy_service.run_retention(c, [pp.other]),
    lambda c, pp: privacy_service.privacy_notice(c, "fi"),
])
@pytest.mark.parametrize("who", ["reception", "nurse"])
def test_privacy_desk_is_owner_only_and_refusals_are_audited(db, pp, call, who):
    ctx = getattr(pp, who)
    seq = head(db)
    with db.session() as s:
        client_before = s.get(Client, pp.maija).email
    with pytest.raises(PermissionDenied):
        call(ctx, pp)
    assert actions(db, seq) == ["permission.refused"]
    with db.session() as s:
        assert s.get(Client, pp.maija).email == client_before


def test_notice_names_the_message_providers_in_use(db, pp):
    pytest.importorskip("vastaanotto.messaging.settings")  # written in parallel (issue #5)
    assert "no outside messaging services" in privacy_service.privacy_notice(pp.owner, "en")
    from vastaanotto.models import Setting

    add_settings = {"messages_email_enabled": True, "messages_smtp_host": "smtp.posti.example",
                    "messages_smtp_country": "FI", "messages_sms_enabled": True}
    with db.session() as s:  # as the messaging settings page would store them
        for key, value in add_settings.items():
            s.merge(Setting(key=key, value=value))
    body = privacy_service.privacy_notice(pp.owner, "en")
    assert "smtp.posti.example (email, FI)" in body and "46elks (text messages" in body
    assert "processors (GDPR Article 28)" in body


# --- the plan as a property: whatever the facts, the law's dates hold -------------------------

from hypothesis import given, settings as hsettings, strategies as st  # noqa: E402

_days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@hsettings(max_examples=300, deadline=None)
@given(today=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2080, 12, 31)),
       birth=st.none() | _days, death=st.none() | _days, notes=st.integers(0, 3),
       first_note=st.none() | _days, invoices=st.lists(_days, max_size=4),
       payments=st.lists(_days, max_size=4), consents=st.integers(0, 5))
def test_plan_never_lets_go_what_the_law_keeps(today, birth, death, notes, first_note,
                                                invoices, payments, consents):
    facts = ClientFacts(birth_date=birth, deceased_on=death, notes=notes,
                        first_note_on=first_note, issued_invoice_dates=tuple(invoices),
                        payment_dates=tuple(payments), marketing_consents=consents, bookings=1)
    p = plan(facts, today)
    for item in p.items:
        if item.disposition is Disposition.KEEP and item.kind != "audit_trail":
            assert item.keep_until is not None and item.keep_until > today
        if item.count == 0 and item.kind != "audit_trail":  # the trail is never "no data"
            assert item.disposition is Disposition.NONE
    # every voucher still inside its six years keeps the whole kind
    if any(bookkeeping_keep_until(d) > today for d in invoices):
        assert p.item("invoices").disposition is Disposition.KEEP
        assert p.item("invoices").keep_until == max(bookkeeping_keep_until(d) for d in invoices)
    if notes:
        until, _ = patient_record_keep_until(facts)
        kept = until > today
        assert (p.item("treatment_notes").disposition is Disposition.KEEP) == kept
        assert p.restrict == kept and p.item("visits").disposition is not Disposition.ERASE
    else:
        assert not p.restrict
    assert p.item("marketing_consents").disposition in (Disposition.ERASE, Disposition.NONE)
    assert p.item("contact").disposition is Disposition.ANONYMISE
    if p.kept_until:
        assert p.item("audit_trail").keep_until == p.kept_until
    assert p.fully_erasable == (p.kept_until is None)
