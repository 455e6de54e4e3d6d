"""Find a client as you type, or create one on the spot: the walk-in dialog's client field.

Searches go through the audited ``clients.search_clients`` once per pause in typing; a new
client is made with the ordinary new-client dialog (duplicates offered there). The functions
below are the same steps for the booking and waitlist dialogs, which lay out their own
search field and result list.
"""

from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from ui import formatting
from ui.admin.common import Publish
from ui.clients.common import DEBOUNCE_MS
from ui.errors import message_for
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.services import clients as client_service
from vastaanotto.services.clients import ClientHit

ROLE = Qt.ItemDataRole.UserRole


def fill_client_results(results: QListWidget, hits: Sequence[ClientHit]) -> None:
    """The hits as "name, phone, birth date" rows carrying the client id; a lone one chosen."""
    results.clear()
    for hit in hits:
        parts = [hit.name, hit.phone,
                 formatting.date(hit.birth_date) if hit.birth_date else ""]
        QListWidgetItem(", ".join(p for p in parts if p), results).setData(ROLE, hit.id)
    if len(hits) == 1:
        results.setCurrentRow(0)


def chosen_client_id(results: QListWidget) -> int | None:
    item = results.currentItem()
    return int(item.data(ROLE)) if item is not None else None


def show_one_client(results: QListWidget, client_id: int, text: str) -> None:
    """The one client as the only result, chosen; no extra read of their card."""
    results.clear()
    QListWidgetItem(text, results).setData(ROLE, client_id)
    results.setCurrentRow(0)


def open_new_client(ctx: Context, publish: Publish, parent: QWidget, previous: QDialog | None,
                    choose: Callable[[int, str], None]) -> QDialog:
    """Opens the new-client dialog (window-modal, not blocking; ``previous`` one deleted);
    the created client, or the existing one chosen instead of a duplicate, goes to
    ``choose(client_id, text)``."""
    from ui.clients.new_client_dialog import NewClientDialog

    if previous is not None:
        previous.deleteLater()
    dialog = NewClientDialog(ctx, publish, parent)

    def created() -> None:
        if dialog.changes is not None and isinstance(dialog.changes.data, int):
            name = f"{dialog.first_name.text().strip()} {dialog.last_name.text().strip()}"
            choose(dialog.changes.data,
                   ", ".join(p for p in (name, dialog.phone.text().strip()) if p))

    def existing(client_id: int) -> None:
        item = dialog.duplicates.currentItem()
        choose(client_id, item.text() if item is not None else "")

    dialog.accepted.connect(created)
    dialog.open_existing.connect(existing)
    dialog.open()
    return dialog


class ClientPicker(QWidget):
    """``client_id()`` is the chosen client or None; ``changed`` fires when that changes;
    ``error`` carries a translated message for the dialog's banner."""

    changed = Signal()
    error = Signal(str)

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._publish = publish
        self._new_dialog: QDialog | None = None
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("clientSearch")
        self.search_edit.setPlaceholderText(self.tr("Name, phone or email"))
        self.search_edit.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("clientResults")
        self.new_button = QPushButton(self.tr("New client…"), self)
        self.new_button.setObjectName("newClient")
        self.new_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _t: self.timer.start())
        self.results.currentItemChanged.connect(lambda *_: self.changed.emit())
        self.new_button.clicked.connect(self.new_client)

    def search(self) -> None:
        self.timer.stop()
        try:
            hits = client_service.search_clients(self.ctx, self.search_edit.text(), limit=50)
        except VastaanottoError as exc:
            self.error.emit(message_for(exc))
            return
        fill_client_results(self.results, hits)
        self.changed.emit()

    def client_id(self) -> int | None:
        return chosen_client_id(self.results)

    def choose(self, client_id: int, text: str) -> None:
        self.timer.stop()
        show_one_client(self.results, client_id, text)
        self.changed.emit()

    def new_client(self) -> QDialog:
        self._new_dialog = open_new_client(self.ctx, self._publish, self, self._new_dialog,
                                           self.choose)
        return self._new_dialog
