"""Cancel an appointment: who cancelled (the client or the practice) and why.

The reason is required by the core and stays off the audit trail (it may mention health).
Whether the cancellation is late is the core's decision (LATE_CANCELLATION_HOURS); the dialog
only warns beforehand when the start is that close, so the receptionist can tell the client.
A member of a recurring series asks, on OK, whether only it, it and the following or the
whole series is cancelled (:func:`ui.calendar.series_scope.cancel_appointment`).
"""

from __future__ import annotations

from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QRadioButton, QVBoxLayout, QWidget)

from ui.admin.common import Publish, error_banner
from ui.calendar import series_scope
from ui.errors import message_for
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.models.appointments import CancelledBy
from vastaanotto.services import booking
from vastaanotto.services.base import Changes


class CancelDialog(QDialog):
    """Window-modal; ``changes`` holds the cancellation's Changes once done."""

    def __init__(self, ctx: Context, publish: Publish, appointment_id: int, summary: str,
                 parent: QWidget | None = None, *, late_warning: bool = False,
                 series_id: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._publish = publish
        self.appointment_id = appointment_id
        self.series_id = series_id
        self.changes: Changes | None = None
        self.setWindowTitle(self.tr("Cancel appointment"))
        layout = QVBoxLayout(self)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        heading = QLabel(summary, self)
        heading.setObjectName("cancelSummary")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        layout.addLayout(form)
        self.by_client = QRadioButton(self.tr("By the &client"), self)
        self.by_client.setObjectName("byClient")
        self.by_practice = QRadioButton(self.tr("By &us"), self)
        self.by_practice.setObjectName("byPractice")
        self.by_client.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_client)
        group.addButton(self.by_practice)
        form.addRow(self.tr("Cancelled"), self.by_client)
        form.addRow("", self.by_practice)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(500)
        form.addRow(self.tr("&Reason"), self.reason)
        self.late_label = QLabel(self.tr(
            "Less than the notice period before the start: a cancellation by the client is "
            "recorded as late."), self)
        self.late_label.setObjectName("lateWarning")
        self.late_label.setWordWrap(True)
        self.late_label.setVisible(late_warning)
        layout.addWidget(self.late_label)
        self.by_practice.toggled.connect(
            lambda on: self.late_label.setVisible(late_warning and not on))
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Cancel &appointment"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("confirmCancel")
        buttons.addButton(self.tr("&Keep it"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def by(self) -> CancelledBy:
        return CancelledBy.PRACTICE if self.by_practice.isChecked() else CancelledBy.CLIENT

    def accept(self) -> None:
        try:
            if self.series_id is None:
                changes = booking.cancel(self.ctx, self.appointment_id, by=self.by(),
                                         reason=self.reason.text())
            else:
                changes = series_scope.cancel_appointment(
                    self.ctx, self, self.appointment_id, self.series_id, by=self.by(),
                    reason=self.reason.text())
                if changes is None:  # the scope question was cancelled: stay here
                    return
        except VastaanottoError as exc:
            self.banner.setText(message_for(exc))
            self.banner.show()
            return
        self.changes = changes
        super().accept()
        self._publish(changes)
