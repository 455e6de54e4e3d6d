"""The phone booking dialog: service -> free times -> client -> Book, a new client on the spot,
a time taken meanwhile, the keyboard alone, and Ctrl+N in the main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from tests.core.booking_practice import events, p  # noqa: F401 - fixture
from ui.actions import ActionId
from ui.calendar.booking_dialog import BookingDialog
from ui.main_window import MainWindow
from vastaanotto.clock import HELSINKI
from vastaanotto.models import Appointment
from vastaanotto.models.appointments import BookingChannel
from vastaanotto.services import booking

LEFT = Qt.MouseButton.LeftButton

pytestmark = pytest.mark.usefixtures("no_message_boxes")


@pytest.fixture
def make_dialog(qtbot, published):
    def make(ctx):
        dialog = BookingDialog(ctx, published.append)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def choose(combo, text):
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def slot_texts(dialog) -> list[str]:
    return [dialog.slot_list.item(r).text() for r in range(dialog.slot_list.count())]


def find_client(qtbot, dialog, text):
    dialog.search_edit.setText(text)
    qtbot.waitUntil(lambda: not dialog._timer.isActive() and dialog.results.count() > 0)


def appointments(db):
    with db.session() as s:
        return list(s.scalars(select(Appointment).order_by(Appointment.id)))


def test_a_service_shows_its_next_free_times(make_dialog, p):
    dialog = make_dialog(p.reception)
    choose(dialog.service_combo, "Hieronta")
    expected = booking.next_free_slots(p.reception, service_id=p.massage)
    assert len(expected) == 10 and dialog.slots() == expected
    first = expected[0].starts_at.astimezone(HELSINKI)
    name = {p.p1: "Hoitaja 1", p.p2: "Hoitaja 2"}[expected[0].practitioner_id]
    assert slot_texts(dialog)[0] == f"Mon 16.11.2026 at {first:%H.%M} – {name}"
    assert dialog.practitioner_combo.itemText(0) == "Anyone"
    assert [dialog.practitioner_combo.itemText(i)
            for i in range(dialog.practitioner_combo.count())] == ["Anyone", "Hoitaja 1",
                                                                   "Hoitaja 2"]
    choose(dialog.practitioner_combo, "Hoitaja 2")
    assert {s.practitioner_id for s in dialog.slots()} == {p.p2}
    assert all(t.endswith("– Hoitaja 2") for t in slot_texts(dialog))
    # Another service offers only its own practitioners.
    choose(dialog.service_combo, "Akupunktio")
    assert [dialog.practitioner_combo.itemText(i)
            for i in range(dialog.practitioner_combo.count())] == ["Anyone", "Hoitaja 3"]
    assert {s.practitioner_id for s in dialog.slots()} == {p.p3}
    assert dialog.channel() is BookingChannel.PHONE
    assert not dialog.book_button.isEnabled()  # no client chosen yet


def test_search_pick_and_book(qtbot, make_dialog, p, db, published):
    dialog = make_dialog(p.reception)
    choose(dialog.service_combo, "Hieronta")
    choose(dialog.practitioner_combo, "Hoitaja 1")
    dialog.slot_list.setCurrentRow(2)
    slot = dialog.selected_slot()
    find_client(qtbot, dialog, "Asiakas2")
    assert dialog.results.count() == 1
    assert dialog.results.item(0).text() == "Asiakas2 Testinen"
    dialog.results.setCurrentRow(0)
    assert dialog.book_button.isEnabled()
    qtbot.mouseClick(dialog.book_button, LEFT)
    assert not dialog.isVisible()
    [appt] = appointments(db)
    assert (appt.client_id, appt.practitioner_id, appt.service_id) == (p.clients[1], p.p1,
                                                                       p.massage)
    assert appt.starts_at.replace(tzinfo=slot.starts_at.tzinfo) == slot.starts_at
    assert appt.channel is BookingChannel.PHONE
    [event] = events(db, "appointment.booked")
    assert event.entity_id == appt.id and event.client_id == p.clients[1]
    assert dialog.changes.data == appt.id
    assert published and published[-1].touches("appointments")


def test_new_client_from_the_dialog_is_booked(qtbot, make_dialog, p, db, published):
    dialog = make_dialog(p.reception)
    choose(dialog.service_combo, "Fysioterapia")
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("walk_in"))
    slot = dialog.selected_slot()
    new = dialog.new_client()
    new.first_name.setText("Päivi")
    new.last_name.setText("Länsimäki")
    new.phone.setText("040 123 4567")
    qtbot.mouseClick(new.ok_button, LEFT)
    assert not new.isVisible()
    client_id = new.changes.data
    assert published[-1].touches("clients")
    assert dialog.client_id() == client_id
    assert dialog.results.item(0).text() == "Päivi Länsimäki, 040 123 4567"
    qtbot.mouseClick(dialog.book_button, LEFT)
    assert not dialog.isVisible()
    [appt] = appointments(db)
    assert (appt.client_id, appt.practitioner_id) == (client_id, slot.practitioner_id)
    assert appt.channel is BookingChannel.WALK_IN


@pytest.mark.parametrize("language", ["en", "fi"])
def test_a_time_taken_meanwhile_is_refused_and_the_times_refresh(
        qtbot, make_dialog, p, db, language, request):
    if language == "fi":
        request.getfixturevalue("finnish")
    dialog = make_dialog(p.reception)
    choose(dialog.service_combo, "Hieronta")
    choose(dialog.practitioner_combo, "Hoitaja 1")
    slot = dialog.selected_slot()
    find_client(qtbot, dialog, "Asiakas2")
    dialog.results.setCurrentRow(0)
    # Another desk books the same time first.
    taken = booking.book(p.owner, client_id=p.clients[0], practitioner_id=slot.practitioner_id,
                         service_id=p.massage, starts_at=slot.starts_at).data
    qtbot.mouseClick(dialog.book_button, LEFT)
    assert dialog.isVisible()
    assert dialog.banner.isVisible()
    assert dialog.banner.text() == {
        "en": "The practitioner already has a booking then.",
        "fi": "Ammatinharjoittajalla on jo varaus tähän aikaan."}[language]
    assert [a.id for a in appointments(db)] == [taken]
    assert slot not in dialog.slots() and len(dialog.slots()) == 10
    # The next free time books fine.
    qtbot.mouseClick(dialog.book_button, LEFT)
    assert not dialog.isVisible()
    assert [a.client_id for a in appointments(db)] == [p.clients[0], p.clients[1]]


def test_keyboard_alone(qtbot, make_dialog, p, db):
    dialog = make_dialog(p.reception)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert dialog.focusWidget() is dialog.service_combo
    qtbot.keyClick(dialog.service_combo, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.practitioner_combo
    for _ in range(2):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.search_edit
    find_client(qtbot, dialog, "Asiakas3")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Down)
    assert dialog.focusWidget() is dialog.results
    assert dialog.client_id() == p.clients[2]
    # Back to the start: service -> practitioner -> times -> search -> results -> Book.
    dialog.service_combo.setFocus()
    order = [dialog.practitioner_combo, dialog.slot_list, dialog.search_edit, dialog.results,
             dialog.book_button]
    for widget in order:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is widget
    dialog.results.setFocus()
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    [appt] = appointments(db)
    assert appt.client_id == p.clients[2]


def test_ctrl_n_in_the_main_window_opens_the_dialog(qtbot, tmp_path, p):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(p.reception, qsettings=settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    assert window.action(ActionId.NEW_BOOKING).isEnabled()
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(isinstance(w, BookingDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    dialog = window.findChild(BookingDialog)
    assert dialog.ctx is window.ctx
    assert dialog.service_combo.count() == 5


# --- book anyway ---------------------------------------------------------------------------

def take_the_chosen_time(qtbot, dialog, p):
    choose(dialog.service_combo, "Hieronta")
    choose(dialog.practitioner_combo, "Hoitaja 1")
    slot = dialog.selected_slot()
    find_client(qtbot, dialog, "Asiakas2")
    dialog.results.setCurrentRow(0)
    taken = booking.book(p.owner, client_id=p.clients[0], practitioner_id=slot.practitioner_id,
                         service_id=p.massage, starts_at=slot.starts_at).data
    return slot, taken


def test_an_owner_books_anyway_with_a_reason_recorded(qtbot, make_dialog, p, db):
    from ui.calendar.booking_dialog import OverrideDialog

    dialog = make_dialog(p.owner)
    slot, taken = take_the_chosen_time(qtbot, dialog, p)
    seen = {}

    def answer():
        override = next(w for w in QApplication.topLevelWidgets()
                        if isinstance(w, OverrideDialog) and w.isVisible())
        seen["message"] = override.message.text()
        seen["enabled_empty"] = override.ok_button.isEnabled()
        override.reason_edit.setText("Asiakas odottaa, hoitaja suostui")
        qtbot.mouseClick(override.ok_button, LEFT)

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(dialog.book_button, LEFT)
    assert seen == {"message": "The practitioner already has a booking then.",
                    "enabled_empty": False}
    assert not dialog.isVisible()
    forced = appointments(db)[-1]
    assert forced.id != taken and forced.starts_at.replace(tzinfo=slot.starts_at.tzinfo) == \
        slot.starts_at
    assert forced.override_by_id == p.owner.staff_id
    assert forced.override_reason == "Asiakas odottaa, hoitaja suostui"
    event = events(db, "appointment.booked")[-1]
    assert event.actor_id == p.owner.staff_id
    assert event.reason == "Asiakas odottaa, hoitaja suostui"
    assert event.details["overridden"] == ["practitioner_busy"]


def test_cancelling_book_anyway_books_nothing(qtbot, make_dialog, p, db, monkeypatch):
    from ui.calendar.booking_dialog import OverrideDialog

    asked = []
    monkeypatch.setattr(OverrideDialog, "ask",
                        classmethod(lambda cls, parent, message: asked.append(message)))
    dialog = make_dialog(p.owner)
    slot, taken = take_the_chosen_time(qtbot, dialog, p)
    qtbot.mouseClick(dialog.book_button, LEFT)
    assert asked == ["The practitioner already has a booking then."]
    assert dialog.isVisible() and dialog.banner.isVisible()
    assert [a.id for a in appointments(db)] == [taken]


def test_reception_is_not_offered_book_anyway(qtbot, make_dialog, p, db, monkeypatch):
    from ui.calendar.booking_dialog import OverrideDialog, may_override

    monkeypatch.setattr(OverrideDialog, "ask", classmethod(
        lambda cls, parent, message: pytest.fail("reception was offered book anyway")))
    dialog = make_dialog(p.reception)
    slot, taken = take_the_chosen_time(qtbot, dialog, p)
    qtbot.mouseClick(dialog.book_button, LEFT)
    assert dialog.banner.text() == "The practitioner already has a booking then."
    assert [a.id for a in appointments(db)] == [taken]
    from vastaanotto.errors import Conflict
    assert not may_override(p.reception, Conflict("practitioner_busy"))
    assert may_override(p.owner, Conflict("holiday"))
    assert not may_override(p.owner, Conflict("invalid_status_transition"))
