"""The session flow: login, main window, lock, unlock, another user's login, logout.

``ui.app`` shows the first login itself, while the database is still being opened
(``ui.startup``), and hands the logged-in Context to :meth:`SessionController.open_session`;
from then on this controller owns the flow. Importing this module loads the services and
the ORM, so ``ui.app`` imports it only once those are loaded.
"""

from __future__ import annotations

import logging
from typing import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

from ui.auth.idle import IdleWatcher, idle_timeout_ms
from ui.auth.lock_screen import LockScreen
from ui.auth.login_dialog import LoginDialog
from ui.auth.setup_wizard import SetupWizard
from vastaanotto.clock import Clock, system_clock
from vastaanotto.context import Context, workstation_name
from vastaanotto.db.engine import Database
from vastaanotto.errors import VastaanottoError
from vastaanotto.services import auth
from vastaanotto.services.setup import is_initialized

log = logging.getLogger(__name__)

# Builds the main window of a session. The window must provide the signals
# ``lock_requested`` and ``logout_requested`` and the methods ``set_lock_widget(widget)`` and
# ``set_locked(bool)`` (see ui.main_window.MainWindow); tests pass a stand-in.
WindowFactory = Callable[[Context], QMainWindow]


def default_window_factory(ctx: Context) -> QMainWindow:
    # Imported here so that the session flow can be driven with another window class.
    from ui.main_window import MainWindow

    return MainWindow(ctx)


class SessionController(QObject):
    """Login → main window → lock → unlock, or another user's login. GUI thread only.

    ``idle_timeout_ms`` overrides the practice's IDLE_LOCK_MINUTES setting (tests).
    ``locked_changed(bool)`` follows the lock state; ``session_changed`` fires when a new
    user's window replaces the old one.
    """

    locked_changed = Signal(bool)
    session_changed = Signal()

    def __init__(self, db: Database, *, window_factory: WindowFactory = default_window_factory,
                 workstation: str | None = None, clock: Clock = system_clock,
                 idle_timeout_ms: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.window_factory = window_factory
        self.workstation = workstation or workstation_name()
        self.clock = clock
        self.idle_override_ms = idle_timeout_ms
        self.ctx: Context | None = None
        self.window: QMainWindow | None = None
        self.lock_screen: LockScreen | None = None
        self.idle: IdleWatcher | None = None
        self.locked = False
        self._retired: list[QMainWindow] = []

    # -- getting someone in -------------------------------------------------------------

    def run_setup(self) -> Context | None:
        wizard = SetupWizard(self.db, workstation=self.workstation, clock=self.clock)
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
        ctx = wizard.context if accepted else None
        wizard.deleteLater()
        return ctx

    def ask_login(self, parent: QWidget | None = None) -> Context | None:
        dialog = LoginDialog(self.db, workstation=self.workstation, clock=self.clock,
                             parent=parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        ctx = dialog.context if accepted else None
        dialog.deleteLater()
        return ctx

    def start(self) -> bool:
        """Setup wizard on a fresh database, else login; then the main window.
        Returns False when the person cancelled."""
        ctx = self.ask_login() if is_initialized(self.db) else self.run_setup()
        if ctx is None:
            return False
        self.open_session(ctx)
        return True

    def open_session(self, ctx: Context) -> None:
        """Show a main window for ``ctx`` (replacing any earlier one) with lock wiring."""
        old_window, old_ctx = self.window, self.ctx
        self.ctx = ctx
        self.window = self.window_factory(ctx)
        self.window.lock_requested.connect(lambda: self.lock("manual"))
        self.window.logout_requested.connect(self.logout)
        self.lock_screen = LockScreen(ctx)
        self.window.set_lock_widget(self.lock_screen)
        self.lock_screen.unlocked.connect(self._resume)
        self.lock_screen.switch_user_requested.connect(self.switch_user)
        if self.idle is not None:
            self.idle.stop()
            self.idle.deleteLater()
        self.idle = IdleWatcher(ctx, timeout_ms=self.idle_override_ms, parent=self)
        self.idle.idle.connect(lambda: self.lock("idle"))
        self.locked = False
        self.window.show()
        self.idle.start()
        if old_window is not None:
            self._retire(old_window, old_ctx)
        self.session_changed.emit()

    # -- lock and unlock ----------------------------------------------------------------

    def lock(self, reason: str = "idle") -> None:
        """Hide everything personal at once, then audit the lock.

        Open dialogs, parented or not, are rejected (as if Escape was pressed): they may show
        client data, and the lock screen replaces only the main window's content.
        """
        if self.locked or self.window is None or self.ctx is None:
            return
        self.locked = True
        self.idle.stop()
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self.window.set_locked(True)
        self.lock_screen.activate()
        try:
            auth.record_lock(self.ctx, reason)
        except VastaanottoError:
            # The window is locked either way; a failed audit write must not keep it open.
            log.exception("could not record the session lock")
        self.locked_changed.emit(True)

    def _resume(self) -> None:
        self.locked = False
        self.window.set_locked(False)
        if self.idle_override_ms is None:  # the owner may have changed the setting meanwhile
            self.idle.set_timeout_ms(idle_timeout_ms(self.ctx))
        self.idle.start()
        self.locked_changed.emit(False)

    def switch_user(self) -> None:
        """From the lock screen: someone else logs in; the locked user's session ends."""
        ctx = self.ask_login(parent=self.window)
        if ctx is None:
            self.lock_screen.activate()  # still locked; ready for the password again
            return
        self.open_session(ctx)

    def logout(self) -> None:
        """Close the window of the current user and ask for the next login.

        Also after a restore (``BackupPage.database_replaced``): ``self.db`` has been reopened
        on the restored file in place (``Database.reconnect``), so the login reads it."""
        if self.window is None:
            return
        old_window, old_ctx = self.window, self.ctx
        self.window, self.ctx = None, None
        self.idle.stop()
        app = QApplication.instance()
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # the login dialog comes next, not the end
        try:
            self._retire(old_window, old_ctx)
            ctx = self.ask_login()
        finally:
            app.setQuitOnLastWindowClosed(quit_on_close)
        if ctx is None:
            app.quit()
        else:
            self.open_session(ctx)

    def shutdown(self) -> None:
        """At quit: the session ends (audited); the watcher stops."""
        if self.idle is not None:
            self.idle.stop()
        if self.ctx is not None:
            self._record_logout(self.ctx)
            self.ctx = None

    def _retire(self, window: QMainWindow, ctx: Context | None) -> None:
        if ctx is not None:
            self._record_logout(ctx)
        if not window.close():
            window.hide()
        # Deleted by the event loop, and the wrapper is kept until then: dropping the last
        # Python reference would delete the window at once, possibly from inside one of its
        # own signal handlers (the lock screen's "another user" button).
        window.deleteLater()
        self._retired.append(window)
        window.destroyed.connect(self._forget_retired)

    def _forget_retired(self) -> None:
        self._retired = [w for w in self._retired if shiboken6.isValid(w)]

    @staticmethod
    def _record_logout(ctx: Context) -> None:
        try:
            auth.record_logout(ctx)
        except Exception:  # noqa: BLE001 - after a restore the user may not exist any more
            # (the backup is older than the account); the session ends either way.
            log.exception("could not record the logout")
