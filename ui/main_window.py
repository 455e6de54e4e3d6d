"""The main window: a shell that composes the views, the menus of the action registry and the
status bar. It holds no business logic; views call the services and hand the returned
``Changes`` to :meth:`MainWindow.apply_changes`, which passes them to every view (Anki's
operation broadcast).

Locking is the session controller's decision (``ui.app``): the window asks with
``lock_requested`` and obeys :meth:`set_locked`.
"""

from __future__ import annotations

import enum
from typing import Callable

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel, QListWidget,
                               QMainWindow, QMessageBox, QSizePolicy, QStackedWidget,
                               QVBoxLayout, QWidget)

import vastaanotto
from ui import formatting
from ui.actions import ActionId, apply_roles, build_actions
from ui.admin.encryption_page import EncryptionStatusLabel
from ui.backup.scheduler import BackupScheduler
from ui.backup.status_label import BackupStatusLabel
from ui.calendar.calendar_view import CalendarView
from ui.clients import ClientsView
from ui.messages.dispatcher import MessageDispatcher
from ui.messages.status_label import MessageStatusLabel
from ui.tasks import TaskRunner
from vastaanotto.context import Context
from vastaanotto.permissions import Action, allowed
from vastaanotto.services.base import Changes

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"


class ViewId(enum.Enum):
    CALENDAR = "calendar"
    CLIENTS = "clients"
    BILLING = "billing"
    MESSAGES = "messages"
    PRIVACY = "privacy"
    ADMIN = "admin"


_VIEW_ACTIONS = {ViewId.CALENDAR: ActionId.CALENDAR_VIEW, ViewId.CLIENTS: ActionId.CLIENTS_VIEW,
                 ViewId.BILLING: ActionId.BILLING_VIEW, ViewId.MESSAGES: ActionId.MESSAGES_VIEW,
                 ViewId.PRIVACY: ActionId.PRIVACY_VIEW, ViewId.ADMIN: ActionId.ADMIN_VIEW}


class MainWindow(QMainWindow):
    """GUI thread only. ``qsettings`` defaults to the application's QSettings (tests pass a
    temporary one); ``tasks`` to a runner owned by this window."""

    lock_requested = Signal()
    logout_requested = Signal()
    changes_applied = Signal(object)  # every broadcast Changes, after the views saw it

    def __init__(self, ctx: Context, parent: QWidget | None = None, *,
                 qsettings: QSettings | None = None, tasks: TaskRunner | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._qsettings = qsettings if qsettings is not None else QSettings()
        self._owns_tasks = tasks is None
        self.tasks = tasks if tasks is not None else TaskRunner(self)
        self._locked = False
        self._booking_dialog: QDialog | None = None
        self.setWindowTitle("Vastaanotto")
        self._actions = build_actions(self)
        self._enabled = apply_roles(self._actions, ctx.roles)
        self.views: dict[ViewId, QWidget] = {}
        self._build_views()
        self._build_menus()
        self._build_status_bar()
        self._connect_actions()
        self._start_background_work()
        self.show_view(ViewId.CALENDAR)
        self._restore_geometry()

    # -- construction ---------------------------------------------------------------------

    def _build_views(self) -> None:
        self.views[ViewId.CALENDAR] = CalendarView(self.ctx, self.apply_changes,
                                                  qsettings=self._qsettings)
        self.views[ViewId.CLIENTS] = ClientsView(self.ctx, self.apply_changes, tasks=self.tasks)
        # Billing, the message log, the privacy desk and Admin are built when first shown or
        # asked for with view(): a stand-in holds each place until then, so that start-up
        # stays short (bench/startup.py) and nobody loads the code of a view they never open.
        self._factories: dict[ViewId, Callable[[], QWidget]] = {
            ViewId.BILLING: self._build_billing}
        if allowed(self.ctx.roles, Action.MESSAGE_LOG):
            self._factories[ViewId.MESSAGES] = self._build_message_log
        if allowed(self.ctx.roles, Action.PRIVACY_MANAGE):
            self._factories[ViewId.PRIVACY] = self._build_privacy
        if self.is_owner:
            self._factories[ViewId.ADMIN] = self._build_admin
        for view_id in self._factories:
            placeholder = QWidget()
            placeholder.setObjectName(f"{view_id.value}Placeholder")
            self.views[view_id] = placeholder
        titles = {ViewId.CALENDAR: self.tr("Calendar"), ViewId.CLIENTS: self.tr("Clients"),
                  ViewId.BILLING: self.tr("Billing"), ViewId.MESSAGES: self.tr("Messages"),
                  ViewId.PRIVACY: self.tr("Privacy"), ViewId.ADMIN: self.tr("Admin")}
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.view_stack = QStackedWidget()
        self.view_stack.setObjectName("viewStack")
        for view_id, view in self.views.items():
            self.navigation.addItem(titles[view_id])
            self.view_stack.addWidget(view)
        self.navigation.setMaximumWidth(self.navigation.sizeHintForColumn(0) + 32)
        self.navigation.currentRowChanged.connect(self._navigate)
        self.view_stack.currentChanged.connect(self._sync_view_actions)
        self._main_page = QWidget()
        self._main_page.setObjectName("mainPage")
        row = QHBoxLayout(self._main_page)
        row.addWidget(self.navigation)
        row.addWidget(self.view_stack, 1)
        # While locked the central stack shows an empty page (or the lock widget): the views
        # are hidden, not merely covered, so nothing personal is drawn or reachable by Tab.
        self._lock_page = QWidget()
        self._lock_page.setObjectName("lockPage")
        QVBoxLayout(self._lock_page)
        self._lock_widget: QWidget | None = None
        self._outer = QStackedWidget()
        self._outer.addWidget(self._main_page)
        self._outer.addWidget(self._lock_page)
        self.setCentralWidget(self._outer)

    def _build_menus(self) -> None:
        a = self._actions
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action_id in (ActionId.NEW_BOOKING, ActionId.FIND_CLIENT, None, ActionId.LOCK,
                          ActionId.LOGOUT, None, ActionId.QUIT):
            if action_id is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(a[action_id])
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        group = QActionGroup(self)
        for view_id, action_id in _VIEW_ACTIONS.items():
            a[action_id].setCheckable(True)
            group.addAction(a[action_id])
            view_menu.addAction(a[action_id])
        view_menu.addSeparator()
        view_menu.addAction(a[ActionId.TODAY])
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(a[ActionId.ABOUT])

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.user_label = QLabel(self.ctx.display_name)
        self.user_label.setObjectName("statusUser")
        self.roles_label = QLabel(formatting.role_names(self.ctx.roles))
        self.roles_label.setObjectName("statusRoles")
        self.database_label = QLabel(self.tr("Database: %1").replace(
            "%1", self.ctx.db.display_name))
        self.database_label.setObjectName("statusDatabase")
        # The least needed label gives way first, so the status bar never sets the window's
        # minimum width (the full text is in the tooltip).
        self.database_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                          QSizePolicy.Policy.Preferred)
        self.database_label.setToolTip(self.database_label.text())
        self.audit_warning = QLabel(self.tr("No secure keyring: audit log not keyed"))
        self.audit_warning.setObjectName("statusAuditWarning")
        self.audit_warning.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.audit_warning.setToolTip(self.tr(
            "The audit trail cannot be protected against tampering until the secret is kept "
            "in the operating system's keyring."))
        for label in (self.user_label, self.roles_label, self.database_label):
            bar.addPermanentWidget(label)
        bar.addPermanentWidget(self.audit_warning)
        self.audit_warning.setVisible(self.ctx.db.audit_key is None)
        self.encryption_status = EncryptionStatusLabel(self.ctx, self)
        self.backup_status = BackupStatusLabel(self.ctx, self)
        bar.addPermanentWidget(self.encryption_status)
        bar.addPermanentWidget(self.backup_status)
        self.changes_applied.connect(self.backup_status.on_changes)
        self.changes_applied.connect(self.encryption_status.on_changes)
        self.message_status = MessageStatusLabel(self.ctx, self)
        bar.addPermanentWidget(self.message_status)
        self.changes_applied.connect(self.message_status.on_changes)
        self.message_status.clicked.connect(self.show_message_log)

    def _start_background_work(self) -> None:
        """Scheduled backups and their weekly restore drill (each loads its code when due), and
        the message queue: confirmations, reminders and their sending every minute."""
        self.backup_scheduler = BackupScheduler(self.ctx, self.tasks, self)
        self.backup_scheduler.changes.connect(self.apply_changes)
        self.message_dispatcher = MessageDispatcher(self.ctx, self.tasks, self)
        self.message_dispatcher.changes.connect(self.apply_changes)
        self.message_dispatcher.start()

    def _connect_actions(self) -> None:
        a = self._actions
        for view_id, action_id in _VIEW_ACTIONS.items():
            a[action_id].triggered.connect(lambda _=False, v=view_id: self.show_view(v))
        a[ActionId.TODAY].triggered.connect(self.go_today)
        a[ActionId.NEW_BOOKING].triggered.connect(self.new_booking)
        a[ActionId.FIND_CLIENT].triggered.connect(self.find_client)
        a[ActionId.LOCK].triggered.connect(lambda: self.lock_requested.emit())
        a[ActionId.LOGOUT].triggered.connect(lambda: self.logout_requested.emit())
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.ABOUT].triggered.connect(self.show_about)

    # -- public API -----------------------------------------------------------------------

    @property
    def is_owner(self) -> bool:
        return (allowed(self.ctx.roles, Action.STAFF_MANAGE)
                and allowed(self.ctx.roles, Action.SETTINGS_MANAGE))

    @property
    def is_locked(self) -> bool:
        return self._locked

    def action(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def view(self, view_id: ViewId) -> QWidget | None:
        """The view, built now if it has not been yet; None if this user has none."""
        factory = self._factories.pop(view_id, None)
        if factory is not None:
            self._replace_placeholder(view_id, factory())
        return self.views.get(view_id)

    def show_message_log(self) -> None:
        self.show_view(ViewId.MESSAGES)

    def current_view(self) -> ViewId:
        widget = self.view_stack.currentWidget()
        return next(v for v, w in self.views.items() if w is widget)

    def show_view(self, view_id: ViewId) -> None:
        """Switch to a view; ignored for a view this user does not have (Admin)."""
        if view_id in self.views and not self._locked:
            self.navigation.setCurrentRow(list(self.views).index(view_id))

    def go_today(self) -> None:
        self.show_view(ViewId.CALENDAR)
        self.views[ViewId.CALENDAR].go_today()

    def find_client(self) -> None:
        """Ctrl+F: the Clients view with the cursor in its search field."""
        self.show_view(ViewId.CLIENTS)
        if self.current_view() is ViewId.CLIENTS:
            self.views[ViewId.CLIENTS].focus_search()

    def new_booking(self) -> QDialog | None:
        """Ctrl+N: the phone booking dialog, window-modal but not blocking. The previous one
        is freed here rather than on close, so a caller may still read its result. From the
        calendar, the free times start at its selected slot, for that column's practitioner."""
        if self._locked:
            return None
        from ui.calendar.slot_booking import SlotBookingDialog

        if self._booking_dialog is not None:
            self._booking_dialog.deleteLater()
        starts_at, practitioner_id = None, None
        if self.current_view() is ViewId.CALENDAR:
            starts_at, practitioner_id = self.views[ViewId.CALENDAR].booking_hint()
        self._booking_dialog = SlotBookingDialog(self.ctx, self.apply_changes, self,
                                                 starts_at=starts_at,
                                                 practitioner_id=practitioner_id)
        self._booking_dialog.open()
        return self._booking_dialog

    def apply_changes(self, changes: Changes) -> None:
        """Pass a service's Changes to every view with ``on_changes`` (each decides whether it
        cares), then emit ``changes_applied`` for the rest of the program."""
        for view in self.views.values():
            on_changes = getattr(view, "on_changes", None)
            if on_changes is not None:
                on_changes(changes)
        self.changes_applied.emit(changes)

    def set_lock_widget(self, widget: QWidget) -> None:
        """Show ``widget`` (the lock screen) in the central area while locked. It replaces an
        earlier one, which is deleted."""
        layout = self._lock_page.layout()
        if self._lock_widget is not None and self._lock_widget is not widget:
            layout.removeWidget(self._lock_widget)
            self._lock_widget.deleteLater()
        self._lock_widget = widget
        layout.addWidget(widget)

    def set_locked(self, locked: bool) -> None:
        """Locked: open dialogs are rejected, the views are swapped for the lock page and every
        action but Quit is disabled. Unlocked: all back as it was."""
        self._locked = locked
        if locked:
            for dialog in self.findChildren(QDialog):
                if dialog.isVisible():
                    dialog.reject()
            self._outer.setCurrentWidget(self._lock_page)
        else:
            self._outer.setCurrentWidget(self._main_page)
        for action_id, action in self._actions.items():
            action.setEnabled(action_id is ActionId.QUIT if locked else self._enabled[action_id])
        self.navigation.setEnabled(not locked)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Vastaanotto"), self.tr(
            "Vastaanotto %1\nReception, calendar and billing for small Finnish service "
            "businesses.").replace("%1", vastaanotto.__version__))

    # -- views built on first use ---------------------------------------------------------

    def _navigate(self, row: int) -> None:
        if 0 <= row < len(self.views):
            self.view(list(self.views)[row])  # builds it first if it is still a stand-in
        self.view_stack.setCurrentIndex(row)

    def _replace_placeholder(self, view_id: ViewId, view: QWidget) -> None:
        placeholder = self.views[view_id]
        was_current = self.view_stack.currentWidget() is placeholder
        self.view_stack.insertWidget(self.view_stack.indexOf(placeholder), view)
        self.views[view_id] = view  # same key, so the views keep their order
        self.view_stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if was_current:
            self.view_stack.setCurrentWidget(view)

    def _build_billing(self) -> QWidget:
        from ui.billing import BillingView

        return BillingView(self.ctx, self.apply_changes, tasks=self.tasks)

    def _build_message_log(self) -> QWidget:
        from ui.messages.log_view import MessageLogView

        return MessageLogView(self.ctx, self.apply_changes)

    def _build_privacy(self) -> QWidget:
        from ui.privacy.privacy_view import PrivacyView

        return PrivacyView(self.ctx, self.apply_changes, tasks=self.tasks)

    def _build_admin(self) -> QWidget:
        from ui.admin.admin_view import AdminView

        admin = AdminView(self.ctx, self.apply_changes, qsettings=self._qsettings,
                          tasks=self.tasks)
        # A restored database is another database: everyone logs in again on it.
        admin.backup_page.database_replaced.connect(self.logout_requested)
        return admin

    # -- window state ---------------------------------------------------------------------

    def _sync_view_actions(self, index: int) -> None:
        view_id = list(self.views)[index]
        self._actions[_VIEW_ACTIONS[view_id]].setChecked(True)

    def _restore_geometry(self) -> None:
        geometry = self._qsettings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 800)
        state = self._qsettings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._qsettings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._qsettings.setValue(STATE_KEY, self.saveState())
        if QApplication.quitOnLastWindowClosed():  # a real quit; a logout turns it off
            self.backup_scheduler.backup_on_close()
        self.backup_scheduler.stop()
        self.backup_status.stop()
        self.message_dispatcher.shutdown()
        if self._owns_tasks:
            self.tasks.shutdown()  # cancels at the tasks' next safe point, then waits
        super().closeEvent(event)
