"""The Clients (Asiakkaat) view: search as you type, and the doors to the client card, a new
client, merging duplicates, importing and exporting the register.

Search runs on the GUI thread: the core answers within one frame (bench/, 16 ms p95), and a
thread hop would cost more than the query. Each search is an audit event, so typing is
debounced: the query runs ``DEBOUNCE_MS`` (150 ms) after the last keystroke, not on every key.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QCheckBox, QDialog, QFileDialog, QHBoxLayout,
                               QLabel, QLineEdit, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from ui.widgets.tables import SINGLE, read_only_table
from ui.clients.common import DEBOUNCE_MS
from ui.clients.search_model import SearchModel
from ui.errors import show_error
from ui.tasks import TaskRunner
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.paths import write_atomically
from vastaanotto.permissions import Action, allowed
from vastaanotto.services import clients as client_service
from vastaanotto.services.base import Changes
from vastaanotto.services.clients import ClientHit

# The card, the dialogs and the services behind them (history, notes, CSV, merge) are imported
# when first opened, not with the main window: start-up loads only what search needs.
if TYPE_CHECKING:
    from ui.admin.common import Publish
    from ui.clients.client_card import ClientCardDialog
    from ui.clients.import_dialog import ImportDialog
    from ui.clients.merge_dialog import MergeDialog
    from ui.clients.new_client_dialog import NewClientDialog

SEARCH_LIMIT = 50


class ClientsView(QWidget):
    """GUI thread only. ``publish`` receives every Changes made here (the main window
    broadcasts it back through :meth:`on_changes`); without one the view refreshes only
    itself. ``tasks`` runs imports; the window passes its own runner."""

    def __init__(self, ctx: Context, publish: Publish | None = None,
                 parent: QWidget | None = None, *, tasks: TaskRunner | None = None):
        super().__init__(parent)
        self.setObjectName("clientsView")
        self.ctx = ctx
        self._publish = publish or self.on_changes
        self.tasks = tasks if tasks is not None else TaskRunner(self)
        self.card: ClientCardDialog | None = None
        self._dialog: QDialog | None = None
        self._select_next: int | None = None  # a client just created, to select once found
        layout = QVBoxLayout(self)
        search_row = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr(
            "Find a client: name, phone, email, birth date or identity code"))
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.search_edit.returnPressed.connect(self._search_entered)
        self.search_edit.installEventFilter(self)
        self.archived_check = QCheckBox(self.tr("Show archived"), self)
        self.archived_check.setObjectName("show_archived")
        self.archived_check.toggled.connect(lambda _on: self.search())
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.archived_check)
        layout.addLayout(search_row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search)
        layout.addLayout(self._build_buttons())
        self.model = SearchModel()
        self.table = read_only_table(self, self.model, "results", selection_mode=SINGLE)
        self.table.doubleClicked.connect(lambda index: self.open_card(
            self.model.row_at(index.row()).id))
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        layout.addWidget(self.status)
        self._update_buttons()

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        may_edit = allowed(self.ctx.roles, Action.CLIENT_EDIT)
        may_export = allowed(self.ctx.roles, Action.CLIENT_EXPORT)
        may_import = allowed(self.ctx.roles, Action.SETTINGS_MANAGE)
        self.new_button = self._button(row, self.tr("New client…"), "new_client",
                                       self.new_client, may_edit)
        self.open_button = self._button(row, self.tr("Open card"), "open_card",
                                        self.open_selected, True)
        self.merge_button = self._button(row, self.tr("Merge duplicates…"), "merge",
                                         self.merge_clients, may_edit)
        row.addStretch(1)
        # Import and export move the whole register at once: owner only, like the core.
        self.import_button = self._button(row, self.tr("Import…"), "import",
                                          self.import_clients, may_import)
        self.export_button = self._button(row, self.tr("Export…"), "export",
                                          lambda: self.export_clients(), may_export)
        return row

    def _button(self, row: QHBoxLayout, text: str, name: str, slot, visible: bool) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        button.setVisible(visible)
        row.addWidget(button)
        return button

    # -- search ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F (Find client): the search field, its text selected for typing over."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def search(self) -> list[ClientHit]:
        """Runs the typed query now (the debounce timer calls this). Keeps the selection."""
        self._timer.stop()
        query = self.search_edit.text()
        selected = self.selected()
        if not query.strip():
            hits: list[ClientHit] = []
        else:
            try:
                hits = client_service.search_clients(
                    self.ctx, query, limit=SEARCH_LIMIT,
                    include_archived=self.archived_check.isChecked())
            except VastaanottoError as exc:
                show_error(self, exc, self.tr("Cannot search"))
                hits = []
        self.model.set_rows(hits)
        wanted = [i for i in (self._select_next, selected.id if selected else None)
                  if i is not None and self.model.row_of_id(i) >= 0]
        self._select_next = None
        if hits:
            self.select_id(wanted[0] if wanted else hits[0].id)
        self._show_status(query, hits)
        self._update_buttons()
        return hits

    def _show_status(self, query: str, hits: list[ClientHit]) -> None:
        if not query.strip():
            self.status.setText("")
        elif len(hits) >= SEARCH_LIMIT:
            self.status.setText(self.tr("Showing the first %1 clients. Type more to narrow "
                                        "the search.").replace("%1", str(SEARCH_LIMIT)))
        else:
            self.status.setText(self.tr("%n client(s) found.", "", len(hits)))

    def _search_entered(self) -> None:
        if self._timer.isActive() or self.model.rowCount() == 0:
            self.search()
        self.open_selected()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Down from the search field goes to the results, Enter there opens the card: the
        # whole find-and-open works from the keyboard.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search_edit and event.key() == Qt.Key.Key_Down:
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if watched is self.table and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected()
                return True
        return super().eventFilter(watched, event)

    def selected(self) -> ClientHit | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_id(self, client_id: int) -> None:
        row = self.model.row_of_id(client_id)
        if row >= 0:
            self.table.selectionModel().select(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _update_buttons(self, *_args) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("clients") and self.search_edit.text().strip():
            self.search()
        if self.card is not None:
            self.card.on_changes(changes)

    # -- dialogs ---------------------------------------------------------------------------

    def _open_dialog(self, dialog: QDialog) -> QDialog:
        """Window-modal but non-blocking (tests keep running); the previous one is freed
        now rather than on close, so a caller may still read it."""
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = dialog
        dialog.open()
        return dialog

    def open_selected(self) -> ClientCardDialog | None:
        hit = self.selected()
        return self.open_card(hit.id) if hit is not None else None

    def open_card(self, client_id: int) -> ClientCardDialog | None:
        from ui.clients.client_card import ClientCardDialog

        try:
            card = ClientCardDialog(self.ctx, self._publish, client_id, self)
        except VastaanottoError as exc:
            show_error(self, exc, self.tr("Cannot open the client card"))
            return None
        if self.card is not None:
            self.card.close()
            self.card.deleteLater()
        self.card = card
        card.finished.connect(lambda _result, c=card: self._card_closed(c))
        card.open()
        return card

    def _card_closed(self, card: ClientCardDialog) -> None:
        if self.card is card:
            self.card = None
            card.deleteLater()

    def new_client(self) -> NewClientDialog:
        from ui.clients.new_client_dialog import NewClientDialog

        dialog = NewClientDialog(self.ctx, self._publish, self)
        dialog.open_existing.connect(self.open_card)
        dialog.accepted.connect(lambda: self._created(dialog))
        return self._open_dialog(dialog)

    def _created(self, dialog: NewClientDialog) -> None:
        # Show the new client as the result, so the desk can go on to book them. The search
        # itself runs once, from the Changes the dialog publishes right after this.
        if dialog.changes is not None and isinstance(dialog.changes.data, int):
            self._select_next = dialog.changes.data
        self.search_edit.setText(f"{dialog.first_name.text()} {dialog.last_name.text()}")

    def merge_clients(self) -> MergeDialog:
        from ui.clients.merge_dialog import MergeDialog

        hit = self.selected()
        return self._open_dialog(MergeDialog(self.ctx, self._publish, self,
                                             keep_id=hit.id if hit is not None else None))

    def import_clients(self) -> ImportDialog:
        from ui.clients.import_dialog import ImportDialog

        return self._open_dialog(ImportDialog(self.ctx, self._publish, self.tasks, self))

    def export_clients(self, path: str | Path | None = None) -> Path | None:
        """Writes the register as CSV (owner only, audited by the core) to ``path`` or to a
        file the person chooses."""
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export clients"), "asiakkaat.csv", self.tr("CSV files (*.csv)"))
            if not chosen:
                return None
            path = chosen
        from vastaanotto.services import client_import

        target = Path(path)
        try:
            data = client_import.export_clients_csv(
                self.ctx, include_archived=self.archived_check.isChecked())
        except VastaanottoError as exc:
            show_error(self, exc, self.tr("Cannot export"))
            return None
        try:
            write_atomically(target, data)
        except OSError:
            QMessageBox.warning(self, self.tr("Cannot export"), self.tr(
                "The file could not be written. Choose another folder."))
            return None
        return target
