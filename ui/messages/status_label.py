"""The status bar's message indicator: how many messages failed, in red; empty when none."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel

from vastaanotto.context import Context
from vastaanotto.permissions import Action, allowed
from vastaanotto.services import messages as svc
from vastaanotto.services.base import Changes


class MessageStatusLabel(QLabel):
    """Call :meth:`refresh` after each dispatcher round (the dispatcher's ``finished``);
    a click opens the message log (``clicked``)."""

    clicked = Signal()

    def __init__(self, ctx: Context, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("messageStatus")
        self.count = 0
        self.refresh()

    def refresh(self, *_args) -> None:
        # A practitioner does not see the log: not asked, so no refusal is audited each time.
        self.count = (svc.failed_count(self.ctx)
                      if allowed(self.ctx.roles, Action.MESSAGE_LOG) else 0)
        if self.count:
            self.setText(self.tr("%n message(s) failed", "", self.count))
            self.setStyleSheet("color: #b3261e; font-weight: bold;")
            self.setToolTip(self.tr("Open the message log to see why and to retry."))
            self.show()
        else:
            self.clear()
            self.setStyleSheet("")
            self.hide()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("messages"):
            self.refresh()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.clicked.emit()
        super().mousePressEvent(event)
