"""The login dialog shows the core's verdict; the Finnish translator is installed as in the app.

The .ts files come later, so these tests check behaviour and structure (which message, shown
where), not the Finnish words.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import update

from tests.conftest import OWNER_PASSWORD
from ui.auth.login_dialog import LoginDialog
from ui.errors import message_for
from vastaanotto.errors import AccountLocked, AuthenticationFailed
from vastaanotto.models.staff import Role, Staff
from vastaanotto.services import auth


@pytest.fixture
def dialog(qtbot, db, owner_ctx, clock, finnish):
    dialog = LoginDialog(db, workstation="vastaanotto-1", clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def attempt(qtbot, dialog, username, password):
    dialog.username_edit.setText(username)
    dialog.password_edit.setText(password)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)


def test_wrong_password_shows_the_message_and_stays_open(qtbot, dialog, audit_actions):
    attempt(qtbot, dialog, "olli", "väärä salasana")
    assert dialog.isVisible() and dialog.context is None
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == message_for(AuthenticationFailed())
    assert dialog.password_edit.text() == ""  # a second click cannot resend it
    assert audit_actions()[-1] == "login.failed"


def test_unknown_user_gets_the_same_message(qtbot, dialog):
    attempt(qtbot, dialog, "eiole", "väärä salasana")
    assert dialog.error_label.text() == message_for(AuthenticationFailed())


def test_success_returns_the_owner_context(qtbot, dialog, audit_actions):
    attempt(qtbot, dialog, "  OLLI ", OWNER_PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.context is not None
    assert dialog.context.roles == frozenset({Role.OWNER})
    assert dialog.context.workstation == "vastaanotto-1"
    assert not dialog.error_label.isVisible()
    assert dialog.password_edit.text() == ""
    assert audit_actions()[-1] == "login.ok"


def test_five_wrong_passwords_lock_the_account(qtbot, dialog):
    for _ in range(auth.TEMP_LOCK_AFTER):
        attempt(qtbot, dialog, "olli", "väärä salasana")
        assert dialog.error_label.text() == message_for(AuthenticationFailed())
    # Locked now: even the right password is refused, and the dialog says for how long.
    attempt(qtbot, dialog, "olli", OWNER_PASSWORD)
    assert dialog.context is None and dialog.result() != QDialog.DialogCode.Accepted
    locked = message_for(AccountLocked(retry_after_seconds=auth.FIRST_DELAY_SECONDS))
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == locked
    assert locked != message_for(AuthenticationFailed())


def test_permanently_locked_account_says_ask_the_owner(qtbot, dialog, db):
    with db.session() as session:
        session.execute(update(Staff).where(Staff.username == "olli").values(hard_locked=True))
    attempt(qtbot, dialog, "olli", OWNER_PASSWORD)
    assert dialog.context is None
    assert dialog.error_label.text() == message_for(AccountLocked(permanent=True))


def test_empty_password_is_not_an_attempt(qtbot, dialog, audit_actions):
    before = audit_actions()
    attempt(qtbot, dialog, "olli", "")
    assert dialog.error_label.isVisible() and dialog.error_label.text()
    assert audit_actions() == before
    assert dialog.focusWidget() is dialog.password_edit


def test_button_is_disabled_while_the_password_is_checked(qtbot, dialog, monkeypatch):
    seen = []
    real = auth.authenticate

    def spy(*args, **kwargs):
        seen.append(dialog.login_button.isEnabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(auth, "authenticate", spy)
    attempt(qtbot, dialog, "olli", "väärä salasana")
    assert seen == [False]
    assert dialog.login_button.isEnabled()


def test_return_in_the_password_field_logs_in(qtbot, dialog):
    dialog.username_edit.setText("olli")
    dialog.password_edit.setText(OWNER_PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.context is not None
