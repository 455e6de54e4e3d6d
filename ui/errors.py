"""Turns the core's typed errors into translated sentences. The core returns codes; the UI
owns the words (Qt Linguist context "errors")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vastaanotto.errors import (AccountLocked, ValidationError, ValidationErrors,
                                VastaanottoError)


# Called by this exact name with a literal context and text, so pyside6-lupdate finds them.
translate = QCoreApplication.translate


def field_label(field: str) -> str:
    labels = {
        "name": translate("errors", "Name"),
        "business_id": translate("errors", "Business ID (Y-tunnus)"),
        "street": translate("errors", "Street address"),
        "postal_code": translate("errors", "Postal code"),
        "city": translate("errors", "City"),
        "phone": translate("errors", "Phone"),
        "email": translate("errors", "Email"),
        "register_contact_name": translate("errors", "Contact person of the register"),
        "register_contact_email": translate("errors", "Contact person's email"),
        "register_contact_phone": translate("errors", "Contact person's phone"),
        "iban": translate("errors", "IBAN"),
        "bic": translate("errors", "BIC"),
        "username": translate("errors", "User name"),
        "display_name": translate("errors", "Name"),
        "password": translate("errors", "Password"),
        "roles": translate("errors", "Roles"),
        "color": translate("errors", "Colour"),
        "duration_minutes": translate("errors", "Duration"),
        "price": translate("errors", "Price"),
        "buffer_before_minutes": translate("errors", "Buffer before"),
        "buffer_after_minutes": translate("errors", "Buffer after"),
        "vat_class": translate("errors", "VAT class"),
        "hours": translate("errors", "Opening hours"),
        "practitioner_ids": translate("errors", "Practitioners"),
        "idle_lock_minutes": translate("errors", "Idle lock (minutes)"),
        "personal_identity_code": translate("errors", "Personal identity code"),
        "first_name": translate("errors", "First name"),
        "last_name": translate("errors", "Last name"),
        "birth_date": translate("errors", "Birth date"),
        "birth_year": translate("errors", "Birth year"),
        "language": translate("errors", "Language"),
        "gender": translate("errors", "Gender"),
        "notes": translate("errors", "Notes"),
        "billing_name": translate("errors", "Billing name"),
        "billing_street": translate("errors", "Billing address"),
        "billing_postal_code": translate("errors", "Billing postal code"),
        "billing_city": translate("errors", "Billing city"),
        "payer_company_name": translate("errors", "Paying company"),
        "payer_business_id": translate("errors", "Paying company's business ID"),
        "payer_einvoice_address": translate("errors", "E-invoice address"),
        "payer_einvoice_operator": translate("errors", "E-invoice operator"),
        "reference": translate("errors", "Reference"),
        "text": translate("errors", "Text"),
        "reason": translate("errors", "Reason"),
        "file": translate("errors", "File"),
        "mapping": translate("errors", "Columns"),
        "client_accepted_storage": translate("errors", "Client accepted storing the note"),
        "belongs_in_kanta": translate("errors", "Belongs in the Kanta archive"),
        "visit_id": translate("errors", "Visit"),
        "header_language": translate("errors", "Language of the headings"),
    }
    if field.startswith("hours["):
        return labels["hours"]
    return labels.get(field, field)


def code_message(code: str, params: dict) -> str:
    messages = {
        "required": translate("errors", "This field is required."),
        "too_long": translate("errors", "Too long: at most %1 characters.").replace("%1", str(params.get("max", ""))),
        "invalid_characters": translate("errors", "Contains characters that are not allowed."),
        "invalid_business_id": translate("errors", "Not a valid Finnish business ID (Y-tunnus), e.g. 1234567-1."),
        "invalid_iban": translate("errors", "Not a valid IBAN. Check the account number."),
        "iban_not_finnish": translate("errors", "The account must be a Finnish IBAN (starting with FI)."),
        "invalid_bic": translate("errors", "Not a valid BIC code."),
        "invalid_personal_identity_code": translate("errors", "Not a valid personal identity code."),
        "invalid_phone": translate("errors", "Not a valid phone number, e.g. 040 123 4567."),
        "invalid_email": translate("errors", "Not a valid email address."),
        "invalid_postal_code": translate("errors", "A Finnish postal code has five digits, e.g. 00100."),
        "invalid_amount": translate("errors", "Not a valid amount of money, e.g. 49,90."),
        "negative_amount": translate("errors", "The amount cannot be negative."),
        "amount_too_large": translate("errors", "The amount is too large."),
        "invalid_duration": translate("errors", "The duration must be between 1 minute and 24 hours."),
        "amount_too_small": translate("errors", "The amount is too small."),
        "amount_out_of_range": translate("errors", "The amount must be between 0 and 999 999,99 €."),
        "invalid_reference": translate("errors", "Not a valid reference number."),
        "invalid_reference_base": translate("errors", "A reference base has 3–19 digits."),
        "invalid_due_date": translate("errors", "Not a valid due date."),
        "invalid_date": translate("errors", "Not a valid date, e.g. 21.11.2026."),
        "birth_date_out_of_range": translate("errors", "The birth date cannot be in the future or before 1880."),
        "identity_code_contradicts_birth_date": translate("errors", 
            "The personal identity code does not match the birth date."),
        "birth_year_contradicts_birth_date": translate("errors", "The birth year does not match the birth date."),
        "invalid_buffer": translate("errors", "A buffer must be 0–%1 minutes.").replace(
            "%1", str(params.get("maximum", ""))),
        "password_too_short": translate("errors", "The password must have at least 8 characters."),
        "password_too_long": translate("errors", "The password is too long."),
        "password_too_common": translate("errors", "This password is too common. Choose another one."),
        "invalid_username": translate(
            "errors", "Use 2–64 lowercase letters a–z, digits, dots, dashes or underscores."),
        "username_taken": translate("errors", "This user name is already in use."),
        "name_taken": translate("errors", "This name is already in use."),
        "invalid_color": translate("errors", "Choose a colour."),
        "not_a_practitioner": translate("errors", "Choose practitioners only."),
        "opens_after_closes": translate("errors", "Opening time must be before closing time."),
        "hours_overlap": translate("errors", "Opening hours of the same day overlap."),
        "invalid_weekday": translate("errors", "Invalid weekday."),
        "invalid_number": translate("errors", "Enter a number."),
        "too_small": translate("errors", "The value is too small."),
        "too_large": translate("errors", "The value is too large."),
        "invalid_choice": translate("errors", "Choose one of the options."),
        "vat_rate_missing": translate("errors", "No VAT rate is defined for this date."),
        "negative_quantity": translate("errors", "The quantity cannot be negative on an invoice."),
        "zero_quantity": translate("errors", "The quantity cannot be zero."),
        "empty_invoice": translate("errors", "The invoice has no lines."),
        "due_before_issue": translate("errors", "The due date cannot be before the invoice date."),
        "visits_of_different_clients": translate(
            "errors", "One invoice can only contain visits of the same client."),
        "visit_without_service": translate("errors", "The visit has no service to invoice."),
        "unknown_line": translate("errors", "The invoice line no longer exists."),
        "invoice_issued": translate(
            "errors", "The invoice has been issued and cannot be changed. Make a credit note."),
        "invoice_not_issued": translate("errors", "The invoice has not been issued yet."),
        "invoice_not_creditable": translate("errors", "This invoice cannot be credited."),
        "invoice_already_credited": translate("errors", "The invoice has already been credited."),
        "credit_exceeds_line": translate(
            "errors", "The credit is larger than what is left of the line."),
        "visit_already_invoiced": translate("errors", "The visit is already on an invoice."),
        "pdf_fonts_missing": translate(
            "errors", "The fonts for PDF documents are missing. Reinstall the program."),
        "practitioner_busy": translate("errors", "The practitioner already has a booking then."),
        "room_busy": translate("errors", "The room is already booked then."),
        "client_busy": translate("errors", "The client already has a booking then."),
        "practitioner_absent": translate("errors", "The practitioner is absent then."),
        "holiday": translate("errors", "The practice is closed on this public holiday."),
        "practice_closed": translate("errors", "The practice is closed on this day."),
        "outside_opening_hours": translate("errors", "The time is outside the opening hours."),
        "outside_working_hours": translate(
            "errors", "The time is outside the practitioner's working hours."),
        "invalid_status_transition": translate(
            "errors", "The appointment's status cannot be changed this way."),
        "no_free_slot": translate("errors", "No free time was found."),
        "nonexistent_local_time": translate(
            "errors", "This time does not exist: the clocks move forward then."),
        "date_out_of_range": translate("errors", "The date must be between 2000 and 2100."),
        "reason_required": translate(
            "errors", "This client is treated by another practitioner. Give a reason; it is "
            "logged."),
        "storage_basis_required": translate(
            "errors", "Record whether the client accepted storing the note."),
        "note_superseded": translate(
            "errors", "This note has a newer version. Edit the newest one."),
        "client_merged": translate("errors", "The client's card was merged into another card."),
        "invalid_visit": translate("errors", "The visit does not belong to this client."),
        "client_already_merged": translate("errors", "The card has already been merged."),
        "merge_same_client": translate("errors", "Choose two different cards."),
        "merge_fields_contradict": translate(
            "errors", "The cards disagree on: %1. Correct one of them first."),
        "import_rejected": translate(
            "errors", "Some rows are invalid. Nothing was imported; see the report."),
        "empty_file": translate("errors", "The file is empty."),
        "file_too_large": translate("errors", "The file is too large."),
        "too_many_rows": translate("errors", "The file has too many rows (at most %1)."),
        "unsupported_encoding": translate(
            "errors", "The file's character encoding is not supported. Save it as UTF-8."),
        "invalid_encoding": translate(
            "errors", "The file contains characters that cannot be read. Save it as UTF-8."),
        "invalid_csv": translate("errors", "The file is not a readable CSV file."),
        "invalid_column": translate("errors", "A column choice is not valid."),
        "duplicate_field": translate("errors", "Two columns are mapped to %1."),
        "missing_required": translate("errors", "No column is mapped to %1."),
        "authentication_failed": translate("errors", "Wrong user name or password."),
        "permission_denied": translate("errors", "You do not have the right to do this. The attempt was logged."),
        "not_found": translate("errors", "The item no longer exists. It may have been removed at another desk."),
        "last_owner": translate("errors", "The practice must keep at least one active owner."),
        "cannot_deactivate_self": translate("errors", "You cannot deactivate your own account."),
        "already_initialized": translate("errors", "The practice has already been set up."),
        "secret_store_unavailable": translate("errors", 
            "No secure password store (keyring) is available on this computer."),
        "database_on_network_share": translate("errors", 
            "The database cannot be kept on a network drive. Choose a local folder."),
        "storage_error": translate("errors", "The database could not be written. Nothing was saved."),
    }
    if code in ("merge_fields_contradict",):
        labels = ", ".join(field_label(f) for f in params.get("fields", ()))
        return messages[code].replace("%1", labels)
    if code in ("duplicate_field", "missing_required"):
        return messages[code].replace("%1", field_label(str(params.get("target", ""))))
    if code == "too_many_rows":
        return messages[code].replace("%1", str(params.get("max", "")))
    return messages.get(code, translate("errors", "Something went wrong (%1).").replace("%1", code))


def message_for(exc: Exception) -> str:
    """One readable paragraph for any core error (all fields for ValidationErrors)."""
    if isinstance(exc, ValidationErrors):
        return "\n".join(message_for(e) for e in exc.errors)
    if isinstance(exc, ValidationError):
        return f"{field_label(exc.field)}: {code_message(exc.code, exc.params)}"
    if isinstance(exc, AccountLocked):
        if exc.permanent:
            return translate("errors", "The account is locked after too many failed attempts. "
                      "Ask the owner to unlock it.")
        minutes = max(1, -(-int(exc.retry_after_seconds or 0) // 60))
        return translate("errors", "Too many failed attempts. Try again in %n minute(s).", None,
                         minutes)
    if isinstance(exc, VastaanottoError):
        return code_message(exc.code, exc.params)
    return translate("errors", "Unexpected error. Nothing was saved.")


def field_errors(exc: Exception) -> dict[str, str]:
    """Per-field messages, for forms that show them next to the field."""
    errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
    return {e.field: code_message(e.code, e.params) for e in errors
            if isinstance(e, ValidationError)}


def show_error(parent: QWidget | None, exc: Exception, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or translate("errors", "Cannot save"), message_for(exc))
