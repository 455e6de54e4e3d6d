"""Messages by email and SMS: settings, templates, previews, the planner and the sender, the
message log, invoices by email and marketing.

Roles: settings, templates, marketing and test sends need ``SETTINGS_MANAGE`` (owner); the
message log, retry and dismiss need reception or owner; planning and sending (the background
dispatcher of whoever is logged in) need ``CALENDAR_VIEW``; an invoice by email needs
``INVOICE_CREATE``. Every queued, sent, failed or retried message is audited with its id, kind,
channel and error code; message texts and addresses are personal data and never logged.
Callable from any thread that owns its Context; each call opens its own transactions.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import asdict, dataclass
from typing import Any, Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vastaanotto import secrets
from vastaanotto.context import Context
from vastaanotto.errors import (Conflict, NotFound, SecretStoreUnavailable,
                                SendFailed, ValidationError)
from vastaanotto.finnish import validators
from vastaanotto.messaging import content, email_transport, planner, queue, segments, templates
from vastaanotto.messaging import settings as ms
from vastaanotto.messaging.email_transport import SmtpConfig
from vastaanotto.messaging.sender import SendReport, Transports
from vastaanotto.messaging.sender import send_due as _send_due
from vastaanotto.messaging.sms.base import SmsConfig, make_provider, validate_sender
from vastaanotto.messaging.transport import SendError
from vastaanotto.models.appointments import Appointment, AppointmentStatus
from vastaanotto.models.audit import Outcome as AuditOutcome
from vastaanotto.models.billing import Invoice
from vastaanotto.models.clients import Client
from vastaanotto.models.messages import (Message, MessageChannel, MessageKind, MessageStatus,
                                         MessageTemplate)
from vastaanotto.models.resources import Service
from vastaanotto.models.staff import Role
from vastaanotto.permissions import Action
from vastaanotto.services.base import Changes, FieldCollector, audit, require
from vastaanotto.services.practice import practice_uid, read_setting

K, Ch, S = MessageKind, MessageChannel, MessageStatus
KIND = "messages"

__all__ = ["Transports", "SendReport", "get_settings", "save_settings", "list_templates",
           "save_template", "reset_template", "preview", "preview_appointments", "plan",
           "send_due", "run_once", "test_email", "test_sms", "list_messages", "failed_count",
           "retry_message", "dismiss_message", "queue_invoice_email", "marketing_preview",
           "send_marketing", "MarketingPreview", "EXCLUSION_REASONS", "providers_in_use"]


def _require_log(ctx: Context, entity_id: int | None = None) -> None:
    require(ctx, Action.MESSAGE_LOG, entity_type="message", entity_id=entity_id)


# -- settings -------------------------------------------------------------------------------

def get_settings(ctx: Context) -> ms.MessagingSettings:
    require(ctx, Action.SETTINGS_MANAGE, entity_type="setting")
    with ctx.transaction() as session:
        return ms.read(session)


def has_password(ctx: Context, name: str) -> bool:
    """Whether the keyring holds the SMTP/SMS password (never the password itself)."""
    require(ctx, Action.SETTINGS_MANAGE, entity_type="setting")
    try:
        return bool(secrets.get_secret(name, practice_uid(ctx.db)))
    except SecretStoreUnavailable:
        return False


def _validate_settings(values: Mapping[str, Any]) -> dict[str, Any]:
    f = FieldCollector()
    clean: dict[str, Any] = {}
    for var in ms.ALL_VARS:
        field = ms.FIELD_OF[var.key]
        raw = values.get(field, var.default)
        if var.kind is str:
            raw = (raw or "").strip()
        value = f.check(var.validate, raw)
        clean[field] = value
    if clean.get("email_enabled"):
        if not clean["smtp_host"]:
            f.add(ValidationError(ms.SMTP_HOST.key, "required"))
        clean["smtp_sender"] = f.check(validators.email, clean["smtp_sender"],
                                       ms.SMTP_SENDER.key, required=True)
    elif clean.get("smtp_sender"):
        clean["smtp_sender"] = f.check(validators.email, clean["smtp_sender"],
                                       ms.SMTP_SENDER.key)
    if clean.get("smtp_sender_name") and len(clean["smtp_sender_name"]) > 100:
        f.add(ValidationError(ms.SMTP_SENDER_NAME.key, "too_long", max=100))
    if clean.get("sms_enabled"):
        clean["sms_sender"] = f.check(validate_sender, clean["sms_sender"], ms.SMS_SENDER.key)
        if not clean["sms_username"]:
            f.add(ValidationError(ms.SMS_USERNAME.key, "required"))
    elif clean.get("sms_sender"):
        clean["sms_sender"] = f.check(validate_sender, clean["sms_sender"], ms.SMS_SENDER.key)
    url = clean.get("sms_api_url") or ""
    if url and not (url.startswith("https://") or url.startswith("http://127.0.0.1")
                    or url.startswith("http://localhost")):
        f.add(ValidationError(ms.SMS_API_URL.key, "https_required"))
    f.raise_if_any()
    return clean


def save_settings(ctx: Context, values: Mapping[str, Any], *, smtp_password: str | None = None,
                  sms_password: str | None = None) -> Changes:
    """Validates every field at once (``ValidationErrors`` keyed by setting key), stores the
    changed ones and any new password (keyring). Audits "messages.settings_changed" with the
    names of what changed."""
    require(ctx, Action.SETTINGS_MANAGE, entity_type="setting")
    clean = _validate_settings(values)
    changed_secrets = []
    uid = practice_uid(ctx.db)
    for name, value in ((ms.SMTP_PASSWORD, smtp_password), (ms.SMS_PASSWORD, sms_password)):
        if value:
            secrets.set_secret(name, uid, value)
            changed_secrets.append(name)
    from vastaanotto.models.practice import Setting

    with ctx.transaction() as session:
        changed = []
        for var in ms.ALL_VARS:
            value = clean[ms.FIELD_OF[var.key]]
            row = session.get(Setting, var.key)
            if row is None:
                session.add(Setting(key=var.key, value=value))
                changed.append(var.key)
            elif row.value != value:
                row.value = value
                changed.append(var.key)
        audit(session, ctx, "messages.settings_changed", entity_type="setting",
              fields=changed + changed_secrets)
    return Changes.of("settings", KIND, data=changed)


def _transports(session: Session, db, cfg: ms.MessagingSettings) -> Transports:
    t = Transports()
    uid = content.practice_of(session).uid
    if cfg.email_enabled:
        try:
            password = (secrets.get_secret(ms.SMTP_PASSWORD, uid) or ""
                        if cfg.smtp_username else "")
            t.email = SmtpConfig(cfg.smtp_host, cfg.smtp_port, cfg.smtp_security,
                                 cfg.smtp_username, password, cfg.smtp_sender,
                                 cfg.smtp_sender_name)
        except SecretStoreUnavailable:
            t.email_problem = "secret_store_unavailable"
    if cfg.sms_enabled:
        try:
            password = secrets.get_secret(ms.SMS_PASSWORD, uid) or ""
            t.sms = make_provider(SmsConfig(cfg.sms_provider, cfg.sms_api_url, cfg.sms_username,
                                            password, cfg.sms_sender))
        except SecretStoreUnavailable:
            t.sms_problem = "secret_store_unavailable"
    return t


def transports_from_settings(ctx: Context) -> Transports:
    with ctx.transaction() as session:
        return _transports(session, ctx.db, ms.read(session))


def providers_in_use(session: Session) -> list[dict]:
    """For the privacy notice (see ``vastaanotto.messaging.settings.providers_in_use``)."""
    return ms.providers_in_use(session)


# -- templates --------------------------------------------------------------------------------

@dataclass(frozen=True)
class TemplateRow:
    id: int
    kind: MessageKind
    channel: MessageChannel
    language: str
    subject: str
    body: str
    is_default: bool


def list_templates(ctx: Context) -> list[TemplateRow]:
    """Every template, the shipped defaults seeded first where a row is missing."""
    require(ctx, Action.SETTINGS_MANAGE, entity_type="message_template")
    with ctx.transaction() as session:
        content.seed_defaults(session)
        kinds, languages = list(MessageKind), list(templates.LANGUAGES)
        rows = sorted(session.scalars(select(MessageTemplate)), key=lambda r: (
            kinds.index(r.kind), r.channel.value, languages.index(r.language)))
        return [TemplateRow(r.id, r.kind, r.channel, r.language, r.subject, r.body,
                            templates.default(r.kind, r.channel, r.language)
                            == (r.subject, r.body)) for r in rows]


def save_template(ctx: Context, kind: MessageKind, channel: MessageChannel, language: str, *,
                  subject: str, body: str) -> Changes:
    """Refuses unknown placeholders (``unknown_placeholder`` naming it) and SMS texts that
    would need more parts than allowed (``sms_too_long`` with the count). Audits
    "message_template.saved"."""
    require(ctx, Action.SETTINGS_MANAGE, entity_type="message_template")
    kind, channel = MessageKind(kind), MessageChannel(channel)
    if language not in templates.LANGUAGES:
        raise ValidationError("language", "invalid_choice")
    subject, body = templates.validate(kind, channel, subject, body)
    with ctx.transaction() as session:
        if channel is Ch.SMS:
            max_parts = read_setting(session, ms.SMS_MAX_PARTS)
            segments.check(templates.render(body, templates.sample_values(kind)), max_parts)
        row = session.scalar(select(MessageTemplate).where(
            MessageTemplate.kind == kind, MessageTemplate.channel == channel,
            MessageTemplate.language == language))
        if row is None:
            row = MessageTemplate(kind=kind, channel=channel, language=language)
            session.add(row)
        row.subject, row.body = subject, body
        session.flush()
        audit(session, ctx, "message_template.saved", entity_type="message_template",
              entity_id=row.id, details={"kind": kind.value, "channel": channel.value,
                                         "language": language})
        return Changes.of("message_templates", ids=[row.id], data=row.id)


def reset_template(ctx: Context, kind: MessageKind, channel: MessageChannel,
                   language: str) -> Changes:
    found = templates.default(MessageKind(kind), MessageChannel(channel), language)
    if found is None:
        raise NotFound(entity="message_template")
    return save_template(ctx, kind, channel, language, subject=found[0], body=found[1])


@dataclass(frozen=True)
class Preview:
    subject: str
    body: str
    sms_parts: int
    sms_encoding: str
    sms_units: int


@dataclass(frozen=True)
class AppointmentChoice:
    id: int
    starts_at: dt.datetime
    label: str      # service and client name, for the preview chooser


def preview_appointments(ctx: Context, limit: int = 30) -> list[AppointmentChoice]:
    """Upcoming booked appointments with a client, to preview a template with real data."""
    require(ctx, Action.SETTINGS_MANAGE, entity_type="message_template")
    with ctx.transaction() as session:
        stmt = (select(Appointment.id, Appointment.starts_at, Service.name, Client.first_name,
                       Client.last_name)
                .join(Service, Service.id == Appointment.service_id)
                .join(Client, Client.id == Appointment.client_id)
                .where(Appointment.status == AppointmentStatus.BOOKED,
                       Appointment.starts_at >= ctx.now())
                .order_by(Appointment.starts_at).limit(limit))
        return [AppointmentChoice(i, start, f"{service} – {first} {last}")
                for i, start, service, first, last in session.execute(stmt)]


def preview(ctx: Context, kind: MessageKind, channel: MessageChannel, language: str, *,
            subject: str, body: str, appointment_id: int | None = None,
            invoice_id: int | None = None) -> Preview:
    """The unsaved template filled with a real appointment's (or invoice's) data. Validates
    the template first, so an unknown placeholder is named here too. Audits
    "message_template.previewed" (it reads a client's data)."""
    require(ctx, Action.SETTINGS_MANAGE, entity_type="message_template")
    kind, channel = MessageKind(kind), MessageChannel(channel)
    subject, body = templates.validate(kind, channel, subject, body)
    with ctx.transaction() as session:
        practice = content.practice_of(session)
        client = None
        if appointment_id is not None:
            appt = session.get(Appointment, appointment_id)
            if appt is None:
                raise NotFound(entity="appointment")
            client = session.get(Client, appt.client_id) if appt.client_id else None
            values = content.appointment_values(session, appt, client, practice, language)
        elif invoice_id is not None:
            invoice = session.get(Invoice, invoice_id)
            if invoice is None:
                raise NotFound(entity="invoice")
            client = session.get(Client, invoice.client_id) if invoice.client_id else None
            values = content.invoice_values(invoice, client, practice)
        else:
            values = {name: f"[{name}]" for name in templates.PLACEHOLDERS[kind]}
            values.update({k: v for k, v in content.common_values(practice, None).items()
                           if k.startswith("practice_") or k == "address"})
        values = {name: values.get(name, "") for name in templates.PLACEHOLDERS[kind]}
        text = templates.render(body, values)
        count = segments.count(text)
        audit(session, ctx, "message_template.previewed", entity_type="appointment"
              if appointment_id else "invoice" if invoice_id else "message_template",
              entity_id=appointment_id or invoice_id,
              client_id=client.id if client else None)
        return Preview(templates.render(subject, values), text, count.parts, count.encoding,
                       count.units)


# -- planning and sending ---------------------------------------------------------------------

@dataclass(frozen=True)
class PlanReport:
    queued: int
    cancelled: int
    failed: int = 0     # recorded as impossible at once (e.g. no address, SMS too long)


def plan(ctx: Context, now: dt.datetime | None = None) -> PlanReport:
    """Runs the planner (``vastaanotto.messaging.planner``) in one transaction; audits
    "message.queued" / "message.cancelled" for each message it adds or cancels."""
    require(ctx, Action.CALENDAR_VIEW, entity_type="message")
    now = now or ctx.now()
    with ctx.transaction() as session:
        cfg = ms.read(session)
        if cfg.email_enabled or cfg.sms_enabled:
            content.seed_defaults(session)
        result = planner.plan(session, now, cfg)
        for m in result.queued:
            _check_sms_length(session, m, cfg)
            audit(session, ctx, "message.queued" if m.status is S.QUEUED else "message.failed",
                  entity_type="message", entity_id=m.id, client_id=m.client_id,
                  details={"kind": m.kind.value, "channel": m.channel.value,
                           "error_code": m.error_code})
        for m in result.cancelled:
            audit(session, ctx, "message.cancelled", entity_type="message", entity_id=m.id,
                  client_id=m.client_id, details={"kind": m.kind.value,
                                                  "channel": m.channel.value,
                                                  "reason": m.error_code})
        failed = sum(1 for m in result.queued if m.status is S.FAILED)
        return PlanReport(len(result.queued) - failed, len(result.cancelled), failed)


def _check_sms_length(session: Session, m: Message, cfg: ms.MessagingSettings) -> None:
    if m.channel is Ch.SMS and m.status is S.QUEUED:
        parts = segments.count(m.body).parts
        if parts > cfg.sms_max_parts:
            m.status = S.FAILED
            m.error_code = f"sms_too_long:{parts}"


def send_due(ctx: Context, now: dt.datetime | None = None, transports: Transports | None = None,
             limit: int = 50) -> SendReport:
    """Sends up to ``limit`` due messages (see ``vastaanotto.messaging.sender``)."""
    require(ctx, Action.CALENDAR_VIEW, entity_type="message")
    now = now or ctx.now()
    with ctx.transaction() as session:
        cfg = ms.read(session)
        if transports is None:
            transports = _transports(session, ctx.db, cfg)
    return _send_due(ctx, now, cfg, transports, limit)


def run_once(progress, ctx: Context, transports: Transports | None = None) -> SendReport:
    """Plan and send once: the dispatcher's background task (a TaskRunner function)."""
    now = ctx.now()
    planned = plan(ctx, now)
    report = send_due(ctx, now, transports)
    report.planned = planned.queued + planned.cancelled + planned.failed
    return report


def _test_transports(ctx: Context) -> tuple[ms.MessagingSettings, Transports]:
    with ctx.transaction() as session:
        cfg = ms.read(session)
        forced = ms.MessagingSettings(**{**asdict(cfg), "email_enabled": True,
                                         "sms_enabled": True})
        return cfg, _transports(session, ctx.db, forced)


def test_email(ctx: Context, to: str) -> str:
    """Sends a short test email now (not queued) with the saved settings; returns the
    Message-ID. ``SendFailed(reason)`` says what went wrong. Audits "message.test_sent"."""
    require(ctx, Action.SETTINGS_MANAGE, entity_type="message")
    to = validators.email(to, "test_email", required=True)
    cfg, t = _test_transports(ctx)
    if not cfg.smtp_host or not cfg.smtp_sender:
        raise SendFailed("email_not_configured")
    if t.email is None:
        raise SendFailed(t.email_problem)
    now = ctx.now()
    msg = email_transport.build(
        t.email, to=to, subject="Vastaanotto: testiviesti – testmeddelande – test message",
        body="Tämä on testiviesti. Sähköpostiasetukset toimivat (ä ö å).\n"
             "Detta är ett testmeddelande.\nThis is a test message.\n",
        dedupe_key=f"test:{uuid.uuid4().hex}", date=now)
    return _test_send(ctx, "email", lambda: email_transport.send(t.email, msg))


def test_sms(ctx: Context, to: str) -> str:
    require(ctx, Action.SETTINGS_MANAGE, entity_type="message")
    to = validators.phone(to, "test_phone")
    cfg, t = _test_transports(ctx)
    if not cfg.sms_username or not cfg.sms_sender:
        raise SendFailed("sms_not_configured")
    if t.sms is None:
        raise SendFailed(t.sms_problem)
    text = "Vastaanotto: testiviesti. SMS-asetukset toimivat."
    return _test_send(ctx, "sms", lambda: t.sms.send(to, text, reference="test"))


def _test_send(ctx: Context, channel: str, send) -> str:
    try:
        provider_id = send()
        error = ""
    except SendError as exc:
        provider_id, error = "", exc.code
    with ctx.transaction() as session:
        audit(session, ctx, "message.test_sent", entity_type="message",
              outcome=AuditOutcome.OK if not error else AuditOutcome.FAILED,
              details={"channel": channel, "error_code": error})
    if error:
        raise SendFailed(error)
    return provider_id


# -- the log ------------------------------------------------------------------------------

@dataclass(frozen=True)
class MessageRow:
    id: int
    created_at: dt.datetime
    sent_at: dt.datetime | None
    not_before: dt.datetime
    kind: MessageKind
    channel: MessageChannel
    client_id: int | None
    client_name: str
    recipient: str
    subject: str
    status: MessageStatus
    attempts: int
    error_code: str


def list_messages(ctx: Context, *, status: MessageStatus | None = None,
                  client_id: int | None = None, limit: int = 500) -> list[MessageRow]:
    """Newest first, without the texts. Audits "messages.log_viewed" (names the client when
    filtered by one)."""
    _require_log(ctx)
    status = MessageStatus(status) if status else None   # Qt hands str-enums back as str
    with ctx.transaction() as session:
        stmt = (select(Message, Client.first_name, Client.last_name)
                .outerjoin(Client, Client.id == Message.client_id)
                .order_by(Message.created_at.desc(), Message.id.desc()).limit(limit))
        if status is not None:
            stmt = stmt.where(Message.status == status)
        if client_id is not None:
            stmt = stmt.where(Message.client_id == client_id)
        rows = [MessageRow(m.id, m.created_at, m.sent_at, m.not_before, m.kind, m.channel,
                           m.client_id, f"{first or ''} {last or ''}".strip(), m.recipient,
                           m.subject, m.status, m.attempts, m.error_code)
                for m, first, last in session.execute(stmt)]
        audit(session, ctx, "messages.log_viewed", entity_type="message", client_id=client_id,
              details={"status": status.value if status else "", "rows": len(rows)})
        return rows


def failed_count(ctx: Context, client_id: int | None = None) -> int:
    """How many messages failed and wait for a person (the status bar's red count). A count
    is no personal data, so not audited (it is polled every minute)."""
    _require_log(ctx)
    with ctx.transaction() as session:
        return queue.failed_count(session, client_id)


def _load_message(session: Session, message_id: int) -> Message:
    m = session.get(Message, message_id)
    if m is None:
        raise NotFound(entity="message")
    return m


def retry_message(ctx: Context, message_id: int) -> Changes:
    """A FAILED message back to the queue, attempts reset (a person's decision, also for an
    unknown outcome). Audits "message.retried"."""
    _require_log(ctx, message_id)
    with ctx.transaction() as session:
        m = _load_message(session, message_id)
        if m.status is not S.FAILED:
            raise Conflict("message_not_failed")
        if not m.recipient:
            raise Conflict("message_no_recipient")
        previous = m.error_code
        m.status, m.attempts, m.not_before = S.QUEUED, 0, ctx.now()
        audit(session, ctx, "message.retried", entity_type="message", entity_id=m.id,
              client_id=m.client_id, details={"kind": m.kind.value, "channel": m.channel.value,
                                              "previous_error": previous})
        return Changes.of(KIND, ids=[m.id])


def dismiss_message(ctx: Context, message_id: int) -> Changes:
    """A FAILED message a person has dealt with: CANCELLED, its error code kept."""
    _require_log(ctx, message_id)
    with ctx.transaction() as session:
        m = _load_message(session, message_id)
        if m.status not in (S.FAILED, S.QUEUED):
            raise Conflict("message_not_failed")
        m.status = S.CANCELLED
        audit(session, ctx, "message.dismissed", entity_type="message", entity_id=m.id,
              client_id=m.client_id, details={"kind": m.kind.value, "channel": m.channel.value})
        return Changes.of(KIND, ids=[m.id])


# -- invoices by email -------------------------------------------------------------------------

def queue_invoice_email(ctx: Context, invoice_id: int, *, payment_reminder: bool = False
                        ) -> Changes:
    """Queues the issued invoice (or a payment reminder) to the client's email with the PDF,
    made at send time. A second call while one is still waiting queues nothing new.
    Raises ``Conflict("invoice_not_issued")``, ``ValidationError("email", "required" |
    "invalid_email")`` and ``SendFailed("email_not_configured")``. Audits "message.queued"."""
    require(ctx, Action.INVOICE_CREATE, entity_type="invoice", entity_id=invoice_id)
    kind = K.PAYMENT_REMINDER if payment_reminder else K.INVOICE
    with ctx.transaction() as session:
        invoice = session.get(Invoice, invoice_id)
        if invoice is None:
            raise NotFound(entity="invoice")
        if invoice.number is None:
            raise Conflict("invoice_not_issued")
        cfg = ms.read(session)
        if not cfg.email_enabled:
            raise SendFailed("email_not_configured")
        client = session.get(Client, invoice.client_id) if invoice.client_id else None
        if client is None or not client.email:
            raise ValidationError("email", "required")
        address = validators.email(client.email, "email")
        waiting = session.scalar(select(Message.id).where(
            Message.invoice_id == invoice.id, Message.kind == kind,
            Message.status.in_((S.QUEUED, S.SENDING))))
        if waiting is not None:
            return Changes.of(KIND, ids=[waiting], data=waiting)
        content.seed_defaults(session)
        practice = content.practice_of(session)
        language = invoice.language if invoice.language in templates.LANGUAGES else "fi"
        subject, body = content.render(session, kind, Ch.EMAIL, language,
                                       content.invoice_values(invoice, client, practice))
        seq = session.scalar(select(func.count()).select_from(Message).where(
            Message.invoice_id == invoice.id, Message.kind == kind)) or 0
        m = queue.enqueue(session, dedupe_key=f"i:{invoice.id}:{kind.value}:{seq + 1}",
                          kind=kind, channel=Ch.EMAIL, recipient=address, subject=subject,
                          body=body, not_before=ctx.now(), created_at=ctx.now(),
                          client_id=client.id, invoice_id=invoice.id)
        if m is None:
            raise Conflict("message_exists")
        audit(session, ctx, "message.queued", entity_type="message", entity_id=m.id,
              client_id=client.id, details={"kind": kind.value, "channel": "email",
                                            "invoice_id": invoice.id})
        return Changes.of(KIND, ids=[m.id], data=m.id)


# Marketing lives in its own module (vastaanotto/services/marketing.py); the UI calls it here.
from vastaanotto.services.marketing import (EXCLUSION_REASONS, MarketingPreview,  # noqa: E402
                                            marketing_preview, send_marketing)
