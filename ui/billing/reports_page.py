"""The Reports page: choose a report and its period, read it as a table (and the monthly
sales as a bar chart), save it as CSV for the accountant, or print it.

The owner sees every report; reception sees only the cash report of today (the core refuses
the rest and audits the attempt; this page does not offer them). Printing lays the table
out as HTML in a QTextDocument (with the chart as an image), so the printout follows the
printer's page size. GUI thread only.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import (QBuffer, QByteArray, QCoreApplication, QDate, QIODevice, QRectF,
                            QSize)
from PySide6.QtGui import QImage, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QLabel,
                               QPushButton, QVBoxLayout, QWidget)

from ui import formatting
from ui.admin.common import error_banner, error_text
from ui.billing import printing
from ui.billing.models import ReportModel, column_name, method_name, value_text
from ui.widgets.bar_chart import BarChart
from ui.widgets.tables import read_only_table
from vastaanotto.billing.batch import write_atomically
from vastaanotto.billing.report_csv import to_csv
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.services import reports
from vastaanotto.services.reports import Report

translate = QCoreApplication.translate
PERIOD_KINDS = ("sales_by_month", "sales_by_service", "sales_by_practitioner", "vat")


class ReportsPage(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.ctx = ctx
        self.report: Report | None = None
        self.owner = reports.may_see_all(ctx)
        layout = QVBoxLayout(self)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        row = QHBoxLayout()
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("report_kind")
        self.kind_combo.addItem(self.tr("Cash report of a day"), "cash")
        if self.owner:
            for key, text in (("sales_by_month", self.tr("Sales by month")),
                              ("sales_by_service", self.tr("Sales by service")),
                              ("sales_by_practitioner", self.tr("Sales by practitioner")),
                              ("vat", self.tr("VAT by rate")),
                              ("open", self.tr("Open invoices")),
                              ("overdue", self.tr("Overdue invoices"))):
                self.kind_combo.addItem(text, key)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._sync())
        today = reports.rules.local_today(ctx)
        self.start_edit = self._date("start", dt.date(today.year, 1, 1))
        self.end_edit = self._date("end", today)
        self.day_edit = self._date("day", today)
        self.day_edit.setEnabled(self.owner)   # reception: today's cash only
        self.start_label = QLabel(self.tr("From"), self)
        self.end_label = QLabel(self.tr("to"), self)
        self.day_label = QLabel(self.tr("Day"), self)
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setObjectName("show_report")
        self.show_button.clicked.connect(lambda: self.show_report())
        self.csv_button = QPushButton(self.tr("Save CSV…"), self)
        self.csv_button.setObjectName("save_csv")
        self.csv_button.clicked.connect(lambda: self.save_csv())
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("print_report")
        self.print_button.clicked.connect(lambda: self.print_report())
        for widget in (QLabel(self.tr("Report"), self), self.kind_combo, self.day_label,
                       self.day_edit, self.start_label, self.start_edit, self.end_label,
                       self.end_edit, self.show_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.csv_button)
        row.addWidget(self.print_button)
        layout.addLayout(row)
        self.title = QLabel(self)
        self.title.setObjectName("report_title")
        layout.addWidget(self.title)
        self.chart = BarChart(self, value_text=lambda v: f"{v:,.0f} €".replace(",", " "))
        layout.addWidget(self.chart)
        self.model = ReportModel(self)
        self.table = read_only_table(self, self.model, "report_table")
        self.table.horizontalHeader().setStretchLastSection(False)
        layout.addWidget(self.table, 1)
        self._sync()

    def _date(self, name: str, day: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(formatting.DATE_EDIT_FORMAT)
        return edit

    def _sync(self) -> None:
        kind = self.kind_combo.currentData()
        period = kind in PERIOD_KINDS
        for widget in (self.start_label, self.start_edit, self.end_label, self.end_edit):
            widget.setVisible(period)
        for widget in (self.day_label, self.day_edit):
            widget.setVisible(kind == "cash")
        self.chart.setVisible(kind == "sales_by_month" and self.report is not None
                              and self.report.kind == "sales_by_month")
        has = self.report is not None
        self.csv_button.setEnabled(has)
        self.print_button.setEnabled(has)

    def fetch(self) -> Report:
        kind = self.kind_combo.currentData()
        start, end = self.start_edit.date().toPython(), self.end_edit.date().toPython()
        if kind == "cash":
            return reports.cash_report(self.ctx, self.day_edit.date().toPython())
        if kind in ("open", "overdue"):
            return reports.open_invoices(self.ctx, overdue_only=kind == "overdue")
        return {"sales_by_month": reports.sales_by_month,
                "sales_by_service": reports.sales_by_service,
                "sales_by_practitioner": reports.sales_by_practitioner,
                "vat": reports.vat_report}[kind](self.ctx, start, end)

    def show_report(self) -> Report | None:
        self.banner.hide()
        try:
            report = self.fetch()
        except VastaanottoError as exc:
            self.banner.setText(error_text(exc, None))
            self.banner.show()
            return None
        self.report = report
        self.model.set_report(report)
        self.title.setText(f"<b>{html.escape(self.report_title())}</b>")
        if report.kind == "sales_by_month":
            self.chart.set_data([(f"{r[0].month}/{r[0].year % 100:02d}", r[4])
                                 for r in report.rows])
        self._sync()
        return report

    def report_title(self) -> str:
        r = self.report
        name = self.kind_combo.currentText()
        if r is None:
            return name
        if r.kind == "cash":
            return f"{name}: {formatting.date(r.start)}"
        if r.kind in ("open", "overdue"):
            return f"{name}: {formatting.date(r.end)}"
        return f"{name}: {formatting.date(r.start)}–{formatting.date(r.end)}"

    def headers(self) -> list[str]:
        return [column_name(c) for c in self.report.columns]

    def csv_bytes(self) -> bytes:
        # The headers and the total's label are in the UI's language: a Finnish owner's
        # accountant reads "Yhteensä".
        r = self.report
        # Payment methods are codes in the core ("card", "cash_rounding"): named here too.
        rows = [tuple(method_name(v) if key == "method" else v
                      for key, v in zip(r.columns, row)) for row in r.rows]
        return to_csv(self.headers(), rows, r.total, translate("billing", "Total"))

    def save_csv(self, path: Path | None = None) -> Path | None:
        if self.report is None:
            return None
        if path is None:
            suggested = f"{self.report.kind}-{self.report.start}-{self.report.end}.csv"
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save CSV"), suggested,
                                                  self.tr("CSV for Excel (*.csv)"))
            if not name:
                return None
            path = Path(name)
        write_atomically(path, self.csv_bytes())
        return path

    # -- printing ----------------------------------------------------------------------------

    def chart_png(self) -> QByteArray:
        image = QImage(QSize(900, 300), QImage.Format.Format_RGB32)
        image.fill(0xFFFFFF)
        painter = QPainter(image)
        palette = self.palette()
        self.chart.paint_into(painter, QRectF(0, 0, 900, 300), palette)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return data

    def document(self) -> QTextDocument:
        r = self.report
        doc = QTextDocument(self)
        parts = [f"<h2>{html.escape(self.report_title())}</h2>"]
        if r.kind == "sales_by_month":
            from PySide6.QtCore import QUrl

            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart.png"),
                            QImage.fromData(self.chart_png()))
            parts.append('<p><img src="chart.png" width="600"></p>')
        head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in self.headers())
        body = []
        rows = list(r.rows) + ([r.total] if r.total is not None and r.rows else [])
        for i, row in enumerate(rows):
            total = r.total is not None and i == len(rows) - 1 and bool(r.rows)
            cells = []
            for j, (key, value) in enumerate(zip(r.columns, row)):
                text = self.tr("Total") if total and j == 0 else value_text(key, value)
                text = html.escape(text)
                cells.append(f"<td>{'<b>' + text + '</b>' if total else text}</td>")
            body.append("<tr>" + "".join(cells) + "</tr>")
        parts.append("<table border='0' cellspacing='0' cellpadding='4' width='100%'>"
                     f"<tr>{head}</tr>{''.join(body)}</table>")
        doc.setHtml("".join(parts))
        return doc

    def print_report(self, printer: QPrinter | None = None) -> bool:
        if self.report is None:
            return False
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        if not printing.ask_printer(self, printer):
            return False
        self.document().print_(printer)
        return True
