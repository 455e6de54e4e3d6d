"""The Clients view: search as you type (debounced, audited once per pause), the card from
the keyboard, a new client with the duplicate warning, merging two cards, export."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from tests.ui.client_practice import practice  # noqa: F401 - fixture
from ui.clients import ClientsView
from ui.clients.client_card import ClientCardDialog
from ui.clients.search_model import SearchModel
from vastaanotto.models import Appointment, AuditEvent, Client
from vastaanotto.services import clients as client_service
from vastaanotto.services.client_history import client_history
from vastaanotto.services.clients import ClientHit

LEFT = Qt.MouseButton.LeftButton
HETU = "131052-308T"


@pytest.fixture
def make_view(qtbot):
    def make(ctx):
        view = ClientsView(ctx)
        qtbot.addWidget(view)
        view.show()
        return view

    return make


def searches(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent)
                        .where(AuditEvent.action == "client.searched"))


def names(view) -> list[str]:
    return [view.model.index(r, SearchModel.Column.NAME).data()
            for r in range(view.model.rowCount())]


def type_search(qtbot, view, text):
    """Types ASCII like a person (keyClicks cannot type ä or ö in this Qt build) and waits
    for the debounced search."""
    view.search_edit.clear()
    view.search()
    qtbot.keyClicks(view.search_edit, text)
    qtbot.waitUntil(lambda: not view._timer.isActive())


def test_search_model_passes_the_model_tester(qtmodeltester):
    model = SearchModel()
    model.set_rows([
        ClientHit(1, "Maija Virtanen", "040 123 4567", "maija@example.fi",
                  dt.date(1980, 5, 1), "010580-****", False),
        ClientHit(2, "Matti Virtanen", "", "", None, "", True)])
    qtmodeltester.check(model)
    assert model.index(0, SearchModel.Column.BIRTH_DATE).data() == "1.5.1980"
    assert model.index(1, SearchModel.Column.NAME).data() == "Matti Virtanen (archived)"
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_new_client_then_found_by_name_and_by_phone(qtbot, make_view, practice, db):
    view = make_view(practice.reception)
    dialog = view.new_client()
    qtbot.keyClicks(dialog.first_name, "Maija")
    qtbot.keyClicks(dialog.last_name, "Virtanen")
    qtbot.keyClicks(dialog.phone, "040 123 4567")
    before = searches(db)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    cid = dialog.changes.data
    assert view.selected().id == cid  # the new client is shown, ready to book
    assert searches(db) == before + 1  # one audited search, not one per refresh
    type_search(qtbot, view, "virtan")
    assert names(view) == ["Maija Virtanen"]
    type_search(qtbot, view, "040 123 4567")
    assert view.model.index(0, SearchModel.Column.PHONE).data() == "040 123 4567"
    assert view.status.text() == "1 client(s) found."


def test_new_client_refusals_are_shown_under_the_fields(qtbot, make_view, practice, db):
    view = make_view(practice.reception)
    dialog = view.new_client()
    qtbot.keyClicks(dialog.first_name, "Maija")
    qtbot.keyClicks(dialog.phone, "12")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible()
    assert dialog.errors.message("last_name") == "This field is required."
    assert dialog.errors.message("phone").startswith("Not a valid phone number")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Client)) == 0


def test_typing_is_debounced_to_one_audited_search(qtbot, make_view, practice, db):
    practice.client(first="Pekka", last="Puro")
    view = make_view(practice.reception)
    before = searches(db)
    qtbot.keyClicks(view.search_edit, "Puro")
    assert searches(db) == before  # nothing yet: the person is still typing
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert searches(db) == before + 1


def test_archived_clients_only_on_request(qtbot, make_view, practice):
    cid = practice.client(first="Aino", last="Arkisto")
    client_service.set_archived(practice.owner, cid, True)
    view = make_view(practice.reception)
    type_search(qtbot, view, "Arkisto")
    assert names(view) == []
    view.archived_check.click()
    assert names(view) == ["Aino Arkisto (archived)"]


def test_enter_opens_the_card_and_ctrl_f_focus(qtbot, make_view, practice):
    cid = practice.client(personal_identity_code=HETU)
    view = make_view(practice.reception)
    view.focus_search()
    assert view.focusWidget() is view.search_edit
    qtbot.keyClicks(view.search_edit, HETU.lower())
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)  # before the debounce: searches now
    assert isinstance(view.card, ClientCardDialog) and view.card.client_id == cid
    assert view.card.isVisible()
    assert view.model.index(0, SearchModel.Column.IDENTITY_CODE).data() == "131052-****"


def test_double_click_opens_the_card(qtbot, make_view, practice):
    cid = practice.client()
    view = make_view(practice.reception)
    type_search(qtbot, view, "Maija")
    index = view.model.index(0, 0)
    rect = view.table.visualRect(index)
    # A real double-click starts with a press, which the item view needs to see first.
    qtbot.mouseClick(view.table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), LEFT, pos=rect.center())
    assert view.card is not None and view.card.client_id == cid


def test_edit_in_the_card_refreshes_the_results(qtbot, make_view, practice):
    practice.client()
    view = make_view(practice.reception)
    type_search(qtbot, view, "Maija")
    card = view.open_selected()
    card.details_tab.edits["email"].setText("maija@example.fi")
    qtbot.mouseClick(card.details_tab.save_button, LEFT)
    assert view.model.index(0, SearchModel.Column.EMAIL).data() == "maija@example.fi"


def test_duplicate_warning_offers_the_existing_card(qtbot, make_view, practice, db):
    existing = practice.client(phone="040 123 4567")
    view = make_view(practice.reception)
    dialog = view.new_client()
    qtbot.keyClicks(dialog.first_name, "Maija")
    qtbot.keyClicks(dialog.last_name, "Virtanen")
    qtbot.keyClicks(dialog.phone, "0401234567")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible() and dialog.duplicates.count() == 1
    assert dialog.ok_button.text() == "Create anyway"
    qtbot.mouseClick(dialog.open_button, LEFT)
    assert not dialog.isVisible()
    assert view.card is not None and view.card.client_id == existing
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Client)) == 1


def test_create_anyway_after_the_warning(qtbot, make_view, practice, db):
    practice.client(phone="040 123 4567")
    view = make_view(practice.reception)
    dialog = view.new_client()
    qtbot.keyClicks(dialog.first_name, "Matti")
    qtbot.keyClicks(dialog.last_name, "Virtanen")
    qtbot.keyClicks(dialog.phone, "040 123 4567")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Client)) == 2


def test_merge_two_cards_keeps_one_with_both_bookings(qtbot, make_view, practice, db):
    keep = practice.client(phone="040 123 4567")
    remove = practice.client(first="Maija", last="Virtanen", email="maija@example.fi")
    practice.book(keep, 10)
    practice.book(remove, 12)
    view = make_view(practice.reception)
    dialog = view.merge_clients()
    assert not dialog.merge_button.isEnabled()
    dialog.keep.search_edit.setText("Virtanen")
    qtbot.waitUntil(lambda: dialog.keep.hits.count() == 2)
    dialog.keep.hits.setCurrentRow(0)
    dialog.remove.search_edit.setText("Virtanen")
    dialog.remove.search()
    dialog.remove.hits.setCurrentRow(1)
    if dialog.keep.client_id != keep:
        dialog.swap()
    assert (dialog.keep.client_id, dialog.remove.client_id) == (keep, remove)
    assert dialog.keep.values["phone"].text() == "040 123 4567"
    assert dialog.merge_button.isEnabled()
    qtbot.mouseClick(dialog.merge_button, LEFT)
    assert not dialog.isVisible()
    history = client_history(practice.owner, keep)
    assert len(history.bookings) == 2
    with db.session() as s:
        assert s.get(Client, keep).email == "maija@example.fi"  # filled from the other card
        assert s.get(Client, remove).merged_into_id == keep
        assert set(s.scalars(select(Appointment.client_id))) == {keep}
    type_search(qtbot, view, "Virtanen")
    assert [h.id for h in view.model.rows()] == [keep]


def test_merge_refusal_is_shown_in_the_dialog(qtbot, make_view, practice):
    keep = practice.client(birth_date=dt.date(1960, 1, 1))
    remove = practice.client(personal_identity_code=HETU)
    view = make_view(practice.reception)
    dialog = view.merge_clients()
    dialog.keep.choose(keep)
    dialog.remove.choose(remove)
    qtbot.mouseClick(dialog.merge_button, LEFT)
    assert dialog.isVisible() and dialog.banner.isVisible()


def test_export_is_for_the_owner_only(qtbot, make_view, practice, tmp_path):
    practice.client(phone="040 123 4567")
    reception = make_view(practice.reception)
    assert not reception.export_button.isVisibleTo(reception)
    assert not reception.import_button.isVisibleTo(reception)
    owner = make_view(practice.owner)
    assert owner.export_button.isVisibleTo(owner)
    folder = tmp_path / "vienti"
    folder.mkdir()
    target = owner.export_clients(folder / "asiakkaat.csv")
    assert target is not None and b"Virtanen" in target.read_bytes()
    assert [p.name for p in folder.iterdir()] == ["asiakkaat.csv"]  # no temporary left


def test_export_refused_for_reception_with_a_message(make_view, practice, tmp_path,
                                                     monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    view = make_view(practice.reception)
    assert view.export_clients(tmp_path / "x.csv") is None
    assert shown and "logged" in shown[0]
    assert not (tmp_path / "x.csv").exists()
