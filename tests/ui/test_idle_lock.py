"""Idle auto-lock, the lock screen and the app's session wiring; the packaged self-test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QWidget

from tests.conftest import OWNER_PASSWORD
from ui import app as app_module
from ui import self_test as self_test_module
from ui.session import SessionController
from ui.auth import idle as idle_module
from ui.auth.idle import IdleWatcher
from ui.errors import message_for
from vastaanotto import settings
from vastaanotto.errors import AuthenticationFailed
from vastaanotto.models.staff import Role
from vastaanotto.services.practice import set_setting

CLIENT_TEXT = "Maija"  # part of the stand-in window's "personal data"


@pytest.fixture
def controller(qtbot, db, owner_ctx, window_factory):
    controller = SessionController(db, window_factory=window_factory,
                                   workstation="vastaanotto-1", idle_timeout_ms=20)
    yield controller
    controller.shutdown()


@pytest.fixture
def locked(qtbot, controller, owner_ctx):
    """A session of the owner, locked by the idle watcher; then a long timeout, so that the
    window does not lock again by itself while a test looks at it after unlocking."""
    with qtbot.waitSignal(controller.locked_changed, timeout=2000) as blocker:
        controller.open_session(owner_ctx)
    assert blocker.args == [True]
    controller.idle.set_timeout_ms(60_000)
    return controller


def visible_texts(widget: QWidget) -> str:
    return " ".join(w.text() for w in widget.findChildren(QLabel) if w.isVisible())


def unlock_with(qtbot, controller, password):
    screen = controller.lock_screen
    screen.password_edit.setText(password)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)


def test_watcher_fires_after_the_timeout(qtbot):
    watcher = IdleWatcher(timeout_ms=5)
    with qtbot.waitSignal(watcher.idle, timeout=2000):
        watcher.start()
    assert not watcher.is_running()  # one signal per idle period; start() arms it again
    watcher.stop()


def test_input_postpones_the_idle_signal(qtbot, monkeypatch):
    now = [100.0]
    monkeypatch.setattr(idle_module.time, "monotonic", lambda: now[0])
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    watcher = IdleWatcher(timeout_ms=30)
    watcher.start()
    now[0] = 100.025
    qtbot.keyClick(field, Qt.Key.Key_A)  # activity 25 ms in: the deadline moves to 55 ms
    now[0] = 100.040
    with qtbot.assertNotEmitted(watcher.idle, wait=100):
        pass
    with qtbot.waitSignal(watcher.idle, timeout=2000):
        now[0] = 100.056
    watcher.stop()


def test_timeout_comes_from_the_practice_setting(owner_ctx):
    assert IdleWatcher(owner_ctx).timeout_ms == settings.IDLE_LOCK_MINUTES.default * 60_000
    set_setting(owner_ctx, settings.IDLE_LOCK_MINUTES, 3)
    assert IdleWatcher(owner_ctx).timeout_ms == 3 * 60_000
    assert IdleWatcher(owner_ctx, timeout_ms=7).timeout_ms == 7


def test_idle_locks_the_window_and_audits_it(locked, audit_actions, db):
    window = locked.window
    assert locked.locked and window.lock_states == [True]
    assert locked.lock_screen.isVisible()
    texts = visible_texts(window)
    assert CLIENT_TEXT not in texts
    assert "Olli Omistaja" in locked.lock_screen.title_label.text()
    assert audit_actions()[-1] == "session.locked"
    assert not locked.idle.is_running()


def test_right_password_unlocks_and_audits(qtbot, locked, audit_actions):
    unlock_with(qtbot, locked, OWNER_PASSWORD)
    assert not locked.locked
    assert not locked.lock_screen.isVisible()
    assert locked.window.lock_states == [True, False]
    assert CLIENT_TEXT in visible_texts(locked.window)
    assert audit_actions()[-2:] == ["login.ok", "session.unlocked"]
    assert locked.idle.is_running()


def test_wrong_password_does_not_unlock(qtbot, locked, audit_actions):
    unlock_with(qtbot, locked, "väärä salasana")
    assert locked.locked and locked.lock_screen.isVisible()
    assert locked.lock_screen.error_label.isVisible()
    assert locked.lock_screen.error_label.text() == message_for(AuthenticationFailed())
    assert locked.lock_screen.password_edit.text() == ""
    assert CLIENT_TEXT not in visible_texts(locked.window)
    assert "session.unlocked" not in audit_actions()
    assert audit_actions()[-1] == "login.failed"  # counts towards the lockout


def test_lock_requested_locks_at_once_and_closes_dialogs(qtbot, controller, owner_ctx,
                                                         audit_actions):
    controller.idle_override_ms = 60_000
    controller.open_session(owner_ctx)
    dialog = QDialog(controller.window)
    dialog.show()
    with qtbot.waitSignal(controller.locked_changed):
        controller.window.lock_requested.emit()  # Ctrl+L in the real main window
    assert controller.locked
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert audit_actions()[-1] == "session.locked"


def test_another_user_logs_in_from_the_lock_screen(qtbot, locked, make_ctx, audit_actions):
    reception = make_ctx(Role.RECEPTION)
    owner_window = locked.window
    locked.ask_login = lambda parent=None: reception
    with qtbot.waitSignal(locked.session_changed):
        qtbot.mouseClick(locked.lock_screen.switch_button, Qt.MouseButton.LeftButton)
    assert locked.ctx is reception and not locked.locked
    assert locked.window is not owner_window and locked.window.ctx is reception
    assert not owner_window.isVisible()
    assert "logout" in audit_actions()
    del owner_window
    qtbot.waitUntil(lambda: not locked._retired)  # deleted by the event loop


def test_cancelled_switch_stays_locked(qtbot, locked):
    owner_window = locked.window
    locked.ask_login = lambda parent=None: None
    qtbot.mouseClick(locked.lock_screen.switch_button, Qt.MouseButton.LeftButton)
    assert locked.locked and locked.window is owner_window
    assert locked.lock_screen.isVisible()


def test_logout_ends_the_session_and_the_next_person_logs_in(qtbot, controller, owner_ctx,
                                                             make_ctx, audit_actions):
    controller.idle_override_ms = 60_000
    controller.open_session(owner_ctx)
    owner_window = controller.window
    reception = make_ctx(Role.RECEPTION)
    controller.ask_login = lambda parent=None: reception
    with qtbot.waitSignal(controller.session_changed):
        owner_window.logout_requested.emit()
    assert controller.ctx is reception and controller.window is not owner_window
    assert not owner_window.isVisible()
    assert audit_actions()[-1] == "logout"
    assert QApplication.instance().quitOnLastWindowClosed()  # restored after the dialog


def test_logout_without_a_new_login_quits(qtbot, controller, owner_ctx, monkeypatch):
    quits = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    controller.idle_override_ms = 60_000
    controller.open_session(owner_ctx)
    controller.ask_login = lambda parent=None: None
    controller.window.logout_requested.emit()
    assert quits == [True] and controller.ctx is None


def test_self_test_builds_everything_and_leaves_nothing(qapp, tmp_path, window_factory,
                                                        finnish):
    assert self_test_module.self_test(qapp, tmp_path, window_factory=window_factory) == 0
    assert list(tmp_path.iterdir()) == []


def test_main_self_test_exits_zero(qapp, tmp_path, finnish, monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # main() sets it; restored after
    names = qapp.applicationName(), qapp.organizationName()
    try:
        assert app_module.main(["--self-test", "--data-dir", str(tmp_path)]) == 0
    finally:  # main() names the shared test application; later tests expect the default
        qapp.setApplicationName(names[0])
        qapp.setOrganizationName(names[1])
    assert list(tmp_path.iterdir()) == []


def test_real_main_window_locks_on_its_lock_action(qtbot, db, owner_ctx, tmp_path,
                                                   audit_actions):
    from ui.actions import ActionId
    from ui.main_window import MainWindow

    def make(ctx):
        window = MainWindow(ctx, qsettings=QSettings(str(tmp_path / "ui.ini"),
                                                     QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        return window

    controller = SessionController(db, window_factory=make, workstation="vastaanotto-1",
                                   idle_timeout_ms=60_000)
    controller.open_session(owner_ctx)
    window = controller.window
    with qtbot.waitSignal(controller.locked_changed):
        window.action(ActionId.LOCK).trigger()  # Ctrl+L
    assert window.is_locked and controller.lock_screen.isVisible()
    assert not window.view_stack.isVisible()
    assert audit_actions()[-1] == "session.locked"
    unlock_with(qtbot, controller, OWNER_PASSWORD)
    assert not window.is_locked and window.view_stack.isVisible()
    assert audit_actions()[-1] == "session.unlocked"
    controller.shutdown()
