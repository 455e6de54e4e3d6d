"""The retention run: clients with no activity for N years (setting ``retention_inactive_years``).

A client is inactive when nothing about them happened since the cutoff: no card change, no
booking starting, no visit, no treatment note, no invoice issued and no payment. Each
inactive client gets an erasure plan (``privacy.erasure``): those the law lets go entirely are
anonymised when the owner confirms; the others are listed with the date their records may go,
and are left alone (an inactive patient may still come back; restricting them is for an
erasure request, not for housekeeping).

Runs on demand from the Privacy view, and is offered there once a month
(:func:`run_is_due`). Works in the caller's session.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session

from vastaanotto.models.appointments import Appointment
from vastaanotto.models.audit import AuditEvent
from vastaanotto.models.billing import Invoice, Payment
from vastaanotto.models.clients import Client
from vastaanotto.models.visits import TreatmentNote, Visit
from vastaanotto.privacy.anonymise import client_facts
from vastaanotto.privacy.erasure import ErasurePlan, plan

__all__ = ["Candidate", "cutoff_for", "inactive_client_ids", "candidates", "run_is_due",
           "RUN_ACTION", "RUN_INTERVAL_DAYS"]

RUN_ACTION = "privacy.retention_run"
RUN_INTERVAL_DAYS = 31


@dataclass(frozen=True)
class Candidate:
    client_id: int
    name: str
    last_activity: dt.datetime | None
    plan: ErasurePlan

    @property
    def may_go(self) -> bool:
        return self.plan.fully_erasable


def cutoff_for(now: dt.datetime, years: int) -> dt.datetime:
    try:
        return now.replace(year=now.year - years)
    except ValueError:  # 29 February
        return now.replace(year=now.year - years, day=28)


def inactive_client_ids(session: Session, cutoff: dt.datetime, limit: int | None = None
                        ) -> list[int]:
    cid = Client.id
    recent = or_(
        exists().where(Appointment.client_id == cid, Appointment.starts_at >= cutoff),
        exists().where(Visit.client_id == cid, Visit.started_at >= cutoff),
        exists().where(TreatmentNote.client_id == cid, TreatmentNote.created_at >= cutoff),
        exists().where(Invoice.client_id == cid,
                       or_(Invoice.issue_date >= cutoff.date(), Invoice.created_at >= cutoff)),
        exists().where(Payment.client_id == cid, Payment.received_at >= cutoff),
    )
    stmt = (select(cid).where(
        Client.anonymised_at.is_(None), Client.merged_into_id.is_(None),
        Client.created_at < cutoff, Client.updated_at < cutoff,
        or_(Client.last_activity_at.is_(None), Client.last_activity_at < cutoff),
        ~recent).order_by(cid))
    if limit:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def _last_activity(session: Session, client: Client) -> dt.datetime | None:
    moments = [client.last_activity_at, client.updated_at, client.created_at,
               session.scalar(select(Appointment.starts_at).where(
                   Appointment.client_id == client.id).order_by(Appointment.starts_at.desc())
                   .limit(1))]
    moments = [m for m in moments if m is not None]
    return max(moments) if moments else None


def candidates(session: Session, now: dt.datetime, years: int,
               limit: int | None = None) -> list[Candidate]:
    today = now.date()
    out = []
    for client_id in inactive_client_ids(session, cutoff_for(now, years), limit):
        client = session.get(Client, client_id)
        out.append(Candidate(client_id, client.full_name, _last_activity(session, client),
                             plan(client_facts(session, client_id, now), today)))
    return out


def run_is_due(session: Session, now: dt.datetime) -> bool:
    """True when no retention run has been carried out in the last month."""
    last = session.scalar(select(AuditEvent.at).where(
        and_(AuditEvent.action == RUN_ACTION)).order_by(AuditEvent.seq.desc()).limit(1))
    return last is None or now - last > dt.timedelta(days=RUN_INTERVAL_DAYS)
