"""Tamper-evident audit chain: each event carries the MAC of the one before.

The MAC is HMAC-SHA256 over a canonical JSON list of the event's fields (a list, so that
("ab", "c") and ("a", "bc") encode differently). The key is the practice's audit key from the
OS keyring; without one the chain falls back to plain SHA-256, which still catches edits,
deletions and reordering by anyone who does not recompute the whole tail.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vastaanotto.models.audit import AuditEvent, Outcome

GENESIS = "0" * 64


def canonical(event: AuditEvent) -> bytes:
    outcome = event.outcome.value if isinstance(event.outcome, Outcome) else str(event.outcome)
    payload: list[Any] = [
        event.seq,
        # Always UTC: the database gives back UTC, whatever zone the clock that wrote it used.
        event.at.astimezone(dt.timezone.utc).isoformat(timespec="microseconds"),
        event.actor_id,
        event.actor_name,
        event.workstation,
        event.action,
        outcome,
        event.entity_type,
        event.entity_id,
        event.client_id,
        list(event.fields or []),
        event.reason,
        event.details or {},
        event.prev_hash,
    ]
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=str).encode("utf-8")


def mac(event: AuditEvent, key: bytes | None) -> str:
    data = canonical(event)
    if key:
        return hmac.new(key, data, hashlib.sha256).hexdigest()
    return hashlib.sha256(data).hexdigest()


def head(session: Session) -> tuple[int, str]:
    """(last seq, last hash), or (0, GENESIS) for an empty trail."""
    row = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    return (row[0], row[1]) if row else (0, GENESIS)


def append(session: Session, event: AuditEvent, key: bytes | None) -> AuditEvent:
    """Chains and adds ``event`` in the caller's transaction.

    On SQLite every write transaction is BEGIN IMMEDIATE, so two workstations can never read the
    same head: the chain cannot fork. (PostgreSQL takes an advisory lock: see ``_lock_head``.)
    """
    _lock_head(session)
    last_seq, last_hash = head(session)
    event.seq = last_seq + 1
    event.prev_hash = last_hash
    event.hash = mac(event, key)
    session.add(event)
    session.flush()
    return event


def _lock_head(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(7_221_001)))


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    first_bad_seq: int | None = None
    problem: str = ""  # "gap", "link", "mac"; against an anchor "truncated" or "anchor"


def verify(session: Session, key: bytes | None, batch: int = 5000,
           anchor: tuple[int | None, str] | None = None) -> VerifyResult:
    """Walks the chain from seq 1. ``anchor`` is a head recorded elsewhere (a backup
    manifest): ``(seq, hash)``, or ``(None, hash)`` when only the hash was kept. A chain cut
    after the anchor verifies on its own; the anchor is what reveals it ("truncated": the
    first missing seq), and a chain rewritten with the key no longer holds the anchored hash
    ("anchor")."""
    expected_seq = 1
    prev = GENESIS
    checked = 0
    anchor_seq, anchor_hash = anchor if anchor else (None, "")
    anchor_found = anchor is None
    stmt = select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=batch)
    for event in session.scalars(stmt):
        if event.seq != expected_seq:
            return VerifyResult(False, checked, expected_seq, "gap")
        if event.prev_hash != prev:
            return VerifyResult(False, checked, event.seq, "link")
        if not hmac.compare_digest(mac(event, key), event.hash):
            return VerifyResult(False, checked, event.seq, "mac")
        if anchor is not None and not anchor_found:
            if anchor_seq == event.seq and event.hash != anchor_hash:
                return VerifyResult(False, checked, event.seq, "anchor")
            anchor_found = event.hash == anchor_hash
        prev = event.hash
        expected_seq += 1
        checked += 1
    if not anchor_found:
        if anchor_seq is not None and anchor_seq >= expected_seq:
            return VerifyResult(False, checked, expected_seq, "truncated")
        return VerifyResult(False, checked, anchor_seq or expected_seq, "anchor")
    return VerifyResult(True, checked)
