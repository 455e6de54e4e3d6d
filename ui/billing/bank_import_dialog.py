"""Import a bank file (camt.054 or KTL): choose it, preview what matches, confirm.

Reading and matching run through the task runner (``tasks``), so a long file never freezes
the window; the preview records nothing, and "Record payments" records the matched lines in
one transaction (all or nothing). A malformed file shows why and records nothing. GUI thread.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel,
                               QPushButton, QVBoxLayout, QWidget)

from ui.admin.common import error_banner
from ui.errors import message_for
from ui.formatting import date, money
from ui.tasks import TaskRunner
from ui.widgets.rows_model import RowsModel
from ui.widgets.tables import read_only_table
from vastaanotto.billing import bank_statements as bank
from vastaanotto.billing.bank_statements import ImportReport, ReportLine
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.services.base import Changes

MAX_FILE = bank.MAX_FILE


def _preview_task(progress, ctx, data, filename):
    return bank.preview_statement(ctx, data, filename, progress)


def _import_task(progress, ctx, data, filename):
    return bank.import_statement(ctx, data, filename, progress)


def status_name(status: str) -> str:
    from PySide6.QtCore import QCoreApplication
    translate = QCoreApplication.translate  # this name: pyside6-lupdate finds the texts
    return {"matched": translate("payments", "Paid in full"),
            "partial": translate("payments", "Partial payment"),
            "overpaid": translate("payments", "Overpaid"),
            "duplicate": translate("payments", "Already imported"),
            "unknown_reference": translate("payments", "Unknown reference"),
            "no_reference": translate("payments", "No reference"),
            "invoice_not_payable": translate("payments", "Invoice not payable"),
            "correction": translate("payments", "Bank correction"),
            "debit": translate("payments", "Money out"),
            "not_euro": translate("payments", "Not in euros")}.get(status, status)


class ReportModel(RowsModel):
    class Column(enum.IntEnum):
        DATE = 0
        PAYER = 1
        REFERENCE = 2
        AMOUNT = 3
        STATUS = 4
        INVOICE = 5

    RIGHT_ALIGNED = frozenset({Column.AMOUNT, Column.INVOICE})

    def header(self, column):
        C = self.Column
        return {C.DATE: self.tr("Booked"), C.PAYER: self.tr("Payer"),
                C.REFERENCE: self.tr("Reference"), C.AMOUNT: self.tr("Amount"),
                C.STATUS: self.tr("Status"), C.INVOICE: self.tr("Invoice")}[column]

    def display(self, row: ReportLine, column):
        C = self.Column
        line = row.line
        return {C.DATE: date(line.booking_date), C.PAYER: line.payer,
                C.REFERENCE: line.reference, C.AMOUNT: money(line.amount),
                C.STATUS: status_name(row.status),
                C.INVOICE: str(row.invoice_number or "")}[column]

    def row_of_id(self, row_id):  # rows have no id; never selected by id
        return -1


class BankImportDialog(QDialog):
    """``BankImportDialog(ctx, parent, tasks, publish=None)``; ``report`` holds the result."""

    def __init__(self, ctx: Context, parent: QWidget | None, tasks: TaskRunner,
                 publish: Callable[[Changes], None] | None = None):
        super().__init__(parent)
        self.setObjectName("bankImportDialog")
        self.setWindowTitle(self.tr("Import bank file"))
        self.ctx, self.tasks, self._publish = ctx, tasks, publish
        self.data: bytes | None = None
        self.filename = ""
        self.preview: ImportReport | None = None
        self.report: ImportReport | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.choose = QPushButton(self.tr("&Choose file…"), self)
        self.choose.setObjectName("chooseFile")
        self.choose.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("camt.054 (XML) or KTL reference payment file"), self)
        row.addWidget(self.choose)
        row.addWidget(self.file_label, 1)
        layout.addLayout(row)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        self.model = ReportModel()
        self.table = read_only_table(self, self.model, "reportTable")
        layout.addWidget(self.table)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(self)
        self.record = self.buttons.addButton(self.tr("&Record payments"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.record.setObjectName("recordPayments")
        self.record.setEnabled(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(720, 420)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose bank file"), "",
            self.tr("Bank files (*.xml *.txt *.dat *.ktl);;All files (*)"))
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Read ``path`` and preview it (nothing is recorded)."""
        self.banner.hide()
        self.report = None
        try:
            if path.stat().st_size > MAX_FILE:
                raise bank.StatementRejected("file_too_large")
            self.data = path.read_bytes()
        except OSError:
            self._fail(bank.StatementRejected("statement_unknown_format"))
            return
        except VastaanottoError as exc:
            self._fail(exc)
            return
        self.filename = path.name
        self.file_label.setText(path.name)
        self.tasks.run(_preview_task, self.ctx, self.data, self.filename,
                       label=self.tr("Reading the bank file"), parent_widget=self,
                       on_done=self._previewed, on_error=self._fail)

    def _previewed(self, report: ImportReport) -> None:
        self.preview = report
        self.model.set_rows(report.lines)
        recordable = report.recorded
        self.summary.setText(
            self.tr("%1 payments (%2) match invoices and will be recorded. %3 lines do not "
                    "match and %4 were imported before.")
            .replace("%1", str(len(recordable))).replace("%2", money(report.recorded_total))
            .replace("%3", str(len(report.unmatched)))
            .replace("%4", str(len(report.duplicates))))
        self.record.setEnabled(bool(recordable))

    def confirm(self) -> None:
        if self.data is None or not self.record.isEnabled():
            return
        self.record.setEnabled(False)
        self.tasks.run(_import_task, self.ctx, self.data, self.filename,
                       label=self.tr("Recording payments"), parent_widget=self,
                       on_done=self._imported, on_error=self._fail)

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        self.model.set_rows(report.lines)
        self.summary.setText(self.tr("Recorded %1 payments, %2 in all.")
                             .replace("%1", str(len(report.recorded)))
                             .replace("%2", money(report.recorded_total)))
        if report.changes is not None and self._publish is not None:
            self._publish(report.changes)

    def _fail(self, exc: BaseException) -> None:
        self.preview = None
        self.model.set_rows([])
        self.summary.clear()
        self.record.setEnabled(False)
        self.banner.setText(message_for(exc))
        self.banner.show()
