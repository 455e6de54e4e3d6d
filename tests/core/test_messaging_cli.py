"""``vastaanotto-admin send-messages``: the demo path of pointing a practice at a local SMTP
server and sending what is due, against aiosmtpd on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.conftest import OWNER_PASSWORD
from tests.core.test_cli import _init_args
from tests.integration.smtp_server import SmtpServer
from vastaanotto.cli import ENV_OWNER_PASSWORD, main
from vastaanotto.models import Appointment
from vastaanotto.models.clients import ConsentChannel, ConsentKind
from vastaanotto.practice_db import default_url, open_practice_database
from vastaanotto.services import auth, catalog, clients
from vastaanotto.services import messages as svc


def test_send_messages_once_to_a_local_server(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(ENV_OWNER_PASSWORD, OWNER_PASSWORD)
    assert main(_init_args(tmp_path)) == 0
    db = open_practice_database(default_url(tmp_path))
    try:
        owner = auth.authenticate(db, "olli", OWNER_PASSWORD, workstation="test")
        service = catalog.create_service(owner, {
            "name": "Päähieronta", "duration_minutes": 30, "price": Decimal("40.00"),
            "practitioner_ids": []}).data
        client = clients.create_client(owner, {"first_name": "Åsa", "last_name": "Öberg",
                                               "email": "asa@example.fi"}).data
        clients.record_consent(owner, client, ConsentKind.REMINDERS, True,
                               ConsentChannel.FORM)
        start = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=3)).replace(
            second=0, microsecond=0)
        with db.session() as s:
            s.add(Appointment(client_id=client, practitioner_id=owner.staff_id,
                              service_id=service, starts_at=start,
                              ends_at=start + dt.timedelta(minutes=30)))
    finally:
        db.dispose()
    with SmtpServer() as server:
        code = main(["send-messages", "--data-dir", str(tmp_path), "--once",
                     "--local-smtp", f"127.0.0.1:{server.port}"])
        assert code == 0
        [got] = server.received
    assert got.rcpt_tos == ["asa@example.fi"]
    assert got.parsed()["Subject"].startswith("Ajanvarausvahvistus")
    assert "queued 1, sent 1" in capsys.readouterr().out
    assert main(["send-messages", "--data-dir", str(tmp_path), "--once",
                 "--local-smtp", "smtp.example.com:25"]) == 2
    db = open_practice_database(default_url(tmp_path))
    try:
        owner = auth.authenticate(db, "olli", OWNER_PASSWORD, workstation="test")
        assert svc.get_settings(owner).smtp_host == "127.0.0.1"
    finally:
        db.dispose()
