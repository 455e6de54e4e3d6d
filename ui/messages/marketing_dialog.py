"""A marketing message to every client whose current consent allows the channel.

The dialog first counts: how many receive it, how many are left out and why (no consent,
withdrawn, no address …). Sending queues one message per recipient with an opt-out line in
the client's language; the dispatcher sends them (SMS not at night).
"""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QMessageBox, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ui.admin.common import Publish, error_banner, error_text
from ui.messages.texts import reason_name
from ui.widgets.forms import FormErrors
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.messaging import segments, templates
from vastaanotto.models.messages import MessageChannel
from vastaanotto.services import messages as svc


class MarketingDialog(QDialog):
    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._publish = publish
        self.preview: svc.MarketingPreview | None = None
        self.setWindowTitle(self.tr("Marketing message"))
        layout = QVBoxLayout(self)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        form = QFormLayout()
        layout.addLayout(form)
        self.channel = QComboBox(self)
        self.channel.setObjectName("channel")
        self.channel.addItem(self.tr("Email"), MessageChannel.EMAIL)
        self.channel.addItem(self.tr("SMS"), MessageChannel.SMS)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.subject = QLineEdit(self)
        self.subject.setObjectName("subject")
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("body")
        self.body.textChanged.connect(self._text_changed)
        self.length = QLabel(self)
        self.length.setObjectName("length")
        hint = QLabel(self.tr("Placeholders: %1. An opt-out line is added to every message.")
                      .replace("%1", " ".join("{%s}" % n for n in templates.PLACEHOLDERS[
                          templates.K.MARKETING])), self)
        hint.setWordWrap(True)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Text"), self.body)
        form.addRow("", self.length)
        form.addRow(hint)
        self.errors = FormErrors(form, {"subject": self.subject, "body": self.body})
        self.count_button = QPushButton(self.tr("Count recipients"), self)
        self.count_button.setObjectName("countButton")
        self.count_button.clicked.connect(self.count)
        layout.addWidget(self.count_button)
        self.counts = QLabel(self)
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.send_button = self.buttons.addButton(self.tr("Send"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("send")
        self.send_button.setEnabled(False)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._channel_changed()

    def _channel(self) -> MessageChannel:
        return MessageChannel(self.channel.currentData())  # Qt returns the str value

    def _channel_changed(self) -> None:
        self.subject.setEnabled(self._channel() is MessageChannel.EMAIL)
        self.preview = None
        self.send_button.setEnabled(False)
        self.counts.clear()
        self._text_changed()

    def _text_changed(self) -> None:
        text = self.body.toPlainText()
        if self._channel() is MessageChannel.SMS:
            result = segments.count(text)
            self.length.setText(self.tr("%1 characters, %n SMS part(s) before the opt-out "
                                        "line", "", result.parts)
                                .replace("%1", str(result.units)))
        else:
            self.length.setText(self.tr("%n character(s)", "", len(text)))

    def count(self) -> None:
        self.banner.hide()
        try:
            self.preview = svc.marketing_preview(self.ctx, self._channel())
        except VastaanottoError as exc:
            self._fail(exc)
            return
        lines = [self.tr("%n client(s) will receive this message.", "",
                         self.preview.recipients)]
        excluded = {k: v for k, v in self.preview.excluded.items() if v}
        if excluded:
            lines.append(self.tr("Left out: %n client(s)", "", sum(excluded.values())))
            lines += [f"  • {reason_name(k)}: {v}" for k, v in excluded.items()]
        self.counts.setText("\n".join(lines))
        self.send_button.setEnabled(self.preview.recipients > 0)

    def _fail(self, exc: Exception) -> None:
        self.banner.setText(error_text(exc, self.errors))
        self.banner.show()

    def confirm(self, count: int) -> bool:
        """Asks before sending; tests replace it."""
        return QMessageBox.question(
            self, self.tr("Send"), self.tr("Send this message to %n client(s)?", "", count)) \
            == QMessageBox.StandardButton.Yes

    def send(self) -> None:
        self.errors.clear()
        self.banner.hide()
        if self.preview is None or not self.confirm(self.preview.recipients):
            return
        try:
            changes = svc.send_marketing(self.ctx, self._channel(), subject=self.subject.text(),
                                         body=self.body.toPlainText())
        except VastaanottoError as exc:
            self._fail(exc)
            return
        self.queued = changes.data
        self._publish(changes)
        self.accept()
