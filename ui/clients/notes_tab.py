"""Hoitotiedot: a client's treatment notes, for practitioners only.

The card adds this tab only for roles that may read notes (reception never sees it); the core
refuses everyone else anyway and decides, per client, whether the practitioner treats this
client. For another practitioner's client it answers ``reason_required``: the tab then asks
why, and that reason goes with every later call of this card (list, versions, write), so each
audit event carries it. Notes are read only when the tab is opened, never in passing.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel,
                               QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget)

from ui.widgets.tables import SINGLE, read_only_table
from ui.admin.common import EditDialog, Publish
from ui.clients.common import ReasonDialog
from ui.clients.models import NotesModel
from ui.errors import message_for
from vastaanotto.context import Context
from vastaanotto.errors import ValidationError, VastaanottoError
from vastaanotto.permissions import Action, allowed
from vastaanotto.services import treatment_notes
from vastaanotto.services.base import Changes
from vastaanotto.services.treatment_notes import NoteRow


def may_write_notes(ctx: Context) -> bool:
    return allowed(ctx.roles, Action.NOTES_OWN)


class NoteDialog(EditDialog):
    """Writes a new note (``note`` None) or a corrected version of ``note``. The two boxes
    are the storage basis the privacy notice promises; the core refuses a note with neither."""

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None, *,
                 client_id: int, reason: str, note: NoteRow | None = None):
        super().__init__(ctx, publish, parent)
        self.setWindowTitle(self.tr("New treatment note") if note is None
                            else self.tr("Correct treatment note"))
        self.client_id, self.reason, self.note = client_id, reason, note
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("text")
        self.text.setTabChangesFocus(True)
        self.accepted_check = QCheckBox(self.tr("The client has accepted storing this"), self)
        self.accepted_check.setObjectName("client_accepted_storage")
        self.kanta_check = QCheckBox(self.tr("Belongs in the Kanta archive"), self)
        self.kanta_check.setObjectName("belongs_in_kanta")
        self.form.addRow(self.tr("Note"), self.text)
        self.form.addRow("", self.accepted_check)
        self.form.addRow("", self.kanta_check)
        if note is not None:
            self.text.setPlainText(note.text)
            self.accepted_check.setChecked(note.accepted)
            self.kanta_check.setChecked(note.kanta)
            self.form.insertRow(0, QLabel(self.tr(
                "The earlier version is kept as it was; this one replaces it."), self))
        self.bind_errors({"text": self.text, "client_accepted_storage": self.accepted_check})
        self.resize(560, 420)

    def submit(self) -> Changes:
        flags = dict(client_accepted_storage=self.accepted_check.isChecked(),
                     belongs_in_kanta=self.kanta_check.isChecked())
        if self.note is None:
            return treatment_notes.add_note(self.ctx, client_id=self.client_id,
                                            text=self.text.toPlainText(), reason=self.reason,
                                            **flags)
        return treatment_notes.edit_note(self.ctx, self.note.id, text=self.text.toPlainText(),
                                         reason=self.reason, **flags)


class NotesTab(QWidget):
    """GUI thread only. ``load`` reads the notes (audited); the card calls it when the tab
    is shown and after a change of notes while it is shown."""

    def __init__(self, ctx: Context, publish: Publish, client_id: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self._publish, self.client_id = ctx, publish, client_id
        self.reason = ""
        self.loaded = False
        self._dialog: NoteDialog | None = None
        layout = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setObjectName("notesMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New note…"), self)
        self.new_button.setObjectName("new_note")
        self.new_button.clicked.connect(self.new_note)
        self.edit_button = QPushButton(self.tr("Correct…"), self)
        self.edit_button.setObjectName("edit_note")
        self.edit_button.clicked.connect(self.edit_selected)
        self.retry_button = QPushButton(self.tr("Give a reason…"), self)
        self.retry_button.setObjectName("give_reason")
        self.retry_button.clicked.connect(lambda: self.load(ask=True))
        self.history_check = QCheckBox(self.tr("Show earlier versions"), self)
        self.history_check.setObjectName("show_versions")
        self.history_check.toggled.connect(lambda _on: self.load())
        for widget in (self.new_button, self.edit_button, self.retry_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.history_check)
        layout.addLayout(row)
        self.model = NotesModel()
        self.table = read_only_table(self, self.model, "notes", selection_mode=SINGLE)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.full_text = QPlainTextEdit(self)
        self.full_text.setObjectName("noteText")
        self.full_text.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.full_text)
        layout.addWidget(splitter, 1)
        self._set_usable(False)

    def _set_usable(self, usable: bool) -> None:
        self.table.setEnabled(usable)
        self.new_button.setEnabled(usable)
        self.history_check.setEnabled(usable)
        self.retry_button.setVisible(not usable)
        self._selection_changed()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def invalidate(self) -> None:
        """Forget what is shown: the next time the tab is shown it reads again."""
        self.loaded = False

    def load(self, ask: bool = True) -> bool:
        """Reads the notes; asks for a reason when the core wants one (``ask``)."""
        while True:
            try:
                rows = treatment_notes.list_notes(self.ctx, self.client_id, reason=self.reason,
                                                  include_history=self.history_check.isChecked())
            except ValidationError as exc:
                if exc.code != "reason_required" or not ask:
                    return self._refused(exc)
                reason = ReasonDialog.ask(self, self.tr("Treatment notes"), self.tr(
                    "This client is treated by another practitioner. Why do you need to read "
                    "the notes? The reason is logged."))
                if reason is None:
                    return self._refused(None)
                self.reason = reason
                continue
            except VastaanottoError as exc:
                return self._refused(exc)
            break
        current = self.selected()
        self.model.set_rows(rows)
        self.loaded = True
        self._set_usable(True)
        self._show_message("")
        if current is not None:
            self.select_note(current.id)
        return True

    def _refused(self, exc: VastaanottoError | None) -> bool:
        self.model.set_rows([])
        self.full_text.clear()
        self._set_usable(False)
        self._show_message(message_for(exc) if exc is not None else self.tr(
            "The notes of another practitioner's client are shown only with a reason."))
        return False

    def selected(self) -> NoteRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_note(self, note_id: int) -> None:
        row = self.model.row_of_id(note_id)
        if row >= 0:
            self.table.selectionModel().select(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _selection_changed(self, *_args) -> None:
        note = self.selected()
        self.full_text.setPlainText(note.text if note is not None else "")
        self.edit_button.setEnabled(note is not None and not note.superseded
                                    and self.table.isEnabled())

    def _open(self, note: NoteRow | None) -> NoteDialog:
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = NoteDialog(self.ctx, self._publish, self, client_id=self.client_id,
                                  reason=self.reason, note=note)
        self._dialog.open()
        return self._dialog

    def new_note(self) -> NoteDialog:
        return self._open(None)

    def edit_selected(self) -> NoteDialog | None:
        note = self.selected()
        if note is None or note.superseded:
            return None
        return self._open(note)
