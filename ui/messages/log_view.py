"""The message log: what was sent to whom and when, what waits, what failed and why.

Reception and owner see it (the service refuses others). A failed message can be retried or
dismissed; a message whose delivery is unknown says so, because retrying it may deliver it
twice. Message texts are not shown here: the log lists, the client card tells.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from ui.admin.common import Publish
from ui.errors import show_error
from ui.formatting import date_time
from ui.messages.texts import channel_name, error_code_text, kind_name, status_name
from ui.widgets.rows_model import ROW_ROLE, RowsModel
from ui.widgets.tables import SINGLE, read_only_table
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.finnish.validators import format_phone_fi
from vastaanotto.models.messages import MessageStatus
from vastaanotto.services import messages as svc
from vastaanotto.services.base import Changes

FAILED_COLOR = QColor("#b3261e")


class MessagesModel(RowsModel):
    class Column(enum.IntEnum):
        CREATED = 0
        SENT = 1
        KIND = 2
        CHANNEL = 3
        CLIENT = 4
        RECIPIENT = 5
        STATUS = 6
        ATTEMPTS = 7
        REASON = 8

    RIGHT_ALIGNED = frozenset({Column.ATTEMPTS})

    def header(self, column):
        C = self.Column
        return {C.CREATED: self.tr("Created"), C.SENT: self.tr("Sent"),
                C.KIND: self.tr("Message"), C.CHANNEL: self.tr("Channel"),
                C.CLIENT: self.tr("Client"), C.RECIPIENT: self.tr("To"),
                C.STATUS: self.tr("Status"), C.ATTEMPTS: self.tr("Attempts"),
                C.REASON: self.tr("Reason")}[column]

    def display(self, row: svc.MessageRow, column):
        C = self.Column
        if column is C.CREATED:
            return date_time(row.created_at)
        if column is C.SENT:
            if row.sent_at:
                return date_time(row.sent_at)
            if row.status is MessageStatus.QUEUED:
                return self.tr("from %1").replace("%1", date_time(row.not_before))
            return ""
        if column is C.KIND:
            return kind_name(row.kind)
        if column is C.CHANNEL:
            return channel_name(row.channel)
        if column is C.CLIENT:
            return row.client_name
        if column is C.RECIPIENT:
            if row.recipient.startswith("+358"):
                return format_phone_fi(row.recipient)
            return row.recipient
        if column is C.STATUS:
            return status_name(row.status)
        if column is C.ATTEMPTS:
            return str(row.attempts)
        return error_code_text(row.error_code)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and self.row_at(index.row()).status is MessageStatus.FAILED):
            return QBrush(FAILED_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return error_code_text(self.row_at(index.row()).error_code) or None
        return super().data(index, role)


class MessageLogView(QWidget):
    KINDS = ("messages", "appointments", "clients")

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._publish = publish
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All"), None)
        for status in (MessageStatus.FAILED, MessageStatus.QUEUED, MessageStatus.SENT,
                       MessageStatus.CANCELLED):
            self.status_filter.addItem(status_name(status), status)
        self.status_filter.currentIndexChanged.connect(self.reload)
        self.client_filter = QLineEdit(self)
        self.client_filter.setObjectName("clientFilter")
        self.client_filter.setPlaceholderText(self.tr("Filter by client or address"))
        self.client_filter.setClearButtonEnabled(True)
        filters.addWidget(QLabel(self.tr("Status"), self))
        filters.addWidget(self.status_filter)
        filters.addWidget(self.client_filter, 1)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setObjectName("retry")
        self.retry_button.clicked.connect(self.retry_selected)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setObjectName("dismiss")
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.reload)
        for button in (self.retry_button, self.dismiss_button, self.refresh_button):
            filters.addWidget(button)
        layout.addLayout(filters)
        self.model = MessagesModel(parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.client_filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = read_only_table(self, self.proxy, "messages", selection_mode=SINGLE)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        layout.addWidget(self.table, 1)
        self.reason = QLabel(self)
        self.reason.setObjectName("reason")
        self.reason.setWordWrap(True)
        layout.addWidget(self.reason)
        self.reload()

    def reload(self, *_args) -> None:
        current = self.selected()
        self.model.set_rows(svc.list_messages(self.ctx, status=self.status_filter.currentData()))
        if current is not None:
            self.select_id(current.id)
        self.update_buttons()

    def selected(self) -> svc.MessageRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_id(self, message_id: int) -> None:
        row = self.model.row_of_id(message_id)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def update_buttons(self, *_args) -> None:
        row = self.selected()
        failed = row is not None and row.status is MessageStatus.FAILED
        self.retry_button.setEnabled(failed and bool(row.recipient))
        self.dismiss_button.setEnabled(row is not None and row.status in (
            MessageStatus.FAILED, MessageStatus.QUEUED))
        self.reason.setText(error_code_text(row.error_code) if row is not None else "")

    def retry_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.error_code.startswith("unknown_outcome") and QMessageBox.question(
                self, self.tr("Retry"),
                self.tr("It is not known whether this message was delivered. Sending it "
                        "again may deliver it twice. Send again?")) \
                != QMessageBox.StandardButton.Yes:
            return
        self._call(svc.retry_message, row.id)

    def dismiss_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._call(svc.dismiss_message, row.id)

    def _call(self, fn, message_id: int) -> None:
        try:
            changes = fn(self.ctx, message_id)
        except VastaanottoError as exc:
            show_error(self, exc)
            return
        self._publish(changes)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*self.KINDS):
            self.reload()
