"""Restore: choose a backup (at a backup location, or a file), see what it holds, confirm.

1. "Check the backup" downloads or reads it, checks its signature, decrypts it to a temporary
   file and integrity-checks it (``backups.inspect_backup``, in the background). A refused
   backup (damaged, forged, another practice's, wrong key) shows why, and nothing changes.
2. The preview shows its date, size, practice and counts, with any warning (an older backup).
3. "Restore…" asks once more, then on the GUI thread, so that no timer of another view can
   open a connection meanwhile: the engine is disposed, the file replaced (the current
   database is kept aside first) and the database reopened, keyed as before
   (``Database.reconnect``). ``restored`` then fires and the main window asks for a new login:
   every window showed data of the old database.

An encrypted live database stays encrypted: the backup is re-keyed with the same key *and
salt* (``encryption.key_with_salt``), so its keyring entry keeps finding it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox,
                               QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QRadioButton,
                               QVBoxLayout, QWidget)

from ui import formatting
from ui.admin.common import error_banner
from ui.backup.models import size_text
from ui.backup.text import fill
from ui.errors import message_for
from ui.tasks import TaskRunner
from ui.widgets.forms import FormErrors
from vastaanotto.context import Context
from vastaanotto.db import encryption
from vastaanotto.progress import Progress
from vastaanotto.services import backups
from vastaanotto.services.backups import RestorePreview

log = logging.getLogger(__name__)


def confirm_restore(parent: QWidget, text: str) -> bool:
    """The last question before the database is replaced; a function so tests can answer."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, parent.tr("Restore the backup?"), text,
                      QMessageBox.StandardButton.Cancel, parent)
    restore = box.addButton(parent.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is restore


class RestoreDialog(QDialog):
    restored = Signal(object)  # RestoreResult, after the database was replaced and reopened

    def __init__(self, ctx: Context, tasks: TaskRunner, parent: QWidget | None = None, *,
                 target_id: int | None = None, remote_name: str | None = None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.ctx = ctx
        self.tasks = tasks
        self.preview: RestorePreview | None = None
        self.result_ = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        layout = QVBoxLayout(self)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)

        source = QGroupBox(self.tr("Backup"), self)
        form = QFormLayout(source)
        self.from_target = QRadioButton(self.tr("From a backup location"), source)
        self.from_file = QRadioButton(self.tr("From a file"), source)
        group = QButtonGroup(self)
        group.addButton(self.from_target)
        group.addButton(self.from_file)
        self.target = QComboBox(source)
        self.target.setObjectName("target")
        for row in backups.list_targets(ctx):
            self.target.addItem(row.name, row.id)
        if target_id is not None:
            self.target.setCurrentIndex(max(0, self.target.findData(target_id)))
        self.backup = QComboBox(source)
        self.backup.setObjectName("backup")
        self.file = QLineEdit(source)
        self.file.setObjectName("file")
        self.file.setPlaceholderText("vastaanotto-….age")
        browse = QPushButton(self.tr("Choose…"), source)
        browse.clicked.connect(self._choose_file)
        file_box = QWidget(source)
        file_row = QHBoxLayout(file_box)
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.recovery_key = QPlainTextEdit(source)
        self.recovery_key.setObjectName("recovery_key")
        self.recovery_key.setPlaceholderText(self.tr(
            "Only if this computer lacks the backup key: paste the recovery key from the "
            "emergency kit (AGE-SECRET-KEY-…)."))
        self.recovery_key.setFixedHeight(64)
        form.addRow(self.from_target)
        form.addRow(self.tr("Location"), self.target)
        form.addRow(self.tr("Backup"), self.backup)
        form.addRow(self.from_file)
        form.addRow(self.tr("File"), file_box)
        form.addRow(self.tr("Recovery key"), self.recovery_key)
        self.errors = FormErrors(form, {"backup": self.backup, "file": file_box,
                                        "recovery_key": self.recovery_key})
        layout.addWidget(source)

        self.check_button = QPushButton(self.tr("Check the backup"), self)
        self.check_button.setObjectName("check")
        self.check_button.clicked.connect(lambda: self.check())
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.preview_box = QGroupBox(self.tr("What will be restored"), self)
        self.preview_form = QFormLayout(self.preview_box)
        self.preview_box.hide()
        layout.addWidget(self.preview_box)
        self.warning = QLabel(self)
        self.warning.setObjectName("restoreWarning")
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet("color: #8a4b00;")
        self.warning.hide()
        layout.addWidget(self.warning)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(self.tr("Restore…"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        has_targets = self.target.count() > 0
        self.from_target.setEnabled(has_targets)
        (self.from_target if has_targets else self.from_file).setChecked(True)
        self.from_target.toggled.connect(self._source_changed)
        self.target.currentIndexChanged.connect(lambda _i: self._load_backups())
        self.file.textChanged.connect(lambda _t: self._forget_preview())
        self.backup.currentIndexChanged.connect(lambda _i: self._forget_preview())
        self._source_changed()
        if has_targets:
            self._load_backups(select=remote_name)
        self.setMinimumWidth(580)
        self.resize(580, self.sizeHint().height())

    # -- choosing ---------------------------------------------------------------------------

    def _source_changed(self, *_args) -> None:
        from_target = self.from_target.isChecked()
        for widget in (self.target, self.backup):
            widget.setEnabled(from_target)
        self.file.setEnabled(not from_target)
        self._forget_preview()

    def _load_backups(self, select: str | None = None) -> None:
        self.backup.clear()
        target_id = self.target.currentData()
        if target_id is None:
            return
        self.tasks.run(lambda _p: backups.list_backups(self.ctx, target_id),
                       on_done=lambda entries: self._fill_backups(entries, select),
                       on_error=self._show_error, label=self.tr("Reading the backup list"),
                       parent_widget=self)

    def _fill_backups(self, entries, select: str | None) -> None:
        self.backup.clear()
        for entry in entries:
            self.backup.addItem(fill(self.tr("No. %1, %2, %3"), entry.seq,
                                     formatting.date_time(entry.created_at),
                                     size_text(entry.size_bytes)),
                entry.remote_name)
        if select:
            self.backup.setCurrentIndex(max(0, self.backup.findData(select)))

    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Backup file"), "",
                                                    self.tr("Backups (*.age)"))
        if path:
            self.from_file.setChecked(True)
            self.file.setText(path)

    # -- checking ---------------------------------------------------------------------------

    def _forget_preview(self) -> None:
        if self.preview is not None:
            self.preview.discard()
        self.preview = None
        self.restore_button.setEnabled(False)
        self.preview_box.hide()
        self.warning.hide()

    def _show_error(self, exc: BaseException) -> None:
        if not hasattr(exc, "code"):
            log.error("restore step failed: %s", type(exc).__name__)
        self.banner.setText(message_for(exc))
        self.banner.show()

    def check(self) -> None:
        self.banner.hide()
        self._forget_preview()
        key = self.recovery_key.toPlainText().strip() or None
        problems = {}
        if self.from_target.isChecked():
            target_id, remote = self.target.currentData(), self.backup.currentData()
            if remote is None:
                problems["backup"] = self.tr("Choose a backup.")
            kwargs = {"target_id": target_id, "remote_name": remote}
        else:
            path = self.file.text().strip()
            if not path:
                problems["file"] = self.tr("Choose the backup file.")
            kwargs = {"path": path}
        self.errors.set_errors(problems)
        if problems:
            return
        self.tasks.run(lambda progress: backups.inspect_backup(self.ctx, progress,
                                                               recovery_key=key, **kwargs),
                       on_done=self._show_preview, on_error=self._show_error,
                       label=self.tr("Checking the backup"), parent_widget=self)

    def _show_preview(self, preview: RestorePreview) -> None:
        self.preview = preview
        while self.preview_form.rowCount():
            self.preview_form.removeRow(0)
        rows = [(self.tr("Practice"), preview.practice_name),
                (self.tr("Made"), formatting.date_time(preview.created_at)),
                (self.tr("Backup no."), str(preview.seq)),
                (self.tr("Size"), size_text(preview.size_bytes)),
                (self.tr("Clients"), str(preview.counts.get("clients", 0))),
                (self.tr("Appointments"), str(preview.counts.get("appointments", 0))),
                (self.tr("Invoices"), str(preview.counts.get("invoices", 0)))]
        for label, value in rows:
            text = QLabel(value, self.preview_box)
            text.setTextFormat(Qt.TextFormat.PlainText)
            self.preview_form.addRow(label, text)
        self.preview_box.show()
        if "older_than_newest" in preview.warnings:
            self.warning.setText(self.tr(
                "A newer verified backup exists. Restoring this one loses everything saved "
                "after it was made."))
            self.warning.show()
        self.restore_button.setEnabled(True)
        self.adjustSize()

    # -- restoring --------------------------------------------------------------------------

    def restore(self) -> None:
        preview = self.preview
        if preview is None:
            return
        text = fill(self.tr(
            "The practice's database is replaced with the backup of %1 (%2 clients). Everything "
            "saved after that moment is lost from the database. The current database is kept "
            "aside in the kept-aside folder.\n\nEveryone must log in again afterwards. Close "
            "Vastaanotto on any other computer that uses this database first."),
            formatting.date_time(preview.created_at), preview.counts.get("clients", 0))
        if not confirm_restore(self, text):
            return
        self.banner.hide()
        db = self.ctx.db
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path = db.sqlite_path
            key = encryption.key_with_salt(path) if path is not None else None
            result = backups.restore(self.ctx, Progress(), preview, db_key=key)
        except Exception as exc:  # noqa: BLE001 - the database is reopened and the reason shown
            self._reopen_after_failure()
            self._show_error(exc)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.preview = None  # consumed by the restore
        db.reconnect()
        self.result_ = result
        self.accept()
        self.restored.emit(result)

    def _reopen_after_failure(self) -> None:
        try:
            self.ctx.db.reconnect()
        except Exception:  # noqa: BLE001 - the restore's own error is the one to show
            log.exception("the database could not be reopened after a failed restore")

    def reject(self) -> None:
        self._forget_preview()
        super().reject()
