"""Admin › Messages: email (SMTP) and SMS gateway settings with test sends, confirmations,
reminder lead time and quiet hours.

Everything is one audited service call (``messages.save_settings``); passwords go to the OS
keyring and are never shown again (an empty password field keeps the stored one). A test send
first saves the form, then sends with the saved settings in the background (``TaskRunner``),
so what was tested is what the dispatcher will use.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea,
                               QSpinBox, QVBoxLayout, QWidget)

from ui.admin.common import Publish, error_banner
from ui.errors import field_errors, field_label, message_for
from ui.widgets.forms import FormErrors
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.messaging import settings as ms
from vastaanotto.messaging.sms.base import PROVIDERS
from vastaanotto.services import messages as svc
from vastaanotto.services.base import Changes


def _row(parent: QWidget, *widgets: QWidget, stretch: bool = False) -> QWidget:
    """Several widgets on one form row, as one widget (FormErrors binds to a row's widget)."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for i, widget in enumerate(widgets):
        layout.addWidget(widget, 0 if stretch or i else 1)
    if stretch:
        layout.addStretch(1)
    return row


class MessageSettingsPage(QWidget):
    KINDS = ("settings",)

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None,
                 tasks=None):
        super().__init__(parent)
        self.ctx = ctx
        self._publish = publish
        self._tasks = tasks
        outer = QVBoxLayout(self)
        self.banner = error_banner(self)
        outer.addWidget(self.banner)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        grid = QGridLayout(body)
        grid.addWidget(self._email_box(body), 0, 0)
        grid.addWidget(self._sms_box(body), 0, 1)
        grid.addWidget(self._sending_box(body), 1, 0, 1, 2)
        grid.setRowStretch(2, 1)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.marketing_button = QPushButton(self.tr("Marketing message…"), self)
        self.marketing_button.setObjectName("marketing")
        self.marketing_button.clicked.connect(self.open_marketing)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.marketing_button)
        outer.addLayout(buttons)
        self._marketing: QWidget | None = None
        self.load()

    # -- building ----------------------------------------------------------------------------
    def _email_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Email"), parent)
        form = QFormLayout(box)
        self.email_enabled = QCheckBox(self.tr("Send email"), box)
        self.smtp_host = QLineEdit(box)
        self.smtp_host.setPlaceholderText("smtp.example.fi")
        self.smtp_port = QSpinBox(box)
        self.smtp_port.setRange(1, 65535)
        self.smtp_port.setMaximumWidth(100)
        self.smtp_security = QComboBox(box)
        self.smtp_security.addItem(self.tr("STARTTLS (port 587)"), "starttls")
        self.smtp_security.addItem(self.tr("TLS (port 465)"), "tls")
        self.smtp_security.addItem(self.tr("None (local test server only)"), "none")
        self.smtp_username = QLineEdit(box)
        self.smtp_password = QLineEdit(box)
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.smtp_sender = QLineEdit(box)
        self.smtp_sender.setPlaceholderText("info@klinikka.fi")
        self.smtp_sender_name = QLineEdit(box)
        self.smtp_country = QComboBox(box)
        for code in ms.EU_EEA:
            self.smtp_country.addItem(code, code)
        self.test_email = QLineEdit(box)
        self.test_email.setObjectName("testEmail")
        self.test_email_button = QPushButton(self.tr("Send test email"), box)
        self.test_email_button.setObjectName("testEmailButton")
        self.test_email_button.clicked.connect(self.send_test_email)
        test_row = _row(box, self.test_email, self.test_email_button)
        form.addRow(self.email_enabled)
        form.addRow(self.tr("Mail server"), self.smtp_host)
        form.addRow(self.tr("Port"), self.smtp_port)
        form.addRow(self.tr("Security"), self.smtp_security)
        form.addRow(self.tr("User name"), self.smtp_username)
        form.addRow(self.tr("Password"), self.smtp_password)
        form.addRow(self.tr("Sender address"), self.smtp_sender)
        form.addRow(self.tr("Sender name"), self.smtp_sender_name)
        form.addRow(self.tr("Provider's country"), self.smtp_country)
        form.addRow(self.tr("Test address"), test_row)
        self.email_errors = FormErrors(form, {
            ms.SMTP_HOST.key: self.smtp_host, ms.SMTP_PORT.key: self.smtp_port,
            ms.SMTP_SECURITY.key: self.smtp_security, ms.SMTP_USERNAME.key: self.smtp_username,
            ms.SMTP_SENDER.key: self.smtp_sender, ms.SMTP_SENDER_NAME.key: self.smtp_sender_name,
            ms.SMTP_COUNTRY.key: self.smtp_country, "test_email": test_row})
        self.smtp_security.currentIndexChanged.connect(self._suggest_port)
        return box

    def _sms_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("SMS"), parent)
        form = QFormLayout(box)
        self.sms_enabled = QCheckBox(self.tr("Send SMS"), box)
        self.sms_provider = QComboBox(box)
        for name, info in PROVIDERS.items():
            self.sms_provider.addItem(f"{name} ({info['country']})", name)
        self.sms_api_url = QLineEdit(box)
        self.sms_username = QLineEdit(box)
        self.sms_password = QLineEdit(box)
        self.sms_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sms_sender = QLineEdit(box)
        self.sms_sender.setMaxLength(16)
        self.sms_sender.setPlaceholderText(self.tr("e.g. Klinikka"))
        self.sms_max_parts = QSpinBox(box)
        self.sms_max_parts.setRange(ms.SMS_MAX_PARTS.minimum, ms.SMS_MAX_PARTS.maximum)
        self.sms_max_parts.setMaximumWidth(100)
        self.test_phone = QLineEdit(box)
        self.test_phone.setObjectName("testPhone")
        self.test_sms_button = QPushButton(self.tr("Send test SMS"), box)
        self.test_sms_button.setObjectName("testSmsButton")
        self.test_sms_button.clicked.connect(self.send_test_sms)
        test_row = _row(box, self.test_phone, self.test_sms_button)
        form.addRow(self.sms_enabled)
        form.addRow(self.tr("Provider"), self.sms_provider)
        form.addRow(self.tr("Gateway address"), self.sms_api_url)
        form.addRow(self.tr("API user name"), self.sms_username)
        form.addRow(self.tr("API password"), self.sms_password)
        form.addRow(self.tr("Sender ID"), self.sms_sender)
        form.addRow(self.tr("Longest SMS (parts)"), self.sms_max_parts)
        form.addRow(self.tr("Test number"), test_row)
        hint = QLabel(self.tr("Sender ID: 3–11 letters a–z or digits, no spaces or ä/ö, "
                              "as Finnish operators require."), box)
        hint.setWordWrap(True)
        form.addRow(hint)
        self.sms_errors = FormErrors(form, {
            ms.SMS_PROVIDER.key: self.sms_provider, ms.SMS_API_URL.key: self.sms_api_url,
            ms.SMS_USERNAME.key: self.sms_username, ms.SMS_SENDER.key: self.sms_sender,
            ms.SMS_MAX_PARTS.key: self.sms_max_parts, "test_phone": test_row})
        return box

    def _sending_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("What is sent"), parent)
        form = QFormLayout(box)
        self.confirm_email = QCheckBox(self.tr("Booking confirmation by email"), box)
        self.confirm_sms = QCheckBox(self.tr("Booking confirmation by SMS"), box)
        self.reminder_hours = QSpinBox(box)
        self.reminder_hours.setRange(ms.REMINDER_HOURS.minimum, ms.REMINDER_HOURS.maximum)
        self.reminder_hours.setSuffix(" h")
        self.reminder_hours.setMaximumWidth(100)
        self.reminder_channel = QComboBox(box)
        self.reminder_channel.addItem(self.tr("SMS, or email if no mobile number"),
                                      "sms_else_email")
        self.reminder_channel.addItem(self.tr("SMS only"), "sms")
        self.reminder_channel.addItem(self.tr("Email only"), "email")
        self.reminder_channel.addItem(self.tr("Both"), "both")
        self.quiet_start = QSpinBox(box)
        self.quiet_start.setRange(0, 23)
        self.quiet_start.setSuffix(".00")
        self.quiet_end = QSpinBox(box)
        self.quiet_end.setRange(0, 23)
        self.quiet_end.setSuffix(".00")
        quiet = _row(box, self.quiet_start, QLabel("–", box), self.quiet_end, stretch=True)
        form.addRow(self.confirm_email)
        form.addRow(self.confirm_sms)
        form.addRow(self.tr("Reminder before the appointment"), self.reminder_hours)
        form.addRow(self.tr("Reminder by"), self.reminder_channel)
        form.addRow(self.tr("No SMS between"), quiet)
        note = QLabel(self.tr("Reminders go only to clients who consented to reminders. "
                              "SMS due in the quiet hours wait until the morning."), box)
        note.setWordWrap(True)
        form.addRow(note)
        self.sending_errors = FormErrors(form, {
            ms.REMINDER_HOURS.key: self.reminder_hours,
            ms.REMINDER_CHANNEL.key: self.reminder_channel,
            ms.QUIET_START.key: quiet, ms.QUIET_END.key: quiet})
        return box

    def _suggest_port(self) -> None:
        port = {"starttls": 587, "tls": 465}.get(self.smtp_security.currentData())
        if port and self.smtp_port.value() in (25, 465, 587):
            self.smtp_port.setValue(port)

    # -- data ----------------------------------------------------------------------------------
    def load(self) -> None:
        cfg = svc.get_settings(self.ctx)
        self.email_enabled.setChecked(cfg.email_enabled)
        self.smtp_host.setText(cfg.smtp_host)
        self.smtp_security.blockSignals(True)
        self.smtp_security.setCurrentIndex(max(0, self.smtp_security.findData(
            cfg.smtp_security)))
        self.smtp_security.blockSignals(False)
        self.smtp_port.setValue(cfg.smtp_port)
        self.smtp_username.setText(cfg.smtp_username)
        self.smtp_sender.setText(cfg.smtp_sender)
        self.smtp_sender_name.setText(cfg.smtp_sender_name)
        self.smtp_country.setCurrentIndex(max(0, self.smtp_country.findData(cfg.smtp_country)))
        self.sms_enabled.setChecked(cfg.sms_enabled)
        self.sms_provider.setCurrentIndex(max(0, self.sms_provider.findData(cfg.sms_provider)))
        self.sms_api_url.setText(cfg.sms_api_url)
        self.sms_username.setText(cfg.sms_username)
        self.sms_sender.setText(cfg.sms_sender)
        self.sms_max_parts.setValue(cfg.sms_max_parts)
        self.confirm_email.setChecked(cfg.confirm_email)
        self.confirm_sms.setChecked(cfg.confirm_sms)
        self.reminder_hours.setValue(cfg.reminder_hours)
        self.reminder_channel.setCurrentIndex(max(0, self.reminder_channel.findData(
            cfg.reminder_channel)))
        self.quiet_start.setValue(cfg.quiet_start_hour)
        self.quiet_end.setValue(cfg.quiet_end_hour)
        for edit, name in ((self.smtp_password, ms.SMTP_PASSWORD),
                           (self.sms_password, ms.SMS_PASSWORD)):
            edit.clear()
            edit.setPlaceholderText(self.tr("Stored in the keyring") if svc.has_password(
                self.ctx, name) else "")
        self._clear_errors()

    def values(self) -> dict:
        return {
            "email_enabled": self.email_enabled.isChecked(),
            "smtp_host": self.smtp_host.text(), "smtp_port": self.smtp_port.value(),
            "smtp_security": self.smtp_security.currentData(),
            "smtp_username": self.smtp_username.text(),
            "smtp_sender": self.smtp_sender.text(),
            "smtp_sender_name": self.smtp_sender_name.text(),
            "smtp_country": self.smtp_country.currentData(),
            "sms_enabled": self.sms_enabled.isChecked(),
            "sms_provider": self.sms_provider.currentData(),
            "sms_api_url": self.sms_api_url.text(), "sms_username": self.sms_username.text(),
            "sms_sender": self.sms_sender.text(), "sms_max_parts": self.sms_max_parts.value(),
            "confirm_email": self.confirm_email.isChecked(),
            "confirm_sms": self.confirm_sms.isChecked(),
            "reminder_hours": self.reminder_hours.value(),
            "reminder_channel": self.reminder_channel.currentData(),
            "quiet_start_hour": self.quiet_start.value(),
            "quiet_end_hour": self.quiet_end.value(),
        }

    def _clear_errors(self) -> None:
        for errors in (self.email_errors, self.sms_errors, self.sending_errors):
            errors.clear()
        self.banner.hide()

    def _show_error(self, exc: Exception) -> None:
        per_field = field_errors(exc) if isinstance(exc, VastaanottoError) else {}
        leftover = dict(per_field)
        for errors in (self.email_errors, self.sms_errors, self.sending_errors):
            placed = errors.set_errors(per_field)
            leftover = {k: v for k, v in leftover.items() if k in placed}
        if not per_field:
            text = message_for(exc)
        elif leftover:
            text = "\n".join(f"{field_label(f)}: {m}" for f, m in leftover.items())
        else:
            text = self.tr("Check the fields marked in red.")
        self.banner.setText(text)
        self.banner.show()

    def save(self) -> bool:
        self._clear_errors()
        self.status.clear()
        try:
            changes = svc.save_settings(self.ctx, self.values(),
                                        smtp_password=self.smtp_password.text() or None,
                                        sms_password=self.sms_password.text() or None)
        except VastaanottoError as exc:
            self._show_error(exc)
            return False
        self._publish(changes)
        self.load()
        self.status.setText(self.tr("Settings saved."))
        return True

    # -- test sends ------------------------------------------------------------------------
    def send_test_email(self) -> None:
        self._test(svc.test_email, self.test_email.text(),
                   self.tr("Test email sent. Check the inbox of %1."))

    def send_test_sms(self) -> None:
        self._test(svc.test_sms, self.test_phone.text(),
                   self.tr("Test SMS sent to %1."))

    def _test(self, fn, target: str, done_text: str) -> None:
        if not self.save():
            return
        self.status.setText(self.tr("Sending…"))
        for button in (self.test_email_button, self.test_sms_button):
            button.setEnabled(False)

        def done(_provider_id) -> None:
            self._test_finished()
            self.status.setText(done_text.replace("%1", target))

        def failed(exc: BaseException) -> None:
            self._test_finished()
            self.status.clear()
            self._show_error(exc)

        if self._tasks is None:
            try:
                result = fn(self.ctx, target)
            except VastaanottoError as exc:
                failed(exc)
            else:
                done(result)
            return
        self._tasks.run(lambda _progress: fn(self.ctx, target), on_done=done, on_error=failed,
                        label=self.tr("Sending a test message"), parent_widget=self)

    def _test_finished(self) -> None:
        for button in (self.test_email_button, self.test_sms_button):
            button.setEnabled(True)

    def open_marketing(self):
        """The marketing dialog, window-modal but not blocking (tests drive it)."""
        from ui.messages.marketing_dialog import MarketingDialog

        if self._marketing is not None:
            self._marketing.deleteLater()
        self._marketing = MarketingDialog(self.ctx, self._publish, self)
        self._marketing.open()
        return self._marketing

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*self.KINDS) and not self.banner.isVisible():
            self.load()
