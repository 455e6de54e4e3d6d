"""The first-start wizard: each page refuses bad input in place; Finish creates the practice."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import null
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QWidget, QWizard
from sqlalchemy import select

from tests.conftest import OWNER_PASSWORD, PROFILE
from ui.auth.setup_wizard import PageId, SetupWizard
from ui.errors import code_message
from ui.widgets.forms import FormErrors
from vastaanotto.db import encryption
from vastaanotto.models.practice import Practice
from vastaanotto.models.staff import Role
from vastaanotto.privacy import audit_chain
from vastaanotto.services import auth, setup
from vastaanotto.services.setup import is_initialized

OWNER = {"username": "olli", "display_name": "Olli Omistaja", "password": OWNER_PASSWORD,
         "password_repeat": OWNER_PASSWORD}


@pytest.fixture
def wizard(qtbot, db):
    wizard = SetupWizard(db, workstation="vastaanotto-1")
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def page_of(wizard, page_id):
    return wizard.page(page_id)


def fill(page, data):
    for field, edit in page.edits.items():
        if field in data:
            edit.setText(data[field])


def press_next(wizard):
    wizard.button(QWizard.WizardButton.NextButton).click()


def advance_to(wizard, target, profile=PROFILE, owner=OWNER):
    """Fill each page with good data and press Next until ``target`` is the current page."""
    while wizard.currentId() != target:
        page = wizard.currentPage()
        if hasattr(page, "edits"):
            fill(page, {**profile, **owner})
        current = wizard.currentId()
        press_next(wizard)
        assert wizard.currentId() != current, f"stuck on page {current}"


def shown_error(page, field) -> str:
    label = page.errors.label(field)
    return label.text() if label.isVisible() else ""


def test_bad_business_id_keeps_the_wizard_on_the_page(wizard):
    advance_to(wizard, PageId.BUSINESS)
    page = wizard.currentPage()
    fill(page, {**PROFILE, "business_id": "1234567-8"})
    press_next(wizard)
    assert wizard.currentId() == PageId.BUSINESS
    assert shown_error(page, "business_id") == code_message("invalid_business_id", {})
    assert shown_error(page, "name") == ""
    assert wizard.focusWidget() is page.edits["business_id"]


def test_empty_names_are_refused_all_at_once(wizard):
    advance_to(wizard, PageId.BUSINESS)
    page = wizard.currentPage()
    fill(page, {**PROFILE, "name": "  ", "city": ""})
    press_next(wizard)
    assert wizard.currentId() == PageId.BUSINESS
    assert shown_error(page, "name") == code_message("required", {})
    assert shown_error(page, "city") == code_message("required", {})


def test_contact_person_page_explains_the_privacy_notice(wizard):
    advance_to(wizard, PageId.CONTACT)
    page = wizard.currentPage()
    fill(page, {**PROFILE, "register_contact_name": ""})
    press_next(wizard)
    assert wizard.currentId() == PageId.CONTACT
    assert shown_error(page, "register_contact_name")
    texts = " ".join(w.text() for w in page.findChildren(QWidget) if hasattr(w, "wordWrap"))
    assert "privacy notice" in texts


def test_bad_iban_keeps_the_wizard_on_the_bank_page(wizard):
    advance_to(wizard, PageId.BANK)
    page = wizard.currentPage()
    fill(page, {**PROFILE, "iban": "FI21 1234 5600 0007 86"})
    press_next(wizard)
    assert wizard.currentId() == PageId.BANK
    assert shown_error(page, "iban") == code_message("invalid_iban", {})
    page.edits["iban"].setText(PROFILE["iban"])
    press_next(wizard)
    assert wizard.currentId() == PageId.OWNER


def test_mismatched_passwords_are_refused(wizard):
    advance_to(wizard, PageId.OWNER)
    page = wizard.currentPage()
    fill(page, {**OWNER, "password_repeat": OWNER_PASSWORD + "x"})
    press_next(wizard)
    assert wizard.currentId() == PageId.OWNER
    assert shown_error(page, "password_repeat")
    assert shown_error(page, "password") == ""
    assert page.edits["password"].echoMode() == QLineEdit.EchoMode.Password


@pytest.mark.parametrize("password, code", [("lyhyt", "password_too_short"),
                                            ("salasana123", "password_too_common")])
def test_password_rules_come_from_the_core(wizard, password, code):
    advance_to(wizard, PageId.OWNER)
    page = wizard.currentPage()
    fill(page, {**OWNER, "password": password, "password_repeat": password})
    press_next(wizard)
    assert wizard.currentId() == PageId.OWNER
    assert shown_error(page, "password") == code_message(code, {})


def test_bad_username_is_refused(wizard):
    advance_to(wizard, PageId.OWNER)
    page = wizard.currentPage()
    fill(page, {**OWNER, "username": "Olli Omistaja"})
    press_next(wizard)
    assert wizard.currentId() == PageId.OWNER
    assert shown_error(page, "username") == code_message("invalid_username", {})


def test_finish_creates_the_practice_and_an_owner_who_can_log_in(wizard, db):
    advance_to(wizard, PageId.SUMMARY)
    summary = " ".join(w.text() for w in wizard.currentPage().findChildren(QWidget)
                       if hasattr(w, "text") and callable(w.text))
    assert "Testiklinikka Oy" in summary and "olli" in summary
    assert OWNER_PASSWORD not in summary
    assert not is_initialized(db)

    wizard.button(QWizard.WizardButton.FinishButton).click()

    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.context is not None and wizard.context.roles == frozenset({Role.OWNER})
    assert wizard.owner_page.edits["password"].text() == ""
    with db.session() as session:
        practice = session.scalar(select(Practice))
        assert (practice.name, practice.business_id) == ("Testiklinikka Oy", "0737546-2")
        assert practice.iban == "FI2112345600000785"
        # Keyed from the first event with the practice's keyring key, so the chain verifies.
        assert db.audit_key is not None
        assert audit_chain.verify(session, db.audit_key).ok
    ctx = auth.authenticate(db, "olli", OWNER_PASSWORD, workstation="vastaanotto-1")
    assert ctx.has_role(Role.OWNER)


def test_finish_on_an_already_set_up_database_stays_and_says_so(wizard, db, owner_ctx):
    advance_to(wizard, PageId.SUMMARY, owner={**OWNER, "username": "toinen"})
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.currentId() == PageId.SUMMARY
    assert wizard.isVisible() and wizard.context is None
    assert wizard.summary_page.error_label.isVisible()
    assert wizard.summary_page.error_label.text() == code_message("already_initialized", {})


def test_form_errors_place_messages_under_fields_and_return_the_rest(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    form = QFormLayout(host)
    name, email = QLineEdit(host), QLineEdit(host)
    form.addRow("Name", name)
    form.addRow("Email", email)
    errors = FormErrors(form, {"name": name, "email": email})
    host.show()
    assert form.rowCount() == 4 and not errors.has_errors

    leftover = errors.set_errors({"email": "bad email", "iban": "bad iban"})
    assert leftover == {"iban": "bad iban"}
    assert errors.message("email") == "bad email" and errors.label("email").isVisible()
    assert errors.message("name") == "" and not errors.label("name").isVisible()
    assert form.getWidgetPosition(errors.label("email"))[0] == 3  # right under the field
    assert host.focusWidget() is email

    qtbot.keyClicks(email, "x")  # typing makes the old message stale
    assert errors.message("email") == "" and not errors.has_errors
    errors.set_errors({"name": "required"})
    errors.clear()
    assert not errors.has_errors


# -- the setup wizard (issue #7): encrypted by default, a choice without a keyring ------------


def test_wizard_encrypts_a_new_practice_when_a_keyring_exists(qtbot, db):
    wizard = SetupWizard(db, workstation="vastaanotto-1")
    qtbot.addWidget(wizard)
    wizard.show()
    advance_to(wizard, PageId.SUMMARY)  # the protection page is not shown
    summary = " ".join(w.text() for w in wizard.summary_page.findChildren(type(
        wizard.summary_page.error_label)))
    assert "On: the key is kept in this computer's secure key store" in summary
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.context is not None, wizard.summary_page.error_label.text()
    assert db.encrypted and encryption.is_encrypted(db.sqlite_path)
    assert b"Testiklinikka" not in db.sqlite_path.read_bytes()


def test_wizard_without_a_keyring_asks_and_continues_unencrypted(qtbot, db):
    keyring.set_keyring(null.Keyring())
    wizard = SetupWizard(db, workstation="vastaanotto-1")
    qtbot.addWidget(wizard)
    wizard.show()
    press_next(wizard)
    assert wizard.currentId() == PageId.PROTECTION
    assert "never writes the key in a file" in " ".join(
        w.text() for w in wizard.protection_page.findChildren(type(
            wizard.summary_page.error_label)))
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # a choice is needed: tick, or Cancel
    wizard.protection_page.accept_plain.setChecked(True)
    assert next_button.isEnabled()
    press_next(wizard)
    assert wizard.currentId() == PageId.BUSINESS
    advance_to(wizard, PageId.SUMMARY)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.context is not None
    assert not db.encrypted and not encryption.is_encrypted(db.sqlite_path)
    assert sorted(p.name for p in db.sqlite_path.parent.iterdir()
                  if "key" in p.name.lower()) == []  # no key file beside the database


def test_wizard_without_a_keyring_can_be_cancelled(qtbot, db):
    keyring.set_keyring(null.Keyring())
    wizard = SetupWizard(db, workstation="vastaanotto-1")
    qtbot.addWidget(wizard)
    wizard.show()
    press_next(wizard)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert wizard.context is None and not setup.is_initialized(db)

