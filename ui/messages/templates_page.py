"""Admin › Message templates: pick a template (kind, channel, language), edit its subject and
text, see it filled with a real upcoming appointment, save.

An unknown placeholder is refused at save and at preview with its name under the text field;
an SMS shows its length in parts (GSM-7 or UCS-2) as it is typed.
"""

from __future__ import annotations

import enum

from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget)

from ui.admin.common import Publish, error_banner, error_text
from ui.formatting import date_time
from ui.messages.texts import channel_name, kind_name, language_name
from ui.widgets.forms import FormErrors
from ui.widgets.rows_model import RowsModel
from ui.widgets.tables import SINGLE, read_only_table
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.messaging import segments, templates
from vastaanotto.models.messages import MessageChannel
from vastaanotto.services import messages as svc
from vastaanotto.services.base import Changes


class TemplatesModel(RowsModel):
    class Column(enum.IntEnum):
        KIND = 0
        CHANNEL = 1
        LANGUAGE = 2
        EDITED = 3

    def header(self, column):
        return {self.Column.KIND: self.tr("Message"), self.Column.CHANNEL: self.tr("Channel"),
                self.Column.LANGUAGE: self.tr("Language"),
                self.Column.EDITED: self.tr("Edited")}[column]

    def display(self, row: svc.TemplateRow, column):
        if column is self.Column.KIND:
            return kind_name(row.kind)
        if column is self.Column.CHANNEL:
            return channel_name(row.channel)
        if column is self.Column.LANGUAGE:
            return language_name(row.language)
        return "" if row.is_default else self.tr("edited")


class MessageTemplatesPage(QWidget):
    KINDS = ("message_templates", "appointments")

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._publish = publish
        self._current: svc.TemplateRow | None = None
        layout = QVBoxLayout(self)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        splitter = QSplitter(self)
        layout.addWidget(splitter, 1)
        self.model = TemplatesModel(parent=self)
        self.table = read_only_table(splitter, self.model, "templates", selection_mode=SINGLE)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        editor = QWidget(splitter)
        form = QFormLayout(editor)
        self.subject = QLineEdit(editor)
        self.subject.setObjectName("subject")
        self.body = QPlainTextEdit(editor)
        self.body.setObjectName("body")
        self.body.textChanged.connect(self._update_count)
        self.placeholders = QLabel(editor)
        self.placeholders.setWordWrap(True)
        self.placeholders.setObjectName("placeholders")
        self.count = QLabel(editor)
        self.count.setObjectName("smsCount")
        self.appointment = QComboBox(editor)
        self.appointment.setObjectName("appointment")
        self.preview_button = QPushButton(self.tr("Preview"), editor)
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(self.preview)
        chooser = QHBoxLayout()
        chooser.addWidget(self.appointment, 1)
        chooser.addWidget(self.preview_button)
        self.preview_text = QPlainTextEdit(editor)
        self.preview_text.setObjectName("previewText")
        self.preview_text.setReadOnly(True)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Text"), self.body)
        form.addRow("", self.count)
        form.addRow(self.tr("Placeholders"), self.placeholders)
        form.addRow(self.tr("Preview with"), chooser)
        form.addRow(self.tr("Preview"), self.preview_text)
        self.errors = FormErrors(form, {"subject": self.subject, "body": self.body})
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save template"), editor)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(self.tr("Restore default text"), editor)
        self.reset_button.setObjectName("reset")
        self.reset_button.clicked.connect(self.reset)
        self.status = QLabel(editor)
        self.status.setObjectName("status")
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.status, 1)
        form.addRow(buttons)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([430, 720])
        self.reload()

    def reload(self) -> None:
        key = self._key(self._current)
        self.model.set_rows(svc.list_templates(self.ctx))
        self.appointment.clear()
        self.appointment.addItem(self.tr("Example values"), None)
        for choice in svc.preview_appointments(self.ctx):
            self.appointment.addItem(f"{date_time(choice.starts_at)} {choice.label}", choice.id)
        if self.appointment.count() > 1:
            self.appointment.setCurrentIndex(1)
        rows = self.model.rows()
        index = next((i for i, r in enumerate(rows) if self._key(r) == key), 0)
        if rows:
            self.table.selectRow(index)

    @staticmethod
    def _key(row):
        return None if row is None else (row.kind, row.channel, row.language)

    def select(self, kind, channel, language) -> None:
        rows = self.model.rows()
        self.table.selectRow(next(i for i, r in enumerate(rows)
                                  if self._key(r) == (kind, channel, language)))

    def _selected(self, *_args) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return
        row = self.model.row_at(indexes[0].row())
        self._current = row
        is_sms = row.channel is MessageChannel.SMS
        self.subject.setEnabled(not is_sms)
        self.subject.setText(row.subject)
        self.body.setPlainText(row.body)
        self.placeholders.setText(" ".join("{%s}" % name
                                           for name in templates.PLACEHOLDERS[row.kind]))
        self.preview_text.clear()
        self.errors.clear()
        self.banner.hide()
        self.status.clear()
        self._update_count()

    def _update_count(self) -> None:
        if self._current is None or self._current.channel is not MessageChannel.SMS:
            self.count.setText(self.tr("%n character(s)", "", len(self.body.toPlainText())))
            return
        result = segments.count(self.body.toPlainText())
        encoding = "GSM-7" if result.encoding == "gsm7" else "UCS-2"
        self.count.setText(self.tr("Template: %1 characters, %2 SMS part(s), %3 (placeholders "
                                   "make it longer)").replace("%1", str(result.units))
                           .replace("%2", str(result.parts)).replace("%3", encoding))

    def _fail(self, exc: Exception) -> None:
        self.banner.setText(error_text(exc, self.errors))
        self.banner.show()

    def preview(self) -> None:
        if self._current is None:
            return
        self.errors.clear()
        self.banner.hide()
        row = self._current
        try:
            shown = svc.preview(self.ctx, row.kind, row.channel, row.language,
                                subject=self.subject.text(), body=self.body.toPlainText(),
                                appointment_id=self.appointment.currentData())
        except VastaanottoError as exc:
            self.preview_text.clear()
            self._fail(exc)
            return
        text = shown.body if row.channel is MessageChannel.SMS \
            else f"{shown.subject}\n\n{shown.body}"
        self.preview_text.setPlainText(text)
        if row.channel is MessageChannel.SMS:
            self.status.setText(self.tr("This SMS: %n part(s)", "", shown.sms_parts))

    def save(self) -> None:
        if self._current is None:
            return
        self.errors.clear()
        self.banner.hide()
        row = self._current
        try:
            changes = svc.save_template(self.ctx, row.kind, row.channel, row.language,
                                        subject=self.subject.text(),
                                        body=self.body.toPlainText())
        except VastaanottoError as exc:
            self._fail(exc)
            return
        self._publish(changes)
        self.status.setText(self.tr("Template saved."))

    def reset(self) -> None:
        if self._current is None:
            return
        row = self._current
        try:
            changes = svc.reset_template(self.ctx, row.kind, row.channel, row.language)
        except VastaanottoError as exc:
            self._fail(exc)
            return
        self._publish(changes)
        self.status.setText(self.tr("Default text restored."))

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*self.KINDS):
            status = self.status.text()
            self.reload()
            self.status.setText(status)
