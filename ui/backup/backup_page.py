"""Administration → Backups: where backups go, backing up now, the backups at each place, the
weekly check, restore, the emergency kit and the schedule.

Long work (a backup, listing a server, the verify drill) runs through ``ui.tasks``; its outcome
is written on the page (a green line, or the red banner), never in a blocking message box, so
the owner can read it and keep working. ``database_replaced`` fires after a restore: the main
window then asks for a new login, because everything on screen came from the old database.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ui import formatting, i18n
from ui.admin.common import FormProblems, Publish, TablePage, error_banner, error_text
from ui.backup.models import BackupsModel, TargetsModel, size_text
from ui.backup.target_dialog import TargetDialog
from ui.backup.text import fill
from ui.errors import message_for
from ui.tasks import TaskRunner
from ui.widgets.forms import FormErrors
from ui.widgets.tables import SINGLE, read_only_table
from vastaanotto.backup import settings as bsettings
from vastaanotto.context import Context
from vastaanotto.services import backups, practice
from vastaanotto.services.base import Changes

log = logging.getLogger(__name__)

OK_STYLE = "color: #1b5e20;"
SETTINGS = (bsettings.BACKUP_INTERVAL_HOURS, bsettings.BACKUP_MAX_AGE_HOURS,
            bsettings.RETENTION_DAILY, bsettings.RETENTION_WEEKLY, bsettings.RETENTION_MONTHLY)


def ask(parent: QWidget, title: str, text: str) -> bool:
    """Yes/No, No by default. A function of its own so that tests can answer it."""
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class BackupPage(TablePage):
    KINDS = ("backup_targets", "backups", "settings")
    database_replaced = Signal(object)  # the RestoreResult; the session asks for a new login

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None,
                 tasks: TaskRunner | None = None):
        super().__init__(ctx, publish, TargetsModel(), parent)
        self.setObjectName("backupPage")
        self.tasks = tasks or TaskRunner(self)
        self._restore_dialog = None
        layout: QVBoxLayout = self.layout()

        self.summary = QLabel(self)
        self.summary.setObjectName("backupSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.insertWidget(0, self.summary)
        self.banner = error_banner(self)
        layout.insertWidget(1, self.banner)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("backupOutcome")
        self.outcome.setStyleSheet(OK_STYLE)
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.hide()
        layout.insertWidget(2, self.outcome)

        self.add_button(self.tr("Add…"), self.add_target, object_name="add")
        self.add_button(self.tr("Edit…"), self.edit_selected, object_name="edit",
                        needs_selection=True)
        self.add_button(self.tr("Delete"), self.delete_selected, object_name="delete",
                        needs_selection=True)
        self.add_button(self.tr("Test"), self.test_selected, object_name="test",
                        needs_selection=True)
        self.finish_buttons()
        self.backup_now_button = QPushButton(self.tr("Back up now"), self)
        self.backup_now_button.setObjectName("backupNow")
        self.backup_now_button.clicked.connect(lambda: self.back_up_now())
        self.button_row.addWidget(self.backup_now_button)
        self.table.setMaximumHeight(160)

        layout.addWidget(self._backups_group())
        bottom = QHBoxLayout()
        bottom.addWidget(self._settings_group(), 1)
        bottom.addWidget(self._kit_group(), 1)
        layout.addLayout(bottom)
        layout.addStretch(1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.load_backups())
        self.load()

    # -- building -------------------------------------------------------------------------

    def _backups_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Backups at the selected location"), self)
        box = QVBoxLayout(group)
        self.backups_model = BackupsModel()
        self.backups_table = read_only_table(group, self.backups_model, "backups",
                                             selection_mode=SINGLE)
        self.backups_table.setMinimumHeight(120)
        box.addWidget(self.backups_table)
        row = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Refresh list"), group)
        self.refresh_button.setObjectName("refreshBackups")
        self.refresh_button.clicked.connect(lambda: self.load_backups())
        self.verify_button = QPushButton(self.tr("Verify newest"), group)
        self.verify_button.setObjectName("verifyNewest")
        self.verify_button.setToolTip(self.tr(
            "Download the newest backup, decrypt it and check it completely, as a restore "
            "would. Done automatically once a week."))
        self.verify_button.clicked.connect(lambda: self.verify_newest())
        self.restore_button = QPushButton(self.tr("Restore…"), group)
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(lambda: self.open_restore())
        for button in (self.refresh_button, self.verify_button, self.restore_button):
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        return group

    def _settings_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Schedule and retention"), self)
        box = QVBoxLayout(group)
        form = QFormLayout()
        box.addLayout(form)
        labels = {bsettings.BACKUP_INTERVAL_HOURS: self.tr("Back up every (hours)"),
                  bsettings.BACKUP_MAX_AGE_HOURS: self.tr("Warn when older than (hours)"),
                  bsettings.RETENTION_DAILY: self.tr("Keep daily backups"),
                  bsettings.RETENTION_WEEKLY: self.tr("Keep weekly backups"),
                  bsettings.RETENTION_MONTHLY: self.tr("Keep monthly backups")}
        self.setting_boxes: dict[str, QSpinBox] = {}
        for var in SETTINGS:
            spin = QSpinBox(group)
            spin.setObjectName(var.key)
            spin.setRange(var.minimum, var.maximum)
            form.addRow(labels[var], spin)
            self.setting_boxes[var.key] = spin
        self.settings_errors = FormErrors(form, self.setting_boxes)
        self.save_settings_button = QPushButton(self.tr("Save"), group)
        self.save_settings_button.setObjectName("saveBackupSettings")
        self.save_settings_button.clicked.connect(lambda: self.save_settings())
        box.addWidget(self.save_settings_button, 0, Qt.AlignmentFlag.AlignRight)
        return group

    def _kit_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Emergency kit"), self)
        box = QVBoxLayout(group)
        text = QLabel(self.tr(
            "Backups are encrypted with the practice's backup key, kept in this computer's "
            "secure key store. The emergency kit is a printed page with the recovery key: "
            "without it the backups cannot be opened if this computer is lost. Print it, and "
            "keep it locked away apart from the computer."), group)
        text.setWordWrap(True)
        box.addWidget(text)
        self.key_label = QLabel(group)
        self.key_label.setObjectName("keyStatus")
        self.key_label.setWordWrap(True)
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.key_label)
        self.kit_button = QPushButton(self.tr("Print emergency kit…"), group)
        self.kit_button.setObjectName("emergencyKit")
        self.kit_button.clicked.connect(lambda: self.print_emergency_kit())
        box.addWidget(self.kit_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        return group

    # -- loading --------------------------------------------------------------------------

    def load(self) -> None:
        self.model.set_rows(backups.list_targets(self.ctx))
        if self.selected() is None and self.model.rowCount():
            self.select_id(self.model.row_at(0).id)
        self.load_status()
        self.load_settings()
        self.update_buttons()

    def load_status(self) -> None:
        status = backups.backup_status(self.ctx)
        if not status.has_targets:
            text = self.tr("No backup location yet. Add one: a USB disk or a network folder, "
                           "a server (SFTP) or a cloud folder (WebDAV, e.g. Nextcloud).")
        elif status.last_success_at is None:
            text = self.tr("No backup has been made yet.")
        else:
            text = fill(self.tr("Last backup: %1"), formatting.date_time(status.last_success_at))
        if status.last_success_at is not None and status.last_drill_at is not None:
            text += "\n" + fill(self.tr("Last check of a backup: %1"),
                                formatting.date_time(status.last_drill_at))
        self.summary.setText(text)
        bad = status.overdue or bool(status.last_error_code)
        self.summary.setStyleSheet("color: #b3261e; font-weight: bold;" if bad else "")
        keys = backups.key_status(self.ctx)
        if not keys.keyring_secure:
            self.key_label.setText(self.tr(
                "No secure key store is available on this computer, so backups cannot be "
                "encrypted here."))
        elif keys.exists:
            self.key_label.setText(fill(self.tr("Backup key fingerprint: %1"), keys.fingerprint))
        else:
            self.key_label.setText(self.tr("The backup key is created with the first backup "
                                           "or the first emergency kit."))

    def load_settings(self) -> None:
        for var in SETTINGS:
            self.setting_boxes[var.key].setValue(practice.get_setting(self.ctx, var))
        self.settings_errors.clear()

    def load_backups(self) -> None:
        row = self.selected()
        if row is None:
            self.backups_model.set_rows([])
            return
        target_id = row.id
        self.tasks.run(lambda _progress: backups.list_backups(self.ctx, target_id),
                       on_done=lambda entries: self._show_backups(target_id, entries),
                       on_error=self._failed, label=self.tr("Reading the backup list"),
                       parent_widget=self)

    def _show_backups(self, target_id: int, entries) -> None:
        current = self.selected()
        if current is not None and current.id == target_id:
            self.backups_model.set_rows(entries)

    def update_buttons(self, *_args) -> None:
        super().update_buttons()
        has_targets = self.model.rowCount() > 0
        self.backup_now_button.setEnabled(has_targets)
        self.verify_button.setEnabled(self.selected() is not None)
        self.refresh_button.setEnabled(self.selected() is not None)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*self.KINDS):
            self.reload()
            if changes.touches("backups"):
                self.load_backups()

    # -- outcome lines ----------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.banner.hide()
        self.outcome.setText(text)
        self.outcome.show()

    def _failed(self, exc: BaseException) -> None:
        """A refusal or failure: the translated reason in the red banner (nothing blocks)."""
        if not hasattr(exc, "code"):
            log.error("backup task failed: %s", type(exc).__name__)
        self.outcome.hide()
        self.banner.setText(message_for(exc))
        self.banner.show()

    # -- targets --------------------------------------------------------------------------

    def add_target(self) -> TargetDialog:
        return self.open_dialog(TargetDialog(self.ctx, self._publish, self))

    def edit_selected(self) -> TargetDialog | None:
        row = self.selected()
        return self.open_dialog(TargetDialog(self.ctx, self._publish, self, row)) if row else None

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None or not ask(self, self.tr("Delete backup location"), fill(self.tr(
                "Stop backing up to “%1”? The backups already there are not deleted."),
                row.name)):
            return
        self.call(backups.delete_target, self.ctx, row.id)

    def test_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        target_id, name = row.id, row.name
        self.tasks.run(lambda _progress: backups.test_target(self.ctx, target_id),
                       on_done=lambda _r: self._tested(name), on_error=self._failed,
                       label=self.tr("Testing the backup location"), parent_widget=self)

    def _tested(self, name: str) -> None:
        self._say(fill(self.tr("“%1” works: a test file was written, read back and removed."),
                       name))
        self._publish(Changes.of("backup_targets"))

    # -- backing up and checking ------------------------------------------------------------

    def back_up_now(self) -> None:
        self.backup_now_button.setEnabled(False)
        self.tasks.run(lambda progress: backups.run_backup(self.ctx, progress),
                       on_done=self._backed_up, on_error=self._backup_failed,
                       label=self.tr("Backing up"), parent_widget=self)

    def _backed_up(self, result) -> None:
        failed = [t.name for t in result.targets if not t.ok]
        text = fill(self.tr("Backup no. %1 made and verified (%2)."), result.seq,
                    size_text(result.size_bytes))
        if failed:
            text += " " + fill(self.tr("It could not be saved to: %1."), ", ".join(failed))
        self._say(text)
        self._publish(Changes.of("backups"))
        self.update_buttons()

    def _backup_failed(self, exc: BaseException) -> None:
        self._failed(exc)
        self._publish(Changes.of("backups"))  # the failure is recorded: the status turns red
        self.update_buttons()

    def verify_newest(self) -> None:
        row = self.selected()
        if row is None:
            return
        target_id = row.id
        self.tasks.run(lambda progress: backups.verify_latest(self.ctx, progress,
                                                              target_id=target_id),
                       on_done=self._verified, on_error=self._backup_failed,
                       label=self.tr("Checking the newest backup"), parent_widget=self)

    def _verified(self, result) -> None:
        self._say(fill(self.tr(
            "Backup no. %1 of %2 opened and checked: %3 clients, %4 appointments, %5 invoices; "
            "the audit trail (%6 events) is intact."), result.seq,
            formatting.date_time(result.created_at), result.counts.get("clients", 0),
            result.counts.get("appointments", 0), result.counts.get("invoices", 0),
            result.audit_events_checked))
        self._publish(Changes.of("backups"))

    # -- restore ----------------------------------------------------------------------------

    def open_restore(self):
        from ui.backup.restore_dialog import RestoreDialog

        row = self.selected()
        entry = None
        rows = self.backups_table.selectionModel().selectedRows()
        if rows:
            entry = self.backups_model.row_at(rows[0].row())
        dialog = RestoreDialog(self.ctx, self.tasks, self, target_id=row.id if row else None,
                               remote_name=entry.remote_name if entry else None)
        dialog.restored.connect(self.database_replaced)
        return self.open_dialog(dialog)

    # -- emergency kit and settings ---------------------------------------------------------

    def print_emergency_kit(self, path: str | None = None) -> Path | None:
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the emergency kit"),
                str(Path.home() / "vastaanotto-hatapaketti.pdf"), self.tr("PDF (*.pdf)"))
            if not path:
                return None
        language = str(QSettings().value("ui/language", i18n.DEFAULT_LANGUAGE))
        try:
            written = backups.emergency_kit_pdf(self.ctx, path,
                                                language if language in i18n.LANGUAGES
                                                else i18n.DEFAULT_LANGUAGE)
        except Exception as exc:  # noqa: BLE001 - shown in the banner
            self._failed(exc)
            return None
        self._say(fill(self.tr("The emergency kit was saved to %1. Print it and delete the "
                               "file."), written))
        self.load_status()
        return written

    def save_settings(self) -> None:
        values = {key: box.value() for key, box in self.setting_boxes.items()}
        interval = values[bsettings.BACKUP_INTERVAL_HOURS.key]
        published = []
        try:
            if values[bsettings.BACKUP_MAX_AGE_HOURS.key] < interval:
                raise FormProblems({bsettings.BACKUP_MAX_AGE_HOURS.key: fill(self.tr(
                    "Must be at least the backup interval (%1 hours)."), str(interval))})
            for var in SETTINGS:
                if practice.get_setting(self.ctx, var) != values[var.key]:
                    published.append(practice.set_setting(self.ctx, var, values[var.key]))
        except Exception as exc:  # noqa: BLE001 - per field, or the banner
            self.outcome.hide()
            text = error_text(exc, self.settings_errors)
            self.banner.setText(text)
            self.banner.show()
            return
        finally:
            for changes in published:
                self._publish(changes)
        self.settings_errors.clear()
        self._say(self.tr("Saved."))
