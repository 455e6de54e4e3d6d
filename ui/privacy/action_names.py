"""Plain names for the audit log's action codes (``invoice.listed`` → "Invoice list viewed").

The owner shows the log to an auditor who does not read codes, so the viewer's Action column
and filter list show these names; the raw code stays in the tooltip and is what the filter
sends to the core. Every code the core can write is named here:
tests/ui/test_audit_action_names.py collects them from the source and fails on a new one.
A code without a name (an old database, a newer version's event) shows as the code itself.

The client's access-report PDF words the same codes in its own language table
(vastaanotto/privacy/labels.py), because the core has no Qt translator.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def _names() -> dict[str, str]:
    # Built on each call so a language switch shows at once; the literal calls are what the
    # .ts extractor reads.
    return {
        "account.locked": translate("audit_actions", "Account locked after failed sign-ins"),
        "account.unlocked": translate("audit_actions", "Account unlocked"),
        "appointment.arrived": translate("audit_actions", "Client marked arrived"),
        "appointment.booked": translate("audit_actions", "Appointment booked"),
        "appointment.cancelled": translate("audit_actions", "Appointment cancelled"),
        "appointment.completed": translate("audit_actions", "Visit completed"),
        "appointment.moved": translate("audit_actions", "Appointment moved"),
        "appointment.no_show": translate("audit_actions", "Client did not come"),
        "appointment.resized": translate("audit_actions", "Appointment length changed"),
        "audit.verified": translate("audit_actions", "Audit log chain verified"),
        "audit.viewed": translate("audit_actions", "Audit log viewed"),
        "backup.created": translate("audit_actions", "Backup made"),
        "backup.emergency_kit_written": translate("audit_actions", "Backup emergency kit printed"),
        "backup.inspected": translate("audit_actions", "Backup inspected"),
        "backup.keys_created": translate("audit_actions", "Backup keys created"),
        "backup.keys_imported": translate("audit_actions", "Backup keys imported"),
        "backup.restore_started": translate("audit_actions", "Backup restore started"),
        "backup.restored": translate("audit_actions", "Backup restored"),
        "backup.target_deleted": translate("audit_actions", "Backup destination removed"),
        "backup.target_saved": translate("audit_actions", "Backup destination saved"),
        "backup.target_tested": translate("audit_actions", "Backup destination tested"),
        "backup.verified": translate("audit_actions", "Backup verified"),
        "bank_statement.imported": translate("audit_actions", "Bank statement imported"),
        "bank_statement.previewed": translate("audit_actions", "Bank statement previewed"),
        "calendar.print": translate("audit_actions", "Calendar printed"),
        "calendar.viewed": translate("audit_actions", "Calendar viewed"),
        "client.appointments_print": translate("audit_actions", "Client's appointments printed"),
        "client.archived": translate("audit_actions", "Client archived"),
        "client.balance_viewed": translate("audit_actions", "Client's balance viewed"),
        "client.consents_viewed": translate("audit_actions", "Client's consents viewed"),
        "client.created": translate("audit_actions", "Client added"),
        "client.duplicate_check": translate("audit_actions", "Duplicate clients checked"),
        "client.history_viewed": translate("audit_actions", "Client's visit history viewed"),
        "client.merged": translate("audit_actions", "Duplicate clients merged"),
        "client.searched": translate("audit_actions", "Clients searched"),
        "client.unarchived": translate("audit_actions", "Client restored from archive"),
        "client.updated": translate("audit_actions", "Client details changed"),
        "client.viewed": translate("audit_actions", "Client card viewed"),
        "clients.exported": translate("audit_actions", "Clients exported"),
        "clients.import_checked": translate("audit_actions", "Client import checked"),
        "clients.import_rejected": translate("audit_actions", "Client import rejected"),
        "clients.imported": translate("audit_actions", "Clients imported"),
        "consent.given": translate("audit_actions", "Consent recorded"),
        "consent.marketing_withdrawn":
            translate("audit_actions", "Objection to marketing recorded"),
        "consent.withdrawn": translate("audit_actions", "Consent withdrawn"),
        "database.encrypted": translate("audit_actions", "Database encrypted"),
        "demo.generated": translate("audit_actions", "Demo data generated"),
        "hetu.revealed": translate("audit_actions", "Personal identity code shown"),
        "invoice.balance_viewed": translate("audit_actions", "Invoice balance viewed"),
        "invoice.buyer_viewed": translate("audit_actions", "Invoice buyer viewed"),
        "invoice.created": translate("audit_actions", "Invoice drafted"),
        "invoice.credited": translate("audit_actions", "Invoice credited"),
        "invoice.deleted": translate("audit_actions", "Draft invoice deleted"),
        "invoice.exported": translate("audit_actions", "Invoice exported"),
        "invoice.issued": translate("audit_actions", "Invoice issued"),
        "invoice.listed": translate("audit_actions", "Invoice list viewed"),
        "invoice.overdue_listed": translate("audit_actions", "Overdue invoices listed"),
        "invoice.printed": translate("audit_actions", "Invoice printed"),
        "invoice.reminded": translate("audit_actions", "Payment reminder made"),
        "invoice.reminder_printed": translate("audit_actions", "Payment reminder printed"),
        "invoice.reminder_viewed": translate("audit_actions", "Payment reminder viewed"),
        "invoice.sent": translate("audit_actions", "Invoice sent"),
        "invoice.updated": translate("audit_actions", "Invoice changed"),
        "invoice.viewed": translate("audit_actions", "Invoice viewed"),
        "invoice.visits_listed": translate("audit_actions", "Visits to invoice listed"),
        "login.failed": translate("audit_actions", "Sign-in failed"),
        "login.locked_out": translate("audit_actions", "Sign-in refused: account locked"),
        "login.ok": translate("audit_actions", "Signed in"),
        "logout": translate("audit_actions", "Signed out"),
        "marketing.previewed": translate("audit_actions", "Marketing message previewed"),
        "marketing.queued": translate("audit_actions", "Marketing messages queued"),
        "message.cancelled": translate("audit_actions", "Message cancelled"),
        "message.dismissed": translate("audit_actions", "Failed message dismissed"),
        "message.failed": translate("audit_actions", "Message failed"),
        "message.outcome_unknown": translate("audit_actions", "Message outcome unknown"),
        "message.queued": translate("audit_actions", "Message queued"),
        "message.retried": translate("audit_actions", "Message retried"),
        "message.retry_scheduled": translate("audit_actions", "Message retry scheduled"),
        "message.sent": translate("audit_actions", "Message sent"),
        "message.test_sent": translate("audit_actions", "Test message sent"),
        "message_template.previewed": translate("audit_actions", "Message template previewed"),
        "message_template.saved": translate("audit_actions", "Message template saved"),
        "messages.log_viewed": translate("audit_actions", "Message log viewed"),
        "messages.settings_changed": translate("audit_actions", "Message settings changed"),
        "note.edited": translate("audit_actions", "Treatment note corrected"),
        "note.read": translate("audit_actions", "Treatment notes read"),
        "note.written": translate("audit_actions", "Treatment note written"),
        "opening_hours.updated": translate("audit_actions", "Opening hours changed"),
        "password.change_failed": translate("audit_actions", "Password change failed"),
        "password.changed": translate("audit_actions", "Password changed"),
        "payment.bank_recorded": translate("audit_actions", "Bank payment recorded"),
        "payment.listed": translate("audit_actions", "Payments listed"),
        "payment.previewed": translate("audit_actions", "Payment previewed"),
        "payment.refunded": translate("audit_actions", "Payment refunded"),
        "payment.taken": translate("audit_actions", "Payment taken"),
        "permission.refused": translate("audit_actions", "Refused: no permission"),
        "practice.initialized": translate("audit_actions", "Business set up"),
        "practice.updated": translate("audit_actions", "Business details changed"),
        "privacy.access_exported":
            translate("audit_actions", "Client's data exported (access request)"),
        "privacy.access_report": translate("audit_actions", "Access report produced"),
        "privacy.erasure_executed": translate("audit_actions", "Client's data erased"),
        "privacy.erasure_planned": translate("audit_actions", "Erasure planned"),
        "privacy.notice_generated": translate("audit_actions", "Privacy notice produced"),
        "privacy.outcome_printed": translate("audit_actions", "Erasure outcome printed"),
        "privacy.request_recorded": translate("audit_actions", "Privacy request recorded"),
        "privacy.request_updated": translate("audit_actions", "Privacy request updated"),
        "privacy.requests_viewed": translate("audit_actions", "Privacy requests viewed"),
        "privacy.retention_anonymised": translate("audit_actions", "Old client data anonymised"),
        "privacy.retention_listed": translate("audit_actions", "Clients past retention listed"),
        "privacy.retention_run": translate("audit_actions", "Retention clean-up run"),
        "receipt.printed": translate("audit_actions", "Receipt printed"),
        "receipt.refund_printed": translate("audit_actions", "Refund receipt printed"),
        "report.viewed": translate("audit_actions", "Report viewed"),
        "room.created": translate("audit_actions", "Room added"),
        "room.updated": translate("audit_actions", "Room changed"),
        "series.cancelled": translate("audit_actions", "Recurring appointments cancelled"),
        "series.created": translate("audit_actions", "Recurring appointments booked"),
        "series.moved": translate("audit_actions", "Recurring appointments moved"),
        "service.activated": translate("audit_actions", "Service activated"),
        "service.created": translate("audit_actions", "Service added"),
        "service.deactivated": translate("audit_actions", "Service deactivated"),
        "service.updated": translate("audit_actions", "Service changed"),
        "session.locked": translate("audit_actions", "Screen locked"),
        "session.unlocked": translate("audit_actions", "Screen unlocked"),
        "setting.changed": translate("audit_actions", "Setting changed"),
        "staff.activated": translate("audit_actions", "Staff member activated"),
        "staff.created": translate("audit_actions", "Staff member added"),
        "staff.deactivated": translate("audit_actions", "Staff member deactivated"),
        "staff.password_reset": translate("audit_actions", "Staff member's password reset"),
        "staff.updated": translate("audit_actions", "Staff member changed"),
        "waitlist.added": translate("audit_actions", "Added to the waiting list"),
        "waitlist.matched": translate("audit_actions", "Waiting list matched to free times"),
        "waitlist.removed": translate("audit_actions", "Removed from the waiting list"),
        "waitlist.resolved": translate("audit_actions", "Waiting list entry resolved"),
        "waitlist.viewed": translate("audit_actions", "Waiting list viewed"),
    }


def action_name(code: str) -> str:
    """The name of ``code`` in the current language, else the code itself."""
    return _names().get(code, code)


def action_names(codes) -> dict[str, str]:
    """Names for many codes at once (one table build instead of one per code)."""
    names = _names()
    return {code: names.get(code, code) for code in codes}


def prefix_name(prefix: str) -> str:
    """The filter list's entry for every code starting with ``prefix`` ("invoice.")."""
    return translate("audit_actions", "All events whose code starts with %1").replace(
        "%1", prefix)


def all_actions() -> str:
    return translate("audit_actions", "All actions")
