"""Administration → Encryption: whether the database is encrypted at rest, and the owner's
action to encrypt a plain one in place (issue #7). Also the status bar's note for a plain
database (``EncryptionStatusLabel``).

Encrypting runs on the GUI thread, under a wait cursor: the engine is disposed and the file
replaced, so no timer of another view may open a connection meanwhile (it would hold the
old file). It is a one-time action of a few seconds for a usual practice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ui.admin.common import Publish, error_banner
from ui.backup.text import fill
from ui.errors import message_for
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.services import setup
from vastaanotto.services.base import Changes

OK_STYLE = "color: #1b5e20;"
CHANGES_KIND = "database_encryption"


def ask(parent: QWidget, title: str, text: str) -> bool:
    """Yes/No, No by default. A function of its own so that tests can answer it."""
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class EncryptionPage(QWidget):
    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("encryptionPage")
        self.ctx = ctx
        self._publish = publish
        layout = QVBoxLayout(self)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        self.state = QLabel(self)
        self.state.setObjectName("encryptionState")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.state)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.explanation)
        self.encrypt_button = QPushButton(self.tr("Encrypt the database…"), self)
        self.encrypt_button.setObjectName("encryptDatabase")
        self.encrypt_button.clicked.connect(lambda: self.encrypt())
        layout.addWidget(self.encrypt_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("encryptionOutcome")
        self.outcome.setStyleSheet(OK_STYLE)
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        info = setup.storage_protection(self.ctx)
        can_encrypt = info.sqlite and not info.encrypted and info.keyring_available
        self.encrypt_button.setVisible(info.sqlite and not info.encrypted)
        self.encrypt_button.setEnabled(can_encrypt)
        if not info.sqlite:
            self.state.setText(self.tr("The database is on a database server."))
            self.explanation.setText(self.tr(
                "Encryption at rest of a PostgreSQL database is set up on the server (disk "
                "encryption); this program encrypts the backups it makes."))
        elif info.encrypted:
            self.state.setText(self.tr(
                "The database is encrypted (SQLCipher, a 256-bit key kept in this computer's "
                "secure key store)."))
            self.explanation.setText(self.tr(
                "A copied database file cannot be read without the key. If this computer's key "
                "store is lost, the practice is restored from a backup with the emergency kit "
                "(Administration → Backups)."))
        else:
            self.state.setText(self.tr("The database is not encrypted."))
            if info.keyring_available:
                self.explanation.setText(self.tr(
                    "Encrypting makes the database file unreadable without a key kept in this "
                    "computer's secure key store. The database is copied encrypted, the copy is "
                    "checked row by row, and only then does it replace the original, so an "
                    "interruption never loses data. Close Vastaanotto on other computers "
                    "first. Make a new backup afterwards."))
            else:
                self.explanation.setText(self.tr(
                    "No secure key store (keyring) is available on this computer, and the key "
                    "is never written to a file. Set up the operating system's key store, or "
                    "protect the computer with full-disk encryption (BitLocker, FileVault, "
                    "LUKS)."))
        self.state.setStyleSheet(OK_STYLE if info.encrypted or not info.sqlite
                                 else "font-weight: bold;")

    def encrypt(self) -> bool:
        if not ask(self, self.tr("Encrypt the database"), self.tr(
                "Encrypt the database now? It takes a moment; the program waits until it is "
                "done. Close Vastaanotto on any other computer first.")):
            return False
        self.banner.hide()
        self.outcome.hide()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = setup.encrypt_database(self.ctx)
        except VastaanottoError as exc:
            self.banner.setText(message_for(exc))
            self.banner.show()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.outcome.setText(fill(self.tr(
            "The database is now encrypted: %1 rows in %2 tables copied and checked. Make a "
            "new backup now."), str(report.rows), str(report.tables)))
        self.outcome.show()
        self.load()
        self._publish(Changes.of(CHANGES_KIND))
        return True

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(CHANGES_KIND):
            self.load()


class EncryptionStatusLabel(QLabel):
    """In the status bar, only while the database is a plain file: "Not encrypted" (or, for the
    demo practice, "Demo practice: not encrypted"), with the why in the tooltip."""

    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("encryptionStatus")
        self.ctx = ctx
        self.refresh()

    def refresh(self) -> None:
        info = setup.storage_protection(self.ctx)
        if not info.sqlite or info.encrypted:
            self.setText("")
            self.setToolTip("")
            self.hide()
            return
        if info.demo:
            self.setText(self.tr("Demo practice: not encrypted"))
            self.setToolTip(self.tr(
                "The demo practice holds made-up data only, so its database is not encrypted "
                "and it opens on any computer, with or without a key store."))
            self.setStyleSheet("")
        else:
            self.setText(self.tr("Database not encrypted"))
            self.setToolTip(self.tr(
                "The database file on this computer is not encrypted. The owner can encrypt it "
                "in Administration → Encryption once a secure key store is available."))
            self.setStyleSheet("color: #8a4b00;")
        self.show()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(CHANGES_KIND, "database_restored"):
            self.refresh()
