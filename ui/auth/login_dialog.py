"""The login dialog: user name and password, checked by ``vastaanotto.services.auth``.

Every attempt, failed or not, is audited by the core. The dialog only shows the core's verdict
in words (wrong credentials, locked for N minutes, locked until the owner unlocks).

It is the program's first window, shown before the database is open: this module imports
nothing heavy (no SQLAlchemy, models or services) at its top level; the login check imports
the services once the database is there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QVBoxLayout, QWidget)

from ui.errors import message_for
from ui.widgets.forms import ERROR_STYLE
from vastaanotto.clock import Clock, system_clock
from vastaanotto.errors import VastaanottoError

if TYPE_CHECKING:
    from ui.startup import BackgroundLoad
    from vastaanotto.context import Context
    from vastaanotto.db.engine import Database


class LoginDialog(QDialog):
    """Modal login. After ``exec()`` returns Accepted, ``context`` is the new session's Context.

    Give the open ``db``, or at start-up a ``loader`` (:class:`ui.startup.BackgroundLoad`) that
    is still opening it: the dialog is usable at once, and "Log in" waits for the loader,
    saying "Opening the database…", with the rest of the dialog still responsive. If the
    loader fails, its error is shown and the dialog is rejected with ``load_error`` set.

    The argon2 check runs synchronously on the GUI thread (0.1–0.3 s): short enough not to need
    the task runner, and it keeps the flow simple to test. The button is disabled meanwhile.
    """

    def __init__(self, db: Database | None = None, *, loader: BackgroundLoad | None = None,
                 workstation: str | None = None, clock: Clock = system_clock,
                 username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if (db is None) == (loader is None):
            raise TypeError("LoginDialog needs either db or loader")
        self._db = db
        self.loader = loader
        self.load_error: BaseException | None = None
        self._waiting_for_loader = False
        self._workstation = workstation
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
        self.status_label = QLabel(self)
        self.status_label.setObjectName("loginStatus")
        self.status_label.hide()

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
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        (self.password_edit if username else self.username_edit).setFocus()
        if loader is not None:
            loader.finished.connect(self._loaded)
            if loader.done():  # finished before this dialog existed: its signal is gone
                QTimer.singleShot(0, self, self._loaded)

    @property
    def db(self) -> Database | None:
        """The database, or None while the loader is still opening it (or failed)."""
        if self._db is None and self.loader.done() and self.loader.error is None:
            self._db = self.loader.result()
        return self._db

    @property
    def workstation(self) -> str:
        if self._workstation is None:
            # Here rather than at construction: vastaanotto.context loads the ORM.
            from vastaanotto.context import workstation_name

            self._workstation = workstation_name()
        return self._workstation

    @property
    def waiting_for_loader(self) -> bool:
        return self._waiting_for_loader

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
        if self.db is None:
            self._wait_for_loader()
            return False
        from vastaanotto.services import auth

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

    # -- while the database is still being opened (start-up) --------------------------------

    def _wait_for_loader(self) -> None:
        """Log in again by itself when the loader is done (see :meth:`_loaded`)."""
        self.loader.start()  # normally running already; a no-op then
        self._waiting_for_loader = True
        self.login_button.setEnabled(False)
        self.status_label.setText(self.tr("Opening the database…"))
        self.status_label.show()

    def _loaded(self) -> None:
        error = self.loader.error
        if error is not None:
            if self.load_error is None:  # the signal and the timer of __init__ may both come
                self.load_error = error
                self._waiting_for_loader = False
                self.status_label.hide()
                self.report_load_error(error)
                self.reject()
            return
        if self._waiting_for_loader:
            self._waiting_for_loader = False
            self.status_label.hide()
            self.login_button.setEnabled(True)
            self.try_login()

    def report_load_error(self, error: BaseException) -> None:
        """The program cannot go on without its database: say why, in the person's language."""
        QMessageBox.critical(self, self.windowTitle(), message_for(error))
