"""Table models and people's names of the billing view: invoice statuses, payment methods,
report columns. The core returns codes (``"overdue"``, ``"card"``, ``"gross"``); the words are
here (Qt Linguist context "billing")."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui import formatting
from ui.widgets.rows_model import RIGHT, RowsModel
from vastaanotto.services.invoicing import InvoiceRow
from vastaanotto.services.reminders import OverdueInvoice
from vastaanotto.services.reports import Report

translate = QCoreApplication.translate
OVERDUE_COLOR = QColor("#b3261e")


def status_name(status: str) -> str:
    return {"draft": translate("billing", "Draft"),
            "issued": translate("billing", "Issued"),
            "paid": translate("billing", "Paid"),
            "overdue": translate("billing", "Overdue"),
            "credited": translate("billing", "Credited"),
            "unpaid": translate("billing", "Unpaid"),
            "all": translate("billing", "All")}.get(status, status)


def method_name(method: str) -> str:
    return {"cash": translate("billing", "Cash"),
            "card": translate("billing", "Card"),
            "mobilepay": translate("billing", "MobilePay"),
            "gift_card": translate("billing", "Gift card"),
            "bank_transfer": translate("billing", "Bank transfer"),
            # the cash report's row of roundings: not money, outside its total
            "cash_rounding": translate("billing", "Cash rounding")}.get(method, method)


def column_name(key: str) -> str:
    return {"method": translate("billing", "Payment method"),
            "staff": translate("billing", "Received by"),
            "count": translate("billing", "Count"),
            "refunds": translate("billing", "Refunds"),
            "amount": translate("billing", "Amount"),
            "month": translate("billing", "Month"),
            "service": translate("billing", "Service"),
            "practitioner": translate("billing", "Practitioner"),
            "net": translate("billing", "Excl. VAT"),
            "vat": translate("billing", "VAT"),
            "gross": translate("billing", "Incl. VAT"),
            "rate": translate("billing", "VAT rate"),
            "legal_basis": translate("billing", "Exemption basis"),
            "number": translate("billing", "Number"),
            "buyer": translate("billing", "Buyer"),
            "issue_date": translate("billing", "Invoice date"),
            "due_date": translate("billing", "Due date"),
            "total": translate("billing", "Total"),
            "paid": translate("billing", "Paid"),
            "balance": translate("billing", "Balance"),
            "days_overdue": translate("billing", "Days overdue")}.get(key, key)


def rate_text(rate: Decimal) -> str:
    normal = Decimal(rate).normalize()
    decimals = max(0, -normal.as_tuple().exponent)
    return f"{normal:.{decimals}f}".replace(".", ",") + " %"


def value_text(key: str, value: Any) -> str:
    """A report cell for the screen (the CSV writes the raw values)."""
    if value is None or value == "":
        return ""
    if key == "month" and isinstance(value, dt.date):
        return f"{value.month}/{value.year}"
    if key == "method":
        return method_name(value)
    if key == "rate":
        return rate_text(value)
    if key in ("practitioner", "service") and value == "":
        return translate("billing", "(no visit)") if key == "practitioner" else ""
    if isinstance(value, Decimal):
        return formatting.money(value)
    if isinstance(value, dt.date):
        return formatting.date(value)
    return str(value)


class InvoiceListModel(RowsModel[InvoiceRow]):
    class Column(enum.IntEnum):
        NUMBER = 0
        DATE = 1
        BUYER = 2
        TOTAL = 3
        BALANCE = 4
        DUE = 5
        STATUS = 6

    RIGHT_ALIGNED = frozenset({Column.NUMBER, Column.TOTAL, Column.BALANCE})

    def header(self, column) -> str:
        C = self.Column
        return {C.NUMBER: translate("billing", "Number"), C.DATE: translate("billing", "Date"),
                C.BUYER: translate("billing", "Buyer"), C.TOTAL: translate("billing", "Total"),
                C.BALANCE: translate("billing", "Balance"),
                C.DUE: translate("billing", "Due date"),
                C.STATUS: translate("billing", "Status")}[column]

    def display(self, row: InvoiceRow, column) -> str:
        C = self.Column
        if column is C.NUMBER:
            return str(row.number) if row.number is not None else "–"
        if column is C.DATE:
            return formatting.date(row.issue_date) if row.issue_date else ""
        if column is C.BUYER:
            return row.buyer_name
        if column is C.TOTAL:
            return formatting.money(row.total)
        if column is C.BALANCE:
            return formatting.money(row.balance) if row.status != "draft" else ""
        if column is C.DUE:
            return formatting.date(row.due_date) if row.due_date else ""
        text = status_name(row.status)
        if row.kind == "credit_note":
            text = translate("billing", "Credit note")
        if row.reminders:
            text += " · " + translate("billing", "reminded %1×").replace("%1", str(row.reminders))
        return text

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and self.row_at(index.row()).status == "overdue"
                and index.column() in (self.Column.STATUS, self.Column.DUE)):
            return QBrush(OVERDUE_COLOR)
        return super().data(index, role)


class OverdueModel(RowsModel[OverdueInvoice]):
    class Column(enum.IntEnum):
        NUMBER = 0
        BUYER = 1
        DUE = 2
        DAYS = 3
        BALANCE = 4
        REMINDERS = 5
        FEE = 6
        NEXT = 7

    RIGHT_ALIGNED = frozenset({Column.NUMBER, Column.DAYS, Column.BALANCE, Column.REMINDERS,
                               Column.FEE})

    def header(self, column) -> str:
        C = self.Column
        return {C.NUMBER: translate("billing", "Number"), C.BUYER: translate("billing", "Buyer"),
                C.DUE: translate("billing", "Due date"),
                C.DAYS: translate("billing", "Days overdue"),
                C.BALANCE: translate("billing", "Balance"),
                C.REMINDERS: translate("billing", "Reminders"),
                C.FEE: translate("billing", "Reminder fee"),
                C.NEXT: translate("billing", "Next reminder")}[column]

    def display(self, row: OverdueInvoice, column) -> str:
        C = self.Column
        return {C.NUMBER: str(row.number), C.BUYER: row.buyer_name,
                C.DUE: formatting.date(row.due_date), C.DAYS: str(row.days_overdue),
                C.BALANCE: formatting.money(row.balance),
                C.REMINDERS: str(row.reminders) if row.reminders else "",
                C.FEE: formatting.money(row.fee),
                C.NEXT: (translate("billing", "now") if row.can_remind
                         else formatting.date(row.next_possible))}[column]


class ReportModel(QAbstractTableModel):
    """Any ``Report``: its columns named by ``column_name``, a bold total row last."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.report: Report | None = None

    def set_report(self, report: Report | None) -> None:
        self.beginResetModel()
        self.report = report
        self.endResetModel()

    def _rows(self) -> list[tuple]:
        if self.report is None:
            return []
        rows = list(self.report.rows)
        if self.report.total is not None and rows:
            rows.append(self.report.total)
        return rows

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.report is None else len(self.report.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (self.report is not None and orientation == Qt.Orientation.Horizontal
                and role == Qt.ItemDataRole.DisplayRole):
            return column_name(self.report.columns[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.report is None:
            return None
        rows = self._rows()
        row, key = rows[index.row()], self.report.columns[index.column()]
        is_total = self.report.total is not None and index.row() == len(rows) - 1
        if role == Qt.ItemDataRole.DisplayRole:
            if is_total and index.column() == 0:
                return translate("billing", "Total")
            return value_text(key, row[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(
                row[index.column()], (Decimal, int)) and key != "number":
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and is_total:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None
