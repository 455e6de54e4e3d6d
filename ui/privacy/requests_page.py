"""The request register: every data-subject request with its dates, handler and outcome.

A new request is recorded for a client; an access request over the yearly limit
(``access_requests_per_year``) is flagged in the list and warned about when recorded. From a
selected request the owner answers it: exports the data, runs the erasure workflow, marks it
in progress, completes or refuses it with an outcome, or reprints an erasure outcome.
"""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QInputDialog, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from ui import formatting
from ui.admin.common import Publish
from ui.errors import show_error
from ui.privacy import common
from ui.privacy.common import ClientPicker, kind_name, status_name, translate
from ui.privacy.dialogs import AccessReportDialog, ErasureDialog, ExportDialog
from ui.widgets.rows_model import RowsModel
from ui.widgets.tables import SINGLE, read_only_table
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.models.privacy import RequestKind, RequestStatus
from vastaanotto.services import privacy as privacy_service
from vastaanotto.services.base import Changes
from vastaanotto.services.privacy import RequestRow


class RequestsModel(RowsModel[RequestRow]):
    class Column(enum.IntEnum):
        RECEIVED = 0
        CLIENT = 1
        KIND = 2
        DUE = 3
        STATUS = 4
        HANDLER = 5
        OUTCOME = 6

    def header(self, column):
        C = self.Column
        return {C.RECEIVED: translate("privacy", "Received"),
                C.CLIENT: translate("privacy", "Client"),
                C.KIND: translate("privacy", "Request"),
                C.DUE: translate("privacy", "Answer by"),
                C.STATUS: translate("privacy", "Status"),
                C.HANDLER: translate("privacy", "Handler"),
                C.OUTCOME: translate("privacy", "Outcome")}[column]

    def display(self, row: RequestRow, column):
        C = self.Column
        if column is C.RECEIVED:
            return formatting.date(row.received_on)
        if column is C.CLIENT:
            return row.client_name
        if column is C.KIND:
            text = kind_name(row.kind)
            return (text + translate("privacy", " – over the yearly limit") if row.over_limit
                    else text)
        if column is C.DUE:
            return formatting.date(row.due_on)
        if column is C.STATUS:
            done = formatting.date_time(row.completed_at) if row.completed_at else ""
            return f"{status_name(row.status)} {done}".strip()
        if column is C.HANDLER:
            return row.handler_name
        return row.outcome

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.row_at(index.row())
            if row.over_limit and index.column() == self.Column.KIND:
                return QBrush(QColor("#a33a00"))
        return super().data(index, role)


class NewRequestDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newRequestDialog")
        self.setWindowTitle(translate("privacy", "New data-protection request"))
        self.ctx = ctx
        self.client = ClientPicker(ctx, self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("requestKind")
        for kind in RequestKind:
            self.kind.addItem(kind_name(kind), kind)
        today = ctx.now().date()
        self.received = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.received.setObjectName("receivedOn")
        self.received.setDisplayFormat("d.M.yyyy")
        self.received.setCalendarPopup(True)
        form = QFormLayout(self)
        form.addRow(translate("privacy", "Client"), self.client)
        form.addRow(translate("privacy", "Request"), self.kind)
        form.addRow(translate("privacy", "Received on"), self.received)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.created: privacy_service.RequestCreated | None = None
        self.changes: Changes | None = None

    def submit(self) -> None:
        if self.client.client_id is None:
            QMessageBox.information(self, self.windowTitle(),
                                    translate("privacy", "Choose a client first."))
            return
        d = self.received.date()
        try:
            self.changes = privacy_service.create_request(
                self.ctx, self.client.client_id, self.kind.currentData(),
                dt.date(d.year(), d.month(), d.day()))
        except VastaanottoError as exc:
            show_error(self, exc)
            return
        self.created = self.changes.data
        self.accept()


class RequestsPage(QWidget):
    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("requestsPage")
        self.ctx, self._publish = ctx, publish
        self.model = RequestsModel(parent=self)
        self.table = read_only_table(self, self.model, "requestsTable", selection_mode=SINGLE)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, text, slot in (
                ("new", translate("privacy", "New request…"), self.new_request),
                ("answer", translate("privacy", "Answer…"), self.answer),
                ("progress", translate("privacy", "Mark in progress"), self.mark_in_progress),
                ("complete", translate("privacy", "Complete…"),
                 lambda: self.close_request(RequestStatus.COMPLETED)),
                ("refuse", translate("privacy", "Refuse…"),
                 lambda: self.close_request(RequestStatus.REFUSED)),
                ("print", translate("privacy", "Print outcome…"), self.print_outcome)):
            button = QPushButton(text, self)
            button.setObjectName(f"request_{name}")
            button.clicked.connect(slot)
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._loaded = False
        self._enable()

    def showEvent(self, event) -> None:
        if not self._loaded:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._loaded = True
        try:
            self.model.set_rows(privacy_service.list_requests(self.ctx))
        except VastaanottoError as exc:
            show_error(self, exc, translate("privacy", "Cannot read the requests"))
        self._enable()

    def selected(self) -> RequestRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def select_id(self, request_id: int) -> None:
        row = self.model.row_of_id(request_id)
        if row >= 0:
            self.table.selectRow(row)

    def _enable(self) -> None:
        row = self.selected()
        open_ = row is not None and row.status in (RequestStatus.RECEIVED,
                                                   RequestStatus.IN_PROGRESS)
        self.buttons["answer"].setEnabled(open_ and row.kind in (
            RequestKind.ACCESS, RequestKind.ERASURE, RequestKind.ACCESS_LOG,
            RequestKind.OBJECTION))
        self.buttons["progress"].setEnabled(open_ and row.status is RequestStatus.RECEIVED)
        self.buttons["complete"].setEnabled(open_)
        self.buttons["refuse"].setEnabled(open_)
        self.buttons["print"].setEnabled(row is not None and row.kind is RequestKind.ERASURE
                                         and row.status is RequestStatus.COMPLETED)

    def new_request(self) -> None:
        dialog = NewRequestDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.open()
        self.dialog = dialog

    def _created(self, dialog: NewRequestDialog) -> None:
        self._publish(dialog.changes)
        created = dialog.created
        if created is not None and created.over_limit:
            QMessageBox.warning(
                self, translate("privacy", "Over the yearly limit"),
                translate("privacy", "This client has made %1 access requests in twelve months; "
                          "the free limit is %2. You may charge a reasonable fee or refuse a "
                          "manifestly excessive request (GDPR art. 12(5)).")
                .replace("%1", str(created.access_requests_in_year))
                .replace("%2", str(created.limit)))
        if created is not None:
            self.select_id(created.id)

    def answer(self) -> None:
        row = self.selected()
        if row is None or row.client_id is None:
            return
        if row.kind is RequestKind.ACCESS:
            dialog = ExportDialog(self.ctx, self._publish, row.client_id, row.client_name,
                                  self, request_id=row.id)
        elif row.kind is RequestKind.ERASURE:
            dialog = ErasureDialog(self.ctx, self._publish, row.client_id, row.client_name,
                                   self, request_id=row.id)
        elif row.kind is RequestKind.ACCESS_LOG:
            dialog = AccessReportDialog(self.ctx, self._publish, row.client_id,
                                        row.client_name, self, request_id=row.id)
        else:  # objection: both marketing consents withdrawn
            from vastaanotto.models.clients import ConsentChannel

            try:
                self._publish(privacy_service.object_to_marketing(
                    self.ctx, row.client_id, ConsentChannel.FORM, request_id=row.id))
            except VastaanottoError as exc:
                show_error(self, exc)
            return
        dialog.open()
        self.dialog = dialog

    def mark_in_progress(self) -> None:
        row = self.selected()
        if row is not None:
            self._update(row.id, RequestStatus.IN_PROGRESS, "")

    def ask_outcome(self, status: RequestStatus) -> str | None:
        """The outcome text (tests replace this)."""
        text, ok = QInputDialog.getMultiLineText(
            self, status_name(status),
            translate("privacy", "Outcome (what was done, or why it was refused):"))
        return text if ok else None

    def close_request(self, status: RequestStatus) -> None:
        row = self.selected()
        if row is None:
            return
        text = self.ask_outcome(status)
        if text is None:
            return
        self._update(row.id, status, text)

    def _update(self, request_id: int, status: RequestStatus, text: str) -> None:
        try:
            self._publish(privacy_service.update_request(self.ctx, request_id, status, text))
        except VastaanottoError as exc:
            show_error(self, exc)

    def print_outcome(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            pdf = privacy_service.request_outcome_pdf(self.ctx, row.id)
        except VastaanottoError as exc:
            show_error(self, exc)
            return
        common.save_with_dialog(self, translate("privacy", "Save the outcome"),
                                f"poistopyynto-{row.id}.pdf",
                                translate("privacy", "PDF files (*.pdf)"), pdf)

    def on_changes(self, changes: Changes) -> None:
        if self._loaded and changes.touches(privacy_service.KIND, "clients"):
            selected = self.selected()
            self.refresh()
            if selected is not None:
                self.select_id(selected.id)
