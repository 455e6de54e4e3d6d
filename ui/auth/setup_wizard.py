"""First start: the business, the register's contact person, the bank account and the owner.

Each page checks its fields with the core validators when Next is pressed and shows the
messages under the fields; nothing is written until Finish, which calls
``vastaanotto.practice_db.create_practice`` once (``initialize_practice``, all or nothing, with
the audit chain keyed from its first event) and keeps the owner's Context in
``wizard.context`` so the app can go straight to the main window.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
                               QWizard, QWizardPage)

from ui.errors import field_errors, field_label, message_for
from ui.widgets.forms import FormErrors
from vastaanotto.clock import Clock, system_clock
from vastaanotto.context import Context, workstation_name
from vastaanotto.db.engine import Database
from vastaanotto.errors import ValidationError, ValidationErrors, VastaanottoError
from vastaanotto.finnish import validators
from vastaanotto.practice_db import create_practice, encryption_available
from vastaanotto.services.base import FieldCollector
from vastaanotto.services.practice import validate_profile
from vastaanotto.services.staff import validate_username


class PageId(enum.IntEnum):
    WELCOME = 0
    BUSINESS = 1
    CONTACT = 2
    BANK = 3
    OWNER = 4
    SUMMARY = 5
    PROTECTION = 6  # only without a trusted keyring: after WELCOME, before BUSINESS


def _explanation(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class FormPage(QWizardPage):
    """A page of line edits named by core field names, with errors shown under the fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.errors: FormErrors | None = None

    def add_field(self, field: str, label: str, *, placeholder: str = "",
                  password: bool = False, max_length: int = 200) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(field)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(max_length)
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(label, edit)
        self.edits[field] = edit
        return edit

    def finish_layout(self, explanation: str = "") -> None:
        if explanation:
            self.layout_.addWidget(_explanation(explanation))
        self.layout_.addLayout(self.form)
        self.layout_.addStretch(1)
        self.errors = FormErrors(self.form, self.edits)

    def values(self) -> dict[str, str]:
        return {field: edit.text() for field, edit in self.edits.items()}

    def check(self) -> dict[str, str]:
        """Field -> message for this page's fields; empty when acceptable. A page without
        rules of its own accepts anything; subclasses bring the rules."""
        return {}

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        problems = self.check()
        assert self.errors is not None
        self.errors.set_errors(problems)
        return not problems


class WelcomePage(QWizardPage):
    def nextId(self) -> int:  # noqa: N802 - Qt override
        wizard = self.wizard()
        return PageId.BUSINESS if wizard is None or wizard.can_encrypt else PageId.PROTECTION

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Vastaanotto"))
        layout = QVBoxLayout(self)
        layout.addWidget(_explanation(self.tr(
            "This computer has no practice yet. The next pages ask for the business details "
            "printed on invoices and in the privacy notice, the bank account for payments, "
            "and the owner's user account.\n\nNothing is saved until you press Finish on the "
            "last page.")))
        layout.addStretch(1)


class ProtectionPage(QWizardPage):
    """Shown only when this computer has no trusted key store (keyring) for the database key.

    The key is never written to a file in clear, so the owner chooses: set up without
    encryption (ticking the box), or Cancel and install or unlock a key store first.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("No secure key store on this computer"))
        layout = QVBoxLayout(self)
        layout.addWidget(_explanation(self.tr(
            "Vastaanotto encrypts the client database on this computer with a key that it "
            "keeps in the operating system's secure key store (Windows Credential Manager, "
            "macOS Keychain, or the Secret Service / KWallet on Linux). No such key store is "
            "available now, and the program never writes the key in a file next to the "
            "database.\n\n"
            "You can set up the practice without encryption now and encrypt the database "
            "later in Administration → Encryption once a key store is available. Protect "
            "this computer with full-disk encryption (BitLocker, FileVault, LUKS) meanwhile.\n\n"
            "Or press Cancel, set up a key store, and start the program again.")))
        self.accept_plain = QCheckBox(self.tr("Continue without encrypting the database"), self)
        self.accept_plain.setObjectName("acceptUnencrypted")
        self.accept_plain.toggled.connect(self.completeChanged)
        layout.addWidget(self.accept_plain)
        layout.addStretch(1)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override: Next only after the choice
        return self.accept_plain.isChecked()

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return PageId.BUSINESS


class ProfilePage(FormPage):
    """A page of business-profile fields, checked with ``validate_profile``.

    The whole profile is validated (other pages' fields may still be empty) and only the errors
    of this page's fields are shown, so the rules live in one place: the core.
    """

    def check(self) -> dict[str, str]:
        try:
            validate_profile(self.wizard().profile())
        except (ValidationError, ValidationErrors) as exc:
            return {f: m for f, m in field_errors(exc).items() if f in self.edits}
        return {}


class BusinessPage(ProfilePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Business"))
        self.setSubTitle(self.tr("These details appear on invoices and in the privacy notice."))
        self.add_field("name", self.tr("Business name"))
        self.add_field("business_id", self.tr("Business ID (Y-tunnus)"), placeholder="1234567-8",
                       max_length=20)
        self.add_field("street", self.tr("Street address"))
        self.add_field("postal_code", self.tr("Postal code"), placeholder="00100", max_length=5)
        self.add_field("city", self.tr("City"), max_length=100)
        self.add_field("phone", self.tr("Phone"), placeholder="09 123 4567", max_length=30)
        self.add_field("email", self.tr("Email"), max_length=254)
        self.add_field("website", self.tr("Website (optional)"))
        self.finish_layout()


class ContactPage(ProfilePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Contact person of the register"))
        self.add_field("register_contact_name", self.tr("Name"))
        self.add_field("register_contact_email", self.tr("Email"), max_length=254)
        self.add_field("register_contact_phone", self.tr("Phone"), placeholder="040 123 4567",
                       max_length=30)
        self.finish_layout(self.tr(
            "The privacy notice (rekisteriseloste) names this person as the one clients "
            "contact about their personal data: access requests, corrections and erasure."))


class BankPage(ProfilePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Bank account"))
        self.add_field("iban", self.tr("IBAN"), placeholder="FI00 0000 0000 0000 00", max_length=42)
        self.add_field("bic", self.tr("BIC"), placeholder="NDEAFIHH", max_length=11)
        self.finish_layout(self.tr("Clients pay invoices to this account."))


class OwnerPage(FormPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Owner's user account"))
        self.add_field("username", self.tr("User name"), placeholder="etunimi", max_length=64)
        self.add_field("display_name", self.tr("Full name"))
        self.add_field("password", self.tr("Password"), password=True, max_length=1024)
        self.add_field("password_repeat", self.tr("Password again"), password=True,
                       max_length=1024)
        self.finish_layout(self.tr(
            "The owner manages staff, settings, invoices and backups.\n"
            "Password rules: at least 8 characters; common passwords are refused. "
            "A short sentence is easy to remember and hard to guess."))

    def check(self) -> dict[str, str]:
        v = self.values()
        fields = FieldCollector()
        fields.check(validate_username, v["username"])
        fields.check(validators.name, v["display_name"], "display_name", max_length=200)
        fields.check(validators.password_policy, v["password"])
        problems = field_errors(ValidationErrors(fields.errors))
        if v["password"] != v["password_repeat"]:
            problems["password_repeat"] = self.tr("The passwords do not match.")
        return problems


class SummaryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("Check the details. Finish creates the practice."))
        layout = QVBoxLayout(self)
        self.summary = QFormLayout()
        layout.addLayout(self.summary)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("setupError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        while self.summary.rowCount():
            self.summary.removeRow(0)
        wizard = self.wizard()
        profile, owner = wizard.profile(), wizard.owner()
        rows = [(field_label(k), v) for k, v in profile.items() if v.strip()]
        rows += [(self.tr("Owner's user name"), owner["username"]),
                 (self.tr("Owner's name"), owner["display_name"]),
                 (self.tr("Database encryption"),
                  self.tr("On: the key is kept in this computer's secure key store")
                  if wizard.can_encrypt else self.tr("Off: no secure key store"))]
        for label, value in rows:
            text = QLabel(value.strip())
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.summary.addRow(label, text)
        self.error_label.hide()

    def nextId(self) -> int:  # noqa: N802 - Qt override: the last page (PROTECTION is after
        return -1  # it in number only)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override: Finish
        error = self.wizard().create_practice()
        self.error_label.setText(error or "")
        self.error_label.setVisible(bool(error))
        return error is None


class SetupWizard(QWizard):
    """The first-start wizard. After ``exec()`` returns Accepted, ``context`` is the owner's."""

    def __init__(self, db: Database, *, workstation: str | None = None,
                 clock: Clock = system_clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.workstation = workstation or workstation_name()
        self.clock = clock
        self.context: Context | None = None
        # Decided once: the pages and the summary must agree with what Finish does.
        self.can_encrypt = encryption_available()
        self.setWindowTitle(self.tr("Set up Vastaanotto"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.welcome_page = WelcomePage()
        self.protection_page = ProtectionPage()
        self.business_page = BusinessPage()
        self.contact_page = ContactPage()
        self.bank_page = BankPage()
        self.owner_page = OwnerPage()
        self.summary_page = SummaryPage()
        for page_id, page in ((PageId.WELCOME, self.welcome_page),
                              (PageId.BUSINESS, self.business_page),
                              (PageId.CONTACT, self.contact_page),
                              (PageId.BANK, self.bank_page),
                              (PageId.OWNER, self.owner_page),
                              (PageId.SUMMARY, self.summary_page),
                              (PageId.PROTECTION, self.protection_page)):
            self.setPage(page_id, page)
        self.setStartId(PageId.WELCOME)

    def profile(self) -> dict[str, str]:
        """The business profile typed so far, keyed by ``vastaanotto.services.practice`` names."""
        data: dict[str, str] = {}
        for page in (self.business_page, self.contact_page, self.bank_page):
            data.update(page.values())
        return data

    def owner(self) -> dict[str, str]:
        v = self.owner_page.values()
        return {"username": v["username"], "display_name": v["display_name"]}

    def create_practice(self) -> str | None:
        """Write everything in one transaction; returns None on success, else the message.

        With a trusted keyring the still empty database is encrypted first (a copy of an
        empty schema: well under a second), so nothing personal is ever written in clear.
        Runs on the GUI thread: it hashes one password with argon2 (a fraction of a second).
        """
        owner = self.owner_page.values()
        try:
            self.context = create_practice(
                self.db, self.profile(), owner_username=owner["username"],
                owner_display_name=owner["display_name"], owner_password=owner["password"],
                workstation=self.workstation, clock=self.clock, encrypt=self.can_encrypt)
        except VastaanottoError as exc:
            return message_for(exc)
        # The password is not needed any more; do not leave it in the widgets.
        self.owner_page.edits["password"].clear()
        self.owner_page.edits["password_repeat"].clear()
        return None
