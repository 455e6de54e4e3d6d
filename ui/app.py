"""Program entry: ``python -m ui.app`` / the ``vastaanotto`` GUI script.

Start-up order: QApplication, translators (language from QSettings "ui/language"), the
practice database (opened and migrated), then the setup wizard on a fresh database or the
login dialog, then the main window. :class:`SessionController` owns the rest of the flow:
idle or Ctrl+L locks the window, the lock screen unlocks it or hands over to another user.

``--self-test`` is run by ``make package`` on the frozen build: it builds every start-up
widget offscreen on a throw-away practice in a temporary folder and exits 0, or 1 with the
traceback, and leaves nothing behind.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import secrets as _random
import shutil
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Callable

import shiboken6
from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QWidget

from ui import i18n
from ui.auth.idle import IdleWatcher, idle_timeout_ms
from ui.auth.lock_screen import LockScreen
from ui.auth.login_dialog import LoginDialog
from ui.auth.setup_wizard import SetupWizard
from ui.errors import message_for
from vastaanotto import paths
from vastaanotto.clock import Clock, system_clock
from vastaanotto.context import Context, workstation_name
from vastaanotto.db.engine import Database
from vastaanotto.errors import VastaanottoError
from vastaanotto.practice_db import default_url, open_practice_database
from vastaanotto.services import auth
from vastaanotto.services.setup import initialize_practice, is_initialized

log = logging.getLogger(__name__)

APP_NAME = "Vastaanotto"
LANGUAGE_KEY = "ui/language"
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
        """Close the window of the current user and ask for the next login."""
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
        except VastaanottoError:
            log.exception("could not record the logout")


def _install_translations(app: QApplication) -> None:
    language = str(QSettings().value(LANGUAGE_KEY, i18n.DEFAULT_LANGUAGE))
    try:
        i18n.install(app, language)
    except (OSError, subprocess.CalledProcessError):
        # Without a working lrelease the program still runs, in the English source texts.
        log.exception("translations for %s could not be built", language)


SELF_TEST_PROFILE = {
    "name": "Itsetesti Oy", "business_id": "0737546-2", "street": "Testikatu 1",
    "postal_code": "00100", "city": "Helsinki", "phone": "09 123 4567",
    "email": "itsetesti@example.fi", "register_contact_name": "Itse Testi",
    "register_contact_email": "itsetesti@example.fi", "register_contact_phone": "040 123 4567",
    "iban": "FI21 1234 5600 0007 85", "bic": "NDEAFIHH",
}


def self_test(app: QApplication, parent_dir: Path | None,
              window_factory: WindowFactory | None = None) -> int:
    """Build every start-up widget on a throw-away practice; nothing is shown or kept.

    Everything lives in a temporary folder (inside ``parent_dir`` if given) that is removed
    afterwards. The practice gets a throw-away audit key first, so ``initialize_practice``
    never asks the keyring for one and no secret outlives the test.
    """
    if parent_dir is not None:
        parent_dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="vastaanotto-self-test-", dir=parent_dir))
    try:
        _build_everything(app, folder, window_factory)
        language = str(QSettings().value(LANGUAGE_KEY, i18n.DEFAULT_LANGUAGE))
        if language != "en" and not i18n.has_own_translator():
            raise RuntimeError(f"the {language} translation was not loaded")
    except Exception:  # noqa: BLE001 - any failure is the answer the packager needs
        traceback.print_exc()
        return 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print("Vastaanotto self-test OK")
    return 0


def _build_everything(app: QApplication, folder: Path,
                      window_factory: WindowFactory | None) -> None:
    # A function of its own so that every widget and setting is released before the folder
    # is removed.
    db = open_practice_database(default_url(folder))
    try:
        db.audit_key = _random.token_bytes(32)
        ctx = initialize_practice(
            db, SELF_TEST_PROFILE, owner_username="itsetesti", owner_display_name="Itse Testi",
            owner_password=_random.token_urlsafe(24), workstation=workstation_name(),
            is_demo=True)
        if window_factory is None:
            from ui.main_window import MainWindow

            # Window geometry goes to the throw-away folder, not the user's settings.
            qsettings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
            window = MainWindow(ctx, qsettings=qsettings)
        else:
            window = window_factory(ctx)
        window.set_lock_widget(LockScreen(ctx))
        IdleWatcher(ctx, parent=window)
        widgets: list[QWidget] = [SetupWizard(db), LoginDialog(db), window]
        app.processEvents()
        for widget in widgets:
            widget.close()
            widget.deleteLater()
        app.processEvents()
    finally:
        db.dispose()


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="vastaanotto")
    parser.add_argument("--data-dir", type=Path,
                        help="folder of the practice database (default: the user data folder)")
    parser.add_argument("--self-test", action="store_true",
                        help="check that the program starts, offscreen, then exit")
    args, _qt_args = parser.parse_known_args(argv)  # Qt's own options (-style …) pass through
    return args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = _parse(argv)
    if args.self_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # only effective before the QApplication
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME, *argv])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    _install_translations(app)
    if args.self_test:
        return self_test(app, args.data_dir)

    if args.data_dir is not None:
        # The whole program (backups, exports) must agree on the folder, not only the database.
        os.environ[paths.ENV_DATA_DIR] = str(args.data_dir)
    try:
        db = open_practice_database(default_url(args.data_dir))
    except VastaanottoError as exc:
        QMessageBox.critical(None, APP_NAME, message_for(exc))
        return 1
    controller = SessionController(db)
    app.aboutToQuit.connect(controller.shutdown)
    try:
        if not controller.start():
            controller.shutdown()
            return 0
        # Everything built so far lives as long as the program: keep it out of the cyclic
        # garbage collector, whose full passes otherwise cost tens of ms on the calendar's
        # hot paths (bench/free_slots.py).
        gc.freeze()
        return app.exec()
    finally:
        db.dispose()


if __name__ == "__main__":
    sys.exit(main())
