"""The waitlist dialog: add through the form (client search, service, practitioner, window),
mark done, remove; and "Who is waiting" after a cancellation."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from tests.core.booking_practice import MONDAY, at, book, events, p  # noqa: F401 - fixture
from ui.calendar.waitlist_dialog import WaitingDialog, WaitlistDialog, show_waiting_for
from vastaanotto.models import CancelledBy
from vastaanotto.services import booking, waitlist

LEFT = Qt.MouseButton.LeftButton

pytestmark = pytest.mark.usefixtures("no_message_boxes")


def cells(model, row):
    return [model.index(row, c).data() for c in range(model.columnCount())]


@pytest.fixture
def dialog(qtbot, p):
    published = []
    d = WaitlistDialog(p.reception, None, published.append)
    d.published = published
    qtbot.addWidget(d)
    d.show()
    return d


def test_add_through_the_form_then_done_and_remove(qtbot, dialog, p, db):
    assert dialog.model.rowCount() == 0 and dialog.empty.isVisible()
    form = dialog.add()
    form.search_edit.setText("Asiakas2")
    qtbot.waitUntil(lambda: not form._timer.isActive() and form.results.count() == 1)
    form.service_combo.setCurrentIndex(form.service_combo.findText("Hieronta"))
    assert [form.practitioner_combo.itemText(i) for i in range(
        form.practitioner_combo.count())] == ["Anyone", "Hoitaja 1", "Hoitaja 2"]
    form.practitioner_combo.setCurrentIndex(form.practitioner_combo.findText("Hoitaja 2"))
    form.earliest.setDate(QDate(2026, 11, 23))
    form.latest.setDate(QDate(2026, 11, 27))
    form.note_edit.setText("Käy vain aamupäivisin")
    qtbot.mouseClick(form.ok_button, LEFT)
    assert not form.isVisible()
    assert dialog.model.rowCount() == 1 and not dialog.empty.isVisible()
    assert cells(dialog.model, 0) == ["Asiakas2 Testinen", "", "Hieronta", "Hoitaja 2",
                                      "23.11.2026 – 27.11.2026", "Käy vain aamupäivisin"]
    [row] = dialog.model.rows()
    assert row.earliest == at(dt.date(2026, 11, 23), 0)
    assert row.latest == at(dt.date(2026, 11, 28), 0)
    assert dialog.published[-1].touches("waitlist")
    assert events(db, "waitlist.added")[-1].client_id == p.clients[1]
    # A second entry added in the core shows after a reload; mark the first done.
    waitlist.add_entry(p.reception, client_id=p.clients[2], service_id=p.physio,
                       earliest=at(MONDAY, 8), latest=at(MONDAY, 18))
    dialog.reload()
    assert dialog.model.rowCount() == 2
    dialog.select_entry(row.id)
    qtbot.mouseClick(dialog.done_button, LEFT)
    assert [r.client_id for r in dialog.model.rows()] == [p.clients[2]]
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, LEFT)
    assert dialog.model.rowCount() == 0
    assert [e.action for e in events(db, "waitlist.resolved") + events(db, "waitlist.removed")
            ] == ["waitlist.resolved", "waitlist.removed"]


def test_the_form_shows_errors_under_the_fields(qtbot, dialog, p):
    form = dialog.add()
    qtbot.mouseClick(form.ok_button, LEFT)
    assert form.isVisible() and form.errors.message("client_id") == "This field is required."
    form.search_edit.setText("Asiakas1")
    qtbot.waitUntil(lambda: form.results.count() == 1)
    form.earliest.setDate(QDate(2026, 11, 27))
    form.latest.setDate(QDate(2026, 11, 23))
    form.note_edit.setText("rivi\x07")
    qtbot.mouseClick(form.ok_button, LEFT)
    assert form.isVisible()
    assert form.errors.message("latest") == "The end must be after the start."
    assert waitlist.list_entries(p.owner) == []


def test_who_is_waiting_after_a_cancellation(qtbot, p, db):
    tue = MONDAY + dt.timedelta(days=1)
    appt = book(p, at(tue, 10))
    fits = waitlist.add_entry(p.reception, client_id=p.clients[1], service_id=p.massage,
                              earliest=at(MONDAY, 8), latest=at(tue, 18)).data
    waitlist.add_entry(p.reception, client_id=p.clients[2], service_id=p.massage,
                       practitioner_id=p.p2, earliest=at(MONDAY, 8), latest=at(tue, 18))
    booking.cancel(p.reception, appt, by=CancelledBy.CLIENT, reason="Flunssa")
    shown = show_waiting_for(p.reception, None, appt)
    qtbot.addWidget(shown)
    assert isinstance(shown, WaitingDialog) and shown.isVisible()
    assert [r.id for r in shown.model.rows()] == [fits]
    assert shown.label.text() == "1 client(s) on the waitlist fit this time. Call them in " \
                                 "this order:"
    assert cells(shown.model, 0)[:3] == ["Asiakas2 Testinen", "", "Hieronta"]
    assert events(db, "waitlist.matched")[-1].details["appointment_id"] == appt
    # Wednesday is after every window.
    nobody = show_waiting_for(p.reception, None, book(p, at(tue + dt.timedelta(days=1), 14)))
    qtbot.addWidget(nobody)
    assert nobody.model.rowCount() == 0
    assert nobody.label.text() == "Nobody on the waitlist fits this time."
