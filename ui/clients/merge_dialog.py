"""Merging two cards of the same person: pick both by search, compare them side by side,
confirm. The core moves everything of the second card (bookings, visits, invoices, payments,
consents, notes) to the first, fills only the first card's empty fields, and keeps the second
archived with a pointer to the first, so nothing is lost and the merge is audited.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from ui import formatting
from ui.admin.common import Publish, error_banner, error_text
from ui.clients.common import DEBOUNCE_MS
from ui.errors import message_for
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.finnish.validators import format_phone_fi
from vastaanotto.services import client_merge
from vastaanotto.services import clients as client_service
from vastaanotto.services.clients import ClientCard

_SHOWN = ("name", "phone", "email", "birth_date", "personal_identity_code", "address",
          "billing")


class ClientPicker(QGroupBox):
    """One side: a search field, its hits, and the chosen card's main fields. ``chosen``
    carries the id (0 when none). Choosing reads the card, which the core audits."""

    chosen = Signal(int)

    def __init__(self, ctx: Context, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.ctx = ctx
        self.card: ClientCard | None = None
        layout = QVBoxLayout(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Name, phone or birth date"))
        self.search_edit.setClearButtonEnabled(True)
        layout.addWidget(self.search_edit)
        self.hits = QListWidget(self)
        self.hits.currentItemChanged.connect(lambda item, _old: self._picked(item))
        layout.addWidget(self.hits)
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        labels = {"name": self.tr("Name"), "phone": self.tr("Phone"), "email": self.tr("Email"),
                  "birth_date": self.tr("Birth date"),
                  "personal_identity_code": self.tr("Identity code"),
                  "address": self.tr("Address"), "billing": self.tr("Billing")}
        for key in _SHOWN:
            label = QLabel(self)
            label.setObjectName(key)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            form.addRow(labels[key], label)
            self.values[key] = label
        layout.addLayout(form)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)  # each search is audited: not on every key
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())

    @property
    def client_id(self) -> int:
        return self.card.id if self.card is not None else 0

    def search(self) -> None:
        self._timer.stop()
        try:
            hits = client_service.search_clients(self.ctx, self.search_edit.text(),
                                                 include_archived=False)
        except VastaanottoError as exc:
            self.hits.clear()
            self.values["name"].setText(message_for(exc))
            return
        self.hits.blockSignals(True)  # keep the chosen card until another one is picked
        self.hits.clear()
        for hit in hits:
            parts = [hit.name, hit.phone, formatting.date(hit.birth_date) if hit.birth_date
                     else ""]
            item = QListWidgetItem(", ".join(p for p in parts if p), self.hits)
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
        self.hits.blockSignals(False)

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.choose(int(item.data(Qt.ItemDataRole.UserRole)))

    def choose(self, client_id: int) -> None:
        try:
            card = client_service.get_client_card(self.ctx, client_id)
        except VastaanottoError as exc:
            self.show_card(None)
            self.values["name"].setText(message_for(exc))
            return
        self.show_card(card)

    def show_card(self, card: ClientCard | None) -> None:
        self.card = card
        v = card.values if card is not None else {}
        born = v.get("birth_date")
        address = " ".join(p for p in (v.get("street"), v.get("postal_code"), v.get("city")) if p)
        billing = ", ".join(p for p in (v.get("billing_name"), v.get("payer_company_name"),
                                        v.get("payer_business_id")) if p)
        texts = {"name": f"{v.get('first_name', '')} {v.get('last_name', '')}".strip(),
                 "phone": format_phone_fi(v["phone"]) if v.get("phone") else "",
                 "email": v.get("email", ""),
                 "birth_date": formatting.date(born) if born else "",
                 "personal_identity_code": v.get("personal_identity_code", ""),
                 "address": address, "billing": billing}
        for key, label in self.values.items():
            label.setText(texts[key])
        self.chosen.emit(self.client_id)


class MergeDialog(QDialog):
    """GUI thread only. OK merges the right card into the left one (one ``merge_clients``)."""

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None, *,
                 keep_id: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._publish = publish
        self.setWindowTitle(self.tr("Merge duplicate clients"))
        layout = QVBoxLayout(self)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        explanation = QLabel(self.tr(
            "Bookings, visits, invoices, payments, consents and treatment notes of the card on "
            "the right move to the card on the left. Empty fields on the left are filled from "
            "the right; nothing on the left is overwritten. The right card is archived."), self)
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        sides = QHBoxLayout()
        self.keep = ClientPicker(ctx, self.tr("Keep this card"), self)
        self.keep.setObjectName("keep")
        self.remove = ClientPicker(ctx, self.tr("Merge this card into it"), self)
        self.remove.setObjectName("remove")
        self.swap_button = QPushButton(self.tr("Swap"), self)
        self.swap_button.setObjectName("swap")
        self.swap_button.clicked.connect(self.swap)
        sides.addWidget(self.keep, 1)
        sides.addWidget(self.swap_button, 0, Qt.AlignmentFlag.AlignVCenter)
        sides.addWidget(self.remove, 1)
        layout.addLayout(sides, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = self.buttons.addButton(self.tr("Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("merge")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for picker in (self.keep, self.remove):
            picker.chosen.connect(lambda _id: self._update())
        if keep_id is not None:
            self.keep.choose(keep_id)
        self._update()
        self.resize(860, 520)

    def _update(self) -> None:
        self.merge_button.setEnabled(bool(self.keep.client_id and self.remove.client_id)
                                     and self.keep.client_id != self.remove.client_id)

    def swap(self) -> None:
        keep, remove = self.keep.card, self.remove.card
        self.keep.show_card(remove)
        self.remove.show_card(keep)

    def accept(self) -> None:
        if not self.merge_button.isEnabled():
            return
        self.banner.hide()
        try:
            changes = client_merge.merge_clients(self.ctx, keep_id=self.keep.client_id,
                                                 remove_id=self.remove.client_id)
        except VastaanottoError as exc:
            self.banner.setText(error_text(exc, None))
            self.banner.show()
            return
        super().accept()
        self._publish(changes)
