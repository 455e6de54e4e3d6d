"""Turns the core's typed errors into translated sentences. The core returns codes; the UI
owns the words (Qt Linguist context "errors")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
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
        "subject": translate("errors", "Subject"),
        "body": translate("errors", "Message"),
        "channel": translate("errors", "Channel"),
        "test_email": translate("errors", "Test address"),
        "test_phone": translate("errors", "Test number"),
        "messages_smtp_host": translate("errors", "Mail server"),
        "messages_smtp_port": translate("errors", "Port"),
        "messages_smtp_sender": translate("errors", "Sender address"),
        "messages_smtp_sender_name": translate("errors", "Sender name"),
        "messages_sms_api_url": translate("errors", "Gateway address"),
        "messages_sms_username": translate("errors", "API user name"),
        "messages_sms_sender": translate("errors", "SMS sender ID"),
        "messages_reminder_hours": translate("errors", "Reminder before"),
        "messages_quiet_start_hour": translate("errors", "Quiet hours start"),
        "messages_quiet_end_hour": translate("errors", "Quiet hours end"),
        "description": translate("errors", "Description"),
        "quantity": translate("errors", "Quantity"),
        "unit_price": translate("errors", "Unit price"),
        "discount_percent": translate("errors", "Discount"),
        "buyer": translate("errors", "Buyer"),
        "buyer_name": translate("errors", "Buyer's name"),
        "buyer_business_id": translate("errors", "Buyer's business ID"),
        "buyer_street": translate("errors", "Buyer's street address"),
        "buyer_postal_code": translate("errors", "Buyer's postal code"),
        "buyer_city": translate("errors", "Buyer's city"),
        "buyer_einvoice_address": translate("errors", "E-invoice address"),
        "buyer_einvoice_operator": translate("errors", "E-invoice operator"),
        "due_date": translate("errors", "Due date"),
        "total": translate("errors", "Invoice total"),
        "lines": translate("errors", "Invoice lines"),
        "visit_ids": translate("errors", "Visits"),
        "invoice_ids": translate("errors", "Invoices"),
        "end": translate("errors", "End of the period"),
        "amount": translate("errors", "Amount"),
        "method": translate("errors", "Payment method"),
        "gift_card_code": translate("errors", "Gift card code"),
        "tenders": translate("errors", "Payment"),
        "cash_given": translate("errors", "Cash given"),
        "date": translate("errors", "Date"),
        # Calendar: series, waitlist, day sheet (H2)
        "interval_weeks": translate("errors", "Repeat every"),
        "occurrences": translate("errors", "Number of times"),
        "until_date": translate("errors", "Until"),
        "skip_dates": translate("errors", "Dates"),
        "earliest": translate("errors", "Earliest"),
        "latest": translate("errors", "Latest"),
        "note": translate("errors", "Note"),
        "override_reason": translate("errors", "Reason for booking anyway"),
        "starts_at": translate("errors", "Time"),
        "ends_at": translate("errors", "End"),
        "service_id": translate("errors", "Service"),
        "practitioner_id": translate("errors", "Practitioner"),
        "client_id": translate("errors", "Client"),
        "room_id": translate("errors", "Room"),
        "day": translate("errors", "Day"),
        "path": translate("errors", "Folder"),
        "host": translate("errors", "Server"),
        "port": translate("errors", "Port"),
        "remote_dir": translate("errors", "Folder on the server"),
        "url": translate("errors", "Address (URL)"),
        "key_path": translate("errors", "Key file"),
        "auth": translate("errors", "Sign-in method"),
        "secret": translate("errors", "Password"),
        "recovery_key": translate("errors", "Recovery key"),
        "location_description": translate("errors", "Location"),
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
        "reminder_too_early": translate(
            "errors", "Too early for a reminder: 14 days must pass after the due date and "
            "after the previous reminder."),
        "invoice_not_open": translate(
            "errors", "The invoice is paid, credited or not issued: nothing to remind of."),
        "no_reminder": translate("errors", "The invoice has no reminders."),
        "end_before_start": translate("errors", "The end of the period is before its start."),
        "period_too_long": translate("errors", "The period is too long."),
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
        # Calendar: series, waitlist, day sheet (H2)
        "out_of_range": translate("errors", "Must be between %1 and %2.").replace(
            "%1", str(params.get("minimum", ""))).replace("%2", str(params.get("maximum", ""))),
        "until_or_count": translate(
            "errors", "Give either the last date or the number of times."),
        "until_before_first": translate(
            "errors", "The last date must be after the first appointment."),
        "series_too_long": translate("errors", "A series can span at most two years."),
        "too_few_occurrences": translate(
            "errors", "The series would have only one appointment. Choose a later date."),
        "too_many_occurrences": translate(
            "errors", "A series can have at most %1 appointments.").replace(
            "%1", str(params.get("maximum", ""))),
        "not_in_series": translate("errors", "The appointment is not part of a series."),
        "already_in_series": translate("errors", "The appointment is already part of a series."),
        "nothing_to_book": translate("errors", "Every date is skipped: nothing to book."),
        "in_the_past": translate("errors", "The time has already passed."),
        "ends_before_start": translate("errors", "The end must be after the start."),
        "range_too_long": translate("errors", "The time range is too long."),
        "naive_datetime": translate("errors", "The time has no time zone."),
        "inactive_service": translate("errors", "The service is no longer offered."),
        "practitioner_not_for_service": translate(
            "errors", "The practitioner does not give this service."),
        "inactive_practitioner": translate("errors", "The practitioner is no longer active."),
        "inactive_client": translate("errors", "The client's card is archived or merged."),
        "room_required": translate("errors", "The service needs a room."),
        "duration_out_of_range": translate("errors", "An appointment can last at most 24 hours."),
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
        "request_closed": translate("errors", "This request has already been completed or refused."),
        "last_owner": translate("errors", "The practice must keep at least one active owner."),
        "cannot_deactivate_self": translate("errors", "You cannot deactivate your own account."),
        "already_initialized": translate("errors", "The practice has already been set up."),
        "secret_store_unavailable": translate("errors", 
            "No secure password store (keyring) is available on this computer."),
        "database_on_network_share": translate("errors", 
            "The database cannot be kept on a network drive. Choose a local folder."),
        "storage_error": translate("errors", "The database could not be written. Nothing was saved."),
        "unknown_placeholder": translate(
            "errors", "Unknown placeholder {%1}. Use only the placeholders listed."),
        "invalid_template": translate(
            "errors", "A brace { or } is unpaired. Write {{ or }} for a literal brace."),
        "sms_too_long": translate(
            "errors", "The SMS needs %1 parts; at most %2 are allowed. Shorten the text."),
        "invalid_sender_id": translate(
            "errors", "A sender ID has 3–11 letters a–z or digits (at least one letter), "
            "or is a phone number starting with +."),
        "send_failed": translate("errors", "Sending failed: %1"),
        "message_not_failed": translate("errors", "Only a failed message can be retried."),
        "message_no_recipient": translate(
            "errors", "The message has no address. Add one on the client's card."),
        "message_exists": translate("errors", "This message is already queued."),
        "zero_amount": translate("errors", "The amount cannot be zero."),
        "payment_exceeds_balance": translate(
            "errors", "The payment is more than what is open (%1)."),
        "refund_exceeds_payment": translate(
            "errors", "The refund is more than what is left of the payment (%1)."),
        "cash_given_too_small": translate("errors", "The cash given is less than the cash part."),
        "no_cash_tender": translate("errors", "Cash given only goes with a cash payment."),
        "invoice_credited": translate("errors", "The invoice has been credited."),
        "invoice_not_payable": translate("errors", "This document cannot be paid."),
        "invoice_already_paid": translate("errors", "The invoice has already been paid."),
        "nothing_to_pay": translate("errors", "The client has nothing open to pay."),
        "payment_is_refund": translate("errors", "A refund cannot be refunded."),
        "payment_not_refund": translate(
            "errors", "A refund receipt is printed for a refund only. Choose the refund row."),
        "payment_is_rounding": translate(
            "errors", "A cash rounding is not money paid and cannot be refunded. Refund the "
            "cash payment itself."),
        # The EPC QR code's own checks (billing/epc_qr.py): reached only if the invoice data
        # were combined wrongly, so the words say what to do rather than what broke.
        "invalid_purpose": translate(
            "errors", "The payment's purpose code is not valid for the QR code."),
        "reference_and_text": translate(
            "errors", "The QR code can carry a reference or a message, not both."),
        "information_and_due_date": translate(
            "errors", "The QR code cannot carry both a due date and a message."),
        "date_in_future": translate("errors", "The date cannot be in the future."),
        "statement_rejected": translate("errors", "The bank file cannot be read. Nothing was recorded."),
        "statement_unknown_format": translate(
            "errors", "The file is neither a camt.054 nor a KTL reference payment file."),
        "statement_invalid_xml": translate("errors", "The file is not valid XML. Nothing was recorded."),
        "statement_not_camt054": translate(
            "errors", "The XML file is not a camt.054 payment notification."),
        "statement_invalid_record": translate(
            "errors", "Entry %1 of the bank file is malformed. Nothing was recorded."),
        "statement_totals_mismatch": translate(
            "errors", "The bank file's totals do not match its payments. Nothing was recorded."),
        "statement_not_euro": translate("errors", "The bank file is not in euros."),
        # Backups (vastaanotto/backup, services/backups.py)
        "path_not_absolute": translate("errors", "Give the full path of the folder."),
        "folder_missing": translate("errors", "The folder does not exist. Is the disk connected?"),
        "folder_not_writable": translate("errors", "The program may not write to this folder."),
        "invalid_host": translate("errors", "Not a valid server name."),
        "invalid_port": translate("errors", "The port must be a number 1–65535."),
        "invalid_url": translate("errors", "Not a valid address. It starts with https://."),
        "https_required": translate(
            "errors", "Use an https:// address: the password would otherwise travel unencrypted."),
        "invalid_path": translate("errors", "Not a valid folder name."),
        "invalid_recovery_key": translate(
            "errors", "This is not a valid recovery key. Check it against the emergency kit."),
        "backup_failed": translate("errors", "The backup failed."),
        "backup_rejected": translate("errors", "The backup was refused. Nothing was changed."),
        "backup_keys_missing": translate(
            "errors", "This computer has no backup key. Restore with the recovery key from the "
            "emergency kit."),
        "backup_keys_differ": translate(
            "errors", "This computer already has a different backup key."),
        "backup_snapshot_failed": translate("errors", "The database could not be copied for the backup."),
        "backup_integrity_failed": translate("errors", "The copy of the database failed its integrity check."),
        "backup_verify_failed": translate(
            "errors", "The encrypted backup did not decrypt correctly. It was not sent."),
        "backup_not_supported_postgresql": translate(
            "errors", "Backups of a PostgreSQL database are not supported yet. Use the server's "
            "own backups."),
        "backup_target_unreachable": translate(
            "errors", "The backup location cannot be reached. Check the connection or the disk."),
        "backup_target_auth_failed": translate(
            "errors", "The backup location refused the user name, password or key."),
        "backup_target_full": translate("errors", "The backup location or this disk is full."),
        "backup_target_missing_folder": translate(
            "errors", "The folder does not exist on the server."),
        "backup_upload_failed": translate(
            "errors", "The backup did not arrive intact. It was not kept; try again."),
        "backup_listing_failed": translate(
            "errors", "The backups on the server could not be listed. Nothing was deleted."),
        "backup_host_key_changed": translate(
            "errors", "The server's identity (host key) has changed. This can be an attack: "
            "nothing was sent. Check with the server's administrator."),
        "backup_busy": translate(
            "errors", "Another backup or restore is running, or the database is still open."),
        "backup_no_targets": translate("errors", "No backup location is set up and enabled."),
        "backup_no_backups": translate("errors", "There are no backups at this location yet."),
        "backup_schema_too_new": translate(
            "errors", "The backup was made with a newer version of the program. Update first."),
        "backup_preview_expired": translate("errors", "Choose the backup again."),
        "backup_audit_chain_broken": translate(
            "errors", "The access log inside the backup does not verify."),
        "backup_corrupt": translate(
            "errors", "The backup file is damaged or incomplete. Nothing was changed."),
        "backup_wrong_key": translate(
            "errors", "The backup was made with a different key. Nothing was changed."),
        "backup_not_a_backup": translate("errors", "This file is not a Vastaanotto backup."),
        "backup_signature_invalid": translate(
            "errors", "The backup's signature is not valid: it may be forged. Nothing was changed."),
        "backup_wrong_practice": translate(
            "errors", "The backup belongs to another business. Nothing was changed."),
        "backup_rollback": translate(
            "errors", "The server offered an older backup than the one recorded. Nothing was "
            "changed; check the server."),
        "backup_manifest_missing": translate(
            "errors", "The backup's .manifest file is missing; keep it next to the backup."),
        "backup_hash_mismatch": translate(
            "errors", "The backup does not match what was recorded when it was made."),
        "database_key_missing": translate(
            "errors", "The database is encrypted, and its key is not in this computer's secure "
            "key store (was the database copied from another computer?). Restore the practice "
            "from a backup as the backup emergency kit describes."),
        "database_key_wrong": translate(
            "errors", "The database key in this computer's key store does not open the "
            "database. Restore the practice from a backup as the backup emergency kit "
            "describes."),
        "not_a_database": translate(
            "errors", "The file is not a Vastaanotto database, or it is damaged. Restore it from "
            "a backup."),
        "database_in_use": translate(
            "errors", "The database is in use by another program. Close the other Vastaanotto "
            "windows on this computer and try again. Nothing was changed."),
        "database_already_encrypted": translate("errors", "The database is already encrypted."),
        "encryption_verify_failed": translate(
            "errors", "The encrypted copy did not match the database, so it was not used. "
            "Nothing was changed."),
        "encryption_needs_sqlite": translate(
            "errors", "Only a database file on this computer can be encrypted here."),
    }
    if code == "database_key_missing" and params.get("reason") == "no_keyring":
        return translate(
            "errors", "The database is encrypted, and no secure key store (keyring) is "
            "available on this computer to give its key. Unlock or install the key store, or "
            "restore the practice from a backup as the backup emergency kit describes.")
    if code in ("merge_fields_contradict",):
        labels = ", ".join(field_label(f) for f in params.get("fields", ()))
        return messages[code].replace("%1", labels)
    if code in ("duplicate_field", "missing_required"):
        return messages[code].replace("%1", field_label(str(params.get("target", ""))))
    if code in ("payment_exceeds_balance", "refund_exceeds_payment"):
        from ui.formatting import money
        amount = params.get("balance", params.get("max"))
        return messages[code].replace("%1", money(amount) if amount is not None else "")
    if code == "statement_invalid_record":
        return messages[code].replace("%1", str(params.get("line", "")))
    if code == "unknown_placeholder":
        return messages[code].replace("%1", str(params.get("placeholder", "")))
    if code == "sms_too_long":
        return (messages[code].replace("%1", str(params.get("parts", "")))
                .replace("%2", str(params.get("maximum", ""))))
    if code == "send_failed":
        from ui.messages.texts import error_code_text

        return messages[code].replace("%1", error_code_text(str(params.get("reason", ""))))
    if code == "too_many_rows":
        return messages[code].replace("%1", str(params.get("max", "")))
    return messages.get(code, translate("errors", "Something went wrong (%1).").replace("%1", code))


class _Counted(QObject):
    """Texts with a count. pyside6-lupdate marks only ``self.tr(text, "", n)`` in a class as a
    plural; a plain ``translate(context, text, "", n)`` would stay English at run time."""

    def locked_for(self, minutes: int) -> str:
        return self.tr("Too many failed attempts. Try again in %n minute(s).", "", minutes)


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
        return _Counted().locked_for(minutes)
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
