"""The login dialog: user name and password, checked by ``vastaanotto.services.auth``.

Every attempt, failed or not, is audited by the core. The dialog only shows the core's verdict
in words (wrong credentials, locked for N minutes, locked until the owner unlocks).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from ui.errors import message_for
from ui.widgets.forms import ERROR_STYLE
from vastaanotto.clock import Clock, system_clock
from vastaanotto.context import Context, workstation_name
from vastaanotto.db.engine import Database
from vastaanotto.errors import VastaanottoError
from vastaanotto.services import auth


class LoginDialog(QDialog):
    """Modal login. After ``exec()`` returns Accepted, ``context`` is the new session's Context.

    The argon2 check runs synchronously on the GUI thread (0.1–0.3 s): short enough not to need
    the task runner, and it keeps the flow simple to test. The button is disabled meanwhile.
    """

    def __init__(self, db: Database, *, workstation: str | None = None,
                 clock: Clock = system_clock, username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.workstation = workstation or workstation_name()
        self.clock = clock
        self.context: Context | None = None
        self.setWindowTitle(self.tr("Log in — Vastaanotto"))

        self.username_edit = QLineEdit(username, self)
        self.username_edit.setObjectName("username")
        self.username_edit.setMaxLength(64)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(1024)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("loginError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()

        buttons = QDialogButtonBox(self)
        self.login_button = QPushButton(self.tr("Log in"), self)
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        buttons.addButton(self.login_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.login_button.clicked.connect(self.try_login)

        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        (self.password_edit if username else self.username_edit).setFocus()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def try_login(self) -> bool:
        """Check the typed credentials; accepts the dialog on success. Returns success."""
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username or not password:
            # Nothing to check: an empty field is a slip, not an attempt worth counting.
            self.show_error(self.tr("Enter your user name and password."))
            (self.password_edit if username else self.username_edit).setFocus()
            return False
        self.login_button.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.context = auth.authenticate(self.db, username, password,
                                             workstation=self.workstation, clock=self.clock)
        except VastaanottoError as exc:
            self.show_error(message_for(exc))
            # Cleared so that a click queued while the check ran cannot resend the same
            # wrong password and count a second failure.
            self.password_edit.clear()
            self.password_edit.setFocus()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.login_button.setEnabled(True)
        self.password_edit.clear()
        self.show_error("")
        self.accept()
        return True
