"""The main window shell: views by role, actions and shortcuts, status bar, lock, broadcast."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QWidget

from ui.actions import ActionId
from ui.admin.admin_view import AdminView
from ui.calendar.overview_view import DayOverviewModel
from ui.calendar.time_grid import TimeGrid
from ui.main_window import MainWindow, ViewId
from vastaanotto.models.appointments import Appointment
from vastaanotto.models.staff import Role
from vastaanotto.services import catalog, schedule
from vastaanotto.services.base import Changes

NOW = dt.datetime(2026, 11, 21, 10, 0, tzinfo=dt.timezone.utc)  # 12.00 in Helsinki


@pytest.fixture
def qsettings(tmp_path):
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, qsettings, clock):
    def make(ctx):
        window = MainWindow(dataclasses.replace(ctx, clock=clock), qsettings=qsettings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def booked(owner_ctx, make_ctx):
    """A practitioner with one appointment today at 12.00 local time."""
    practitioner = make_ctx(Role.PRACTITIONER)
    service_id = catalog.create_service(owner_ctx, {
        "name": "Hieronta", "duration_minutes": 45, "price": "49,90",
        "practitioner_ids": [practitioner.staff_id]}).data

    def book(starts=NOW):
        with owner_ctx.transaction() as session:
            session.add(Appointment(practitioner_id=practitioner.staff_id,
                                    service_id=service_id, starts_at=starts,
                                    ends_at=starts + dt.timedelta(minutes=45)))

    return practitioner, book


def visible_texts() -> list[str]:
    texts = []
    for widget in QApplication.allWidgets():
        if widget.isVisible() and isinstance(widget, (QLabel, QLineEdit)):
            texts.append(widget.text())
    return texts


def test_owner_sees_the_admin_view(make_window, owner_ctx):
    window = make_window(owner_ctx)
    names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert names == ["Calendar", "Clients", "Billing", "Messages", "Privacy", "Admin"]
    assert window.action(ActionId.ADMIN_VIEW).isVisible()
    window.action(ActionId.ADMIN_VIEW).trigger()
    assert window.current_view() is ViewId.ADMIN
    assert window.view(ViewId.ADMIN).isVisible()


def test_admin_view_is_built_when_first_shown(make_window, owner_ctx):
    window = make_window(owner_ctx)
    assert window.findChild(AdminView) is None  # none of its pages built at start-up
    window.navigation.setCurrentRow(5)  # a click on "Admin"
    admin = window.findChild(AdminView)
    assert admin is not None and admin.isVisible()
    assert window.current_view() is ViewId.ADMIN and window.view(ViewId.ADMIN) is admin
    assert window.action(ActionId.ADMIN_VIEW).isChecked()
    assert window.view_stack.count() == 6 and window.view_stack.indexOf(admin) == 5


@pytest.mark.parametrize("view_id, row, class_name", [
    (ViewId.BILLING, 2, "BillingView"), (ViewId.MESSAGES, 3, "MessageLogView"),
    (ViewId.PRIVACY, 4, "PrivacyView")])
def test_billing_message_log_and_privacy_desk_are_built_when_first_shown(make_window, owner_ctx,
                                                                  view_id, row, class_name):
    window = make_window(owner_ctx)
    assert not [w for w in window.findChildren(QWidget) if type(w).__name__ == class_name]
    window.navigation.setCurrentRow(row)
    view = window.view(view_id)
    assert type(view).__name__ == class_name and view.isVisible()
    assert window.current_view() is view_id and window.view_stack.indexOf(view) == row


def test_the_message_status_label_opens_the_log(make_window, make_ctx):
    window = make_window(make_ctx(Role.RECEPTION))
    window.message_status.clicked.emit()
    assert window.current_view() is ViewId.MESSAGES
    assert type(window.view(ViewId.MESSAGES)).__name__ == "MessageLogView"


def test_asking_for_the_admin_view_builds_it_without_showing_it(make_window, owner_ctx):
    window = make_window(owner_ctx)
    window.apply_changes(Changes.of("rooms"))  # the stand-in lets broadcasts pass
    admin = window.view(ViewId.ADMIN)
    assert isinstance(admin, AdminView) and admin.staff_page is not None
    assert window.current_view() is ViewId.CALENDAR and not admin.isVisible()
    assert window.view(ViewId.ADMIN) is admin  # built once
    window.show_view(ViewId.ADMIN)
    assert window.view_stack.currentWidget() is admin


@pytest.mark.parametrize("role, views", [
    (Role.RECEPTION, ["Calendar", "Clients", "Billing", "Messages"]),
    (Role.PRACTITIONER, ["Calendar", "Clients", "Billing"])])  # no message log either
def test_others_do_not_see_the_admin_view(make_window, make_ctx, role, views):
    window = make_window(make_ctx(role))
    names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert names == views
    assert window.action(ActionId.MESSAGES_VIEW).isVisible() is (role is Role.RECEPTION)
    assert window.view(ViewId.ADMIN) is None and window.view(ViewId.PRIVACY) is None
    assert not window.action(ActionId.PRIVACY_VIEW).isVisible()
    assert not window.action(ActionId.ADMIN_VIEW).isVisible()
    assert not window.action(ActionId.ADMIN_VIEW).isEnabled()
    window.show_view(ViewId.ADMIN)
    assert window.current_view() is ViewId.CALENDAR


def test_status_bar_shows_user_roles_and_database(make_window, make_ctx):
    ctx = make_ctx(Role.RECEPTION, Role.PRACTITIONER)
    window = make_window(ctx)
    assert window.user_label.text() == ctx.display_name
    assert window.roles_label.text() == "Practitioner, Reception"
    assert window.database_label.text() == "Database: test.sqlite3"
    assert not window.audit_warning.isVisible()


def test_missing_audit_key_is_warned_about(make_window, owner_ctx, db):
    db.audit_key = None
    window = make_window(owner_ctx)
    assert window.audit_warning.isVisible()
    assert "audit log not keyed" in window.audit_warning.text()


def test_actions_have_their_shortcuts(make_window, owner_ctx):
    window = make_window(owner_ctx)
    expected = {ActionId.CALENDAR_VIEW: "Ctrl+1", ActionId.CLIENTS_VIEW: "Ctrl+2",
                ActionId.BILLING_VIEW: "Ctrl+3", ActionId.ADMIN_VIEW: "Ctrl+4",
                ActionId.LOCK: "Ctrl+L", ActionId.QUIT: "Ctrl+Q", ActionId.TODAY: "T",
                ActionId.NEW_BOOKING: "Ctrl+N", ActionId.FIND_CLIENT: "Ctrl+F"}
    for action_id, keys in expected.items():
        assert window.action(action_id).shortcut() == QKeySequence(keys), action_id
    menu_actions = {a for menu in window.menuBar().actions() for a in menu.menu().actions()}
    assert all(window.action(a) in menu_actions for a in ActionId)
    assert window.action(ActionId.NEW_BOOKING).isEnabled()
    assert window.action(ActionId.FIND_CLIENT).isEnabled()


def test_find_client_opens_the_search(qtbot, make_window, owner_ctx):
    window = make_window(owner_ctx)
    window.show()
    qtbot.waitExposed(window)
    window.action(ActionId.FIND_CLIENT).trigger()
    assert window.current_view() is ViewId.CLIENTS
    clients = window.view(ViewId.CLIENTS)
    qtbot.waitUntil(lambda: clients.search_edit.hasFocus())


def test_view_actions_switch_views(make_window, owner_ctx):
    window = make_window(owner_ctx)
    window.action(ActionId.BILLING_VIEW).trigger()
    assert window.current_view() is ViewId.BILLING
    assert window.action(ActionId.BILLING_VIEW).isChecked()
    window.action(ActionId.CLIENTS_VIEW).trigger()
    assert window.view_stack.currentWidget() is window.view(ViewId.CLIENTS)


def test_calendar_shows_todays_appointments(make_window, owner_ctx, booked):
    practitioner, book = booked
    book()
    window = make_window(owner_ctx)
    calendar = window.view(ViewId.CALENDAR)
    grid = window.findChild(TimeGrid, "timeGrid")
    assert grid.isVisible() and calendar.isAncestorOf(grid)
    [placed] = grid.placed
    assert (placed.top, placed.bottom) == (12 * 60, 12 * 60 + 45)  # local wall clock
    column = grid.columns[placed.column]
    assert (column.day, column.practitioner_id) == (dt.date(2026, 11, 21),
                                                    practitioner.staff_id)
    entry = calendar.entries[placed.id]
    assert calendar.lines_for(entry) == ["12.00", "Hieronta"]
    assert calendar.scroll.header.titles == [practitioner.display_name]
    assert "21.11.2026: 1 appointment(s)" == calendar.summary.text()


def test_today_action_returns_to_today(make_window, owner_ctx):
    window = make_window(owner_ctx)
    calendar = window.view(ViewId.CALENDAR)
    calendar.show_day(dt.date(2026, 12, 24))
    window.show_view(ViewId.BILLING)
    window.action(ActionId.TODAY).trigger()
    assert window.current_view() is ViewId.CALENDAR
    assert calendar.day == dt.date(2026, 11, 21)
    assert calendar.date_edit.date().toPython() == dt.date(2026, 11, 21)


def test_apply_changes_reaches_the_views(qtbot, make_window, owner_ctx, booked):
    _practitioner, book = booked
    window = make_window(owner_ctx)
    grid = window.findChild(TimeGrid, "timeGrid")
    assert grid.placed == []
    book()  # as if booked at another desk
    with qtbot.waitSignal(window.changes_applied) as signal:
        window.apply_changes(Changes.of("appointments"))
    assert len(grid.placed) == 1
    assert signal.args[0].touches("appointments")


def test_admin_edits_are_broadcast_through_the_window(qtbot, make_window, owner_ctx):
    window = make_window(owner_ctx)
    window.show_view(ViewId.ADMIN)
    rooms = window.view(ViewId.ADMIN).rooms_page
    window.view(ViewId.ADMIN).show_page(rooms)
    dialog = rooms.add_room()
    qtbot.keyClicks(dialog.name, "Huone 2")
    with qtbot.waitSignal(window.changes_applied) as signal:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].touches("rooms")
    assert [r.name for r in rooms.model.rows()] == ["Huone 2"]


def test_lock_hides_all_personal_data(qtbot, make_window, owner_ctx, booked):
    practitioner, book = booked
    book()
    window = make_window(owner_ctx)
    table = window.findChild(TimeGrid, "timeGrid")  # the calendar grid, with client names
    assert table.isVisible() and len(table.placed) == 1
    window.show_view(ViewId.ADMIN)
    staff_page = window.view(ViewId.ADMIN).staff_page
    staff_page.select_id(practitioner.staff_id)
    dialog = staff_page.edit_selected()
    assert dialog.isVisible() and practitioner.display_name in visible_texts()

    window.set_locked(True)
    assert window.is_locked
    assert not table.isVisible() and not dialog.isVisible()
    assert not window.view(ViewId.ADMIN).isVisible()
    texts = " ".join(visible_texts())
    assert practitioner.display_name not in texts and "Hieronta" not in texts
    assert not window.navigation.isEnabled()
    enabled = {a for a in ActionId if window.action(a).isEnabled()}
    assert enabled == {ActionId.QUIT}
    window.show_view(ViewId.CALENDAR)  # a stray call while locked changes nothing
    assert not table.isVisible()

    window.set_locked(False)
    assert table.isVisible() is False  # the admin view was current, and stays so
    window.show_view(ViewId.CALENDAR)
    assert table.isVisible()
    assert window.action(ActionId.LOCK).isEnabled()
    assert window.action(ActionId.ADMIN_VIEW).isEnabled()
    assert window.action(ActionId.NEW_BOOKING).isEnabled()


def test_lock_widget_is_shown_only_while_locked(make_window, owner_ctx):
    window = make_window(owner_ctx)
    lock_screen = QLabel("Locked")
    window.set_lock_widget(lock_screen)
    assert not lock_screen.isVisible()
    window.set_locked(True)
    assert lock_screen.isVisible()
    window.set_locked(False)
    assert not lock_screen.isVisible()
    replacement = QLabel("Locked too")
    window.set_lock_widget(replacement)
    window.set_locked(True)
    assert replacement.isVisible()


def test_lock_and_logout_actions_emit_signals(qtbot, make_window, owner_ctx):
    window = make_window(owner_ctx)
    with qtbot.waitSignal(window.lock_requested):
        window.action(ActionId.LOCK).trigger()
    with qtbot.waitSignal(window.logout_requested):
        window.action(ActionId.LOGOUT).trigger()


def test_quit_closes_and_geometry_is_restored(qtbot, make_window, owner_ctx, qsettings):
    window = make_window(owner_ctx)
    window.resize(790, 520)  # within the (800×600) screen, above the views' minimum width
    window.action(ActionId.QUIT).trigger()
    assert not window.isVisible()
    assert qsettings.value("main_window/geometry") is not None
    again = make_window(owner_ctx)
    assert (again.width(), again.height()) == (790, 520)


def test_about_names_the_version(make_window, owner_ctx, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window = make_window(owner_ctx)
    window.action(ActionId.ABOUT).trigger()
    assert shown and "0.1.0" in shown[0]


def test_day_overview_model(qtmodeltester, owner_ctx, booked):
    _practitioner, book = booked
    book()
    book(NOW + dt.timedelta(hours=1))
    model = DayOverviewModel(schedule.day_overview(owner_ctx, dt.date(2026, 11, 21)))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2


def test_hidden_calendar_reloads_when_shown(make_window, owner_ctx, booked):
    _practitioner, book = booked
    window = make_window(owner_ctx)
    grid = window.findChild(TimeGrid, "timeGrid")
    window.show_view(ViewId.CLIENTS)
    book()
    window.apply_changes(Changes.of("appointments"))
    assert grid.placed == []  # nobody sees it: not queried, not audited
    window.show_view(ViewId.CALENDAR)
    assert len(grid.placed) == 1
