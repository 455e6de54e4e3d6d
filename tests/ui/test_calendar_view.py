"""The booking calendar driven as a person does: views, keyboard, drag and drop with undo,
resizing, a refused move, cancelling with Delete, the status buttons, walk-in, holidays, DST
days, Ctrl+N from a slot and the audit of every range shown. Real SQLite file, real services.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor
from sqlalchemy import select

from tests.core.booking_practice import (MONDAY, NOW, add_rows, appointment, at, book,  # noqa: F401
                                         events, p)
from ui.actions import ActionId
from ui.calendar.calendar_view import CalendarView
from ui.calendar.cancel_dialog import CancelDialog
from ui.calendar.layout import Mode
from ui.calendar.time_grid import CLOSED, TimeGrid
from ui.calendar.walk_in_dialog import WalkInDialog
from ui.main_window import MainWindow, ViewId
from vastaanotto.clock import HELSINKI, fixed_clock
from vastaanotto.models import Appointment, Visit
from vastaanotto.models.appointments import AppointmentStatus, BookingChannel, CancelledBy
from vastaanotto.services import auth, clients

S = AppointmentStatus
LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier

pytestmark = pytest.mark.usefixtures("no_message_boxes")


@pytest.fixture
def make_view(qtbot, published):
    def make(ctx, day=MONDAY, mode=Mode.DAY):
        view = None

        def publish(changes):
            published.append(changes)
            view.on_changes(changes)

        view = CalendarView(ctx, publish)
        qtbot.addWidget(view)
        view.resize(1300, 800)
        view.show()
        qtbot.waitExposed(view)
        view.set_mode(mode)
        view.show_day(day)
        return view

    return make


def column_of(view, practitioner_id, day=MONDAY) -> int:
    return next(i for i, c in enumerate(view.grid.columns)
                if c.practitioner_id == practitioner_id and c.day == day)


def drag(qtbot, grid: TimeGrid, start: QPoint, end: QPoint) -> None:
    """A real press-move-release, through the same event handlers the mouse uses."""
    qtbot.mousePress(grid, LEFT, pos=start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    qtbot.mouseMove(grid, middle)
    qtbot.mouseMove(grid, end)
    qtbot.mouseRelease(grid, LEFT, pos=end)


def test_day_week_month_and_my_day(qtbot, db, p, make_view):
    book(p, at(MONDAY, 9))
    book(p, at(MONDAY + dt.timedelta(days=2), 10), practitioner=p.p2, client=1)
    view = make_view(p.reception)
    assert [view.scroll.header.titles] == [["Hoitaja 1", "Hoitaja 2", "Hoitaja 3"]]
    assert [(c.day, c.practitioner_id) for c in view.grid.columns] == [
        (MONDAY, p.p1), (MONDAY, p.p2), (MONDAY, p.p3)]
    assert len(view.grid.placed) == 1 and view.summary.text() == "23.11.2026: 1 appointment(s)"

    view.mode_actions[Mode.WEEK].trigger()
    assert view.mode is Mode.WEEK and view.stack.currentWidget() is view.scroll
    # Monday to Friday (the practice is closed at weekends and nobody is booked then).
    assert sorted({c.day for c in view.grid.columns}) == [
        MONDAY + dt.timedelta(days=i) for i in range(5)]
    assert len(view.grid.columns) == 15 and len(view.grid.placed) == 2
    assert view.scroll.header.day_titles[MONDAY] == "Mon 23.11."
    assert view.summary.text() == "Week 48: 23.11.2026–29.11.2026: 2 appointment(s)"

    view.mode_actions[Mode.MONTH].trigger()
    assert view.stack.currentWidget() is view.month
    assert view.month.data.first_day == dt.date(2026, 10, 26)
    assert view.month.count(MONDAY) == 1 and view.month.count(MONDAY + dt.timedelta(days=2)) == 1
    # A double click on a day opens it in the day view, with one audited read.
    viewed = len(events(db, "calendar.viewed"))
    wednesday = view.month.cell_rect(2 + 7 * 4).center().toPoint()  # 25.11: row 4, column 2
    qtbot.mouseDClick(view.month, LEFT, pos=wednesday)
    assert view.mode is Mode.DAY and view.day == MONDAY + dt.timedelta(days=2)
    assert view.mode_actions[Mode.DAY].isChecked()
    assert len(events(db, "calendar.viewed")) == viewed + 1
    assert [e.practitioner_id for e in view.entries.values()] == [p.p2]

    # Reception is no practitioner: no "My day".
    assert not view.mode_actions[Mode.MY_DAY].isEnabled()


def test_my_day_shows_only_the_logged_in_practitioner(db, p, make_view):
    book(p, at(MONDAY, 9))
    book(p, at(MONDAY, 9), practitioner=p.p2, client=1)
    hoitaja = auth.authenticate(db, "hoitaja2", "Hoitajan salasana 1", workstation="hoito")
    view = make_view(dataclasses.replace(hoitaja, clock=fixed_clock(NOW)))
    view.mode_actions[Mode.MY_DAY].trigger()
    assert view.mode is Mode.MY_DAY
    assert [c.practitioner_id for c in view.grid.columns] == [p.p2]
    assert [e.practitioner_id for e in view.entries.values()] == [p.p2]
    assert events(db, "calendar.viewed")[-1].details["practitioner_ids"] == [p.p2]


def test_keyboard_moves_between_slots_days_and_columns(qtbot, db, p, make_view):
    first = book(p, at(MONDAY, 9))
    view = make_view(p.reception)
    grid = view.grid
    grid.setFocus()
    grid.select_slot(0, 8 * 60 + 30)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.selected_minute == 8 * 60 + 45 and grid.selected_id is None
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # onto the 9.00 booking: it is selected
    assert grid.selected_id == first
    assert view.panel.title.text() == "Asiakas1 Testinen"
    qtbot.keyClick(grid, Qt.Key.Key_Right, CTRL)
    assert grid.selected_column == 1 and grid.selected_id is None
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert view.day == MONDAY + dt.timedelta(days=1)
    assert view.date_edit.date().toPython() == MONDAY + dt.timedelta(days=1)
    assert grid.columns[grid.selected_column].practitioner_id == p.p2  # kept the column
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    assert view.day == MONDAY - dt.timedelta(days=1)
    # In the week view Left/Right stay in the week without reading it again.
    view.set_mode(Mode.WEEK)
    view.show_day(MONDAY)
    viewed = len(events(db, "calendar.viewed"))
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert view.day == MONDAY + dt.timedelta(days=1)
    assert grid.columns[grid.selected_column].day == MONDAY + dt.timedelta(days=1)
    assert len(events(db, "calendar.viewed")) == viewed


def test_t_in_the_main_window_jumps_to_today(qtbot, db, p, tmp_path):
    window = MainWindow(p.reception, qsettings=QSettings(str(tmp_path / "ui.ini"),
                                                         QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    calendar = window.view(ViewId.CALENDAR)
    assert isinstance(calendar, CalendarView)
    calendar.show_day(MONDAY + dt.timedelta(days=10))
    calendar.grid.setFocus()
    qtbot.waitUntil(calendar.grid.hasFocus)
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_T)  # as typed: shortcuts see it
    assert calendar.day == NOW.astimezone(HELSINKI).date()
    # Today's column is selected at the current time (14.00 in Helsinki).
    assert calendar.grid.selected_minute == 14 * 60


def test_drag_moves_and_undo_redo(qtbot, db, p, make_view, published):
    appt = book(p, at(MONDAY, 9))
    view = make_view(p.reception)
    grid = view.grid
    start = grid.point_of(appt)
    grab = grid.minute_at(start.y()) - 9 * 60
    target = grid.point_at(column_of(view, p.p1), 11 * 60 + int(grab))
    drag(qtbot, grid, start, target)
    moved = appointment(db, appt)
    assert moved.starts_at == at(MONDAY, 11) and moved.ends_at == at(MONDAY, 12)
    assert grid.placed_of(appt).top == 11 * 60 and grid.drag is None
    assert published[-1].touches("appointments")
    assert view.undo_action.isEnabled() and view.undo_stack.count() == 1

    view.activateWindow()
    qtbot.waitActive(view)
    view.grid.setFocus()
    qtbot.waitUntil(view.grid.hasFocus)
    # Typed at the window, so the shortcuts see the keys as they would a person's.
    qtbot.keyClick(view.windowHandle(), Qt.Key.Key_Z, CTRL)  # undo
    assert appointment(db, appt).starts_at == at(MONDAY, 9)
    assert grid.placed_of(appt).top == 9 * 60
    qtbot.keyClick(view.windowHandle(), Qt.Key.Key_Z,
                   CTRL | Qt.KeyboardModifier.ShiftModifier)  # redo
    assert appointment(db, appt).starts_at == at(MONDAY, 11)
    assert grid.placed_of(appt).top == 11 * 60
    assert [e.details["starts_at"] for e in events(db, "appointment.moved")] == [
        at(MONDAY, t).astimezone(dt.timezone.utc).isoformat() for t in (11, 9, 11)]


def test_drag_to_another_practitioners_column(qtbot, db, p, make_view):
    appt = book(p, at(MONDAY, 9))
    view = make_view(p.reception)
    grid = view.grid
    start = grid.point_of(appt)
    grab = int(grid.minute_at(start.y())) - 9 * 60
    drag(qtbot, grid, start, grid.point_at(column_of(view, p.p2), 10 * 60 + grab))
    moved = appointment(db, appt)
    assert (moved.practitioner_id, moved.starts_at) == (p.p2, at(MONDAY, 10))
    assert grid.columns[grid.placed_of(appt).column].practitioner_id == p.p2
    view.undo_action.trigger()
    back = appointment(db, appt)
    assert (back.practitioner_id, back.starts_at) == (p.p1, at(MONDAY, 9))


def test_resize_by_the_bottom_edge_and_undo(qtbot, db, p, make_view):
    appt = book(p, at(MONDAY, 9))
    view = make_view(p.reception)
    grid = view.grid
    rect = grid.rect_of(grid.placed_of(appt))
    edge = QPoint(int(rect.center().x()), int(rect.bottom()) - 2)
    drag(qtbot, grid, edge, QPoint(edge.x(), int(grid.y_of(10 * 60 + 30))))
    assert appointment(db, appt).ends_at == at(MONDAY, 10, 30)
    assert grid.placed_of(appt).bottom == 10 * 60 + 30
    assert events(db, "appointment.resized")
    view.undo_action.trigger()
    assert appointment(db, appt).ends_at == at(MONDAY, 10)
    assert grid.placed_of(appt).bottom == 10 * 60


def test_a_refused_move_snaps_back_with_the_reason(qtbot, db, p, make_view):
    appt = book(p, at(MONDAY, 9))
    book(p, at(MONDAY, 11), client=1)
    view = make_view(p.reception)
    grid = view.grid
    start = grid.point_of(appt)
    grab = int(grid.minute_at(start.y())) - 9 * 60
    drag(qtbot, grid, start, grid.point_at(column_of(view, p.p1), 11 * 60 + 30 + grab))
    assert appointment(db, appt).starts_at == at(MONDAY, 9)
    assert view.banner.isVisible()
    assert view.banner.text() == "The practitioner already has a booking then."
    assert grid.drag is None and grid.placed_of(appt).top == 9 * 60
    assert view.undo_stack.count() == 0
    # Outside the practitioner's hours is refused too (the practice closes at 18).
    drag(qtbot, grid, grid.point_of(appt),
         grid.point_at(column_of(view, p.p1), 17 * 60 + 30 + grab))
    assert view.banner.text() == "The time is outside the opening hours."
    assert appointment(db, appt).starts_at == at(MONDAY, 9)


def test_delete_cancels_with_a_reason(qtbot, db, p, make_view):
    appt = book(p, at(MONDAY, 9))
    near = dataclasses.replace(p.reception, clock=fixed_clock(at(MONDAY, 7)))
    view = make_view(near)
    view.grid.setFocus()
    view.select_appointment(appt)
    qtbot.keyClick(view.grid, Qt.Key.Key_Delete)
    dialog = view.dialog
    assert isinstance(dialog, CancelDialog) and dialog.isVisible()
    assert dialog.late_label.isVisible()  # two hours before: a late cancellation by the client
    dialog.ok_button.click()  # no reason yet: refused, the dialog stays
    assert dialog.isVisible() and dialog.banner.text() == "Reason: This field is required."
    dialog.reason.setText("Sairastui flunssaan")
    dialog.by_client.setChecked(True)
    dialog.ok_button.click()
    assert not dialog.isVisible()
    stored = appointment(db, appt)
    assert stored.status is S.CANCELLED and stored.cancelled_by is CancelledBy.CLIENT
    assert stored.late_cancellation and stored.cancel_reason == "Sairastui flunssaan"
    # Hidden by default, shown with "Cancelled", marked late in the panel.
    assert view.grid.placed_of(appt) is None
    view.cancelled_check.setChecked(True)
    view.select_appointment(appt)
    assert view.panel.fields["status"].text() == "Cancelled (late)"
    assert view.panel.fields["late"].text() == "1"
    assert not view.panel.cancel_button.isEnabled()


def test_status_buttons_arrived_completed_and_no_show(qtbot, db, p, make_view):
    first = book(p, at(MONDAY, 9))
    second = book(p, at(MONDAY, 10), client=1)
    later = dataclasses.replace(p.reception, clock=fixed_clock(at(MONDAY, 10, 20)))
    view = make_view(later)
    view.select_appointment(first)
    panel = view.panel
    assert panel.arrived_button.isEnabled() and panel.no_show_button.isEnabled()
    qtbot.mouseClick(panel.arrived_button, LEFT)
    assert appointment(db, first).status is S.ARRIVED
    assert panel.fields["status"].text() == "Arrived"
    assert not panel.arrived_button.isEnabled() and panel.completed_button.isEnabled()
    qtbot.mouseClick(panel.completed_button, LEFT)
    assert appointment(db, first).status is S.COMPLETED
    with db.session() as s:
        [visit] = s.scalars(select(Visit)).all()
        assert visit.appointment_id == first and visit.client_id == p.clients[0]
    assert view.lines_for(view.entries[first])[-1] == "Completed"

    view.select_appointment(second)
    qtbot.mouseClick(panel.no_show_button, LEFT)
    assert appointment(db, second).status is S.NO_SHOW
    assert panel.fields["no_shows"].text() == "1"  # the client's counter, shown at once
    assert "No-shows: 1" in view.tooltip_for(second)


def test_no_show_is_offered_only_after_the_start(db, p, make_view):
    appt = book(p, at(MONDAY, 9))
    view = make_view(p.reception)  # now is a week before
    view.select_appointment(appt)
    assert not view.panel.no_show_button.isEnabled()
    assert view.panel.cancel_button.isEnabled()


def test_walk_in_books_the_first_free_slot(qtbot, db, p, make_view):
    book(p, at(MONDAY, 10, 15), practitioner=p.p1, client=1)
    desk = dataclasses.replace(p.reception, clock=fixed_clock(at(MONDAY, 10, 7)))
    view = make_view(desk)
    dialog = view.walk_in()
    assert isinstance(dialog, WalkInDialog) and dialog.isVisible()
    dialog.service_combo.setCurrentIndex(dialog.service_combo.findText("Hieronta"))
    assert not dialog.book_button.isEnabled()
    dialog.picker.search_edit.setText("Asiakas1")
    qtbot.waitUntil(lambda: dialog.picker.results.count() == 1)
    assert dialog.book_button.isEnabled()
    qtbot.mouseClick(dialog.book_button, LEFT)
    assert not dialog.isVisible()
    new = appointment(db, dialog.changes.data)
    # Hoitaja 1 is busy at 10.15, so Hoitaja 2 takes the walk-in then.
    assert (new.starts_at, new.practitioner_id) == (at(MONDAY, 10, 15), p.p2)
    assert new.channel is BookingChannel.WALK_IN and new.client_id == p.clients[0]
    assert view.grid.selected_id == new.id and view.day == MONDAY
    assert view.panel.title.text() == "Asiakas1 Testinen"


def test_walk_in_says_when_nothing_is_free_today(qtbot, db, p, make_view):
    late = dataclasses.replace(p.reception, clock=fixed_clock(at(MONDAY, 17, 50)))
    view = make_view(late)
    dialog = view.walk_in()
    dialog.service_combo.setCurrentIndex(dialog.service_combo.findText("Hieronta"))
    dialog.picker.search_edit.setText("Asiakas2")
    qtbot.waitUntil(lambda: dialog.picker.results.count() == 1)
    qtbot.mouseClick(dialog.book_button, LEFT)
    assert dialog.isVisible() and dialog.banner.text() == "No free time was found."


def test_a_public_holiday_is_closed(qtbot, db, p, make_view):
    view = make_view(p.reception, day=dt.date(2026, 12, 6))
    assert view.data.days[0].closed == "holiday"
    assert view.grid.closed_text[dt.date(2026, 12, 6)].startswith("Closed: ")
    assert view.data.days[0].holiday_name in view.grid.closed_text[dt.date(2026, 12, 6)]
    image = view.grid.grab().toImage()
    sample = QColor(image.pixel(int(view.grid.column_x(1) + 30),
                                int(view.grid.y_of(12 * 60) + 5)))
    # The closed grey (or a line of its hatch, darker grey): grey, not the white of work time.
    assert sample.red() == sample.green() == sample.blue()
    assert 180 <= sample.red() <= CLOSED.red()
    # An ordinary working day is white where people work.
    view.show_day(MONDAY)
    image = view.grid.grab().toImage()
    open_pixel = QColor(image.pixel(int(view.grid.column_x(1) + 30),
                                    int(view.grid.y_of(12 * 60) + 5)))
    assert open_pixel == QColor(Qt.GlobalColor.white)


@pytest.mark.parametrize("day, offset", [(dt.date(2026, 3, 29), 3), (dt.date(2026, 10, 25), 2)])
def test_dst_days_show_local_times(db, p, make_view, day, offset):
    """Sundays of the clock changes (booked directly: the practice is closed on Sundays)."""
    rows = [Appointment(practitioner_id=p.p1, service_id=p.massage, client_id=p.clients[0],
                        starts_at=at(day, 9), ends_at=at(day, 10)),
            Appointment(practitioner_id=p.p2, service_id=p.massage, client_id=p.clients[1],
                        starts_at=at(day, 2, 30), ends_at=at(day, 2, 30) + dt.timedelta(hours=1))]
    add_rows(db, *rows)
    view = make_view(p.reception, day=day)
    nine, early = sorted(view.grid.placed, key=lambda pl: -pl.top)
    assert at(day, 9).utcoffset() == dt.timedelta(hours=offset)
    assert (nine.top, nine.bottom) == (9 * 60, 10 * 60)
    assert view.lines_for(view.entries[nine.id])[0] == "09.00 Asiakas1 Testinen"
    assert view.tooltip_for(nine.id).startswith("09.00–10.00")
    assert early.top == 2 * 60 + 30
    # One real hour after 02.30: 04.30 on the spring wall clock, 03.30 in autumn.
    assert early.bottom == (4 if offset == 3 else 3) * 60 + 30
    assert view.grid.first_minute <= early.top  # the early booking is inside the shown hours


def test_every_shown_range_is_audited(db, p, make_view):
    view = make_view(p.reception)
    before = len(events(db, "calendar.viewed"))
    view.show_day(MONDAY + dt.timedelta(days=1))
    view.set_mode(Mode.WEEK)
    viewed = events(db, "calendar.viewed")
    assert len(viewed) == before + 2
    assert viewed[-1].actor_id == p.reception.staff_id
    assert viewed[-1].details["start"] == at(MONDAY, 0).astimezone(dt.timezone.utc).isoformat()
    assert viewed[-1].details["end"] == at(MONDAY + dt.timedelta(days=7), 0).astimezone(
        dt.timezone.utc).isoformat()


def test_changes_from_elsewhere_refresh_the_calendar(db, p, make_view):
    view = make_view(p.reception)
    assert view.grid.placed == []
    appt = book(p, at(MONDAY, 13))  # another desk
    from vastaanotto.services.base import Changes
    view.on_changes(Changes.of("appointments"))
    assert [pl.id for pl in view.grid.placed] == [appt]
    clients.update_client(p.owner, p.clients[0], {"first_name": "Uusi", "last_name": "Nimi"})
    view.on_changes(Changes.of("clients"))
    assert view.entries[appt].client_name == "Uusi Nimi"


def test_ctrl_n_offers_times_from_the_selected_slot(qtbot, db, p, tmp_path):
    window = MainWindow(p.reception, qsettings=QSettings(str(tmp_path / "ui.ini"),
                                                         QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    calendar = window.view(ViewId.CALENDAR)
    calendar.show_day(MONDAY)
    calendar.grid.select_slot(column_of(calendar, p.p2), 13 * 60)
    window.action(ActionId.NEW_BOOKING).trigger()
    dialog = window._booking_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.practitioner_combo.currentText() == "Hoitaja 2"
    slots = dialog.slots()
    assert slots and slots[0].starts_at == at(MONDAY, 13)
    assert {s.practitioner_id for s in slots} == {p.p2}
    # Booking it shows up in the calendar at once (apply_changes reaches the view).
    dialog.search_edit.setText("Asiakas3")
    qtbot.waitUntil(lambda: dialog.results.count() == 1)
    dialog.book()
    assert [calendar.entries[pl.id].practitioner_id for pl in calendar.grid.placed] == [p.p2]


def test_context_menu_tooltip_and_hooks(qtbot, db, p, make_view):
    appt = book(p, at(MONDAY, 9))
    view = make_view(p.reception)
    menu = view.show_context_menu(appt, QPoint(10, 10))
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert names == ["openAction", "arrivedAction", "completedAction", "noShowAction",
                     "cancelAction", "repeatAction"]
    assert view.repeat_action.isEnabled()  # the view opens the series dialog itself
    menu.close()
    repeated = []
    view.repeat_requested.connect(repeated.append)
    view.show_context_menu(appt, QPoint(10, 10)).close()
    view.repeat_action.trigger()
    assert repeated == [appt]
    assert type(view.dialog).__name__ == "SeriesDialog" and view.dialog.isVisible()
    view.dialog.reject()
    tip = view.tooltip_for(appt)
    assert tip.splitlines()[:3] == ["09.00–10.00  Asiakas1 Testinen", "Hieronta", "Hoitaja 1"]
    with qtbot.waitSignal(view.print_requested) as printed:
        view.print_action.trigger()
    assert printed.args == [MONDAY, None]
    assert type(view.dialog).__name__ == "PrintDayDialog"
    view.dialog.reject()
    with qtbot.waitSignal(view.waitlist_requested):
        view.waitlist_action.trigger()
    assert type(view.dialog).__name__ == "WaitlistDialog"
    view.dialog.reject()


def test_colour_by_practitioner_and_grid_size(qtbot, db, p, make_view):
    appt = book(p, at(MONDAY, 9))
    view = make_view(p.reception)
    service_colour = view.grid.colors[appt].name()
    view.color_combo.setCurrentIndex(view.color_combo.findData("practitioner"))
    assert view.grid.colors[appt].name() == "#4a90d9"  # the staff default colour
    assert service_colour != "#4a90d9"
    view.grid_combo.setCurrentIndex(view.grid_combo.findData(30))
    assert view.grid.grid == 30
    view.grid.select_slot(0, 9 * 60)
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_Up)
    assert view.grid.selected_minute == 8 * 60 + 30


def test_room_columns_and_a_drop_into_another_room(qtbot, db, p, make_view):
    appt = book(p, at(MONDAY, 9), service=p.pool, room_id=p.r1)
    view = make_view(p.reception)
    assert view.columns_action.isVisible()  # the practice has rooms
    view.columns_combo.setCurrentIndex(view.columns_combo.findData(True))
    assert [c.room_id for c in view.grid.columns] == [p.r1, p.r2]
    assert view.scroll.header.titles == ["Huone 1", "Huone 2"]
    grid = view.grid
    start = grid.point_of(appt)
    grab = int(grid.minute_at(start.y())) - 9 * 60
    drag(qtbot, grid, start, grid.point_at(1, 9 * 60 + grab))
    moved = appointment(db, appt)
    assert (moved.room_id, moved.practitioner_id, moved.starts_at) == (p.r2, p.p1,
                                                                       at(MONDAY, 9))
    assert grid.placed_of(appt).column == 1
    view.undo_action.trigger()
    assert appointment(db, appt).room_id == p.r1
    # The week view has no room columns.
    view.set_mode(Mode.WEEK)
    assert not view.columns_action.isVisible()
    assert all(c.room_id is None for c in view.grid.columns)
