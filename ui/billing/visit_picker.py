"""Choose a client and their completed visits that are not invoiced yet; OK makes a draft
invoice of them (``invoicing.create_from_visits``). Also the client chooser of a new invoice
typed by hand (no visits ticked). GUI thread only."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QVBoxLayout, QWidget)

from ui import formatting
from ui.admin.common import Publish, error_banner, error_text
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.services import clients, invoicing

SEARCH_LIMIT = 30


class VisitPicker(QDialog):
    """``client_id`` preselects a client (from the client card). After OK: ``client_id`` and
    ``invoice_id`` (the new draft, or None when no visit was ticked)."""

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None, *,
                 client_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("visitPicker")
        self.ctx = ctx
        self._publish = publish
        self.client_id = client_id
        self.invoice_id: int | None = None
        self.setWindowTitle(self.tr("Invoice visits"))
        layout = QVBoxLayout(self)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("client_search")
        self.search_edit.setPlaceholderText(self.tr("Find the client: name, phone or birth date"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        layout.addWidget(self.search_edit)
        self.client_list = QListWidget(self)
        self.client_list.setObjectName("clients")
        self.client_list.currentItemChanged.connect(self._client_chosen)
        layout.addWidget(self.client_list, 1)
        layout.addWidget(QLabel(self.tr("Completed visits not yet invoiced:"), self))
        self.visit_list = QListWidget(self)
        self.visit_list.setObjectName("visits")
        layout.addWidget(self.visit_list, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create invoice"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 520)
        if client_id is not None:
            self.search_edit.hide()
            self.client_list.hide()
            self.load_visits(client_id)

    def search(self) -> None:
        self.client_list.clear()
        text = self.search_edit.text().strip()
        if not text:
            return
        try:
            hits = clients.search_clients(self.ctx, text, limit=SEARCH_LIMIT)
        except VastaanottoError:
            return
        for hit in hits:
            label = hit.name + (f"  ({formatting.date(hit.birth_date)})" if hit.birth_date
                                else "")
            item = QListWidgetItem(label, self.client_list)
            item.setData(Qt.ItemDataRole.UserRole, hit.id)

    def _client_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.load_visits(item.data(Qt.ItemDataRole.UserRole))

    def load_visits(self, client_id: int) -> None:
        self.client_id = client_id
        self.visit_list.clear()
        try:
            rows = invoicing.uninvoiced_visits(self.ctx, client_id)
        except VastaanottoError as exc:
            self.banner.setText(error_text(exc, None))
            self.banner.show()
            return
        for row in (r for r in rows if r.kind == "visit"):
            text = (f"{formatting.date(row.day)}  {row.service_name}  "
                    f"{formatting.money(row.price)}  ·  {row.practitioner}")
            item = QListWidgetItem(text, self.visit_list)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)

    def checked_visits(self) -> list[int]:
        out = []
        for i in range(self.visit_list.count()):
            item = self.visit_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def accept(self) -> None:
        self.banner.hide()
        if self.client_id is None:
            self.banner.setText(self.tr("Choose a client first."))
            self.banner.show()
            return
        visits = self.checked_visits()
        if visits:
            try:
                changes = invoicing.create_from_visits(self.ctx, visits)
            except VastaanottoError as exc:
                self.banner.setText(error_text(exc, None))
                self.banner.show()
                return
            self.invoice_id = changes.data
            self._publish(changes)
        super().accept()
