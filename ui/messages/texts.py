"""Names of message kinds, channels, statuses and error codes for people (context "messages").

The core stores short codes (``smtp_550``, ``http_401``, ``unknown_outcome:timeout_after_data``);
this module turns them into a sentence a receptionist can act on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vastaanotto.models.messages import MessageChannel, MessageKind, MessageStatus

translate = QCoreApplication.translate


def kind_name(kind: MessageKind) -> str:
    return {
        MessageKind.CONFIRMATION: translate("messages", "Booking confirmation"),
        MessageKind.REMINDER: translate("messages", "Reminder"),
        MessageKind.CHANGE: translate("messages", "Changed time"),
        MessageKind.CANCELLATION: translate("messages", "Cancellation"),
        MessageKind.INVOICE: translate("messages", "Invoice"),
        MessageKind.PAYMENT_REMINDER: translate("messages", "Payment reminder"),
        MessageKind.MARKETING: translate("messages", "Marketing"),
    }[MessageKind(kind)]


def channel_name(channel: MessageChannel) -> str:
    return {MessageChannel.EMAIL: translate("messages", "Email"),
            MessageChannel.SMS: translate("messages", "SMS")}[MessageChannel(channel)]


def status_name(status: MessageStatus) -> str:
    return {
        MessageStatus.QUEUED: translate("messages", "Queued"),
        MessageStatus.SENDING: translate("messages", "Sending"),
        MessageStatus.SENT: translate("messages", "Sent"),
        MessageStatus.FAILED: translate("messages", "Failed"),
        MessageStatus.CANCELLED: translate("messages", "Cancelled"),
    }[MessageStatus(status)]


def language_name(code: str) -> str:
    return {"fi": "suomi", "sv": "svenska", "en": "English"}.get(code, code)


def error_code_text(code: str) -> str:
    """A readable reason for a stored error code; unknown codes are shown as they are."""
    if not code:
        return ""
    base, _, detail = code.partition(":")
    texts = {
        "unknown_outcome": translate(
            "messages", "Unknown whether it was delivered (the program stopped or the server "
            "did not answer). Check with the client before retrying."),
        "no_recipient": translate("messages", "No usable email address or mobile number."),
        "email_not_configured": translate("messages", "Email is not set up."),
        "sms_not_configured": translate("messages", "SMS is not set up."),
        "secret_store_unavailable": translate(
            "messages", "The password could not be read from the keyring."),
        "timeout": translate("messages", "The server did not answer in time."),
        "timeout_after_data": translate("messages", "The server did not confirm the message."),
        "timeout_after_request": translate("messages", "The gateway did not answer."),
        "no_response": translate("messages", "The gateway did not answer."),
        "connection_refused": translate("messages", "The server refused the connection."),
        "connection_failed": translate("messages", "No connection to the server."),
        "unknown_host": translate("messages", "The server name was not found."),
        "tls_certificate": translate("messages", "The server's certificate is not trusted."),
        "tls_error": translate("messages", "The secure connection failed."),
        "smtp_no_starttls": translate("messages", "The server does not offer STARTTLS."),
        "smtp_disconnected": translate("messages", "The server closed the connection."),
        "sms_url_not_https": translate("messages", "The gateway address must use https."),
        "sms_bad_answer": translate("messages", "The gateway gave an unexpected answer."),
        "sms_too_long": translate("messages", "The SMS is too long (%1 parts)."),
        "appointment_moved": translate("messages", "The appointment was moved."),
        "appointment_cancelled": translate("messages", "The appointment was cancelled."),
        "too_late": translate("messages", "The appointment had already started."),
        "prepare_failed": translate("messages", "The message could not be prepared (%1)."),
    }
    if base == "unknown_outcome":
        return texts[base]
    if base in ("sms_too_long", "prepare_failed"):
        return texts[base].replace("%1", detail)
    if base in texts:
        return texts[base]
    if base.startswith("smtp_auth_"):
        return translate("messages", "The mail server refused the user name or password.")
    if base.startswith("smtp_"):
        number = base.removeprefix("smtp_")
        if number.startswith("4"):
            return translate("messages", "The mail server asked to try later (%1).").replace(
                "%1", number)
        return translate("messages", "The mail server refused the message (%1).").replace(
            "%1", number)
    if base.startswith("http_"):
        number = base.removeprefix("http_")
        if number in ("401", "403"):
            return translate("messages", "The SMS gateway refused the credentials, number or "
                             "sender (%1).").replace("%1", number)
        return translate("messages", "The SMS gateway answered with an error (%1).").replace(
            "%1", number)
    if base.startswith("appointment_"):
        return translate("messages", "The appointment changed.")
    return code


def reason_name(reason: str) -> str:
    """Why a client is left out of a marketing message."""
    return {
        "no_consent": translate("messages", "No consent"),
        "withdrawn": translate("messages", "Consent withdrawn"),
        "no_address": translate("messages", "No address for this channel"),
        "invalid_address": translate("messages", "Address not usable"),
        "archived": translate("messages", "Card archived"),
        "deceased": translate("messages", "Deceased"),
        "restricted": translate("messages", "Processing restricted"),
    }.get(reason, reason)
