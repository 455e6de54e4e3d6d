"""The Privacy view and its dialogs, driven as the owner would: log filters and chain check,
access report PDF, request register with the yearly-limit warning, access export ZIP,
erasure from the client card, objection to marketing, retention run, privacy notice."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select, update

from tests.core.privacy_practice import NOW, pp, utc  # noqa: F401 - fixture
from ui.clients.client_card import ClientCardDialog
from ui.privacy import card_menu, common
from ui.privacy.dialogs import AccessReportDialog, ErasureDialog, ExportDialog
from ui.privacy.privacy_view import PrivacyView
from ui.tasks import TaskRunner
from vastaanotto.models import (AuditEvent, Client, DataSubjectRequest, RequestKind,
                                RequestStatus)
from vastaanotto.models.clients import ConsentChannel, ConsentKind
from vastaanotto.privacy.erasure import Disposition
from vastaanotto.services import clients as client_service
from vastaanotto.services import privacy as privacy_service

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def saved(monkeypatch, tmp_path):
    """Where the file dialogs "chose" to save: the paths, in order."""
    paths = []

    def choose(parent, title, suggested, file_filter):
        path = tmp_path / suggested
        paths.append(path)
        return str(path)

    monkeypatch.setattr(common, "choose_save_path", choose)
    return paths


@pytest.fixture
def messages(monkeypatch):
    shown = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind,
                            lambda parent, title, text, *a, _k=kind, **kw:
                            shown.append((_k, text)))
    return shown


@pytest.fixture
def view(qtbot, pp):
    published = []

    def publish(changes):  # as the main window does: record, then broadcast to the views
        published.append(changes)
        widget.on_changes(changes)

    widget = PrivacyView(pp.owner, publish, tasks=TaskRunner(synchronous=True))
    widget.published = published
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def pick(picker, text: str) -> None:
    picker.query.setText(text)
    picker.search()


def column(model, col) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_log_viewer_filters_by_client_and_staff_and_verifies_the_chain(qtbot, view, pp,
                                                                       messages):
    page = view.audit_page
    assert page.model.rowCount() > 5                      # filled when first shown
    pick(page.client, "Meikäläinen")
    assert page.client.client_id == pp.maija
    qtbot.mouseClick(page.search_button, LEFT)
    rows = page.model.rows()
    assert rows and all(r.client_id == pp.maija for r in rows)
    page.staff.setCurrentIndex(page.staff.findData(pp.nurse.staff_id))
    qtbot.mouseClick(page.search_button, LEFT)
    assert {r.action for r in page.model.rows()} == {"note.written"}
    page.action.setEditText("consent.")
    page.staff.setCurrentIndex(0)
    qtbot.mouseClick(page.search_button, LEFT)
    assert {r.action for r in page.model.rows()} == {"consent.given"}
    assert "event(s)" in page.status.text() or page.status.text()
    qtbot.mouseClick(page.verify_button, LEFT)
    assert messages[-1][0] == "information" and "intact" in messages[-1][1]
    assert page.last_verify.ok


def test_broken_chain_is_shown_with_its_first_bad_event(qtbot, view, pp, messages, db):
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_event_no_update")
        conn.exec_driver_sql("UPDATE audit_event SET actor_name = 'Mallory' WHERE seq = 4")
    qtbot.mouseClick(view.audit_page.verify_button, LEFT)
    kind, text = messages[-1]
    assert kind == "critical" and "broken at event 4" in text


def test_access_report_for_the_chosen_client_is_saved_as_pdf(qtbot, view, pp, saved, db):
    page = view.audit_page
    pick(page.client, "Meikäläinen")
    qtbot.mouseClick(page.report_button, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, AccessReportDialog)
    who = column(dialog.model, dialog.model.Column.WHO)
    assert "Käyttäjä 1" in who and "Hanna Hoitaja" in who
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert saved[-1].read_bytes().startswith(b"%PDF")
    with db.session() as s:
        kinds = list(s.scalars(select(DataSubjectRequest.kind)))
    assert kinds == [RequestKind.ACCESS_LOG]


def test_request_register_warns_over_the_limit_and_answers_an_access_request(
        qtbot, view, pp, saved, messages, db):
    page = view.requests_page
    view.show_page(page)
    for _ in range(2):
        page.new_request()
        dialog = page.dialog
        pick(dialog.client, "Meikäläinen")
        dialog.kind.setCurrentIndex(dialog.kind.findData(RequestKind.ACCESS))
        dialog.submit()
    assert messages[-1][0] == "warning" and "2 access requests" in messages[-1][1]
    kinds = column(page.model, page.model.Column.KIND)
    assert kinds.count("Access to data") == 1
    assert kinds.count("Access to data – over the yearly limit") == 1
    page.table.selectRow(1)                                 # the older one, within the limit
    request = page.selected()
    assert not request.over_limit and page.buttons["answer"].isEnabled()
    qtbot.mouseClick(page.buttons["answer"], LEFT)
    export = page.dialog
    assert isinstance(export, ExportDialog)
    qtbot.mouseClick(export.save_button, LEFT)
    with zipfile.ZipFile(io.BytesIO(saved[-1].read_bytes())) as z:
        data = json.loads(z.read("data.json"))
    assert data["client"]["last_name"] == "Meikäläinen"
    with db.session() as s:
        assert s.get(DataSubjectRequest, request.id).status is RequestStatus.COMPLETED
    statuses = {r.id: r.status for r in page.model.rows()}  # refreshed from the Changes
    assert statuses[request.id] is RequestStatus.COMPLETED
    # the other one is refused with a reason
    page.select_id(next(i for i, s in statuses.items() if s is RequestStatus.RECEIVED))
    page.ask_outcome = lambda status: "Liian usein; maksu 20 €"
    qtbot.mouseClick(page.buttons["refuse"], LEFT)
    assert "Liian usein; maksu 20 €" in column(page.model, page.model.Column.OUTCOME)


def test_erasure_from_the_client_card(qtbot, pp, saved, db, monkeypatch):
    published = []
    card = ClientCardDialog(pp.owner, published.append, pp.maija)
    qtbot.addWidget(card)
    card.show()
    names = [a.objectName() for a in card.privacy_menu.actions()]
    assert names == ["privacyAccessReport", "privacyExport", "privacyObject",
                     "privacyErasure"]
    card.privacy_menu.actions()[3].trigger()
    dialog = card.privacy_dialog
    assert isinstance(dialog, ErasureDialog)
    plan = {r.kind: r for r in dialog.model.rows()}
    assert plan["invoices"].disposition is Disposition.KEEP
    assert column(dialog.model, dialog.model.Column.UNTIL).count("31.12.2031") == 2
    assert "restricted" in dialog.summary.text()
    monkeypatch.setattr(dialog, "confirm", lambda: True)
    qtbot.mouseClick(dialog.erase_button, LEFT)
    assert saved[-1].name.startswith("poistopyynto-") and saved[-1].read_bytes()[:4] == b"%PDF"
    with db.session() as s:
        client = s.get(Client, pp.maija)
        assert client.restricted and client.email == ""
    assert card.details_tab.isVisible()  # the card reloaded from the Changes, still open
    assert client_service.search_clients(pp.owner, "Meikäläinen") == []


def test_objection_to_marketing_from_the_reception_card(qtbot, pp, monkeypatch, messages, db):
    card = ClientCardDialog(pp.reception, lambda c: None, pp.maija)
    qtbot.addWidget(card)
    card.show()
    assert [a.objectName() for a in card.privacy_menu.actions()] == ["privacyObject"]
    monkeypatch.setattr(card_menu, "ask_channel", lambda parent: ConsentChannel.PHONE)
    card.privacy_menu.actions()[0].trigger()
    assert messages and "withdrawn" in messages[-1][1]
    consents = client_service.get_client_card(pp.owner, pp.maija).consents
    assert not consents[ConsentKind.EMAIL_MARKETING] and not consents[ConsentKind.SMS_MARKETING]
    with db.session() as s:
        event = s.scalars(select(AuditEvent).where(
            AuditEvent.action == "consent.marketing_withdrawn")).one()
        assert event.actor_id == pp.reception.staff_id


def test_retention_run_anonymises_after_confirmation(qtbot, view, pp, db, monkeypatch):
    with db.session() as s:
        s.execute(update(Client).where(Client.id == pp.other).values(
            created_at=utc(2018, 1, 1), updated_at=utc(2018, 1, 1),
            last_activity_at=utc(2018, 1, 1)))
    page = view.retention_page
    view.show_page(page)
    assert page.due.isVisible()
    qtbot.mouseClick(page.list_button, LEFT)
    assert [r.client_id for r in page.model.rows()] == [pp.other]
    assert column(page.model, page.model.Column.VERDICT) == ["May be anonymised"]
    monkeypatch.setattr(page, "confirm", lambda count: count == 1)
    qtbot.mouseClick(page.run_button, LEFT)
    assert "Anonymised 1 clients" in page.report.text()
    assert not page.due.isVisible() and page.model.rowCount() == 0
    with db.session() as s:
        assert s.get(Client, pp.other).anonymised_at == NOW


def test_privacy_notice_preview_languages_and_save(qtbot, view, pp, saved):
    page = view.notice_page
    view.show_page(page)
    text = page.preview.toPlainText()
    assert "Rekisteri- ja tietosuojaseloste" in text and "Toimiston NAS" in text
    page.language.setCurrentIndex(page.language.findData("sv"))
    assert "Register- och dataskyddsbeskrivning" in page.preview.toPlainText()
    qtbot.mouseClick(page.save_pdf, LEFT)
    assert saved[-1].name == "tietosuojaseloste-sv.pdf"
    assert saved[-1].read_bytes().startswith(b"%PDF")
    qtbot.mouseClick(page.save_text, LEFT)
    assert "Dataombudsmannens" in saved[-1].read_text(encoding="utf-8")


def test_export_from_the_view_needs_a_client(qtbot, view, pp, saved, messages):
    qtbot.mouseClick(view.export_button, LEFT)
    dialog = view.dialog
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert messages[-1][1] == "Choose a client first." and not saved
    pick(dialog.picker, "Muu")
    qtbot.mouseClick(dialog.save_button, LEFT)
    with zipfile.ZipFile(saved[-1]) as z:
        assert json.loads(z.read("data.json"))["client"]["first_name"] == "Olli"
    assert privacy_service.list_requests(pp.owner)[0].kind is RequestKind.ACCESS


def test_view_speaks_finnish_with_the_finnish_translators(qtbot, pp, finnish):
    """The texts are filed under the "privacy" context, so Qt finds their translations at run
    time (texts lupdate cannot place stay English whatever the .ts says). Built here, not by
    the ``view`` fixture, so that it is made after ``finnish`` installed the translators;
    ``finnish`` puts English back afterwards."""
    view = PrivacyView(pp.owner, tasks=TaskRunner(synchronous=True))
    qtbot.addWidget(view)
    titles = [view.nav.item(i).text() for i in range(view.nav.count())]
    assert titles == ["Tapahtumaloki", "Pyynnöt", "Säilytysajat", "Tietosuojaseloste"]
    assert [b.text() for b in (view.export_button, view.erasure_button, view.report_button)] \
        == ["Vie asiakkaan tiedot…", "Poistopyyntö…", "Lokiselvitys…"]
    page = view.audit_page
    assert [b.text() for b in (page.search_button, page.verify_button, page.report_button)] \
        == ["Hae", "Tarkista ketju", "Asiakkaan lokiselvitys…"]
    assert page.client.query.placeholderText() == "Hae: nimi, puhelin tai syntymäaika"
    assert page.client.combo.itemText(0) == "Kaikki asiakkaat"
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Nro", "Aika", "Kuka"]
    # A text written as adjacent literals: translated as the one joined text.
    assert view.retention_page.due.text().startswith(
        "Säilytysaikoja ei ole käyty läpi viimeisen kuukauden aikana")


def test_log_viewer_shows_action_names_and_filters_by_the_chosen_code(qtbot, view, pp):
    page = view.audit_page
    model, action = page.model, page.model.Column.ACTION
    codes = [r.action for r in model.rows()]
    shown = column(model, action)
    assert "note.written" in codes and "Treatment note written" in shown
    assert not set(codes) & set(shown)                     # no raw code in the column
    row = codes.index("note.written")
    assert model.index(row, action).data(Qt.ItemDataRole.ToolTipRole) == "note.written"

    # the filter list names the actions and carries their codes
    combo = page.action
    entries = {combo.itemText(i): combo.itemData(i) for i in range(combo.count())}
    assert entries["Treatment note written"] == "note.written"
    assert entries["All actions"] == ""
    assert entries["All events whose code starts with consent."] == "consent."
    assert "note.written" not in entries

    combo.setCurrentIndex(combo.findText("Treatment note written"))
    qtbot.mouseClick(page.search_button, LEFT)
    assert {r.action for r in model.rows()} == {"note.written"}
    assert set(column(model, action)) == {"Treatment note written"}

    combo.setCurrentIndex(combo.findText("All events whose code starts with consent."))
    qtbot.mouseClick(page.search_button, LEFT)
    assert {r.action for r in model.rows()} == {"consent.given"}

    combo.setEditText("client.viewed")                      # a code typed by hand still works
    qtbot.mouseClick(page.search_button, LEFT)
    assert {r.action for r in model.rows()} == {"client.viewed"}

    combo.setCurrentIndex(combo.findText("All actions"))
    qtbot.mouseClick(page.search_button, LEFT)
    assert len({r.action for r in model.rows()}) > 3
