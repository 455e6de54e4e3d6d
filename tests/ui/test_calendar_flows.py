"""The #3 flows wired into the calendar, driven as a receptionist does: Repeat… creates a
series; moving and cancelling series members with the scope question; "Book anyway" on a
refused drop; the day sheet and a client's upcoming list printed to PDF printers; the waitlist
note after a cancellation and booking the waiting client into the freed time; taking payment
for a completed appointment; view settings remembered on the desk; undo back to "no room".
Real SQLite file, real services; the modal questions are answered through their widgets.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from tests.core.booking_practice import (MONDAY, NOW, appointment, at, book,  # noqa: F401
                                         events, p)
from tests.ui.test_calendar_view import drag
from ui.billing.payment_dialog import PaymentDialog
from ui.calendar.booking_dialog import OverrideDialog
from ui.calendar.calendar_view import CalendarView
from ui.calendar.cancel_dialog import CancelDialog
from ui.calendar.layout import Mode
from ui.calendar.print_sheet import PrintDayDialog, PrintUpcomingDialog
from ui.calendar.series_dialog import SeriesDialog
from ui.calendar.series_scope import ScopeDialog
from ui.calendar.waitlist_dialog import WaitingDialog
from vastaanotto.clock import HELSINKI, fixed_clock
from vastaanotto.models import Appointment, WaitlistEntry
from vastaanotto.models.appointments import AppointmentStatus
from vastaanotto.models.billing import Invoice, InvoiceKind, InvoiceStatus, PaymentMethod
from vastaanotto.services import auth, booking, series, waitlist
from vastaanotto.services.series import Scope

S = AppointmentStatus
LEFT = Qt.MouseButton.LeftButton
WEEK = dt.timedelta(weeks=1)

pytestmark = pytest.mark.usefixtures("no_message_boxes")


@pytest.fixture
def settings_file(tmp_path):
    return str(tmp_path / "desk.ini")


@pytest.fixture
def make_view(qtbot, settings_file):
    def make(ctx, day=MONDAY, mode=Mode.DAY):
        view = None

        def publish(changes):
            view.on_changes(changes)

        qsettings = QSettings(settings_file, QSettings.Format.IniFormat)
        view = CalendarView(ctx, publish, qsettings=qsettings)
        qtbot.addWidget(view)
        view.resize(1300, 800)
        view.show()
        qtbot.waitExposed(view)
        view.set_mode(mode)
        view.show_day(day)
        return view

    return make


def answer(qtbot, kind, handle) -> list:
    """Answer the next modal ``kind`` dialog (it runs its own event loop) with ``handle``."""
    seen = []

    def pick():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, kind) and w.isVisible()), None)
        if dialog is None:            # not up yet: try again on the next turn of the loop
            QTimer.singleShot(10, pick)
            return
        seen.append(dialog)
        handle(dialog)

    QTimer.singleShot(0, pick)
    return seen


def choose_scope(qtbot, scope: Scope) -> list:
    def handle(dialog):
        dialog.buttons[scope].setChecked(True)
        qtbot.mouseClick(dialog.ok_button, LEFT)
    return answer(qtbot, ScopeDialog, handle)


def members(db, series_id):
    with db.session() as s:
        return list(s.scalars(select(Appointment).where(Appointment.series_id == series_id)
                              .order_by(Appointment.starts_at)))


def local(moment: dt.datetime) -> str:
    return moment.astimezone(HELSINKI).strftime("%d.%m %H.%M")


def make_series(p, start, count=4) -> tuple[int, list[int]]:
    first = book(p, start)
    changes = series.create_series(p.reception, first, interval_weeks=1, count=count)
    return changes.data, sorted(changes.ids)


def test_repeat_from_the_context_menu_creates_a_series(qtbot, db, p, make_view):
    appt = book(p, at(MONDAY, 10))
    view = make_view(p.reception)
    menu = view.show_context_menu(appt, QPoint(10, 10))
    assert view.repeat_action.isEnabled()
    view.repeat_action.trigger()
    menu.close()
    dialog = view.dialog
    assert isinstance(dialog, SeriesDialog) and dialog.isVisible()
    dialog.count.setValue(3)
    dialog.preview()
    dialog.accept()   # the dialog's OK (Save)
    assert dialog.changes is not None and not dialog.isVisible()
    rows = members(db, dialog.changes.data)
    assert [local(a.starts_at) for a in rows] == ["23.11 10.00", "30.11 10.00", "07.12 10.00"]
    # The calendar read its range again: the appointment now shows as a series member, and a
    # member cannot start another series.
    assert view.entries[appt].series_id == dialog.changes.data
    view.select_appointment(appt)
    assert view.panel.fields["series"].text() == "Recurring"
    view.show_context_menu(appt, QPoint(10, 10)).close()
    assert not view.repeat_action.isEnabled()


def test_dragging_a_series_member_moves_this_and_the_following(qtbot, db, p, make_view):
    series_id, ids = make_series(p, at(MONDAY, 10))
    second = ids[1]
    view = make_view(p.reception, day=MONDAY + WEEK)
    grid = view.grid
    start = grid.point_of(second)
    grab = int(grid.minute_at(start.y())) - 10 * 60
    asked = choose_scope(qtbot, Scope.FOLLOWING)
    undo_before = view.undo_stack.count()
    drag(qtbot, grid, start, grid.point_at(grid.placed_of(second).column, 12 * 60 + grab))
    assert asked and asked[0].windowTitle() == "Move a recurring appointment"
    assert [local(a.starts_at) for a in members(db, series_id)][0] == "23.11 10.00"
    moved = {a.id: local(a.starts_at) for a in appointment_rows(db)}
    assert moved[ids[0]] == "23.11 10.00"
    assert [moved[i] for i in ids[1:]] == ["30.11 12.00", "07.12 12.00", "14.12 12.00"]
    # The calendar shows where it went; a series move is not on the undo stack.
    assert local(view.entries[second].starts_at) == "30.11 12.00"
    assert view.undo_stack.count() == undo_before
    assert events(db, "series.moved")[-1].details["scope"] == "following"

    # "Only this" is an ordinary move, undoable; the others stay.
    choose_scope(qtbot, Scope.THIS)
    assert view.commit_move(second, at(MONDAY + WEEK, 14))
    assert local(appointment(db, second).starts_at) == "30.11 14.00"
    assert local(appointment(db, ids[2]).starts_at) == "07.12 12.00"
    assert view.undo_stack.count() == undo_before + 1
    view.undo_action.trigger()   # undo moves the member alone, without asking
    assert not any(isinstance(w, ScopeDialog) and w.isVisible()
                   for w in QApplication.topLevelWidgets())
    assert local(appointment(db, second).starts_at) == "30.11 12.00"

    # Cancelling the question moves nothing and the box snaps back.
    answer(qtbot, ScopeDialog, lambda d: d.reject())
    assert not view.commit_move(second, at(MONDAY + WEEK, 15))
    assert local(appointment(db, second).starts_at) == "30.11 12.00"


def appointment_rows(db):
    with db.session() as s:
        return list(s.scalars(select(Appointment)))


def test_cancel_all_in_the_series_from_the_panel(qtbot, db, p, make_view):
    series_id, ids = make_series(p, at(MONDAY, 10))
    view = make_view(p.reception, day=MONDAY + WEEK)
    view.select_appointment(ids[1])
    qtbot.mouseClick(view.panel.cancel_button, LEFT)
    dialog = view.dialog
    assert isinstance(dialog, CancelDialog) and dialog.isVisible()
    dialog.reason.setText("Muuttaa pois")
    asked = choose_scope(qtbot, Scope.ALL)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert asked and asked[0].windowTitle() == "Cancel a recurring appointment"
    assert not dialog.isVisible()
    assert [a.status for a in members(db, series_id)] == [S.CANCELLED] * 4
    assert events(db, "series.cancelled")[-1].details["scope"] == "all"
    assert view.entries[ids[1]].status is S.CANCELLED
    # A lone appointment is cancelled without the question.
    lone = book(p, at(MONDAY + WEEK, 14), client=1)
    view.reload()
    view.cancel_appointment(lone)
    view.dialog.reason.setText("Sairas")
    view.dialog.accept()
    assert appointment(db, lone).status is S.CANCELLED


def test_refused_drop_is_booked_anyway_by_an_owner_with_a_reason(qtbot, db, p, make_view):
    book(p, at(MONDAY, 9))
    second = book(p, at(MONDAY, 11), client=1)
    view = make_view(p.owner)

    def give_reason(dialog):
        dialog.reason_edit.setText("Asiakas odottaa")
        qtbot.mouseClick(dialog.ok_button, LEFT)

    asked = answer(qtbot, OverrideDialog, give_reason)
    assert view.commit_move(second, at(MONDAY, 9, 30))
    assert asked, "the owner was not offered book anyway"
    moved = appointment(db, second)
    assert moved.starts_at == at(MONDAY, 9, 30) and moved.override_reason == "Asiakas odottaa"
    assert not view.banner.isVisible()

    # Reception may not override: no question, the reason shows and nothing moves.
    view2 = make_view(p.reception)
    assert not view2.commit_move(second, at(MONDAY, 8, 30))
    assert view2.banner.isVisible() and "booking" in view2.banner.text()
    assert appointment(db, second).starts_at == at(MONDAY, 9, 30)


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_toolbar_print_prints_the_shown_day_of_the_chosen_practitioner(
        qtbot, db, p, make_view, tmp_path):
    book(p, at(MONDAY, 9))
    book(p, at(MONDAY, 10), practitioner=p.p2, client=1)
    view = make_view(p.reception)
    view.practitioner_filter.setCurrentIndex(view.practitioner_filter.findData(p.p2))
    view.print_action.trigger()
    dialog = view.dialog
    assert isinstance(dialog, PrintDayDialog) and dialog.isVisible()
    assert (dialog.day(), dialog.practitioner_id()) == (MONDAY, p.p2)
    target = tmp_path / "day.pdf"
    assert dialog.print_(pdf_printer(target))
    assert target.read_bytes()[:5] == b"%PDF-" and target.stat().st_size > 1000
    printed = events(db, "calendar.print")[-1]
    assert len(printed.details["appointment_ids"]) == 1
    dialog.reject()
    # All practitioners: the sheet holds everyone's day.
    view.practitioner_filter.setCurrentIndex(0)
    view.print_action.trigger()
    assert view.dialog.practitioner_id() is None
    assert view.dialog.print_(pdf_printer(tmp_path / "all.pdf"))
    assert len(events(db, "calendar.print")[-1].details["appointment_ids"]) == 2


def test_cancellation_shows_who_waits_and_books_them_into_the_freed_time(
        qtbot, db, p, make_view):
    appt = book(p, at(MONDAY, 9))
    entry = waitlist.add_entry(p.reception, client_id=p.clients[1], service_id=p.massage,
                               earliest=at(MONDAY, 8), latest=at(MONDAY, 17)).data
    view = make_view(p.reception)
    banner = view.panel.waitlist_banner
    assert not banner.isVisible()
    view.select_appointment(appt)
    qtbot.mouseClick(view.panel.cancel_button, LEFT)
    view.dialog.reason.setText("Flunssa")
    qtbot.mouseClick(view.dialog.ok_button, LEFT)
    assert appointment(db, appt).status is S.CANCELLED
    assert banner.isVisible()
    assert banner.label.text() == ("1 client(s) on the waitlist fit the freed time "
                                   "23.11.2026 09.00–10.00.")
    assert banner.combo.itemText(0) == "Asiakas2 Testinen, Hieronta"

    # "Show…" lists them with the phone to call (the waitlist's own dialog).
    qtbot.mouseClick(banner.show_button, LEFT)
    waiting = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, WaitingDialog) and w.isVisible())
    assert waiting.model.rowCount() == 1
    waiting.reject()

    # "Book into the freed time": booked, the entry done with that appointment.
    qtbot.mouseClick(banner.book_button, LEFT)
    assert not banner.isVisible()
    with db.session() as s:
        new = s.scalars(select(Appointment).where(Appointment.client_id == p.clients[1])).one()
        resolved = s.get(WaitlistEntry, entry)
        assert (new.starts_at, new.practitioner_id, new.service_id, new.status) == (
            at(MONDAY, 9), p.p1, p.massage, S.BOOKED)
        assert resolved.resolved_at is not None
    assert events(db, "waitlist.resolved")[-1].details == {"appointment_id": new.id}
    assert view.grid.selected_id == new.id and view.entries[new.id].client_id == p.clients[1]
    assert waitlist.list_entries(p.reception) == []


def test_nobody_waiting_means_no_note(qtbot, db, p, make_view):
    appt = book(p, at(MONDAY, 9))
    view = make_view(p.reception)
    view.cancel_appointment(appt)
    view.dialog.reason.setText("Flunssa")
    view.dialog.accept()
    assert appointment(db, appt).status is S.CANCELLED
    assert not view.panel.waitlist_banner.isVisible()


def test_take_payment_for_a_completed_appointment(qtbot, db, p, make_view):
    appt = book(p, at(MONDAY, 9))
    view = make_view(p.reception)
    view.select_appointment(appt)
    button = view.panel.payment_button
    assert not button.isEnabled()
    assert button.toolTip() == "Mark the appointment completed first."
    qtbot.mouseClick(view.panel.completed_button, LEFT)
    assert view.entries[appt].status is S.COMPLETED
    view.select_appointment(appt)
    assert button.isEnabled()
    qtbot.mouseClick(button, LEFT)
    dialog = view.dialog
    assert isinstance(dialog, PaymentDialog) and dialog.isVisible()
    assert "Hieronta" in dialog.items.text()
    dialog.rows[0].set_method(PaymentMethod.CASH)
    dialog.cash_given.setText("60")
    with qtbot.waitSignal(dialog.paid):
        dialog.pay()
    result = dialog.result_
    assert result is not None and result.receipt and result.change == 10
    with db.session() as s:
        invoice = s.get(Invoice, result.invoice_id)
        assert invoice.kind is InvoiceKind.RECEIPT and invoice.status is InvoiceStatus.PAID
    dialog.reject()
    # Paid once: the next "Take payment" opens that invoice, not a second sale.
    qtbot.mouseClick(button, LEFT)
    assert view.dialog is not dialog and view.dialog._target["invoice_id"] == result.invoice_id
    view.dialog.reject()


def test_the_practitioner_role_cannot_take_payment(qtbot, db, p, make_view):
    appt = book(p, at(MONDAY, 9))
    booking.mark_completed(p.reception, appt)
    hoitaja = auth.authenticate(db, "hoitaja1", "Hoitajan salasana 1", workstation="hoito")
    view = make_view(dataclasses.replace(hoitaja, clock=fixed_clock(NOW)))
    view.select_appointment(appt)
    assert view.entries[appt].status is S.COMPLETED
    assert not view.panel.payment_button.isEnabled()
    assert view.panel.payment_button.toolTip() == "Your role cannot take payments."


def test_print_the_clients_upcoming_appointments(qtbot, db, p, make_view, tmp_path):
    appt = book(p, at(MONDAY, 9))
    book(p, at(MONDAY + WEEK, 9))
    view = make_view(p.reception)
    view.select_appointment(appt)
    qtbot.mouseClick(view.panel.upcoming_button, LEFT)
    dialog = view.dialog
    assert isinstance(dialog, PrintUpcomingDialog) and dialog.isVisible()
    saved = dialog.save_pdf(str(tmp_path / "tulevat"))
    assert saved == tmp_path / "tulevat.pdf" and saved.read_bytes()[:5] == b"%PDF-"
    assert dialog.print_(pdf_printer(tmp_path / "printed.pdf"))
    assert (tmp_path / "printed.pdf").read_bytes()[:5] == b"%PDF-"
    printed = events(db, "client.appointments_print")
    assert len(printed) == 2 and printed[-1].client_id == p.clients[0]
    assert len(printed[-1].details["appointment_ids"]) == 2


def test_view_settings_are_remembered_on_the_desk(qtbot, db, p, make_view, settings_file):
    book(p, at(MONDAY, 9))
    book(p, at(MONDAY, 10), practitioner=p.p2, client=1)
    view = make_view(p.reception)
    view.mode_actions[Mode.WEEK].trigger()
    view.color_combo.setCurrentIndex(view.color_combo.findData("practitioner"))
    view.grid_combo.setCurrentIndex(view.grid_combo.findData(30))
    view.practitioner_filter.setCurrentIndex(view.practitioner_filter.findData(p.p2))
    view.close()

    again = CalendarView(p.reception, lambda changes: None,
                         qsettings=QSettings(settings_file, QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.mode is Mode.WEEK and again.mode_actions[Mode.WEEK].isChecked()
    assert again.color_combo.currentData() == "practitioner"
    assert again.grid_minutes() == 30 and again.grid_combo.currentData() == 30
    assert again.practitioner_filter.currentData() == p.p2
    assert again.practitioner_ids() == [p.p2]
    assert {c.practitioner_id for c in again.grid.columns} == {p.p2}
    # Without a store nothing is remembered (a bare test application has no name).
    plain = CalendarView(p.reception, lambda changes: None)
    qtbot.addWidget(plain)
    assert plain.mode is Mode.DAY and plain.practitioner_filter.currentData() is None


def test_a_stale_remembered_practitioner_falls_back_to_everyone(qtbot, db, p, settings_file):
    qsettings = QSettings(settings_file, QSettings.Format.IniFormat)
    qsettings.setValue("calendar/practitioner_id", 9999)
    qsettings.setValue("calendar/grid_minutes", 7)
    qsettings.setValue("calendar/mode", "nonsense")
    view = CalendarView(p.reception, lambda changes: None, qsettings=qsettings)
    qtbot.addWidget(view)
    assert view.mode is Mode.DAY and view.practitioner_filter.currentData() is None
    assert view.grid_minutes() == 15


def test_undo_of_a_move_into_a_room_restores_no_room(qtbot, db, p, make_view):
    appt = book(p, at(MONDAY, 9))   # a massage needs no room and has none
    view = make_view(p.reception)
    assert appointment(db, appt).room_id is None
    assert view.commit_move(appt, at(MONDAY, 9), room_id=p.r1)   # as a drop on a room column
    assert appointment(db, appt).room_id == p.r1 and view.entries[appt].room_id == p.r1
    view.undo_action.trigger()
    assert appointment(db, appt).room_id is None and view.entries[appt].room_id is None
    view.redo_action.trigger()
    assert appointment(db, appt).room_id == p.r1


def test_a_renamed_practitioner_shows_at_once_despite_the_cache(qtbot, db, p, make_view):
    from vastaanotto.models import Role
    from vastaanotto.services import staff

    book(p, at(MONDAY, 9))
    view = make_view(p.reception)
    assert view.scroll.header.titles[0] == "Hoitaja 1"
    changes = staff.update_staff(p.owner, p.p1, display_name="Hoitaja Yksi",
                                 roles=[Role.PRACTITIONER])
    view.on_changes(changes)   # as the main window passes every Changes on
    assert view.scroll.header.titles == ["Hoitaja 2", "Hoitaja 3", "Hoitaja Yksi"]
    assert view.practitioner_filter.itemText(3) == "Hoitaja Yksi"
