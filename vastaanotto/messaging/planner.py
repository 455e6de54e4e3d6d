"""Which appointment messages are due: a reconciling planner, run every minute by a desk.

The booking service knows nothing of messages. Instead the planner looks at appointments whose
row changed since its last run (``updated_at`` after its mark, with an overlap) and at those
entering the reminder window, and compares each with the messages already in the queue. The
dedupe key holds the appointment's start (``a:<id>:<kind>:<channel>:<start>``), so:

- a new booking gets a confirmation (per channel, when switched on);
- a moved booking: queued messages for the old start are cancelled; if the client was already
  told the old time, a CHANGE message with the new time goes out;
- a cancelled booking: queued messages are cancelled; a client who was told the time gets a
  CANCELLATION;
- a booking entering the reminder window gets a reminder if the client consented to
  reminders, unless a confirmation for the same start was made within that window.

Running twice changes nothing (dedupe keys), so the overlap, a crash or two desks running the
planner at once are harmless. The mark is the newest ``updated_at`` seen (a wall-clock value
written by the database layer), kept in the ``setting`` table; the overlap covers clock skew
between desks and transactions that commit after a newer one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from vastaanotto.errors import ValidationError
from vastaanotto.finnish import validators
from vastaanotto.messaging import content, queue, quiet_hours
from vastaanotto.messaging.settings import PLANNER_MARK_KEY, MessagingSettings
from vastaanotto.models._common import utcnow
from vastaanotto.models.appointments import Appointment, AppointmentStatus
from vastaanotto.models.clients import Client, ConsentKind
from vastaanotto.models.messages import Message, MessageChannel, MessageKind, MessageStatus
from vastaanotto.models.practice import Practice, Setting

K, Ch, S = MessageKind, MessageChannel, MessageStatus
OVERLAP = dt.timedelta(minutes=10)
ANNOUNCING = (K.CONFIRMATION, K.CHANGE, K.REMINDER)
TOLD = (S.SENT, S.SENDING)


@dataclass
class PlanResult:
    queued: list[Message] = field(default_factory=list)
    cancelled: list[Message] = field(default_factory=list)


def valid_email(text: str) -> str | None:
    try:
        return validators.email(text) or None
    except ValidationError:
        return None


def valid_mobile(text: str) -> str | None:
    """The number in E.164 if it can receive SMS (a mobile number), else None."""
    import phonenumbers

    if not text:
        return None
    try:
        number = phonenumbers.parse(text, "FI")
    except phonenumbers.NumberParseException:
        return None
    kind = phonenumbers.number_type(number)
    if not phonenumbers.is_valid_number(number) or kind not in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def recipient(client: Client, channel: Ch) -> str | None:
    return valid_email(client.email) if channel is Ch.EMAIL else valid_mobile(client.phone)


def _read_mark(session: Session) -> dt.datetime | None:
    row = session.get(Setting, PLANNER_MARK_KEY)
    return dt.datetime.fromisoformat(row.value) if row is not None and row.value else None


def _write_mark(session: Session, mark: dt.datetime) -> None:
    row = session.get(Setting, PLANNER_MARK_KEY)
    if row is None:
        session.add(Setting(key=PLANNER_MARK_KEY, value=mark.isoformat()))
    else:
        row.value = mark.isoformat()


class Planner:
    def __init__(self, session: Session, now: dt.datetime, cfg: MessagingSettings):
        self.session = session
        self.now = now
        self.cfg = cfg
        self.practice: Practice = content.practice_of(session)
        self.result = PlanResult()

    # -- channels ----------------------------------------------------------------------
    def enabled(self, channel: Ch) -> bool:
        return self.cfg.email_enabled if channel is Ch.EMAIL else self.cfg.sms_enabled

    def confirmation_channels(self, client: Client) -> list[Ch]:
        wanted = [c for c, on in ((Ch.EMAIL, self.cfg.confirm_email),
                                  (Ch.SMS, self.cfg.confirm_sms)) if on and self.enabled(c)]
        return [c for c in wanted if recipient(client, c)]

    def reminder_channels(self, client: Client) -> list[Ch]:
        mode = self.cfg.reminder_channel
        usable = [c for c in (Ch.SMS, Ch.EMAIL) if self.enabled(c) and recipient(client, c)]
        if mode == "both":
            return usable
        if mode == "sms_else_email":
            return usable[:1]
        wanted = Ch(mode)
        return [wanted] if wanted in usable else []

    # -- queueing ----------------------------------------------------------------------
    def _not_before(self, channel: Ch) -> dt.datetime:
        if channel is Ch.SMS:
            return quiet_hours.next_allowed(self.now, self.cfg.quiet_start_hour,
                                            self.cfg.quiet_end_hour)
        return self.now

    def queue(self, appt: Appointment, client: Client, kind: K, channel: Ch) -> None:
        key = queue.appointment_key(appt.id, kind, channel, appt.starts_at)
        language = content.language_of(client, self.practice)
        values = content.appointment_values(self.session, appt, client, self.practice, language)
        subject, body = content.render(self.session, kind, channel, language, values)
        address = recipient(client, channel) or ""
        not_before = self._not_before(channel)
        if kind is K.REMINDER and not_before >= appt.starts_at:
            return  # the quiet hours last until the appointment: a reminder is pointless
        message = queue.enqueue(
            self.session, dedupe_key=key, kind=kind, channel=channel, recipient=address,
            subject=subject, body=body, not_before=not_before, created_at=self.now,
            client_id=client.id, appointment_id=appt.id)
        if message is not None:
            self.result.queued.append(message)

    def queue_missing_reminder(self, appt: Appointment, client: Client) -> None:
        """A consented reminder with no address on any usable channel: a FAILED row makes
        the gap visible in the log and status bar instead of failing in silence."""
        key = f"a:{appt.id}:{K.REMINDER.value}:none:{queue.stamp(appt.starts_at)}"
        channel = Ch.SMS if self.cfg.reminder_channel in ("sms", "sms_else_email") else Ch.EMAIL
        message = queue.enqueue(
            self.session, dedupe_key=key, kind=K.REMINDER, channel=channel, recipient="",
            subject="", body="", not_before=self.now, created_at=self.now,
            client_id=client.id, appointment_id=appt.id, status=S.FAILED,
            error_code="no_recipient")
        if message is not None:
            self.result.queued.append(message)

    # -- reconciling -------------------------------------------------------------------
    def reconcile(self, appt: Appointment, *, new_since: dt.datetime | None) -> None:
        if appt.client_id is None:
            return
        client = self.session.get(Client, appt.client_id)
        if client is None or client.anonymised_at is not None or client.deceased_on:
            return
        messages = list(self.session.scalars(
            select(Message).where(Message.appointment_id == appt.id)))
        keyed = [(m, queue.parse_appointment_key(m.dedupe_key)) for m in messages]
        current = queue.stamp(appt.starts_at)
        if appt.status is not AppointmentStatus.BOOKED:
            for m, parts in keyed:
                if m.status is S.QUEUED and m.kind is not K.CANCELLATION:
                    queue.cancel(m, f"appointment_{appt.status.value}")
                    self.result.cancelled.append(m)
            if appt.status is AppointmentStatus.CANCELLED and appt.starts_at > self.now:
                told = {parts.channel for m, parts in keyed
                        if parts and m.kind in ANNOUNCING and m.status in TOLD}
                for channel in sorted(told, key=lambda c: c.value):
                    if self.enabled(channel) and recipient(client, channel):
                        self.queue(appt, client, K.CANCELLATION, channel)
            return
        if appt.starts_at <= self.now:
            return
        for m, parts in keyed:
            if (m.status is S.QUEUED and parts and parts.stamp != current
                    and m.kind in ANNOUNCING):
                queue.cancel(m, "appointment_moved")
                self.result.cancelled.append(m)
        told_other = {parts.channel for m, parts in keyed
                      if parts and m.kind in ANNOUNCING and m.status in TOLD
                      and parts.stamp != current}
        about_current = [(m, parts) for m, parts in keyed
                         if parts and parts.stamp == current and m.status is not S.CANCELLED]
        if told_other:
            if not any(m.kind in (K.CHANGE, K.CONFIRMATION) for m, _ in about_current):
                channels = set(told_other) | set(self.confirmation_channels(client))
                for channel in sorted(channels, key=lambda c: c.value):
                    if self.enabled(channel) and recipient(client, channel):
                        self.queue(appt, client, K.CHANGE, channel)
        elif (new_since is not None and appt.created_at is not None
              and appt.created_at >= new_since
              and not any(m.kind is K.CONFIRMATION and m.status is not S.CANCELLED
                          for m, _ in keyed)):
            for channel in self.confirmation_channels(client):
                self.queue(appt, client, K.CONFIRMATION, channel)
        self.maybe_remind(appt, client)

    def maybe_remind(self, appt: Appointment, client: Client | None) -> None:
        if client is None or client.anonymised_at is not None or client.deceased_on:
            return
        lead = dt.timedelta(hours=self.cfg.reminder_hours)
        window_opens = appt.starts_at - lead
        if not (window_opens <= self.now < appt.starts_at):
            return
        from vastaanotto.services.clients import current_consents

        if not current_consents(self.session, client.id)[ConsentKind.REMINDERS]:
            return
        current = queue.stamp(appt.starts_at)
        for m in self.session.scalars(select(Message).where(Message.appointment_id == appt.id)):
            parts = queue.parse_appointment_key(m.dedupe_key)
            if m.kind is K.REMINDER and m.dedupe_key.endswith(current):
                return  # already reminded (or recorded as impossible) for this start
            if (parts and parts.stamp == current and m.kind in (K.CONFIRMATION, K.CHANGE)
                    and m.status is not S.CANCELLED and m.created_at >= window_opens):
                return  # told the time moments ago; a reminder now would repeat it
        channels = self.reminder_channels(client)
        if not channels:
            self.queue_missing_reminder(appt, client)
        for channel in channels:
            self.queue(appt, client, K.REMINDER, channel)


def plan(session: Session, now: dt.datetime, cfg: MessagingSettings,
         wall_now: dt.datetime | None = None) -> PlanResult:
    """Reconciles the queue with the calendar in the caller's transaction (see module doc)."""
    wall_now = wall_now or utcnow()
    mark = _read_mark(session)
    planner = Planner(session, now, cfg)
    if planner.practice is None or not (cfg.email_enabled or cfg.sms_enabled):
        _write_mark(session, max(mark or wall_now, wall_now))
        return planner.result
    since = (mark or wall_now) - OVERLAP
    # Only future appointments need messages; the start bound lets the database walk the
    # start index instead of scanning every appointment ever booked for updated_at.
    changed = list(session.scalars(
        select(Appointment).where(Appointment.starts_at > now,
                                  Appointment.updated_at > since,
                                  Appointment.client_id.is_not(None))
        .order_by(Appointment.updated_at, Appointment.id)))
    newest = max([mark or wall_now] + [a.updated_at for a in changed])
    seen = set()
    for appt in changed:
        seen.add(appt.id)
        planner.reconcile(appt, new_since=since)
    lead = dt.timedelta(hours=cfg.reminder_hours)
    due = session.scalars(
        select(Appointment).where(Appointment.status == AppointmentStatus.BOOKED,
                                  Appointment.client_id.is_not(None),
                                  Appointment.starts_at > now,
                                  Appointment.starts_at <= now + lead)
        .order_by(Appointment.starts_at))
    for appt in due:
        if appt.id not in seen:
            planner.maybe_remind(appt, session.get(Client, appt.client_id))
    _write_mark(session, newest)
    return planner.result
