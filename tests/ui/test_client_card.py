"""The client card: fields saved through the core and audited, refusals under their fields,
the identity code revealed only to whom the core allows, consents through the ledger, the
history, and treatment notes only for practitioners."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from tests.ui.client_practice import practice  # noqa: F401 - fixture
from ui.clients import common
from ui.clients.client_card import ClientCardDialog
from ui.clients.models import BookingsModel, ConsentLedgerModel, NotesModel, PaymentsModel
from vastaanotto.models import AuditEvent, Client, ConsentChannel, ConsentKind
from vastaanotto.services import clients as client_service
from vastaanotto.services import treatment_notes

LEFT = Qt.MouseButton.LeftButton
HETU = "131052-308T"


@pytest.fixture
def open_card(qtbot, published):
    def make(ctx, client_id):
        card = ClientCardDialog(ctx, published.append, client_id)
        qtbot.addWidget(card)
        card.show()
        return card

    return make


def events(db, action):
    with db.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)
                              .order_by(AuditEvent.seq)))


def stored(db, client_id) -> Client:
    with db.session() as s:
        return s.get(Client, client_id)


def answer_channel(monkeypatch, channel=ConsentChannel.PHONE):
    asked = []
    monkeypatch.setattr(common.ChannelDialog, "ask",
                        classmethod(lambda cls, *a: asked.append(a) or channel))
    return asked


def answer_reason(monkeypatch, reason):
    asked = []
    monkeypatch.setattr(common.ReasonDialog, "ask",
                        classmethod(lambda cls, *a: asked.append(a) or reason))
    return asked


# -- Perustiedot ----------------------------------------------------------------------------

def test_card_shows_fields_the_finnish_way_and_opening_is_audited(open_card, practice, db):
    cid = practice.client(phone="+358401234567", birth_date=dt.date(1980, 5, 1),
                          email="maija@example.fi")
    card = open_card(practice.reception, cid)
    tab = card.details_tab
    assert tab.edits["phone"].text() == "040 123 4567"
    assert tab.edits["birth_date"].text() == "1.5.1980"
    assert tab.edits["birth_year"].text() == "1980"
    assert "Maija Virtanen" in card.windowTitle()
    assert events(db, "client.viewed")[-1].client_id == cid


def test_edit_a_field_saves_it_and_the_audit_names_only_that_field(
        qtbot, open_card, practice, db, published):
    cid = practice.client(phone="040 123 4567")
    card = open_card(practice.reception, cid)
    tab = card.details_tab
    tab.edits["city"].setText("Jyväskylä")
    tab.edits["birth_date"].setText("21.11.1980")
    qtbot.mouseClick(tab.save_button, LEFT)
    client = stored(db, cid)
    assert client.city == "Jyväskylä" and client.birth_date == dt.date(1980, 11, 21)
    assert client.phone == "+358401234567"  # shown as 040 123 4567, saved unchanged
    assert set(events(db, "client.updated")[-1].fields) == {"city", "birth_date", "birth_year"}
    assert published and published[-1].touches("clients")
    assert tab.edits["birth_year"].text() == "1980"  # the card re-read what the core stored


def test_refused_fields_are_marked_and_nothing_is_saved(qtbot, open_card, practice, db):
    cid = practice.client()
    card = open_card(practice.reception, cid)
    tab = card.details_tab
    tab.edits["email"].setText("ei-osoite")
    tab.edits["birth_date"].setText("31.2.1980")
    tab.edits["postal_code"].setText("123")
    qtbot.mouseClick(tab.save_button, LEFT)
    assert tab.errors.message("email") == "Not a valid email address."
    tab.edits["birth_year"].setText("19x0")
    qtbot.mouseClick(tab.save_button, LEFT)
    assert tab.errors.message("birth_year") == "Enter a number."
    tab.edits["birth_year"].setText("")
    qtbot.mouseClick(tab.save_button, LEFT)
    assert tab.errors.message("email") == "Not a valid email address."
    assert tab.errors.message("birth_date") == "Not a valid date, e.g. 21.11.2026."
    assert tab.errors.message("postal_code").startswith("A Finnish postal code")
    assert tab.banner.isVisible()
    assert stored(db, cid).email == "" and not events(db, "client.updated")


def test_billing_details_of_a_company_payer(qtbot, open_card, practice, db):
    cid = practice.client()
    tab = open_card(practice.owner, cid).details_tab
    tab.edits["payer_company_name"].setText("Testi Oy")
    tab.edits["payer_business_id"].setText("0737546-3")
    qtbot.mouseClick(tab.save_button, LEFT)
    assert tab.errors.message("payer_business_id")
    tab.edits["payer_business_id"].setText("0737546-2")
    tab.edits["payer_einvoice_address"].setText("003707375462")
    qtbot.mouseClick(tab.save_button, LEFT)
    client = stored(db, cid)
    assert (client.payer_company_name, client.payer_business_id) == ("Testi Oy", "0737546-2")


def test_gender_language_notes_and_archive(qtbot, open_card, practice, db):
    cid = practice.client()
    card = open_card(practice.reception, cid)
    tab = card.details_tab
    tab.gender.setCurrentIndex(tab.gender.findData("female"))
    tab.language.setCurrentIndex(tab.language.findData("sv"))
    tab.notes.setPlainText("Tulee pyörätuolilla.")
    qtbot.mouseClick(tab.save_button, LEFT)
    client = stored(db, cid)
    assert (client.gender.value, client.language) == ("female", "sv")
    assert client.notes == "Tulee pyörätuolilla."
    tab.archived.click()
    assert stored(db, cid).archived_at is not None
    assert "(archived)" in card.heading.text()
    assert client_service.search_clients(practice.reception, "Virtanen") == []


# -- identity code --------------------------------------------------------------------------

def test_owner_reveals_the_identity_code_and_the_reveal_is_audited(
        qtbot, open_card, practice, db):
    cid = practice.client(personal_identity_code=HETU)
    tab = open_card(practice.owner, cid).details_tab
    assert tab.identity_code.text() == "131052-****"
    qtbot.mouseClick(tab.reveal_button, LEFT)
    assert tab.identity_code.text() == HETU
    assert events(db, "hetu.revealed")[-1].client_id == cid
    tab.edits["city"].setText("Oulu")  # saving after a reveal keeps the code as it is
    qtbot.mouseClick(tab.save_button, LEFT)
    assert "personal_identity_code" not in events(db, "client.updated")[-1].fields


def test_reception_reveal_is_refused_with_a_message(
        qtbot, open_card, practice, db, monkeypatch):
    shown = []
    monkeypatch.setattr("ui.clients.details_tab.show_error",
                        lambda parent, exc, title=None: shown.append((exc.code, title)))
    cid = practice.client(personal_identity_code=HETU)
    tab = open_card(practice.reception, cid).details_tab
    qtbot.mouseClick(tab.reveal_button, LEFT)
    assert shown == [("permission_denied", "Not allowed")]
    assert tab.identity_code.text() == "131052-****"
    assert events(db, "permission.refused")[-1].client_id == cid
    assert not events(db, "hetu.revealed")


def test_practitioner_gives_a_reason_to_see_own_clients_code(
        qtbot, open_card, practice, db, monkeypatch):
    cid = practice.client(personal_identity_code=HETU)
    practice.book(cid, 10)
    asked = answer_reason(monkeypatch, "Kela-korvaus")
    tab = open_card(practice.nurse, cid).details_tab
    qtbot.mouseClick(tab.reveal_button, LEFT)
    assert len(asked) == 1 and tab.identity_code.text() == HETU
    assert events(db, "hetu.revealed")[-1].reason == "Kela-korvaus"


def test_practitioner_who_cancels_the_reason_sees_nothing(
        qtbot, open_card, practice, db, monkeypatch):
    cid = practice.client(personal_identity_code=HETU)
    answer_reason(monkeypatch, None)
    tab = open_card(practice.nurse, cid).details_tab
    qtbot.mouseClick(tab.reveal_button, LEFT)
    assert tab.identity_code.text() == "131052-****"
    assert not events(db, "hetu.revealed") and not events(db, "permission.refused")


def test_typing_a_new_identity_code_replaces_it(qtbot, open_card, practice, db):
    cid = practice.client()
    tab = open_card(practice.reception, cid).details_tab
    tab.identity_code.setText(HETU)
    qtbot.mouseClick(tab.save_button, LEFT)
    client = stored(db, cid)
    assert client.personal_identity_code == HETU and client.birth_date == dt.date(1952, 10, 13)
    assert tab.identity_code.text() == "131052-****" and tab.reveal_button.isEnabled()


# -- Suostumukset ---------------------------------------------------------------------------

def ledger_texts(tab):
    model = tab.model
    return [(model.index(r, ConsentLedgerModel.Column.CONSENT).data(),
             model.index(r, ConsentLedgerModel.Column.STATE).data(),
             model.index(r, ConsentLedgerModel.Column.CHANNEL).data())
            for r in range(model.rowCount())]


def test_consent_toggle_asks_the_channel_and_writes_the_ledger(
        qtbot, open_card, practice, db, monkeypatch):
    asked = answer_channel(monkeypatch, ConsentChannel.IN_PERSON)
    cid = practice.client()
    tab = open_card(practice.reception, cid).consents_tab
    check = tab.checks[ConsentKind.SMS_MARKETING]
    assert not check.isChecked()
    check.click()
    assert len(asked) == 1 and check.isChecked()
    with db.session() as s:
        assert client_service.current_consents(s, cid)[ConsentKind.SMS_MARKETING]
    assert ledger_texts(tab) == [("Marketing by SMS", "Given", "In person")]
    assert events(db, "consent.given")[-1].details["channel"] == "in_person"


def test_consent_toggle_cancelled_changes_nothing(qtbot, open_card, practice, db, monkeypatch):
    answer_channel(monkeypatch, None)
    cid = practice.client()
    tab = open_card(practice.reception, cid).consents_tab
    tab.checks[ConsentKind.REMINDERS].click()
    assert not tab.checks[ConsentKind.REMINDERS].isChecked()
    assert tab.model.rowCount() == 0 and not events(db, "consent.given")


def test_forbid_direct_marketing_withdraws_both(qtbot, open_card, practice, db, monkeypatch):
    cid = practice.client(email="maija@example.fi")
    for kind in (ConsentKind.EMAIL_MARKETING, ConsentKind.SMS_MARKETING, ConsentKind.REMINDERS):
        client_service.record_consent(practice.owner, cid, kind, True, ConsentChannel.FORM)
    answer_channel(monkeypatch, ConsentChannel.EMAIL)
    tab = open_card(practice.reception, cid).consents_tab
    assert all(c.isChecked() for c in tab.checks.values())
    qtbot.mouseClick(tab.withdraw_button, LEFT)
    assert not tab.checks[ConsentKind.EMAIL_MARKETING].isChecked()
    assert not tab.checks[ConsentKind.SMS_MARKETING].isChecked()
    assert tab.checks[ConsentKind.REMINDERS].isChecked()  # reminders are not marketing
    assert ledger_texts(tab)[:2] == [("Marketing by SMS", "Withdrawn", "By email"),
                                     ("Marketing by email", "Withdrawn", "By email")]
    assert events(db, "consent.marketing_withdrawn")[-1].client_id == cid


# -- Historia -------------------------------------------------------------------------------

def test_history_is_read_when_shown_with_bookings_and_counters(open_card, practice, db):
    cid = practice.client()
    practice.book(cid, 10)
    card = open_card(practice.reception, cid)
    assert not events(db, "client.history_viewed")  # not read in passing
    card.show_tab(card.history_tab)
    tab = card.history_tab
    assert tab.bookings.rowCount() == 1
    assert tab.bookings.index(0, BookingsModel.Column.WHEN).data() == "23.11.2026 10.00\u201311.00"
    assert tab.bookings.index(0, BookingsModel.Column.STATUS).data() == "Booked"
    assert tab.counters.text() == "No-shows: 0    Late cancellations: 0"
    assert len(events(db, "client.history_viewed")) == 1


def test_practitioner_sees_no_other_billing(open_card, practice):
    cid = practice.client()
    card = open_card(practice.nurse, cid)
    card.show_tab(card.history_tab)
    assert card.history_tab.message.text().startswith("Only invoices of your own visits")


def test_history_labels_a_cash_rounding_as_rounding(open_card, practice, db):
    """A desk sale of 42,37 paid with 42,35 in cash: the payments table shows the cash and
    a "Cash rounding" row of 0,02, not two cash payments."""
    from vastaanotto.models import Visit
    from vastaanotto.services import catalog, payments
    from vastaanotto.services.payments import Tender

    cid = practice.client()
    odd = catalog.create_service(practice.owner, {
        "name": "Hieronta 30 min", "duration_minutes": 30, "price": "42.37",
        "practitioner_ids": [practice.nurse.staff_id]}).data
    start = dt.datetime(2026, 11, 16, 9, tzinfo=dt.timezone.utc)
    with db.session() as s:
        visit = Visit(client_id=cid, practitioner_id=practice.nurse.staff_id, service_id=odd,
                      started_at=start, completed_at=start + dt.timedelta(minutes=30))
        s.add(visit)
        s.flush()
        visit_id = visit.id
    payments.take_payment(practice.reception, visit_ids=[visit_id],
                          tenders=[Tender("cash", "42.35")])
    card = open_card(practice.reception, cid)
    card.show_tab(card.history_tab)
    model = card.history_tab.payments
    rows = {(model.index(r, PaymentsModel.Column.AMOUNT).data(),
             model.index(r, PaymentsModel.Column.METHOD).data())
            for r in range(model.rowCount())}
    assert rows == {("42,35\u00a0€", "Cash"), ("0,02\u00a0€", "Cash rounding")}


# -- Hoitotiedot ----------------------------------------------------------------------------

def test_reception_has_no_treatment_notes_tab(open_card, practice):
    card = open_card(practice.reception, practice.client())
    assert card.notes_tab is None
    assert [card.tabs.tabText(i) for i in range(card.tabs.count())] == [
        "Details", "Consents", "History", "Messages"]


def test_practitioner_writes_and_corrects_a_note_of_own_client(
        qtbot, open_card, practice, db, published):
    cid = practice.client()
    practice.book(cid, 10)
    card = open_card(practice.nurse, cid)
    card.show_tab(card.notes_tab)
    tab = card.notes_tab
    assert tab.loaded and tab.model.rowCount() == 0
    dialog = tab.new_note()
    dialog.text.setPlainText("Niska jumissa.\nHieronta 60 min.")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.errors.message("client_accepted_storage")  # no storage basis: refused
    dialog.accepted_check.click()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, NotesModel.Column.TEXT).data() == "Niska jumissa."
    assert tab.full_text.toPlainText() == "Niska jumissa.\nHieronta 60 min."
    dialog = tab.edit_selected()
    dialog.text.setPlainText("Niska ja hartiat jumissa.")
    dialog.kanta_check.click()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, NotesModel.Column.VERSION).data() == "2"
    assert tab.model.index(0, NotesModel.Column.BASIS).data() == "client accepted, Kanta"
    tab.history_check.click()
    assert tab.model.rowCount() == 2
    assert tab.model.index(0, NotesModel.Column.VERSION).data() == "1 (replaced)"
    assert [e.action for e in events(db, "note.written") + events(db, "note.edited")] == [
        "note.written", "note.edited"]
    assert any(c.touches("treatment_notes") for c in published)


def test_other_practitioners_client_needs_a_reason(open_card, practice, db, monkeypatch):
    cid = practice.client()
    practice.book(cid, 10, who=practice.other_nurse)
    treatment_notes.add_note(practice.other_nurse, client_id=cid, text="Alaselkä.",
                             client_accepted_storage=True, belongs_in_kanta=False)
    asked = answer_reason(monkeypatch, None)
    card = open_card(practice.nurse, cid)
    card.show_tab(card.notes_tab)
    tab = card.notes_tab
    assert len(asked) == 1 and not tab.loaded and tab.model.rowCount() == 0
    assert tab.message.text().startswith("The notes of another practitioner's client")
    assert not tab.new_button.isEnabled() and tab.retry_button.isVisibleTo(tab)
    answer_reason(monkeypatch, "Sijaisuus")
    tab.retry_button.click()
    assert tab.loaded and tab.model.rowCount() == 1
    assert events(db, "note.read")[-1].reason == "Sijaisuus"


def test_the_two_questions(qtbot):
    reason = common.ReasonDialog(None, "Syy", "Miksi?")
    qtbot.addWidget(reason)
    ok = reason.buttons.button(reason.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    reason.reason.setText("  ")
    assert not ok.isEnabled()  # blanks document nothing
    reason.reason.setText("Kela-korvaus")
    assert ok.isEnabled()
    channel = common.ChannelDialog(None, "Kanava", "Miten?")
    qtbot.addWidget(channel)
    assert [channel.channel.itemData(i) for i in range(channel.channel.count())] == list(
        common.STAFF_CHANNELS)
