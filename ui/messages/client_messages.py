"""Recent messages of one client, for the client card: what went out, what waits, what failed
and why. Read through ``messages.list_messages`` (audited, reception and owner)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.messages.log_view import MessagesModel
from ui.widgets.tables import read_only_table
from vastaanotto.context import Context
from vastaanotto.errors import PermissionDenied
from vastaanotto.models.messages import MessageStatus
from vastaanotto.services import messages as svc
from vastaanotto.services.base import Changes

RECENT = 50


class ClientMessagesWidget(QWidget):
    KINDS = ("messages",)

    def __init__(self, ctx: Context, client_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.failed = 0
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("messagesSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = MessagesModel(parent=self)
        self.table = read_only_table(self, self.model, "clientMessages")
        for column in (MessagesModel.Column.CLIENT,):
            self.table.hideColumn(column)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        try:
            rows = svc.list_messages(self.ctx, client_id=self.client_id, limit=RECENT)
        except PermissionDenied:
            self.model.set_rows([])
            self.summary.setText(self.tr("Messages are visible to reception and the owner."))
            return
        self.model.set_rows(rows)
        failed = self.failed = sum(1 for r in rows if r.status is MessageStatus.FAILED)
        if failed:
            self.summary.setText(self.tr("%n message(s) to this client failed. See the reason "
                                         "below; retry from the message log.", "", failed))
            self.summary.setStyleSheet("color: #b3261e; font-weight: bold;")
        else:
            self.summary.setText(self.tr("%n recent message(s).", "", len(rows)))
            self.summary.setStyleSheet("")

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*self.KINDS):
            self.reload()
