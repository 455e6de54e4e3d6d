"""The message queue on a real PostgreSQL server (tests/integration/postgres.py) with a real
SMTP server: the planner, the claim and the send work there too, and four desks sending at
once deliver each message exactly once."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from decimal import Decimal

import pytest

from tests.conftest import OWNER_PASSWORD, PROFILE
from tests.integration.smtp_server import SmtpServer
from vastaanotto.clock import HELSINKI, fixed_clock
from vastaanotto.db.engine import open_database
from vastaanotto.models import Appointment, MessageStatus
from vastaanotto.models.clients import ConsentChannel, ConsentKind
from vastaanotto.services import catalog, clients
from vastaanotto.services import messages as svc
from vastaanotto.services.setup import initialize_practice

pytestmark = pytest.mark.integration
NOW = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def pg_db(pg_url):
    db = open_database(pg_url, audit_key=b"M" * 32)
    yield db
    db.dispose()


def test_plan_and_send_once_from_four_desks(pg_db):
    owner = initialize_practice(pg_db, PROFILE, owner_username="olli",
                                owner_display_name="Olli Omistaja",
                                owner_password=OWNER_PASSWORD, workstation="pg-desk")
    owner = dataclasses.replace(owner, clock=fixed_clock(NOW))
    service = catalog.create_service(owner, {"name": "Päähieronta", "duration_minutes": 30,
                                             "price": Decimal("40.00"),
                                             "practitioner_ids": []}).data
    ids = []
    for i in range(12):
        client = clients.create_client(owner, {"first_name": f"Åsa{i}", "last_name": "Öberg",
                                               "email": f"asa{i}@example.fi"}).data
        clients.record_consent(owner, client, ConsentKind.REMINDERS, True, ConsentChannel.FORM)
        ids.append(client)
    start = dt.datetime(2026, 11, 23, 10, 0, tzinfo=HELSINKI)
    with pg_db.session() as s:
        for n, client in enumerate(ids):
            s.add(Appointment(client_id=client, practitioner_id=owner.staff_id,
                              service_id=service, starts_at=start + dt.timedelta(hours=n),
                              ends_at=start + dt.timedelta(hours=n, minutes=30)))
    with SmtpServer() as server:
        svc.save_settings(owner, {"email_enabled": True, "smtp_host": "127.0.0.1",
                                  "smtp_port": server.port, "smtp_security": "none",
                                  "smtp_sender": "info@testiklinikka.fi",
                                  "confirm_email": False, "reminder_hours": 48})
        assert svc.plan(owner, NOW).queued == 12
        assert svc.plan(owner, NOW).queued == 0
        errors = []

        def desk():
            try:
                svc.send_due(owner, NOW)
            except Exception as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [threading.Thread(target=desk) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert errors == []
        delivered = sorted(r.rcpt_tos[0] for r in server.received)
    assert delivered == sorted(f"asa{i}@example.fi" for i in range(12))   # each exactly once
    rows = svc.list_messages(owner)
    assert {r.status for r in rows} == {MessageStatus.SENT} and len(rows) == 12
