"""The messaging settings (shared by every desk, in the ``setting`` table) and the providers in
use, which the privacy notice names.

Passwords are not settings: they live in the OS keyring under ``SMTP_PASSWORD`` and
``SMS_PASSWORD`` (``vastaanotto.secrets``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from vastaanotto.settings import SettingVar

EU_EEA = ("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
          "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE",
          "SI", "SK")

SMTP_PASSWORD = "smtp-password"
SMS_PASSWORD = "sms-password"

EMAIL_ENABLED = SettingVar("messages_email_enabled", False, bool)
SMTP_HOST = SettingVar("messages_smtp_host", "", str)
SMTP_PORT = SettingVar("messages_smtp_port", 587, int, minimum=1, maximum=65535)
SMTP_SECURITY = SettingVar("messages_smtp_security", "starttls", str,
                           choices=("starttls", "tls", "none"))
SMTP_USERNAME = SettingVar("messages_smtp_username", "", str)
SMTP_SENDER = SettingVar("messages_smtp_sender", "", str)
SMTP_SENDER_NAME = SettingVar("messages_smtp_sender_name", "", str)
# EU/EEA country where the mail provider processes the mail, for the privacy notice.
SMTP_COUNTRY = SettingVar("messages_smtp_country", "FI", str, choices=EU_EEA)
SMS_ENABLED = SettingVar("messages_sms_enabled", False, bool)
SMS_PROVIDER = SettingVar("messages_sms_provider", "46elks", str, choices=("46elks",))
SMS_API_URL = SettingVar("messages_sms_api_url", "https://api.46elks.com", str)
SMS_USERNAME = SettingVar("messages_sms_username", "", str)
SMS_SENDER = SettingVar("messages_sms_sender", "", str)
SMS_MAX_PARTS = SettingVar("messages_sms_max_parts", 3, int, minimum=1, maximum=6)
CONFIRM_EMAIL = SettingVar("messages_confirm_email", True, bool)
CONFIRM_SMS = SettingVar("messages_confirm_sms", False, bool)
REMINDER_HOURS = SettingVar("messages_reminder_hours", 24, int, minimum=1, maximum=168)
REMINDER_CHANNEL = SettingVar("messages_reminder_channel", "sms_else_email", str,
                              choices=("sms_else_email", "sms", "email", "both"))
QUIET_START = SettingVar("messages_quiet_start_hour", 21, int, minimum=0, maximum=23)
QUIET_END = SettingVar("messages_quiet_end_hour", 8, int, minimum=0, maximum=23)

ALL_VARS: tuple[SettingVar, ...] = (
    EMAIL_ENABLED, SMTP_HOST, SMTP_PORT, SMTP_SECURITY, SMTP_USERNAME, SMTP_SENDER,
    SMTP_SENDER_NAME, SMTP_COUNTRY, SMS_ENABLED, SMS_PROVIDER, SMS_API_URL, SMS_USERNAME,
    SMS_SENDER, SMS_MAX_PARTS, CONFIRM_EMAIL, CONFIRM_SMS, REMINDER_HOURS, REMINDER_CHANNEL,
    QUIET_START, QUIET_END)

# Not a business setting: the planner's progress mark (see planner.py), never shown.
PLANNER_MARK_KEY = "messages_planner_mark"


@dataclass(frozen=True)
class MessagingSettings:
    email_enabled: bool
    smtp_host: str
    smtp_port: int
    smtp_security: str
    smtp_username: str
    smtp_sender: str
    smtp_sender_name: str
    smtp_country: str
    sms_enabled: bool
    sms_provider: str
    sms_api_url: str
    sms_username: str
    sms_sender: str
    sms_max_parts: int
    confirm_email: bool
    confirm_sms: bool
    reminder_hours: int
    reminder_channel: str
    quiet_start_hour: int
    quiet_end_hour: int


FIELD_OF = {var.key: var.key.removeprefix("messages_") for var in ALL_VARS}


def read(session: Session) -> MessagingSettings:
    from vastaanotto.services.practice import read_setting

    return MessagingSettings(**{FIELD_OF[v.key]: read_setting(session, v) for v in ALL_VARS})


def providers_in_use(session: Session) -> list[dict]:
    """The message providers this practice has switched on, for the privacy notice:
    ``[{"name": ..., "channel": "email"|"sms", "country": "FI"}]``."""
    s = read(session)
    providers = []
    if s.email_enabled and s.smtp_host:
        providers.append({"name": s.smtp_host, "channel": "email", "country": s.smtp_country})
    if s.sms_enabled:
        from vastaanotto.messaging.sms.base import PROVIDERS

        country = PROVIDERS.get(s.sms_provider, {}).get("country", "")
        providers.append({"name": s.sms_provider, "channel": "sms", "country": country})
    return providers


def _register() -> None:
    from vastaanotto import settings as core_settings

    core_settings.ALL.update({v.key: v for v in ALL_VARS})


_register()
