"""Admin › Messages settings page: save, per-field validation errors, test sends against a real
SMTP server (aiosmtpd) and a 46elks-style gateway on 127.0.0.1."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.integration.sms_server import PASSWORD, USER, SmsGateway
from tests.integration.smtp_server import SmtpServer
from ui.messages.settings_page import MessageSettingsPage
from ui.tasks import TaskRunner
from vastaanotto.messaging import settings as ms
from vastaanotto.services import messages as svc

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(qtbot, owner_ctx):
    published = []
    tasks = TaskRunner(synchronous=True)
    widget = MessageSettingsPage(owner_ctx, published.append, tasks=tasks)
    widget.published = published
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


def fill_email(page, port):
    page.email_enabled.setChecked(True)
    page.smtp_host.setText("127.0.0.1")
    page.smtp_security.setCurrentIndex(page.smtp_security.findData("none"))
    page.smtp_port.setValue(port)
    page.smtp_sender.setText("info@testiklinikka.fi")
    page.smtp_sender_name.setText("Testiklinikka Öy")


def test_save_shows_every_problem_under_its_field(qtbot, page, owner_ctx):
    page.email_enabled.setChecked(True)
    page.smtp_host.setText("")
    page.smtp_sender.setText("info@")
    page.sms_enabled.setChecked(True)
    page.sms_sender.setText("Testiklinikka")
    page.sms_api_url.setText("http://sms.example.com")
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.email_errors.message(ms.SMTP_HOST.key) == "This field is required."
    assert page.email_errors.message(ms.SMTP_SENDER.key) == "Not a valid email address."
    assert page.sms_errors.message(ms.SMS_SENDER.key).startswith("A sender ID has 3–11")
    assert page.sms_errors.message(ms.SMS_API_URL.key).startswith("Use an https:// address")
    assert page.sms_errors.message(ms.SMS_USERNAME.key) == "This field is required."
    assert page.banner.isVisible() and "marked in red" in page.banner.text()
    assert svc.get_settings(owner_ctx).email_enabled is False      # nothing saved
    assert page.published == []


def test_save_stores_settings_and_password(qtbot, page, owner_ctx):
    fill_email(page, 2525)
    page.smtp_username.setText("klinikka")
    page.smtp_password.setText("Sähköposti-salasana")
    page.reminder_hours.setValue(48)
    page.quiet_start.setValue(20)
    page.confirm_sms.setChecked(True)
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.status.text() == "Settings saved." and not page.banner.isVisible()
    cfg = svc.get_settings(owner_ctx)
    assert (cfg.smtp_port, cfg.reminder_hours, cfg.quiet_start_hour, cfg.confirm_sms) == (
        2525, 48, 20, True)
    assert page.smtp_password.text() == ""               # never shown again
    assert page.smtp_password.placeholderText() == "Stored in the keyring"
    assert svc.has_password(owner_ctx, ms.SMTP_PASSWORD)
    assert page.published and page.published[0].touches("settings")


def test_test_email_reaches_aiosmtpd(qtbot, page):
    with SmtpServer() as server:
        fill_email(page, server.port)
        page.test_email.setText("olli@testiklinikka.fi")
        qtbot.mouseClick(page.test_email_button, LEFT)
        assert page.status.text() == \
            "Test email sent. Check the inbox of olli@testiklinikka.fi."
        [got] = server.received
        assert got.rcpt_tos == ["olli@testiklinikka.fi"]
        assert got.parsed()["From"].addresses[0].display_name == "Testiklinikka Öy"


def test_test_email_refused_says_why(qtbot, page):
    with SmtpServer() as server:
        server.handler.rcpt_reply = "550 5.1.1 No such user"
        fill_email(page, server.port)
        page.test_email.setText("olli@testiklinikka.fi")
        qtbot.mouseClick(page.test_email_button, LEFT)
        assert page.banner.isVisible()
        assert page.banner.text() == \
            "Sending failed: The mail server refused the message (550)."
        assert server.received == []
    assert page.test_email_button.isEnabled()


def test_test_email_bad_address_marks_the_field(qtbot, page):
    with SmtpServer() as server:
        fill_email(page, server.port)
        page.test_email.setText("olli@")
        qtbot.mouseClick(page.test_email_button, LEFT)
        assert page.email_errors.message("test_email") == "Not a valid email address."
        assert server.received == []


def test_test_sms_through_the_gateway(qtbot, page):
    with SmsGateway() as gateway:
        page.sms_enabled.setChecked(True)
        page.sms_api_url.setText(gateway.url)
        page.sms_username.setText(USER)
        page.sms_password.setText(PASSWORD)
        page.sms_sender.setText("Testiklin")
        page.test_phone.setText("040 765 4321")
        qtbot.mouseClick(page.test_sms_button, LEFT)
        assert page.status.text() == "Test SMS sent to 040 765 4321."
        [req] = gateway.requests
        assert req.form["to"] == "+358407654321" and req.form["from"] == "Testiklin"
        gateway.mode = "401"
        qtbot.mouseClick(page.test_sms_button, LEFT)
        assert "refused the credentials" in page.banner.text()
