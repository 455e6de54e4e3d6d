"""The Invoices page: filters (status, date range, buyer or number), the list, and the doors
to a new invoice, an invoice from visits, the editor, and batch printing of unsent invoices.

The list loads when the page is first shown, not at start-up (bench/startup.py), and again
when a Changes of kind "invoices" or "payments" arrives. GUI thread only.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QFileDialog, QHBoxLayout,
                               QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout,
                               QWidget)

from ui import formatting
from ui.admin.common import Publish, row_button
from ui.billing.models import InvoiceListModel, status_name
from ui.errors import show_error
from ui.tasks import TaskRunner
from ui.widgets.tables import SINGLE, read_only_table
from vastaanotto.billing.batch import BatchResult, render_batch
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.services import invoicing
from vastaanotto.services.base import Changes

FILTERS = ("all", "draft", "issued", "unpaid", "overdue", "paid", "credited")


class InvoicesPage(QWidget):
    KINDS = ("invoices", "payments")

    def __init__(self, ctx: Context, publish: Publish, tasks: TaskRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("invoicesPage")
        self.ctx = ctx
        self._publish = publish
        self.tasks = tasks
        self._loaded = False
        self.editor: QDialog | None = None
        self.last_batch: BatchResult | None = None
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("status_filter")
        for key in FILTERS:
            self.status_combo.addItem(status_name(key), key)
        today = invoicing.rules.local_today(ctx)
        start = today - dt.timedelta(days=92)
        self.start_edit = self._date_edit("start", start)
        self.end_edit = self._date_edit("end", today)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Buyer, business ID or invoice number"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.status_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.start_edit.dateChanged.connect(lambda _d: self.reload())
        self.end_edit.dateChanged.connect(lambda _d: self.reload())
        filters.addWidget(QLabel(self.tr("Status"), self))
        filters.addWidget(self.status_combo)
        filters.addWidget(QLabel(self.tr("From"), self))
        filters.addWidget(self.start_edit)
        filters.addWidget(QLabel(self.tr("to"), self))
        filters.addWidget(self.end_edit)
        filters.addWidget(self.search_edit, 1)
        layout.addLayout(filters)
        buttons = QHBoxLayout()
        self.new_button = self._button(self.tr("New invoice…"), "new_invoice",
                                       self.new_invoice, buttons)
        self.visits_button = self._button(self.tr("Invoice visits…"), "from_visits",
                                          self.from_visits, buttons)
        self.open_button = self._button(self.tr("Open"), "open_invoice", self.open_selected,
                                        buttons)
        self.batch_button = self._button(self.tr("Print unsent…"), "batch_print",
                                         self.batch_print, buttons)
        buttons.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        buttons.addWidget(self.summary)
        layout.addLayout(buttons)
        self.model = InvoiceListModel(parent=self)
        self.table = read_only_table(self, self.model, "invoices", selection_mode=SINGLE)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        layout.addWidget(self.table, 1)

    def _date_edit(self, name: str, day: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(formatting.DATE_EDIT_FORMAT)
        return edit

    def _button(self, text: str, name: str, slot, row: QHBoxLayout) -> QPushButton:
        return row_button(self, text, name, slot, row)

    # -- data --------------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        self._loaded = True
        try:
            rows = invoicing.list_invoices(
                self.ctx, status=self.status_combo.currentData(),
                start=self.start_edit.date().toPython(), end=self.end_edit.date().toPython(),
                search=self.search_edit.text())
        except VastaanottoError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        open_total = sum((r.balance for r in rows if r.status in ("issued", "overdue")),
                         start=Decimal("0.00"))
        self.summary.setText(self.tr("%n invoice(s), open %1", "", len(rows))
                             .replace("%1", formatting.money(open_total)))

    def on_changes(self, changes: Changes) -> None:
        if self._loaded and changes.touches(*self.KINDS):
            self.reload()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    # -- actions -----------------------------------------------------------------------------

    def open_editor(self, *, invoice_id: int | None = None,
                    client_id: int | None = None) -> QDialog:
        from ui.billing.invoice_editor import InvoiceEditor

        if self.editor is not None:
            self.editor.deleteLater()
        self.editor = InvoiceEditor(self.ctx, self._publish, self, invoice_id=invoice_id,
                                    client_id=client_id)
        self.editor.open()
        return self.editor

    def open_selected(self) -> QDialog | None:
        invoice_id = self.selected_id()
        return self.open_editor(invoice_id=invoice_id) if invoice_id is not None else None

    def new_invoice(self) -> QDialog:
        """A hand-typed invoice: for a chosen client, or a buyer typed in the editor."""
        return self.open_editor()

    def from_visits(self, client_id: int | None = None) -> QDialog:
        from ui.billing.visit_picker import VisitPicker

        picker = VisitPicker(self.ctx, self._publish, self, client_id=client_id)

        def chosen() -> None:
            self.open_editor(invoice_id=picker.invoice_id, client_id=picker.client_id)

        picker.accepted.connect(chosen)
        picker.open()
        self.picker = picker
        return picker

    def unsent_ids(self) -> list[int]:
        rows = invoicing.list_invoices(self.ctx, unsent_only=True)
        return [r.id for r in sorted(rows, key=lambda r: r.number or 0)]

    def choose_batch_target(self, count: int) -> Path | None:
        """Where the combined PDF goes (a dialog; tests replace it)."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Print %n unsent invoice(s) into one PDF", "", count),
            "laskut.pdf", self.tr("PDF documents (*.pdf)"))
        return Path(name) if name else None

    def batch_print(self) -> None:
        try:
            ids = self.unsent_ids()
        except VastaanottoError as exc:
            show_error(self, exc)
            return
        if not ids:
            QMessageBox.information(self, self.tr("Print unsent"),
                                    self.tr("Every issued invoice has been printed or sent."))
            return
        target = self.choose_batch_target(len(ids))
        if target is None:
            return
        self.tasks.run(functools.partial(render_batch, combined=target), self.ctx, ids,
                       on_done=self._batch_done, label=self.tr("Printing invoices"),
                       parent_widget=self)

    def _batch_done(self, result: BatchResult) -> None:
        self.last_batch = result
        self._publish(Changes.of("invoices", ids=result.printed))
