"""A new client with the least a desk needs (first and last name, phone; email optional).

Before creating, the dialog asks the core for likely duplicates (same phone, email or name and
birth date). A person who is already in the register should get their old card back, not a
second one: the dialog lists the matches and offers to open one instead; "Create anyway"
creates the new client as typed (two people may share a name).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QWidget

from ui import formatting
from ui.admin.common import EditDialog, Publish
from ui.clients.common import parse_date
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.services import client_merge
from vastaanotto.services import clients as client_service
from vastaanotto.services.base import Changes
from vastaanotto.services.clients import ClientHit


class NewClientDialog(EditDialog):
    """``open_existing`` carries the id of a matching client the person chose instead."""

    open_existing = Signal(int)

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None):
        super().__init__(ctx, publish, parent)
        self.setWindowTitle(self.tr("New client"))
        self.first_name = QLineEdit(self)
        self.last_name = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText("040 123 4567")
        self.email = QLineEdit(self)
        self.birth_date = QLineEdit(self)
        self.birth_date.setPlaceholderText("21.11.1980")
        for edit, name in ((self.first_name, "first_name"), (self.last_name, "last_name"),
                           (self.phone, "phone"), (self.email, "email"),
                           (self.birth_date, "birth_date")):
            edit.setObjectName(name)
        self.form.addRow(self.tr("First name"), self.first_name)
        self.form.addRow(self.tr("Last name"), self.last_name)
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow(self.tr("Email"), self.email)
        self.form.addRow(self.tr("Birth date"), self.birth_date)
        self.bind_errors({"first_name": self.first_name, "last_name": self.last_name,
                          "phone": self.phone, "email": self.email,
                          "birth_date": self.birth_date})
        self.duplicates_label = QLabel(self.tr(
            "A client in the register looks like the same person. Open the existing card, "
            "or create a new client anyway."), self)
        self.duplicates_label.setWordWrap(True)
        self.duplicates = QListWidget(self)
        self.duplicates.setObjectName("duplicates")
        self.duplicates.itemDoubleClicked.connect(lambda _item: self.choose_existing())
        self.open_button = QPushButton(self.tr("Open existing card"), self)
        self.open_button.setObjectName("open_existing")
        self.open_button.clicked.connect(self.choose_existing)
        for widget in (self.duplicates_label, self.duplicates, self.open_button):
            self.layout().insertWidget(self.layout().count() - 1, widget)
            widget.hide()
        self._checked_data: dict[str, Any] | None = None

    def data(self) -> dict[str, Any]:
        return {"first_name": self.first_name.text(), "last_name": self.last_name.text(),
                "phone": self.phone.text(), "email": self.email.text(),
                "birth_date": parse_date(self.birth_date.text())}

    def accept(self) -> None:
        """First OK: look for duplicates and stop if any. OK again with the same data (now
        "Create anyway"): create."""
        data = self.data()
        if data != self._checked_data:
            hits = self._find_duplicates(data)
            if hits:
                self._checked_data = data
                self._show_duplicates(hits)
                return
        super().accept()

    def _find_duplicates(self, data: dict[str, Any]) -> list[ClientHit]:
        try:
            return client_merge.find_duplicates(self.ctx, data)
        except VastaanottoError:
            # Bad input finds nothing to compare; create_client below names the bad fields.
            return []

    def _show_duplicates(self, hits: list[ClientHit]) -> None:
        self.duplicates.clear()
        for hit in hits:
            parts = [hit.name, hit.phone, hit.email,
                     formatting.date(hit.birth_date) if hit.birth_date else ""]
            item = QListWidgetItem(", ".join(p for p in parts if p), self.duplicates)
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
        self.duplicates.setCurrentRow(0)
        for widget in (self.duplicates_label, self.duplicates, self.open_button):
            widget.show()
        self.ok_button.setText(self.tr("Create anyway"))
        self.adjustSize()

    def choose_existing(self) -> None:
        item = self.duplicates.currentItem()
        if item is None:
            return
        client_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.reject()
        self.open_existing.emit(client_id)

    def submit(self) -> Changes:
        return client_service.create_client(self.ctx, self.data())
