"""Start-up: the login dialog is usable while the database is still being opened in the
background; "Log in" waits for it; loading errors are shown, never swallowed; ``ui.app`` loads
nothing heavy before the first window.

The loader in these tests is the real one (``ui.startup.open_for_session``, in its own thread)
held back by a ``threading.Event``, so the tests decide when it finishes.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tests.conftest import OWNER_PASSWORD
from ui import app as app_module
from ui.auth.login_dialog import LoginDialog
from ui.auth.setup_wizard import SetupWizard
from ui.errors import message_for
from ui.main_window import MainWindow
from ui.startup import BackgroundLoad, open_for_session
from vastaanotto import secrets
from vastaanotto.db.engine import sqlite_url
from vastaanotto.errors import StorageError
from vastaanotto.models.staff import Role
from vastaanotto.practice_db import database_file, stored_practice_uid
from vastaanotto.privacy import audit_chain

NETWORK_SHARE = StorageError("database_on_network_share")


class HeldLoad:
    """The real loader's work, run only once ``gate`` is set; remembers its thread and what it
    opened, and whether that was closed again."""

    def __init__(self, error: BaseException | None = None) -> None:
        self.gate = threading.Event()
        self.error = error
        self.threads: list[int] = []
        self.opened = []
        self.disposed = 0

    def __call__(self, url: str):
        self.threads.append(threading.get_ident())
        if not self.gate.wait(30):
            raise TimeoutError("the test never released the loader")
        if self.error is not None:
            raise self.error
        db = open_for_session(url)
        real_dispose = db.dispose

        def dispose():
            self.disposed += 1
            real_dispose()

        db.dispose = dispose
        self.opened.append(db)
        return db


@pytest.fixture
def practice(db, owner_ctx) -> Path:
    """The test practice's file, its audit key in the keyring where a real start finds it."""
    secrets.set_secret("audit-key", stored_practice_uid(db), db.audit_key.hex())
    return Path(db.engine.url.database)


@pytest.fixture
def held():
    load = HeldLoad()
    yield load
    load.gate.set()  # a failing test must not leave the thread waiting
    for opened in load.opened:
        opened.dispose()


@pytest.fixture
def shown_errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text, *a: shown.append(text)))
    return shown


def loading_dialog(qtbot, held, path) -> tuple[LoginDialog, BackgroundLoad]:
    loader = BackgroundLoad(lambda: held(sqlite_url(path)))
    dialog = LoginDialog(loader=loader, workstation="vastaanotto-1")
    qtbot.addWidget(dialog)
    dialog.show()
    loader.start()
    qtbot.waitExposed(dialog)
    return dialog, loader


def test_ui_app_imports_nothing_heavy():
    heavy = ("sqlalchemy", "alembic", "keyring", "argon2", "vastaanotto.models",
             "vastaanotto.services", "vastaanotto.context", "ui.main_window", "ui.session")
    code = ("import sys, ui.app; "
            f"print(sorted(m for m in sys.modules if m.startswith({heavy!r})))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert out.stdout.strip() == "[]"


def test_dialog_is_usable_while_loading_and_log_in_waits(qtbot, held, practice, audit_actions,
                                                         db):
    dialog, loader = loading_dialog(qtbot, held, practice)
    assert dialog.isVisible() and not loader.done()
    qtbot.keyClicks(dialog.username_edit, "olli")  # typing works meanwhile
    dialog.password_edit.setText(OWNER_PASSWORD)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)

    assert dialog.waiting_for_loader and dialog.context is None
    assert not dialog.login_button.isEnabled()
    assert dialog.status_label.isVisible() and dialog.status_label.text()
    qtbot.wait(50)  # the event loop runs on: still waiting, nothing decided, nothing audited
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert audit_actions()[-1] != "login.ok"

    held.gate.set()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert dialog.context.roles == frozenset({Role.OWNER})
    assert not dialog.status_label.isVisible() and not dialog.waiting_for_loader
    # The engine was made in the loader thread and used for the login in this one.
    assert held.threads and held.threads[0] != threading.get_ident()
    assert dialog.context.db is held.opened[0]
    assert audit_actions()[-1] == "login.ok"
    with db.session() as session:
        assert audit_chain.verify(session, db.audit_key).ok


def test_return_while_loading_waits_too(qtbot, held, practice):
    dialog, _loader = loading_dialog(qtbot, held, practice)
    dialog.username_edit.setText("olli")
    dialog.password_edit.setText(OWNER_PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.waiting_for_loader
    held.gate.set()
    qtbot.waitUntil(lambda: dialog.context is not None, timeout=10_000)


def test_wrong_password_after_loading_is_an_ordinary_failure(qtbot, held, practice,
                                                             audit_actions):
    dialog, _loader = loading_dialog(qtbot, held, practice)
    dialog.username_edit.setText("olli")
    dialog.password_edit.setText("väärä salasana")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    held.gate.set()
    qtbot.waitUntil(lambda: audit_actions()[-1] == "login.failed", timeout=10_000)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert dialog.login_button.isEnabled() and dialog.password_edit.text() == ""


def test_loader_error_is_shown_and_closes_the_dialog(qtbot, held, practice, shown_errors):
    held.error = NETWORK_SHARE
    dialog, _loader = loading_dialog(qtbot, held, practice)
    held.gate.set()
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=10_000)
    assert shown_errors == [message_for(NETWORK_SHARE)]
    assert dialog.load_error is NETWORK_SHARE
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_unexpected_loader_error_is_logged_and_shown(qtbot, held, practice, shown_errors,
                                                     caplog):
    held.error = RuntimeError("disk on fire")
    dialog, loader = loading_dialog(qtbot, held, practice)
    with caplog.at_level(logging.ERROR, logger="ui.startup"):
        held.gate.set()
        qtbot.waitUntil(lambda: bool(shown_errors), timeout=10_000)
    assert shown_errors == [message_for(held.error)]
    assert any(r.exc_info and r.exc_info[1] is held.error for r in caplog.records)
    with pytest.raises(RuntimeError, match="disk on fire"):
        loader.result()


def test_loader_done_before_the_dialog_existed(qtbot, practice, db, shown_errors):
    loader = BackgroundLoad(lambda: open_for_session(sqlite_url(practice)))
    loader.start()
    assert loader.wait(30)
    try:
        dialog = LoginDialog(loader=loader, workstation="vastaanotto-1")
        qtbot.addWidget(dialog)
        dialog.username_edit.setText("olli")
        dialog.password_edit.setText(OWNER_PASSWORD)
        assert dialog.try_login()  # no waiting at all
    finally:
        loader.result().dispose()
    failed = BackgroundLoad(lambda: (_ for _ in ()).throw(NETWORK_SHARE))
    failed.start()
    failed.wait(30)
    late = LoginDialog(loader=failed)
    qtbot.addWidget(late)
    late.show()
    qtbot.waitUntil(lambda: late.load_error is NETWORK_SHARE)
    assert shown_errors == [message_for(NETWORK_SHARE)]


def test_dialog_needs_exactly_one_source_of_the_database(db, practice):
    with pytest.raises(TypeError):
        LoginDialog()
    with pytest.raises(TypeError):
        LoginDialog(db, loader=BackgroundLoad(lambda: db))


# -- the whole start, through ui.app.start ------------------------------------------------------

class Steps:
    """Plays ``(condition, action)`` steps from a timer while the code under test sits in
    exec(). On a timeout everything is closed, so that the test fails instead of hanging."""

    def __init__(self, *steps, timeout_ms: int = 20_000, release=None) -> None:
        self.steps = list(steps)
        self.failed: str | None = None
        self._release = release
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        QTimer.singleShot(timeout_ms, self._give_up)

    def _tick(self) -> None:
        while self.steps and self.steps[0][0]():
            _condition, action = self.steps.pop(0)
            action()
        if not self.steps:
            self._timer.stop()

    def _give_up(self) -> None:
        if not self.steps:
            return
        self.failed = f"{len(self.steps)} step(s) never came"
        self._timer.stop()
        if self._release is not None:
            self._release()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        QApplication.exit(1)


def visible(kind):
    def find():
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, kind) and w.isVisible()), None)
    return find


@pytest.fixture
def no_freeze(monkeypatch):
    monkeypatch.setattr(app_module.gc, "freeze", lambda: None)  # not in the test process


@pytest.fixture(autouse=True)
def own_settings(tmp_path):
    """The real main window keeps its geometry in the default QSettings: here, in tmp."""
    scope, native = QSettings.Scope.UserScope, QSettings.Format.NativeFormat
    QSettings.setPath(native, scope, str(tmp_path / "settings"))
    yield
    QSettings.setPath(native, scope, QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.GenericConfigLocation))


def test_start_logs_in_while_loading_then_opens_the_main_window(qapp, held, practice, no_freeze,
                                                               shown_errors, audit_actions):
    seen = {}

    def submit():
        dialog = visible(LoginDialog)()
        seen["loading_when_shown"] = not held.opened
        dialog.username_edit.setText("olli")
        dialog.password_edit.setText(OWNER_PASSWORD)
        dialog.try_login()
        seen["waited"] = dialog.waiting_for_loader
        held.gate.set()

    def close_window():
        window = visible(MainWindow)()
        seen["user"] = window.ctx.username
        window.close()  # the last window: the program ends

    steps = Steps((visible(LoginDialog), submit), (visible(MainWindow), close_window),
                  release=held.gate.set)
    assert app_module.start(qapp, practice, load=held) == 0
    assert steps.failed is None
    assert seen == {"loading_when_shown": True, "waited": True, "user": "olli"}
    assert shown_errors == []
    actions = audit_actions()
    assert "login.ok" in actions and actions[-1] == "logout"
    assert held.disposed == 1


def test_start_shows_a_loading_error_and_exits_1(qapp, held, practice, shown_errors):
    held.error = NETWORK_SHARE
    steps = Steps((visible(LoginDialog), held.gate.set), release=held.gate.set)
    assert app_module.start(qapp, practice, load=held) == 1
    assert steps.failed is None
    assert shown_errors == [message_for(NETWORK_SHARE)]


def test_cancel_while_loading_lets_the_loader_finish_and_closes_its_database(qapp, held,
                                                                             practice):
    def cancel():
        visible(LoginDialog)().reject()
        held.gate.set()  # start() now waits for the loader before it returns

    steps = Steps((visible(LoginDialog), cancel), release=held.gate.set)
    assert app_module.start(qapp, practice, load=held) == 0
    assert steps.failed is None
    assert len(held.opened) == 1 and held.disposed == 1


def test_unreadable_file_is_opened_the_slow_way_and_its_error_shown(qapp, tmp_path,
                                                                   shown_errors, caplog):
    path = database_file(tmp_path)
    path.write_bytes(b"not a database at all " * 200)
    with caplog.at_level(logging.ERROR, logger="ui.startup"):
        assert app_module.start(qapp, path) == 1
    # Told apart from an encrypted file (whole pages) and named as such (issue #7).
    assert len(shown_errors) == 1
    assert shown_errors[0] == message_for(StorageError("not_a_database"))
    assert any(r.exc_info for r in caplog.records)  # the real error, with its traceback


def test_first_start_opens_the_database_then_the_setup_wizard(qapp, tmp_path, no_freeze):
    steps = Steps((visible(SetupWizard), lambda: visible(SetupWizard)().reject()))
    assert app_module.start(qapp, database_file(tmp_path)) == 0
    assert steps.failed is None
    assert database_file(tmp_path).exists()  # created and migrated, ready for the wizard
