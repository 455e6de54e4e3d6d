"""Thin table models of the client card and the import dialog (search has its own module).

Each holds the immutable rows a core function returned and only formats them: dates and times
in Europe/Helsinki the Finnish way, money with ``formatting.money``, codes through the names
in ``ui.clients.common``.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt)

from ui import formatting
from ui.clients.common import channel_name, consent_name
from ui.errors import code_message, field_label
from ui.widgets.rows_model import RowsModel
from vastaanotto.models.billing import InvoiceKind, InvoiceStatus, PaymentMethod
from vastaanotto.services.client_consents import ConsentRow
from vastaanotto.services.client_history import BookingRow, InvoiceRow, PaymentRow, VisitRow
from vastaanotto.services.client_import import CsvTable, ImportReport
from vastaanotto.services.treatment_notes import NoteRow

# Called by this name so that pyside6-lupdate finds the texts (a wrapper would hide them).
translate = QCoreApplication.translate


class ConsentLedgerModel(RowsModel[ConsentRow]):
    class Column(enum.IntEnum):
        WHEN = 0
        CONSENT = 1
        STATE = 2
        CHANNEL = 3
        RECORDED_BY = 4

    def header(self, column):
        C = self.Column
        return {C.WHEN: translate("clients", "When"),
                C.CONSENT: translate("clients", "Consent"),
                C.STATE: translate("clients", "State"),
                C.CHANNEL: translate("clients", "Channel"),
                C.RECORDED_BY: translate("clients", "Recorded by")}[column]

    def display(self, row: ConsentRow, column):
        C = self.Column
        if column == C.WHEN:
            return formatting.date_time(row.recorded_at)
        if column == C.CONSENT:
            return consent_name(row.kind)
        if column == C.STATE:
            return (translate("clients", "Given") if row.given
                    else translate("clients", "Withdrawn"))
        if column == C.CHANNEL:
            return channel_name(row.channel)
        return row.recorded_by


class NotesModel(RowsModel[NoteRow]):
    """Treatment notes in the order written; a superseded version (listed only when the
    versions are asked for) says so in its version column."""

    class Column(enum.IntEnum):
        WRITTEN = 0
        AUTHOR = 1
        VERSION = 2
        BASIS = 3
        TEXT = 4

    RIGHT_ALIGNED = frozenset({Column.VERSION})

    def header(self, column):
        C = self.Column
        return {C.WRITTEN: translate("clients", "Written"),
                C.AUTHOR: translate("clients", "Author"),
                C.VERSION: translate("clients", "Version"),
                C.BASIS: translate("clients", "Stored because"),
                C.TEXT: translate("clients", "Note")}[column]

    def display(self, row: NoteRow, column):
        C = self.Column
        if column == C.WRITTEN:
            return formatting.date_time(row.created_at)
        if column == C.AUTHOR:
            return row.author_name
        if column == C.VERSION:
            if row.superseded:
                return translate("clients", "%1 (replaced)").replace("%1", str(row.version))
            return str(row.version)
        if column == C.BASIS:
            reasons = []
            if row.accepted:
                reasons.append(translate("clients", "client accepted"))
            if row.kanta:
                reasons.append(translate("clients", "Kanta"))
            return ", ".join(reasons)
        first_line = row.text.split("\n", 1)[0]
        return first_line if len(first_line) <= 120 else first_line[:119] + "…"


def invoice_state(row: InvoiceRow, today: dt.date) -> str:
    """What the desk needs to know of an invoice: draft, open, overdue, paid or credited."""
    if row.kind is InvoiceKind.CREDIT_NOTE:
        return translate("clients", "Credit note")
    if row.status is InvoiceStatus.DRAFT:
        return translate("clients", "Draft")
    if row.status is InvoiceStatus.CREDITED:
        return translate("clients", "Credited")
    if row.open_amount < 0:
        return translate("clients", "Overpaid")
    if row.open_amount == 0 or row.status is InvoiceStatus.PAID:
        return translate("clients", "Paid")
    if row.due_date is not None and row.due_date < today:
        return translate("clients", "Overdue")
    return translate("clients", "Open", "invoice state: not yet paid")


def payment_method_name(method: PaymentMethod) -> str:
    return {PaymentMethod.CASH: translate("clients", "Cash"),
            PaymentMethod.CARD: translate("clients", "Card"),
            PaymentMethod.MOBILEPAY: translate("clients", "MobilePay"),
            PaymentMethod.GIFT_CARD: translate("clients", "Gift card"),
            PaymentMethod.BANK_TRANSFER: translate("clients", "Bank transfer")}[method]


class BookingsModel(RowsModel[BookingRow]):
    class Column(enum.IntEnum):
        WHEN = 0
        SERVICE = 1
        PRACTITIONER = 2
        STATUS = 3

    def header(self, column):
        C = self.Column
        return {C.WHEN: translate("clients", "Time"),
                C.SERVICE: translate("clients", "Service"),
                C.PRACTITIONER: translate("clients", "Practitioner"),
                C.STATUS: translate("clients", "Status")}[column]

    def display(self, row: BookingRow, column):
        C = self.Column
        if column == C.WHEN:
            day = formatting.date(row.starts.date())
            return f"{day} {formatting.time_range(row.starts, row.ends)}"
        if column == C.SERVICE:
            return row.service
        if column == C.PRACTITIONER:
            return row.practitioner
        status = formatting.status_name(row.status)
        if row.late_cancellation:
            return translate("clients", "%1, late").replace("%1", status)
        return status


class VisitsModel(RowsModel[VisitRow]):
    class Column(enum.IntEnum):
        WHEN = 0
        SERVICE = 1
        PRACTITIONER = 2

    def header(self, column):
        C = self.Column
        return {C.WHEN: translate("clients", "Time"),
                C.SERVICE: translate("clients", "Service"),
                C.PRACTITIONER: translate("clients", "Practitioner")}[column]

    def display(self, row: VisitRow, column):
        C = self.Column
        if column == C.WHEN:
            return formatting.date_time(row.started_at)
        return row.service if column == C.SERVICE else row.practitioner


class InvoicesModel(RowsModel[InvoiceRow]):
    class Column(enum.IntEnum):
        NUMBER = 0
        DATE = 1
        DUE = 2
        TOTAL = 3
        OPEN = 4
        STATE = 5

    RIGHT_ALIGNED = frozenset({Column.NUMBER, Column.TOTAL, Column.OPEN})

    def __init__(self, parent=None):
        super().__init__((), parent)
        self.today = dt.date.today()   # the tab sets the practice's today before each load

    def header(self, column):
        C = self.Column
        return {C.NUMBER: translate("clients", "Number"),
                C.DATE: translate("clients", "Date"),
                C.DUE: translate("clients", "Due"),
                C.TOTAL: translate("clients", "Total"),
                C.OPEN: translate("clients", "Open", "column: amount still unpaid"),
                C.STATE: translate("clients", "State")}[column]

    def display(self, row: InvoiceRow, column):
        C = self.Column
        if column == C.NUMBER:
            return str(row.number) if row.number is not None else ""
        if column == C.DATE:
            return formatting.date(row.issue_date) if row.issue_date else ""
        if column == C.DUE:
            return formatting.date(row.due_date) if row.due_date else ""
        if column == C.TOTAL:
            return formatting.money(row.total)
        if column == C.OPEN:
            return formatting.money(row.open_amount)
        return invoice_state(row, self.today)


class PaymentsModel(RowsModel[PaymentRow]):
    class Column(enum.IntEnum):
        WHEN = 0
        AMOUNT = 1
        METHOD = 2
        INVOICE = 3

    RIGHT_ALIGNED = frozenset({Column.AMOUNT, Column.INVOICE})

    def header(self, column):
        C = self.Column
        return {C.WHEN: translate("clients", "Received"),
                C.AMOUNT: translate("clients", "Amount"),
                C.METHOD: translate("clients", "Method"),
                C.INVOICE: translate("clients", "Invoice")}[column]

    def display(self, row: PaymentRow, column):
        C = self.Column
        if column == C.WHEN:
            return formatting.date_time(row.received_at)
        if column == C.AMOUNT:
            return formatting.money(row.amount)
        if column == C.METHOD:
            if row.rounding:   # a few cents booked to round the cash, not money paid
                return translate("clients", "Cash rounding")
            return payment_method_name(row.method)
        return str(row.invoice_number) if row.invoice_number is not None else ""


class CsvPreviewModel(QAbstractTableModel):
    """The first rows of a CSV file as read, under the file's own headings; the vertical
    header gives the spreadsheet row numbers the report refers to."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._table: CsvTable | None = None
        self._count = 0

    def set_table(self, table: CsvTable | None, limit: int) -> None:
        self.beginResetModel()
        self._table = table
        self._count = min(limit, len(table.rows)) if table is not None else 0
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self._table is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._table.headers):
            return self._table.headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < self._count:
            return str(self._table.row_numbers[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role != Qt.ItemDataRole.DisplayRole or not index.isValid() or self._table is None
                or not 0 <= index.row() < self._count
                or not 0 <= index.column() < len(self._table.headers)):
            return None
        return self._table.rows[index.row()][index.column()]


@dataclass(frozen=True)
class ReportLine:
    """One problem of one row: an error (the row cannot be imported) or a warning."""

    id: int
    line: int
    field: str
    message: str
    error: bool


def report_lines(report: ImportReport) -> list[ReportLine]:
    """Errors and warnings of every row, in file order, in the person's words."""
    lines: list[ReportLine] = []
    for row in report.rows:
        for exc in row.errors:
            lines.append(ReportLine(len(lines), row.line, field_label(exc.field),
                                    code_message(exc.code, exc.params), True))
        if "duplicate_in_file" in row.warnings:
            lines.append(ReportLine(len(lines), row.line, "", translate(
                "clients", "Same phone or email as row %1.").replace(
                "%1", str(row.duplicate_of_line)), False))
        if "duplicate_in_register" in row.warnings:
            lines.append(ReportLine(len(lines), row.line, "", translate(
                "clients", "A client with the same phone or email is already in the "
                "register; merge them after the import if they are the same person."), False))
    return lines


class ImportReportModel(RowsModel[ReportLine]):
    class Column(enum.IntEnum):
        ROW = 0
        KIND = 1
        FIELD = 2
        MESSAGE = 3

    RIGHT_ALIGNED = frozenset({Column.ROW})

    def header(self, column):
        C = self.Column
        return {C.ROW: translate("clients", "Row"),
                C.KIND: translate("clients", "Problem"),
                C.FIELD: translate("clients", "Field"),
                C.MESSAGE: translate("clients", "Message")}[column]

    def display(self, row: ReportLine, column):
        C = self.Column
        if column == C.ROW:
            return str(row.line)
        if column == C.KIND:
            return translate("clients", "Error") if row.error else translate("clients", "Warning")
        return row.field if column == C.FIELD else row.message
