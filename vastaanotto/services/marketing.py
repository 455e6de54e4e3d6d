"""Marketing by email or SMS, only to clients whose current consent allows the channel.

The audience is computed from the consent ledger (the newest row per kind decides); everyone
left out is counted by reason, so the owner sees why. Each message carries an opt-out line in
the client's language. Owner only (``SETTINGS_MANAGE``); audited as "marketing.previewed" and
"marketing.queued" (counts, never the text). Re-exported by ``vastaanotto.services.messages``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from vastaanotto.context import Context
from vastaanotto.errors import SendFailed
from vastaanotto.messaging import content, planner, quiet_hours, segments, templates
from vastaanotto.messaging import settings as ms
from vastaanotto.models.clients import Client, Consent, ConsentKind
from vastaanotto.models.messages import Message, MessageChannel, MessageKind, MessageStatus
from vastaanotto.permissions import Action
from vastaanotto.services.base import Changes, audit, require

K, Ch = MessageKind, MessageChannel
KIND = "messages"
_CHUNK = 500   # ids per IN (...) list: well under SQLite's and PostgreSQL's parameter limits


EXCLUSION_REASONS = ("no_consent", "withdrawn", "no_address", "invalid_address", "archived",
                     "deceased", "restricted")


@dataclass(frozen=True)
class MarketingPreview:
    channel: MessageChannel
    recipients: int
    excluded: dict[str, int]    # reason -> count, see EXCLUSION_REASONS


def _marketing_kind(channel: MessageChannel) -> ConsentKind:
    return ConsentKind.EMAIL_MARKETING if channel is Ch.EMAIL else ConsentKind.SMS_MARKETING


def _marketing_audience(session: Session, channel: MessageChannel
                        ) -> tuple[list[tuple[int, str]], dict[str, int]]:
    """(eligible client ids with their address, excluded counts by reason). Reads columns,
    not objects, and only of clients who consented: the register may hold 200,000 people."""
    consent_kind = _marketing_kind(channel)
    state: dict[int, bool] = {}
    for client_id, given in session.execute(
            select(Consent.client_id, Consent.given).where(Consent.kind == consent_kind)
            .order_by(Consent.recorded_at, Consent.id)):
        state[client_id] = given  # the newest row decides
    active = (Client.anonymised_at.is_(None), Client.merged_into_id.is_(None))
    active_ids = set(session.scalars(select(Client.id).where(*active)))
    excluded = {reason: 0 for reason in EXCLUSION_REASONS}
    excluded["no_consent"] = len(active_ids - state.keys())
    excluded["withdrawn"] = sum(1 for cid, given in state.items()
                                if not given and cid in active_ids)
    consenting = sorted(cid for cid, given in state.items() if given and cid in active_ids)
    eligible: list[tuple[int, str]] = []
    columns = (Client.id, Client.email, Client.phone, Client.deceased_on, Client.restricted,
               Client.archived_at)
    for i in range(0, len(consenting), _CHUNK):
        chunk = consenting[i:i + _CHUNK]
        for cid, email, phone, deceased_on, restricted, archived_at in session.execute(
                select(*columns).where(Client.id.in_(chunk)).order_by(Client.id)):
            address = ""
            if deceased_on is not None:
                reason = "deceased"
            elif restricted:
                reason = "restricted"
            elif archived_at is not None:
                reason = "archived"
            elif not (email if channel is Ch.EMAIL else phone):
                reason = "no_address"
            else:
                address = (planner.valid_email(email) if channel is Ch.EMAIL
                           else planner.valid_mobile(phone)) or ""
                reason = "" if address else "invalid_address"
            if reason:
                excluded[reason] += 1
            else:
                eligible.append((cid, address))
    return eligible, excluded


def marketing_preview(ctx: Context, channel: MessageChannel) -> MarketingPreview:
    """How many clients would receive a marketing message on ``channel`` and why the others
    would not. Audits "marketing.previewed"."""
    require(ctx, Action.SETTINGS_MANAGE, entity_type="message")
    channel = MessageChannel(channel)
    with ctx.transaction() as session:
        eligible, excluded = _marketing_audience(session, channel)
        audit(session, ctx, "marketing.previewed", entity_type="message",
              details={"channel": channel.value, "recipients": len(eligible)})
        return MarketingPreview(channel, len(eligible), excluded)


def _with_opt_out(channel: MessageChannel, language: str, body: str,
                  values: Mapping[str, str]) -> str:
    line = (templates.OPT_OUT if channel is Ch.EMAIL else templates.SMS_OPT_OUT)[language]
    return f"{body}\n\n{templates.render(line, values)}"


def _queue_one(session: Session, client: Client, address: str, channel: MessageChannel,
               campaign: str, texts: Mapping[str, tuple[str, str]], fallback: tuple[str, str],
               practice, cfg: ms.MessagingSettings, now):
    language = content.language_of(client, practice)
    s, b = texts.get(language, fallback)
    values = content.common_values(practice, client)
    text = _with_opt_out(channel, language, templates.render(b, values), values)
    not_before = now
    if channel is Ch.SMS:
        not_before = quiet_hours.next_allowed(now, cfg.quiet_start_hour, cfg.quiet_end_hour)
    # A fresh campaign id cannot collide, so rows are added in bulk (no per-row savepoint).
    message = Message(dedupe_key=f"m:{campaign}:{client.id}:{channel.value}", kind=K.MARKETING,
                      channel=channel, client_id=client.id, recipient=address[:254],
                      subject=templates.render(s, values)[:200], body=text,
                      status=MessageStatus.QUEUED, attempts=0, not_before=not_before,
                      created_at=now, error_code="")
    session.add(message)
    return message


def send_marketing(ctx: Context, channel: MessageChannel, *, subject: str, body: str,
                   texts: Mapping[str, tuple[str, str]] | None = None) -> Changes:
    """Queues one message per consenting client with an opt-out line in their language.
    ``texts`` may give (subject, body) per language; ``subject``/``body`` are the fallback.
    Audits one "marketing.queued" event with the count (each message is in the log)."""
    require(ctx, Action.SETTINGS_MANAGE, entity_type="message")
    channel = MessageChannel(channel)
    texts = dict(texts or {})
    for language, (s, b) in list(texts.items()) + [("", (subject, body))]:
        templates.validate(K.MARKETING, channel, s, b)
    campaign = uuid.uuid4().hex[:12]
    now = ctx.now()
    with ctx.transaction() as session:
        cfg = ms.read(session)
        if not (cfg.email_enabled if channel is Ch.EMAIL else cfg.sms_enabled):
            raise SendFailed(f"{channel.value}_not_configured")
        practice = content.practice_of(session)
        eligible, excluded = _marketing_audience(session, channel)
        if channel is Ch.SMS:
            common = content.common_values(practice, None)
            sample = _with_opt_out(channel, "fi", templates.render(
                body, templates.sample_values(K.MARKETING) | common), common)
            segments.check(sample, cfg.sms_max_parts)
        ids: list[int] = []
        addresses = dict(eligible)
        ids_in_order = [cid for cid, _ in eligible]
        for i in range(0, len(ids_in_order), _CHUNK):
            added = [_queue_one(session, client, addresses[client.id], channel, campaign,
                                texts, (subject, body), practice, cfg, now)
                     for client in session.scalars(select(Client).where(
                         Client.id.in_(ids_in_order[i:i + _CHUNK])).order_by(Client.id))]
            session.flush()
            ids.extend(m.id for m in added)
            session.expunge_all()  # keep memory flat on a large register
        audit(session, ctx, "marketing.queued", entity_type="message",
              details={"channel": channel.value, "campaign": campaign, "recipients": len(ids),
                       "excluded": excluded})
        return Changes.of(KIND, ids=ids, data=len(ids))

