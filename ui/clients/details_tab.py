"""Perustiedot: every field of the register for one client, saved with one ``update_client``.

The core validates and normalises (phone to E.164, email, postal codes, the identity code
against the birth date); this tab only shows the values the Finnish way and sends back what
was typed, so every refusal comes back as the core's code under its field. The identity code
is shown masked; "Show" asks the core for it, which audits the reveal (and a refusal).
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from ui import formatting
from ui.admin.common import FormProblems, Publish, error_banner, error_text
from ui.clients.common import ReasonDialog, gender_name, language_name, parse_date, parse_year
from ui.errors import code_message, show_error
from ui.widgets.forms import FormErrors
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.finnish.validators import format_phone_fi
from vastaanotto.models.clients import Gender
from vastaanotto.permissions import Action, allowed
from vastaanotto.services import clients as client_service
from vastaanotto.services.clients import ClientCard

# Plain one-line fields in form order; the rest (combos, dates, code, notes) are special.
_PERSON_TEXT = ("first_name", "last_name", "phone", "email", "street", "postal_code", "city")
_BILLING_TEXT = ("billing_name", "billing_street", "billing_postal_code", "billing_city",
                 "payer_company_name", "payer_business_id", "payer_einvoice_address",
                 "payer_einvoice_operator")


class DetailsTab(QWidget):
    """GUI thread only. ``fill`` shows a card; Save and the archive box call the services
    and hand their Changes to ``publish`` (the card reloads from the broadcast)."""

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._publish = publish
        self.card: ClientCard | None = None
        self._code_shown = ""   # the text the code field had when filled or revealed
        outer = QVBoxLayout(self)
        self.banner = error_banner(self)
        outer.addWidget(self.banner)
        body = QWidget()
        self.form = QFormLayout(body)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.edits: dict[str, QLineEdit] = {}
        self._build_person(body)
        self._build_billing(body)
        self.notes = QPlainTextEdit(body)
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText(self.tr("Practical notes only, never health data."))
        self.notes.setTabChangesFocus(True)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.archived = QCheckBox(self.tr("Archived (hidden from searches)"), body)
        self.archived.setObjectName("archived")
        self.archived.clicked.connect(self._set_archived)
        self.form.addRow("", self.archived)
        fields: dict[str, QWidget] = dict(self.edits)
        fields.update(gender=self.gender, language=self.language, notes=self.notes,
                      personal_identity_code=self.code_box)
        self.errors = FormErrors(self.form, fields)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

    def _line(self, body: QWidget, field: str, label: str) -> QLineEdit:
        edit = QLineEdit(body)
        edit.setObjectName(field)
        self.edits[field] = edit
        self.form.addRow(label, edit)
        return edit

    def _heading(self, body: QWidget, text: str) -> None:
        label = QLabel(text, body)
        label.setStyleSheet("font-weight: bold; margin-top: 8px;")
        self.form.addRow(label)

    def _build_person(self, body: QWidget) -> None:
        labels = {"first_name": self.tr("First name"), "last_name": self.tr("Last name"),
                  "phone": self.tr("Phone"), "email": self.tr("Email"),
                  "street": self.tr("Street address"), "postal_code": self.tr("Postal code"),
                  "city": self.tr("City")}
        for field in _PERSON_TEXT:
            self._line(body, field, labels[field])
        self.edits["phone"].setPlaceholderText("040 123 4567")
        self.gender = QComboBox(body)
        self.gender.setObjectName("gender")
        for gender in (None, *Gender):
            self.gender.addItem(gender_name(gender), gender.value if gender else None)
        self.form.addRow(self.tr("Gender"), self.gender)
        self._line(body, "birth_year", self.tr("Birth year"))
        self._line(body, "birth_date", self.tr("Birth date")).setPlaceholderText("21.11.1980")
        self.code_box = QWidget(body)
        row = QHBoxLayout(self.code_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.identity_code = QLineEdit(self.code_box)
        self.identity_code.setObjectName("personal_identity_code")
        self.reveal_button = QPushButton(self.tr("Show"), self.code_box)
        self.reveal_button.setObjectName("reveal")
        self.reveal_button.setToolTip(self.tr("Shows the whole code. Each view is logged."))
        self.reveal_button.clicked.connect(self.reveal_identity_code)
        row.addWidget(self.identity_code, 1)
        row.addWidget(self.reveal_button)
        self.code_box.setFocusProxy(self.identity_code)
        self.form.addRow(self.tr("Personal identity code"), self.code_box)
        self.language = QComboBox(body)
        self.language.setObjectName("language")
        for code in ("fi", "sv", "en"):
            self.language.addItem(language_name(code), code)
        self.form.addRow(self.tr("Language"), self.language)

    def _build_billing(self, body: QWidget) -> None:
        self._heading(body, self.tr("Billing"))
        labels = {"billing_name": self.tr("Billing name"),
                  "billing_street": self.tr("Billing address"),
                  "billing_postal_code": self.tr("Billing postal code"),
                  "billing_city": self.tr("Billing city"),
                  "payer_company_name": self.tr("Paying company"),
                  "payer_business_id": self.tr("Company's business ID (Y-tunnus)"),
                  "payer_einvoice_address": self.tr("E-invoice address"),
                  "payer_einvoice_operator": self.tr("E-invoice operator")}
        for field in _BILLING_TEXT:
            self._line(body, field, labels[field])

    # -- showing ---------------------------------------------------------------------------

    def fill(self, card: ClientCard) -> None:
        self.card = card
        values = card.values
        for field in (*_PERSON_TEXT, *_BILLING_TEXT):
            self.edits[field].setText(values.get(field) or "")
        self.edits["phone"].setText(format_phone_fi(values["phone"]) if values["phone"] else "")
        year, born = values.get("birth_year"), values.get("birth_date")
        self.edits["birth_year"].setText(str(year) if year else "")
        self.edits["birth_date"].setText(formatting.date(born) if born else "")
        gender = values.get("gender")
        self.gender.setCurrentIndex(self.gender.findData(gender.value) if gender else 0)
        self.language.setCurrentIndex(max(0, self.language.findData(values.get("language"))))
        self.notes.setPlainText(values.get("notes") or "")
        self._code_shown = values.get("personal_identity_code") or ""
        self.identity_code.setText(self._code_shown)
        self.reveal_button.setEnabled(card.has_identity_code)
        self.archived.setChecked(card.archived)
        self.errors.clear()
        self.banner.hide()

    # -- actions ---------------------------------------------------------------------------

    def data(self) -> dict[str, Any]:
        """What the form says, as the core's ``update_client`` takes it. The identity code is
        sent only when typed over: the masked text shown is not a code to store."""
        data: dict[str, Any] = {f: self.edits[f].text() for f in (*_PERSON_TEXT, *_BILLING_TEXT)}
        data["gender"] = self.gender.currentData()
        data["language"] = self.language.currentData()
        data["birth_year"] = parse_year(self.edits["birth_year"].text())
        data["birth_date"] = parse_date(self.edits["birth_date"].text())
        data["notes"] = self.notes.toPlainText()
        if self.identity_code.text() != self._code_shown:
            data["personal_identity_code"] = self.identity_code.text()
        return data

    def save(self) -> bool:
        if self.card is None:
            return False
        self.banner.hide()
        try:
            data = self.data()
            if isinstance(data["birth_year"], str):
                # Not a number at all: say so, rather than the core's "out of range".
                raise FormProblems({"birth_year": code_message("invalid_number", {})})
            changes = client_service.update_client(self.ctx, self.card.id, data)
        except Exception as exc:  # noqa: BLE001 - any failure keeps what was typed
            self.banner.setText(error_text(exc, self.errors))
            self.banner.show()
            return False
        self.errors.clear()
        self._publish(changes)
        return True

    def reveal_identity_code(self) -> str | None:
        """Owners see the code at once; a practitioner (allowed for own clients) first says
        why; anyone else asks too, and the core refuses and logs the attempt."""
        if self.card is None:
            return None
        reason = ""
        if not allowed(self.ctx.roles, Action.HETU_VIEW_ANY) and allowed(
                self.ctx.roles, Action.HETU_VIEW_OWN):
            reason = ReasonDialog.ask(
                self, self.tr("Show identity code"),
                self.tr("Why do you need the personal identity code? The reason is logged."))
            if reason is None:
                return None
        return self._call(lambda: client_service.reveal_identity_code(
            self.ctx, self.card.id, reason=reason), self._show_code)

    def _show_code(self, code: str) -> None:
        self._code_shown = code
        self.identity_code.setText(code)
        self.reveal_button.setEnabled(False)

    def _set_archived(self, archived: bool) -> None:
        if self.card is None:
            return
        changes = self._call(lambda: client_service.set_archived(self.ctx, self.card.id,
                                                                 archived))
        if changes is None:
            self.archived.setChecked(not archived)  # refused: show the state that holds
        else:
            self._publish(changes)

    def _call(self, fn: Callable[[], Any], then: Callable[[Any], None] | None = None) -> Any:
        try:
            result = fn()
        except VastaanottoError as exc:
            show_error(self, exc, self.tr("Not allowed") if exc.code == "permission_denied"
                       else None)
            return None
        if then is not None:
            then(result)
        return result
