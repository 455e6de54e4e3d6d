"""Turns the core's typed errors into translated sentences. The core returns codes; the UI
owns the words (Qt Linguist context "errors")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vastaanotto.errors import (AccountLocked, ValidationError, ValidationErrors,
                                VastaanottoError)


def _t(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def field_label(field: str) -> str:
    labels = {
        "name": _t("Name"),
        "business_id": _t("Business ID (Y-tunnus)"),
        "street": _t("Street address"),
        "postal_code": _t("Postal code"),
        "city": _t("City"),
        "phone": _t("Phone"),
        "email": _t("Email"),
        "register_contact_name": _t("Contact person of the register"),
        "register_contact_email": _t("Contact person's email"),
        "register_contact_phone": _t("Contact person's phone"),
        "iban": _t("IBAN"),
        "bic": _t("BIC"),
        "username": _t("User name"),
        "display_name": _t("Name"),
        "password": _t("Password"),
        "roles": _t("Roles"),
        "color": _t("Colour"),
        "duration_minutes": _t("Duration"),
        "price": _t("Price"),
        "buffer_before_minutes": _t("Buffer before"),
        "buffer_after_minutes": _t("Buffer after"),
        "vat_class": _t("VAT class"),
        "hours": _t("Opening hours"),
        "practitioner_ids": _t("Practitioners"),
        "idle_lock_minutes": _t("Lock after idle minutes"),
        "personal_identity_code": _t("Personal identity code"),
        "first_name": _t("First name"),
        "last_name": _t("Last name"),
        "birth_date": _t("Birth date"),
        "birth_year": _t("Birth year"),
        "language": _t("Language"),
        "gender": _t("Gender"),
        "notes": _t("Notes"),
        "billing_name": _t("Billing name"),
        "billing_street": _t("Billing address"),
        "billing_postal_code": _t("Billing postal code"),
        "billing_city": _t("Billing city"),
        "payer_company_name": _t("Paying company"),
        "payer_business_id": _t("Paying company's business ID"),
        "payer_einvoice_address": _t("E-invoice address"),
        "payer_einvoice_operator": _t("E-invoice operator"),
        "reference": _t("Reference"),
    }
    if field.startswith("hours["):
        return labels["hours"]
    return labels.get(field, field)


def code_message(code: str, params: dict) -> str:
    messages = {
        "required": _t("This field is required."),
        "too_long": _t("Too long: at most %1 characters.").replace("%1", str(params.get("max", ""))),
        "invalid_characters": _t("Contains characters that are not allowed."),
        "invalid_business_id": _t("Not a valid Finnish business ID (Y-tunnus), e.g. 1234567-1."),
        "invalid_iban": _t("Not a valid IBAN. Check the account number."),
        "iban_not_finnish": _t("The account must be a Finnish IBAN (starting with FI)."),
        "invalid_bic": _t("Not a valid BIC code."),
        "invalid_personal_identity_code": _t("Not a valid personal identity code."),
        "invalid_phone": _t("Not a valid phone number, e.g. 040 123 4567."),
        "invalid_email": _t("Not a valid email address."),
        "invalid_postal_code": _t("A Finnish postal code has five digits, e.g. 00100."),
        "invalid_amount": _t("Not a valid amount of money, e.g. 49,90."),
        "negative_amount": _t("The amount cannot be negative."),
        "amount_too_large": _t("The amount is too large."),
        "invalid_duration": _t("The duration must be between 1 minute and 24 hours."),
        "amount_too_small": _t("The amount is too small."),
        "amount_out_of_range": _t("The amount must be between 0 and 999 999,99 €."),
        "invalid_reference": _t("Not a valid reference number."),
        "invalid_reference_base": _t("A reference base has 3–19 digits."),
        "invalid_due_date": _t("Not a valid due date."),
        "invalid_date": _t("Not a valid date, e.g. 21.11.2026."),
        "birth_date_out_of_range": _t("The birth date cannot be in the future or before 1880."),
        "identity_code_contradicts_birth_date": _t(
            "The personal identity code does not match the birth date."),
        "birth_year_contradicts_birth_date": _t("The birth year does not match the birth date."),
        "invalid_buffer": _t("A buffer must be 0–%1 minutes.").replace(
            "%1", str(params.get("maximum", ""))),
        "password_too_short": _t("The password must have at least 8 characters."),
        "password_too_long": _t("The password is too long."),
        "password_too_common": _t("This password is too common. Choose another one."),
        "invalid_username": _t("User name: 2–64 small letters a–z, digits, dot, dash or underscore."),
        "username_taken": _t("This user name is already in use."),
        "name_taken": _t("This name is already in use."),
        "invalid_color": _t("Choose a colour."),
        "not_a_practitioner": _t("Choose practitioners only."),
        "opens_after_closes": _t("Opening time must be before closing time."),
        "hours_overlap": _t("Opening hours of the same day overlap."),
        "invalid_weekday": _t("Invalid weekday."),
        "invalid_number": _t("Enter a number."),
        "too_small": _t("The value is too small."),
        "too_large": _t("The value is too large."),
        "invalid_choice": _t("Choose one of the options."),
        "authentication_failed": _t("Wrong user name or password."),
        "permission_denied": _t("You do not have the right to do this. The attempt was logged."),
        "not_found": _t("The item no longer exists. It may have been removed at another desk."),
        "last_owner": _t("The practice must keep at least one active owner."),
        "cannot_deactivate_self": _t("You cannot deactivate your own account."),
        "already_initialized": _t("The practice has already been set up."),
        "secret_store_unavailable": _t(
            "No secure password store (keyring) is available on this computer."),
        "database_on_network_share": _t(
            "The database cannot be kept on a network drive. Choose a local folder."),
        "storage_error": _t("The database could not be written. Nothing was saved."),
    }
    return messages.get(code, _t("Something went wrong (%1).").replace("%1", code))


def message_for(exc: Exception) -> str:
    """One readable paragraph for any core error (all fields for ValidationErrors)."""
    if isinstance(exc, ValidationErrors):
        return "\n".join(message_for(e) for e in exc.errors)
    if isinstance(exc, ValidationError):
        return f"{field_label(exc.field)}: {code_message(exc.code, exc.params)}"
    if isinstance(exc, AccountLocked):
        if exc.permanent:
            return _t("The account is locked after too many failed attempts. "
                      "Ask the owner to unlock it.")
        minutes = max(1, -(-int(exc.retry_after_seconds or 0) // 60))
        return _t("Too many failed attempts. Try again in %n minute(s).", ).replace(
            "%n", str(minutes))
    if isinstance(exc, VastaanottoError):
        return code_message(exc.code, exc.params)
    return _t("Unexpected error. Nothing was saved.")


def field_errors(exc: Exception) -> dict[str, str]:
    """Per-field messages, for forms that show them next to the field."""
    errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
    return {e.field: code_message(e.code, e.params) for e in errors
            if isinstance(e, ValidationError)}


def show_error(parent: QWidget | None, exc: Exception, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or _t("Cannot save"), message_for(exc))
