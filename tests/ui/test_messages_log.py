"""The message log, the status-bar label, the client-card list and the dispatcher, with real
sends to aiosmtpd and a 46elks-style gateway on 127.0.0.1."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.core.booking_practice import book, utc
from tests.core.messaging_practice import (  # noqa: F401 - fixtures
    MONDAY, NOW, at, at_time, gateway, messages, mp, p, smtp)
from ui.messages.client_messages import ClientMessagesWidget
from ui.messages.dispatcher import MessageDispatcher
from ui.messages.log_view import FAILED_COLOR, MessageLogView, MessagesModel
from ui.messages.status_label import MessageStatusLabel
from ui.tasks import TaskRunner
from vastaanotto.models import MessageKind, MessageStatus, Role
from vastaanotto.services import messages as svc

LEFT = Qt.MouseButton.LeftButton
REMINDER_NOW = utc(2026, 11, 22, 12, 0)


@pytest.fixture
def failed_sms(db, mp):
    """Maija's SMS reminder, refused by the gateway (403), and Sven's email reminder, sent."""
    svc.save_settings(mp.owner, {**svc.get_settings(mp.owner).__dict__, "confirm_email": False})
    book(mp.p, at(MONDAY, 12), client=0)
    book(mp.p, at(MONDAY, 13), client=1)
    svc.plan(mp.reception, REMINDER_NOW)
    mp.gateway.mode = "403"
    svc.send_due(mp.reception, REMINDER_NOW)
    [sms] = messages(db, channel="sms")
    assert sms.status is MessageStatus.FAILED
    return sms.id


@pytest.fixture
def log_view(qtbot, mp):
    published = []
    view = MessageLogView(mp.reception, published.append)
    view.published = published
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    return view


def rows(view):
    return [view.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole)
            for r in range(view.proxy.rowCount())]


def test_failed_message_shows_its_reason_in_red(qtbot, log_view, failed_sms, mp):
    log_view.reload()
    failed = next(r for r in rows(log_view) if r.id == failed_sms)
    row = log_view.model.row_of_id(failed_sms)
    reason = log_view.model.index(row, MessagesModel.Column.REASON).data()
    assert reason == ("The SMS gateway refused the credentials, number or sender (403).")
    color = log_view.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole).color()
    assert color == FAILED_COLOR
    assert failed.recipient == "+358401234567"
    log_view.status_filter.setCurrentIndex(log_view.status_filter.findData(
        MessageStatus.FAILED))
    assert [r.id for r in rows(log_view)] == [failed_sms]
    log_view.status_filter.setCurrentIndex(0)
    log_view.client_filter.setText("åkerlund")
    assert [r.client_name for r in rows(log_view)] == ["Sven Åkerlund"]


def test_retry_a_failed_message(qtbot, db, log_view, failed_sms, mp):
    log_view.reload()
    log_view.select_id(failed_sms)
    assert log_view.retry_button.isEnabled()
    assert "403" in log_view.reason.text()
    qtbot.mouseClick(log_view.retry_button, LEFT)
    assert log_view.published and log_view.published[-1].touches("messages")
    log_view.on_changes(log_view.published[-1])
    [m] = messages(db, id=failed_sms)
    assert (m.status, m.attempts) == (MessageStatus.QUEUED, 0)
    mp.gateway.mode = "ok"
    assert svc.send_due(mp.reception, REMINDER_NOW).sent == 1
    log_view.reload()
    log_view.select_id(failed_sms)
    assert log_view.selected().status is MessageStatus.SENT
    assert not log_view.retry_button.isEnabled()


def test_unknown_outcome_asks_before_retrying(qtbot, db, log_view, mp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    svc.save_settings(mp.owner, {**svc.get_settings(mp.owner).__dict__, "confirm_email": False})
    book(mp.p, at(MONDAY, 12), client=0)
    svc.plan(mp.reception, REMINDER_NOW)
    with db.session() as s:       # as left behind by a desk that died while sending
        from vastaanotto.models import Message
        m = s.query(Message).one()
        m.status, m.error_code = MessageStatus.FAILED, "unknown_outcome"
        message_id = m.id
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2])
                        or QMessageBox.StandardButton.No)
    log_view.reload()
    log_view.select_id(message_id)
    assert log_view.reason.text().startswith("Unknown whether it was delivered")
    qtbot.mouseClick(log_view.retry_button, LEFT)
    assert asked and "twice" in asked[0]
    assert messages(db, id=message_id)[0].status is MessageStatus.FAILED


def test_status_label_counts_failures(qtbot, mp, failed_sms, make_ctx):
    label = MessageStatusLabel(mp.reception)
    qtbot.addWidget(label)
    assert label.count == 1 and label.text() == "1 message(s) failed"
    assert "#b3261e" in label.styleSheet()
    svc.dismiss_message(mp.reception, failed_sms)
    label.refresh()
    assert label.count == 0 and label.isHidden()
    practitioner = MessageStatusLabel(make_ctx(Role.PRACTITIONER))
    qtbot.addWidget(practitioner)
    assert practitioner.count == 0


def test_client_card_widget_lists_that_clients_messages(qtbot, mp, failed_sms):
    widget = ClientMessagesWidget(mp.reception, mp.maija)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 1
    assert widget.model.row_at(0).kind is MessageKind.REMINDER
    assert widget.summary.text().startswith("1 message(s) to this client failed")
    sven = ClientMessagesWidget(mp.reception, mp.sven)
    qtbot.addWidget(sven)
    assert sven.model.row_at(0).status is MessageStatus.SENT
    assert sven.summary.text() == "1 recent message(s)."


def test_client_card_names_failed_messages_in_its_tab(qtbot, mp, failed_sms):
    from ui.clients.client_card import ClientCardDialog

    card = ClientCardDialog(mp.reception, lambda changes: None, mp.maija)
    qtbot.addWidget(card)
    index = card.tabs.indexOf(card.messages_tab)
    assert card.tabs.tabText(index) == "Messages (1 failed)"
    assert card.messages_tab.model.row_at(0).status is MessageStatus.FAILED
    sven = ClientCardDialog(mp.reception, lambda changes: None, mp.sven)
    qtbot.addWidget(sven)
    assert sven.tabs.tabText(sven.tabs.indexOf(sven.messages_tab)) == "Messages"


def test_dispatcher_plans_and_sends_in_the_background(qtbot, db, mp):
    book(mp.p, at(MONDAY, 10), client=0)
    ctx = at_time(mp.reception, NOW)
    host = QWidget()
    qtbot.addWidget(host)
    dispatcher = MessageDispatcher(ctx, TaskRunner(host, synchronous=True), host)
    reports = []
    dispatcher.finished.connect(reports.append)
    dispatcher.run_now()
    assert reports and reports[0].sent == 1
    assert len(mp.smtp.received) == 1
    dispatcher.run_now()
    assert reports[1].sent == 0 and len(mp.smtp.received) == 1


def test_dispatcher_threaded_round(qtbot, db, mp):
    book(mp.p, at(MONDAY, 10), client=0)
    # Parented like in the main window: Qt, not Python's collector, deletes it after the test.
    host = QWidget()
    qtbot.addWidget(host)
    dispatcher = MessageDispatcher(at_time(mp.reception, NOW), TaskRunner(host), host,
                                   interval_ms=50)
    with qtbot.waitSignal(dispatcher.finished, timeout=20000) as blocker:
        dispatcher.start(first_after_ms=0)
    assert dispatcher.shutdown()
    assert blocker.args[0].sent == 1 and len(mp.smtp.received) == 1


def test_dispatcher_announces_changes(qtbot, db, mp):
    book(mp.p, at(MONDAY, 10), client=0)
    host = QWidget()
    qtbot.addWidget(host)
    dispatcher = MessageDispatcher(at_time(mp.reception, NOW), TaskRunner(host, synchronous=True),
                                   host)
    label = MessageStatusLabel(mp.reception, host)
    announced = []
    dispatcher.changes.connect(announced.append)
    dispatcher.changes.connect(label.on_changes)
    mp.smtp.handler.rcpt_reply = "550 5.1.1 No such user"
    dispatcher.run_now()
    assert announced and announced[0].touches("messages")
    assert label.count == 1 and not label.isHidden()
    dispatcher.run_now()                     # nothing new: nothing announced
    assert len(announced) == 1
