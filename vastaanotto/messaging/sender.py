"""Sends what is due: claim, build, hand to the transport, record. Called by
``services.messages.send_due`` (which checks the role); every outcome is audited here with the
message id, kind, channel and error code — never the text or the address.

Each message goes through three short transactions: the claim (committed before the network),
the build (attachments; a stale appointment message is cancelled instead of sent), and the
record of the outcome. The network call holds no transaction, so a slow server blocks no desk.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from vastaanotto.context import Context
from vastaanotto.messaging import content, email_transport, queue, quiet_hours, segments
from vastaanotto.messaging.email_transport import SmtpConfig
from vastaanotto.messaging.settings import MessagingSettings
from vastaanotto.messaging.sms.base import SmsProvider
from vastaanotto.messaging.transport import Attachment, Outcome, SendError
from vastaanotto.models.appointments import Appointment, AppointmentStatus
from vastaanotto.models.billing import Invoice
from vastaanotto.models.messages import Message, MessageChannel, MessageKind, MessageStatus
from vastaanotto.services.base import audit

K, Ch, S = MessageKind, MessageChannel, MessageStatus


@dataclass
class Transports:
    """The configured transports; a missing one carries the reason (``*_problem``)."""

    email: SmtpConfig | None = None
    sms: SmsProvider | None = None
    email_problem: str = "email_not_configured"
    sms_problem: str = "sms_not_configured"


@dataclass
class SendReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    cancelled: int = 0
    unknown: int = 0
    deferred: int = 0
    planned: int = 0     # queued or cancelled by the planner in the same round (run_once)
    ids: list[int] = field(default_factory=list)

    @property
    def touched(self) -> bool:
        return bool(self.ids) or bool(self.planned)


def _audit(session, ctx: Context, action: str, m: Message, **details) -> None:
    audit(session, ctx, action, entity_type="message", entity_id=m.id, client_id=m.client_id,
          details={"kind": m.kind.value, "channel": m.channel.value, **details})


def recover(ctx: Context, now: dt.datetime, report: SendReport) -> None:
    with ctx.transaction() as session:
        for m in queue.recover_stale(session, now):
            _audit(session, ctx, "message.outcome_unknown", m, error_code=m.error_code)
            report.unknown += 1
            report.ids.append(m.id)


@dataclass(frozen=True)
class _Prepared:
    id: int
    channel: Ch
    recipient: str
    subject: str
    body: str
    dedupe_key: str
    attachments: tuple[Attachment, ...]


def _stale_reason(m: Message, appt: Appointment | None) -> str:
    if appt is None:
        return "appointment_missing"
    parts = queue.parse_appointment_key(m.dedupe_key)
    if m.kind is K.CANCELLATION:
        return "" if appt.status is AppointmentStatus.CANCELLED else "appointment_restored"
    if appt.status is not AppointmentStatus.BOOKED:
        return f"appointment_{appt.status.value}"
    if parts is not None and parts.stamp != queue.stamp(appt.starts_at):
        return "appointment_moved"
    return ""


def _prepare(ctx: Context, claimed: queue.Claimed, now: dt.datetime, cfg: MessagingSettings,
             report: SendReport) -> _Prepared | None:
    with ctx.transaction() as session:
        m = session.get(Message, claimed.id)
        attachments: list[Attachment] = []
        practice = content.practice_of(session)
        if m.appointment_id is not None:
            appt = session.get(Appointment, m.appointment_id)
            reason = _stale_reason(m, appt)
            if not reason and m.kind is K.REMINDER and appt.starts_at <= now:
                reason = "too_late"
            if reason:
                queue.cancel(m, reason)
                _audit(session, ctx, "message.cancelled", m, reason=reason)
                report.cancelled += 1
                report.ids.append(m.id)
                return None
            if m.channel is Ch.EMAIL and m.kind in (K.CONFIRMATION, K.CHANGE, K.CANCELLATION):
                sequence = session.query(Message).filter(
                    Message.appointment_id == appt.id, Message.channel == Ch.EMAIL,
                    Message.kind.in_((K.CONFIRMATION, K.CHANGE, K.CANCELLATION)),
                    Message.id < m.id).count()
                attachments.append(content.appointment_ics(
                    session, appt, practice, cancelled=m.kind is K.CANCELLATION,
                    sequence=sequence, stamp=now))
        if m.invoice_id is not None:
            attachments.append(content.invoice_pdf(session, session.get(Invoice, m.invoice_id)))
        if m.channel is Ch.SMS:
            allowed = quiet_hours.next_allowed(now, cfg.quiet_start_hour, cfg.quiet_end_hour)
            if allowed > now:  # night fell while it waited: back to the queue until morning
                queue.release(m, allowed)
                report.deferred += 1
                return None
            parts = segments.count(m.body).parts
            if parts > cfg.sms_max_parts:
                queue.mark_failed(m, SendError(f"sms_too_long:{parts}", Outcome.REJECTED), now)
                _audit(session, ctx, "message.failed", m, error_code=m.error_code)
                report.failed += 1
                report.ids.append(m.id)
                return None
        return _Prepared(m.id, m.channel, m.recipient, m.subject, m.body, m.dedupe_key,
                         tuple(attachments))


def _problem_outcome(problem: str) -> Outcome:
    # A keyring that is locked for a moment (e.g. right after login) is worth retrying; a
    # channel that is not set up is not.
    return Outcome.RETRY if problem == "secret_store_unavailable" else Outcome.REJECTED


def _transmit(p: _Prepared, transports: Transports, now: dt.datetime) -> str:
    if not p.recipient:
        raise SendError("no_recipient", Outcome.REJECTED)
    if p.channel is Ch.EMAIL:
        if transports.email is None:
            raise SendError(transports.email_problem, _problem_outcome(transports.email_problem))
        msg = email_transport.build(transports.email, to=p.recipient, subject=p.subject,
                                    body=p.body, dedupe_key=p.dedupe_key, date=now,
                                    attachments=p.attachments)
        return email_transport.send(transports.email, msg)
    if transports.sms is None:
        raise SendError(transports.sms_problem, _problem_outcome(transports.sms_problem))
    return transports.sms.send(p.recipient, p.body, reference=p.dedupe_key)


def _record(ctx: Context, p: _Prepared, now: dt.datetime, provider_id: str | None,
            error: SendError | None, report: SendReport) -> None:
    with ctx.transaction() as session:
        m = session.get(Message, p.id)
        report.ids.append(m.id)
        if error is None:
            queue.mark_sent(m, provider_id or "", now)
            _audit(session, ctx, "message.sent", m)
            report.sent += 1
            if m.invoice_id is not None:
                invoice = session.get(Invoice, m.invoice_id)
                if invoice is not None and invoice.sent_at is None:
                    invoice.sent_at = now
            return
        status = queue.mark_failed(m, error, now)
        if status is S.QUEUED:
            _audit(session, ctx, "message.retry_scheduled", m, error_code=m.error_code,
                   attempts=m.attempts)
            report.retrying += 1
        else:
            _audit(session, ctx, "message.failed", m, error_code=m.error_code,
                   attempts=m.attempts)
            if error.outcome is Outcome.UNKNOWN:
                report.unknown += 1
            else:
                report.failed += 1


def _fail_unprepared(ctx: Context, claimed: queue.Claimed, now: dt.datetime, exc: Exception,
                     report: SendReport) -> None:
    code = getattr(exc, "code", type(exc).__name__)
    with ctx.transaction() as session:
        m = session.get(Message, claimed.id)
        queue.mark_failed(m, SendError(f"prepare_failed:{code}", Outcome.REJECTED), now)
        _audit(session, ctx, "message.failed", m, error_code=m.error_code)
    report.failed += 1
    report.ids.append(claimed.id)


def send_due(ctx: Context, now: dt.datetime, cfg: MessagingSettings, transports: Transports,
             limit: int = 50) -> SendReport:
    report = SendReport()
    recover(ctx, now, report)
    for _ in range(limit):
        # A round of slow servers can outlast a lease: each claim starts its own lease from
        # the time it is made (``now`` is only a lower bound, for tests and catch-up runs).
        moment = max(now, ctx.now())
        claimed = queue.claim(ctx.db, moment)
        if claimed is None:
            break
        try:
            prepared = _prepare(ctx, claimed, moment, cfg, report)
        except Exception as exc:  # noqa: BLE001 - e.g. PDF fonts missing: fail visibly, not stuck
            _fail_unprepared(ctx, claimed, moment, exc, report)
            continue
        if prepared is None:
            continue
        try:
            provider_id, error = _transmit(prepared, transports, moment), None
        except SendError as exc:
            provider_id, error = None, exc
        _record(ctx, prepared, max(moment, ctx.now()), provider_id, error, report)
    return report
