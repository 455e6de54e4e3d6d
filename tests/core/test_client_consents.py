"""The consent ledger as the client card lists it: every row, newest first, who recorded it,
and the read audited."""

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from vastaanotto.clock import fixed_clock
from vastaanotto.errors import NotFound
from vastaanotto.models import AuditEvent, ConsentChannel, ConsentKind, Role
from vastaanotto.services import clients
from vastaanotto.services.client_consents import consent_ledger

T0 = dt.datetime(2026, 11, 16, 8, 0, tzinfo=dt.timezone.utc)


def test_ledger_rows_newest_first_with_the_recorder(db, make_ctx):
    reception = make_ctx(Role.RECEPTION)
    cid = clients.create_client(reception, {"first_name": "Äijä", "last_name": "Öhman"}).data
    for minutes, kind, given, channel in (
            (0, ConsentKind.EMAIL_MARKETING, True, ConsentChannel.FORM),
            (5, ConsentKind.SMS_MARKETING, True, ConsentChannel.PHONE),
            (9, ConsentKind.EMAIL_MARKETING, False, ConsentChannel.EMAIL)):
        at = dataclasses.replace(reception, clock=fixed_clock(T0 + dt.timedelta(minutes=minutes)))
        clients.record_consent(at, cid, kind, given, channel)
    rows = consent_ledger(reception, cid)
    assert [(r.kind, r.given, r.channel) for r in rows] == [
        (ConsentKind.EMAIL_MARKETING, False, ConsentChannel.EMAIL),
        (ConsentKind.SMS_MARKETING, True, ConsentChannel.PHONE),
        (ConsentKind.EMAIL_MARKETING, True, ConsentChannel.FORM)]
    assert {r.recorded_by for r in rows} == {reception.display_name}
    with db.session() as s:
        event = s.scalars(select(AuditEvent).where(
            AuditEvent.action == "client.consents_viewed")).one()
    assert event.client_id == cid and event.actor_id == reception.staff_id


def test_unknown_client_is_not_found(make_ctx):
    with pytest.raises(NotFound):
        consent_ledger(make_ctx(Role.RECEPTION), 999)
