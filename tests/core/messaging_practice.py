"""The booking practice of ``booking_practice`` with messaging switched on against real local
servers: an aiosmtpd SMTP server and a 46elks-compatible HTTP gateway, both on 127.0.0.1.

A module of its own (not a conftest) so that only the messaging tests see these names.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from tests.core.booking_practice import MONDAY, NOW, at, p  # noqa: F401 - fixture
from tests.integration.sms_server import PASSWORD, USER, SmsGateway
from tests.integration.smtp_server import SmtpServer
from vastaanotto.clock import fixed_clock
from vastaanotto.models import Message
from vastaanotto.models.clients import ConsentChannel, ConsentKind
from vastaanotto.services import clients
from vastaanotto.services import messages as svc

# Maija: email + mobile, Finnish, reminders consented. Sven: email only, Swedish, consented.
# Erkki: no contact details at all, consented.
CONTACTS = [
    {"first_name": "Maija", "last_name": "Meikäläinen", "email": "maija@example.fi",
     "phone": "040 123 4567", "language": "fi"},
    {"first_name": "Sven", "last_name": "Åkerlund", "email": "sven@example.fi",
     "language": "sv"},
    {"first_name": "Erkki", "last_name": "Esimerkki"},
]


def settings_for(smtp_port: int, gateway_url: str, **overrides) -> dict:
    values = {
        "email_enabled": True, "smtp_host": "127.0.0.1", "smtp_port": smtp_port,
        "smtp_security": "none", "smtp_username": "", "smtp_sender": "info@testiklinikka.fi",
        "smtp_sender_name": "Testiklinikka Oy", "sms_enabled": True, "sms_provider": "46elks",
        "sms_api_url": gateway_url, "sms_username": USER, "sms_sender": "Testiklin",
        "confirm_email": True, "confirm_sms": False, "reminder_hours": 24,
        "reminder_channel": "sms_else_email", "quiet_start_hour": 21, "quiet_end_hour": 8,
    }
    values.update(overrides)
    return values


@pytest.fixture
def smtp():
    with SmtpServer() as server:
        yield server


@pytest.fixture
def gateway():
    with SmsGateway() as server:
        yield server


@pytest.fixture
def mp(p, smtp, gateway):
    for client_id, data in zip(p.clients, CONTACTS):
        clients.update_client(p.owner, client_id, data)
        clients.record_consent(p.owner, client_id, ConsentKind.REMINDERS, True,
                               ConsentChannel.IN_PERSON)
    svc.save_settings(p.owner, settings_for(smtp.handler and smtp.port, gateway.url),
                      sms_password=PASSWORD)
    return SimpleNamespace(p=p, owner=p.owner, reception=p.reception, smtp=smtp,
                           gateway=gateway, maija=p.clients[0], sven=p.clients[1],
                           erkki=p.clients[2])


def at_time(ctx, moment: dt.datetime):
    return dataclasses.replace(ctx, clock=fixed_clock(moment))


def messages(db, **where) -> list[Message]:
    with db.session() as s:
        stmt = select(Message).order_by(Message.id)
        for name, value in where.items():
            stmt = stmt.where(getattr(Message, name) == value)
        return list(s.scalars(stmt))


__all__ = ["MONDAY", "NOW", "at", "at_time", "messages", "mp", "p", "settings_for", "smtp",
           "gateway"]
