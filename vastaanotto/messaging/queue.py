"""The durable outgoing queue (table ``message``): enqueue once, claim, send, record.

Life of a message: QUEUED → (claim) SENDING → SENT, or back to QUEUED for a retry after an
exponential back-off, or FAILED (permanent refusal, too many attempts, or unknown outcome).
CANCELLED is for messages that became pointless (the appointment moved or was cancelled) or
that a person dismissed.

Exactly-once policy. A claim is a compare-and-set ``UPDATE … WHERE status='queued'`` in its
own committed transaction, so two desks (or two threads) never send the same row. While a
message is SENDING its ``not_before`` holds the lease expiry (claim time + ``LEASE``). If the
program dies after the claim, the row stays SENDING; once the lease has expired,
:func:`recover_stale` marks it FAILED with ``unknown_outcome`` instead of sending it again,
because the provider may already have accepted it. A person sees it in the message log and
may retry it (email keeps the same Message-ID, so mail programs can spot a duplicate).
A transport failure that *definitely* did not hand the message over (``Outcome.RETRY``) is
retried automatically; ``UNKNOWN`` never is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vastaanotto.db.engine import Database
from vastaanotto.messaging.transport import Outcome, SendError
from vastaanotto.models.messages import Message, MessageChannel, MessageKind, MessageStatus

S = MessageStatus
LEASE = dt.timedelta(minutes=10)
MAX_ATTEMPTS = 5
BACKOFF_FIRST = dt.timedelta(minutes=1)
BACKOFF_MAX = dt.timedelta(hours=2)
UNKNOWN_OUTCOME = "unknown_outcome"


def stamp(moment: dt.datetime) -> str:
    """The appointment start as it goes into a dedupe key: ``20261121T1000Z``."""
    return moment.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%MZ")


def appointment_key(appointment_id: int, kind: MessageKind, channel: MessageChannel,
                    starts_at: dt.datetime) -> str:
    return f"a:{appointment_id}:{kind.value}:{channel.value}:{stamp(starts_at)}"


@dataclass(frozen=True)
class KeyParts:
    appointment_id: int
    kind: MessageKind
    channel: MessageChannel
    stamp: str


def parse_appointment_key(key: str) -> KeyParts | None:
    parts = key.split(":")
    if len(parts) != 5 or parts[0] != "a":
        return None
    try:
        return KeyParts(int(parts[1]), MessageKind(parts[2]), MessageChannel(parts[3]), parts[4])
    except ValueError:  # "a:<id>:reminder:none:<start>", the record of a reminder with no address
        return None


def backoff(attempts: int) -> dt.timedelta:
    """1, 2, 4, 8 … minutes after the n-th failed attempt, at most two hours."""
    return min(BACKOFF_FIRST * (2 ** max(0, attempts - 1)), BACKOFF_MAX)


def enqueue(session: Session, *, dedupe_key: str, kind: MessageKind, channel: MessageChannel,
            recipient: str, subject: str, body: str, not_before: dt.datetime,
            created_at: dt.datetime, client_id: int | None = None,
            appointment_id: int | None = None, invoice_id: int | None = None,
            status: MessageStatus = S.QUEUED, error_code: str = "") -> Message | None:
    """Adds the message unless its dedupe key exists (then None). Race-safe: a concurrent
    insert of the same key loses on the unique constraint inside a savepoint."""
    if session.scalar(select(Message.id).where(Message.dedupe_key == dedupe_key)) is not None:
        return None
    message = Message(dedupe_key=dedupe_key, kind=kind, channel=channel, client_id=client_id,
                      appointment_id=appointment_id, invoice_id=invoice_id,
                      recipient=recipient[:254], subject=subject[:200], body=body,
                      status=status, attempts=0, not_before=not_before,
                      created_at=created_at, error_code=error_code)
    try:
        with session.begin_nested():
            session.add(message)
            session.flush()
    except IntegrityError:
        return None
    return message


@dataclass(frozen=True)
class Claimed:
    id: int
    attempts: int


def claim(db: Database, now: dt.datetime) -> Claimed | None:
    """Claims the oldest due QUEUED message in a transaction of its own (committed before
    anything is sent). None when nothing is due."""
    with db.session() as session:
        for _ in range(5):  # another desk may win a row; try the next one
            message_id = session.scalar(
                select(Message.id).where(Message.status == S.QUEUED, Message.not_before <= now)
                .order_by(Message.not_before, Message.id).limit(1))
            if message_id is None:
                return None
            result = session.execute(
                update(Message).where(Message.id == message_id, Message.status == S.QUEUED)
                .values(status=S.SENDING, attempts=Message.attempts + 1,
                        not_before=now + LEASE))
            if result.rowcount == 1:
                attempts = session.scalar(select(Message.attempts)
                                          .where(Message.id == message_id))
                return Claimed(message_id, attempts)
    return None


def recover_stale(session: Session, now: dt.datetime) -> list[Message]:
    """SENDING messages whose lease expired: their outcome is unknown, so FAILED, not resent."""
    stale = list(session.scalars(select(Message).where(Message.status == S.SENDING,
                                                       Message.not_before <= now)))
    for message in stale:
        message.status = S.FAILED
        message.error_code = UNKNOWN_OUTCOME
    return stale


def mark_sent(message: Message, provider_id: str, now: dt.datetime) -> None:
    message.status = S.SENT
    message.sent_at = now
    message.provider_id = provider_id[:100]
    message.error_code = ""


def mark_failed(message: Message, error: SendError, now: dt.datetime) -> MessageStatus:
    """Retry later (QUEUED with back-off) while allowed, else FAILED. Returns the new status."""
    message.error_code = error.code
    if error.outcome is Outcome.RETRY and message.attempts < MAX_ATTEMPTS:
        message.status = S.QUEUED
        message.not_before = now + backoff(message.attempts)
    elif error.outcome is Outcome.UNKNOWN:
        message.status = S.FAILED
        message.error_code = f"{UNKNOWN_OUTCOME}:{error.code}"[:100]
    else:
        message.status = S.FAILED
    return message.status


def release(message: Message, not_before: dt.datetime) -> None:
    """Back to the queue without counting the attempt (e.g. the quiet hours began)."""
    message.status = S.QUEUED
    message.attempts = max(0, message.attempts - 1)
    message.not_before = not_before


def cancel(message: Message, reason: str) -> None:
    message.status = S.CANCELLED
    message.error_code = reason[:100]


def failed_count(session: Session, client_id: int | None = None) -> int:
    stmt = select(func.count()).select_from(Message).where(Message.status == S.FAILED)
    if client_id is not None:
        stmt = stmt.where(Message.client_id == client_id)
    return session.scalar(stmt) or 0
