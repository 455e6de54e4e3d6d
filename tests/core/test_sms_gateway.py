"""SMS through the 46elks API against a local gateway (tests/integration/sms_server.py):
the request as documented, failure outcomes, retries with back-off, and a process killed
after claiming a message — which must not lead to a second, blind send."""

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from tests.core.booking_practice import book, utc
from tests.core.messaging_practice import (MONDAY, at, gateway, messages, mp, p,  # noqa: F401
                                           smtp)
from tests.integration.sms_server import PASSWORD, USER, SmsGateway
from tests.integration.smtp_server import free_port
from vastaanotto.messaging import queue
from vastaanotto.messaging.sender import Transports
from vastaanotto.messaging.sms.base import SmsConfig
from vastaanotto.messaging.sms.elks46 import Elks46
from vastaanotto.messaging.transport import Outcome, SendError
from vastaanotto.models import MessageKind, MessageStatus
from vastaanotto.services import messages as svc

S = MessageStatus
REMINDER_NOW = utc(2026, 11, 22, 12, 0)


def provider(url, timeout=5.0, password=PASSWORD):
    return Elks46(SmsConfig("46elks", url, USER, password, "Testiklin", timeout=timeout))


def test_request_follows_the_documented_api():
    with SmsGateway() as gw:
        provider_id = provider(gw.url).send("+358401234567", "Hyvää päivää! Öljyä å €",
                                            reference="a:1")
        [req] = gw.requests
    assert provider_id.startswith("s") and len(provider_id) == 33
    assert (req.path, req.user, req.password) == ("/a1/sms", USER, PASSWORD)
    assert req.form == {"from": "Testiklin", "to": "+358401234567",
                        "message": "Hyvää päivää! Öljyä å €"}


@pytest.mark.parametrize("mode, code, outcome", [
    ("500", "http_500", Outcome.RETRY), ("503", "http_503", Outcome.RETRY),
    ("429", "http_429", Outcome.RETRY), ("403", "http_403", Outcome.REJECTED),
])
def test_error_answers(mode, code, outcome):
    with SmsGateway(mode) as gw:
        with pytest.raises(SendError) as caught:
            provider(gw.url).send("+358401234567", "x", reference="r")
    assert (caught.value.code, caught.value.outcome) == (code, outcome)


def test_wrong_password_is_permanent():
    with SmsGateway() as gw:
        with pytest.raises(SendError) as caught:
            provider(gw.url, password="väärä").send("+358401234567", "x", reference="r")
    assert (caught.value.code, caught.value.outcome) == ("http_401", Outcome.REJECTED)


def test_no_answer_is_unknown_and_no_server_is_retry():
    with SmsGateway("hang") as gw:
        with pytest.raises(SendError) as caught:
            provider(gw.url, timeout=0.5).send("+358401234567", "x", reference="r")
        assert len(gw.requests) == 1   # the gateway did get it: sending again could double it
    assert caught.value.outcome is Outcome.UNKNOWN
    with pytest.raises(SendError) as caught:
        provider(f"http://127.0.0.1:{free_port()}").send("+358401234567", "x", reference="r")
    assert (caught.value.code, caught.value.outcome) == ("connection_failed", Outcome.RETRY)


def test_plain_http_only_to_this_machine():
    with pytest.raises(SendError) as caught:
        provider("http://sms.example.com").send("+358401234567", "x", reference="r")
    assert caught.value.code == "sms_url_not_https"


def _queue_reminder(db, mp):
    svc.save_settings(mp.owner, {**svc.get_settings(mp.owner).__dict__, "confirm_email": False})
    book(mp.p, at(MONDAY, 12), client=0)
    svc.plan(mp.reception, REMINDER_NOW)
    [m] = messages(db, kind=MessageKind.REMINDER)
    return m.id


def test_retries_back_off_then_fail_with_the_code_visible(db, mp):
    message_id = _queue_reminder(db, mp)
    mp.gateway.mode = "500"
    now = REMINDER_NOW
    delays = []
    for attempt in range(1, queue.MAX_ATTEMPTS + 1):
        svc.send_due(mp.reception, now)
        [m] = messages(db, id=message_id)
        assert m.attempts == attempt and m.error_code == "http_500"
        if m.status is S.FAILED:
            break
        delays.append(m.not_before - now)
        assert svc.send_due(mp.reception, now).sent == 0     # not yet due again
        now = m.not_before
    assert m.status is S.FAILED and attempt == queue.MAX_ATTEMPTS
    assert delays == [dt.timedelta(minutes=n) for n in (1, 2, 4, 8)]
    assert len(mp.gateway.requests) == queue.MAX_ATTEMPTS
    [row] = svc.list_messages(mp.reception, status=S.FAILED)
    assert row.error_code == "http_500" and row.attempts == queue.MAX_ATTEMPTS
    assert svc.failed_count(mp.reception) == 1
    mp.gateway.mode = "ok"
    svc.retry_message(mp.reception, message_id)
    assert svc.send_due(mp.reception, now).sent == 1
    assert svc.failed_count(mp.reception) == 0


def test_permanent_refusal_fails_at_once(db, mp):
    message_id = _queue_reminder(db, mp)
    mp.gateway.mode = "403"
    svc.send_due(mp.reception, REMINDER_NOW)
    [m] = messages(db, id=message_id)
    assert (m.status, m.attempts, m.error_code) == (S.FAILED, 1, "http_403")


CHILD = textwrap.dedent("""
    import datetime as dt, sys
    from vastaanotto.context import Context
    from vastaanotto.db.engine import open_database, sqlite_url
    from vastaanotto.messaging.sender import Transports
    from vastaanotto.messaging.sms.base import SmsConfig
    from vastaanotto.messaging.sms.elks46 import Elks46
    from vastaanotto.models.staff import Role
    from vastaanotto.services import messages as svc

    path, url, staff_id, now = sys.argv[1:5]
    db = open_database(sqlite_url(path), audit_key=b"k" * 32)
    ctx = Context(db=db, staff_id=int(staff_id), username="child", display_name="Child",
                  roles=frozenset({Role.RECEPTION}), workstation="child")
    sms = Elks46(SmsConfig("46elks", url, "%s", "%s", "Testiklin", timeout=120))
    svc.send_due(ctx, dt.datetime.fromisoformat(now), Transports(sms=sms))
""" % (USER, PASSWORD))


def test_killed_after_claiming_is_never_sent_twice_blindly(db, mp, tmp_path):
    message_id = _queue_reminder(db, mp)
    mp.gateway.mode = "hang"          # the gateway takes the request and never answers
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    child = subprocess.Popen([sys.executable, str(script), str(db.url).removeprefix(
        "sqlite:///"), mp.gateway.url, str(mp.reception.staff_id), REMINDER_NOW.isoformat()],
        env=env)
    try:
        assert mp.gateway.request_seen.wait(60), "the child never reached the gateway"
        [m] = messages(db, id=message_id)
        assert m.status is S.SENDING     # claimed and committed before the network call
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    mp.gateway.mode = "ok"
    mp.gateway.release.set()
    # Restarted within the lease: the message is left alone (another desk may be sending).
    assert svc.send_due(mp.reception, REMINDER_NOW + dt.timedelta(minutes=5)).sent == 0
    # After the lease: unknown outcome, FAILED for a person to decide — not sent again.
    report = svc.send_due(mp.reception, REMINDER_NOW + queue.LEASE)
    assert report.unknown == 1 and report.sent == 0
    [m] = messages(db, id=message_id)
    assert (m.status, m.error_code) == (S.FAILED, queue.UNKNOWN_OUTCOME)
    assert len(mp.gateway.requests) == 1
    # A person checked with the client and retries: now it goes, once.
    svc.retry_message(mp.reception, message_id)
    assert svc.send_due(mp.reception, REMINDER_NOW + queue.LEASE).sent == 1
    assert len(mp.gateway.requests) == 2


def test_two_senders_never_claim_the_same_message(db, mp):
    message_id = _queue_reminder(db, mp)
    first = queue.claim(db, REMINDER_NOW)
    second = queue.claim(db, REMINDER_NOW)
    assert first is not None and first.id == message_id and second is None


def test_missing_transport_fails_visibly(db, mp):
    message_id = _queue_reminder(db, mp)
    svc.send_due(mp.reception, REMINDER_NOW, Transports(email=None, sms=None))
    [m] = messages(db, id=message_id)
    assert (m.status, m.error_code) == (S.FAILED, "sms_not_configured")
