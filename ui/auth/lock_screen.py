"""The lock screen shown in the main window's place while the session is locked.

It shows the locked user's own name and nothing else about anyone. The main window shows it
instead of its views (``MainWindow.set_lock_widget`` / ``set_locked``), and disables every
action but Quit meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ui.errors import message_for
from ui.widgets.forms import ERROR_STYLE
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.services import auth


class LockScreen(QWidget):
    """Unlock with the same user's password, or hand over to another user.

    ``unlocked`` is emitted after ``auth.unlock`` succeeded (it audits ``session.unlocked``);
    a wrong password shows the core's message and counts towards the account lockout.
    ``switch_user_requested`` asks the app to show the login dialog. GUI thread only.
    """

    unlocked = Signal()
    switch_user_requested = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("lockScreen")

        self.title_label = QLabel(self.tr("Locked — %1").replace("%1", ctx.display_name), self)
        self.title_label.setObjectName("lockTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title_label.setFont(font)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("unlockPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(1024)
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("unlockError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.switch_button = QPushButton(self.tr("Log in as another user"), self)
        self.switch_button.setObjectName("switchUserButton")

        self.unlock_button.clicked.connect(self.try_unlock)
        self.password_edit.returnPressed.connect(self.try_unlock)
        self.switch_button.clicked.connect(self.switch_user_requested)

        panel = QFrame(self)
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setMaximumWidth(420)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(panel)
        inner.addWidget(self.title_label)
        inner.addWidget(self.password_edit)
        inner.addWidget(self.error_label)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 2)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def activate(self) -> None:
        """Show empty and focused, ready for the password."""
        self.password_edit.clear()
        self.show_error("")
        self.show()
        self.password_edit.setFocus()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def try_unlock(self) -> bool:
        password = self.password_edit.text()
        if not password:
            self.show_error(self.tr("Enter your password."))
            return False
        self.unlock_button.setEnabled(False)
        try:
            auth.unlock(self.ctx, password)
        except VastaanottoError as exc:
            self.show_error(message_for(exc))
            self.password_edit.clear()  # a queued second click must not resend it
            return False
        finally:
            self.unlock_button.setEnabled(True)
        self.password_edit.clear()
        self.show_error("")
        self.hide()
        self.unlocked.emit()
        return True
