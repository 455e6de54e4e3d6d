"""Business profile: the controller's details printed on invoices and in the privacy notice.

``practice.update_profile`` validates every field at once (Y-tunnus, IBAN, postal code...), so
all bad fields are marked together and nothing is saved until all are right.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ui.admin.common import Publish, error_banner, error_text
from ui.widgets.forms import FormErrors
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.services import practice
from vastaanotto.services.base import Changes


class ProfilePage(QWidget):
    KINDS = ("practice",)

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._publish = publish
        labels = {
            "name": self.tr("Business name"),
            "business_id": self.tr("Business ID (Y-tunnus)"),
            "street": self.tr("Street address"),
            "postal_code": self.tr("Postal code"),
            "city": self.tr("City"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "website": self.tr("Website"),
            "iban": self.tr("Bank account (IBAN)"),
            "bic": self.tr("BIC"),
            "register_contact_name": self.tr("Contact person of the register"),
            "register_contact_email": self.tr("Contact person's email"),
            "register_contact_phone": self.tr("Contact person's phone"),
        }
        if set(labels) != set(practice.PROFILE_FIELDS):  # a new core field must get a row
            raise RuntimeError("profile fields and form rows differ")
        layout = QVBoxLayout(self)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.edits: dict[str, QLineEdit] = {}
        for field, label in labels.items():
            edit = QLineEdit(self)
            edit.setObjectName(field)
            self.form.addRow(label, edit)
            self.edits[field] = edit
        self.errors = FormErrors(self.form, self.edits)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        revert = QPushButton(self.tr("Revert"), self)
        revert.clicked.connect(self.load)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        buttons.addWidget(self.save_button)
        buttons.addWidget(revert)
        buttons.addWidget(self.status, 1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        profile = practice.get_profile(self.ctx)
        for field, edit in self.edits.items():
            edit.setText(getattr(profile, field))
        self.errors.clear()
        self.banner.hide()
        self.status.clear()

    def data(self) -> dict[str, str]:
        return {field: edit.text() for field, edit in self.edits.items()}

    def save(self) -> Changes | None:
        self.banner.hide()
        self.status.clear()
        try:
            changes = practice.update_profile(self.ctx, self.data())
        except VastaanottoError as exc:
            self.banner.setText(error_text(exc, self.errors))
            self.banner.show()
            return None
        self._publish(changes)  # reloads the canonical forms (e.g. +358 phone numbers)
        self.status.setText(self.tr("Business profile saved."))
        return changes

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*self.KINDS):
            self.load()
