"""The consent ledger of one client, read for the client card.

``clients.record_consent`` and ``clients.withdraw_marketing`` write the ledger and
``clients.current_consents`` reduces it to today's state; this module lists its rows so staff
can answer "when and how did I agree to this?" (GDPR art. 7(1): the controller must be able to
show the consent). Reading it is audited like any read of client data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from vastaanotto.context import Context
from vastaanotto.errors import NotFound
from vastaanotto.models.clients import Client, Consent, ConsentChannel, ConsentKind
from vastaanotto.models.staff import Staff
from vastaanotto.permissions import Action
from vastaanotto.services.base import audit, require


@dataclass(frozen=True)
class ConsentRow:
    id: int
    kind: ConsentKind
    given: bool
    channel: ConsentChannel
    recorded_at: dt.datetime       # UTC
    recorded_by: str               # staff display name; "" when recorded by the system
    note: str


def consent_ledger(ctx: Context, client_id: int) -> list[ConsentRow]:
    """Every ledger row of the client, newest first. Audits "client.consents_viewed"."""
    require(ctx, Action.CLIENT_VIEW, entity_type="client", entity_id=client_id,
            client_id=client_id)
    with ctx.transaction() as session:
        client = session.get(Client, client_id)
        if client is None or client.anonymised_at is not None:
            raise NotFound(entity="client")
        stmt = (select(Consent, Staff.display_name)
                .outerjoin(Staff, Staff.id == Consent.recorded_by_id)
                .where(Consent.client_id == client_id)
                .order_by(Consent.recorded_at.desc(), Consent.id.desc()))
        rows = [ConsentRow(c.id, c.kind, c.given, c.channel, c.recorded_at, name or "", c.note)
                for c, name in session.execute(stmt)]
        audit(session, ctx, "client.consents_viewed", entity_type="client",
              entity_id=client_id, client_id=client_id)
        return rows


__all__ = ["ConsentRow", "consent_ledger"]
