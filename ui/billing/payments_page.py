"""The payments list: filters (day, method, staff), refund, receipt reprint (for a refund row
its refund receipt, hyvityskuitti), bank file import and a bank transfer typed in by hand. Refreshes on "payments" changes. GUI thread only.

Reception sees and refunds every payment; the owner also imports bank files and records
transfers (the buttons are hidden for others, and the services refuse anyway); a practitioner
sees the payments of their own visits' invoices.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel,
                               QLineEdit, QWidget)

from ui.admin.common import EditDialog, Publish, TablePage
from ui.billing.bank_import_dialog import BankImportDialog
from ui.billing.payment_dialog import method_name
from ui.billing.refund_dialog import RefundDialog
from ui.errors import show_error
from ui.formatting import DATE_EDIT_FORMAT, date_time, money
from ui.tasks import TaskRunner
from ui.widgets.rows_model import RowsModel
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.models.billing import PaymentMethod
from vastaanotto.permissions import Action, allowed
from vastaanotto.services import payment_queries, payment_rules, payments, receipts
from vastaanotto.services.base import Changes
from vastaanotto.services.payment_queries import PaymentRow


class PaymentsModel(RowsModel):
    class Column(enum.IntEnum):
        RECEIVED = 0
        AMOUNT = 1
        METHOD = 2
        INVOICE = 3
        PAYER = 4
        STAFF = 5
        NOTE = 6

    RIGHT_ALIGNED = frozenset({Column.AMOUNT, Column.INVOICE})

    def header(self, column):
        C = self.Column
        return {C.RECEIVED: self.tr("Received"), C.AMOUNT: self.tr("Amount"),
                C.METHOD: self.tr("Method"), C.INVOICE: self.tr("Number"),
                C.PAYER: self.tr("Payer"), C.STAFF: self.tr("Recorded by"),
                C.NOTE: self.tr("Note")}[column]

    def display(self, row: PaymentRow, column):
        C = self.Column
        if column is C.METHOD:
            if row.rounding:   # the cents the cash was rounded by, not money in the drawer
                return self.tr("Cash rounding")
            name = method_name(row.method)
            return self.tr("Refund (%1)").replace("%1", name) if row.refund_of_id else name
        note = "" if row.rounding else row.note or row.reference
        return {C.RECEIVED: date_time(row.received_at), C.AMOUNT: money(row.amount),
                C.INVOICE: str(row.invoice_number or ""), C.PAYER: row.payer,
                C.STAFF: row.received_by, C.NOTE: note}[column]


class BankTransferDialog(EditDialog):
    """A transfer seen on the bank account, typed in: reference (or invoice number), amount,
    booking date."""

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None):
        super().__init__(ctx, publish, parent)
        self.setObjectName("bankTransferDialog")
        self.setWindowTitle(self.tr("Record bank transfer"))
        self.reference = QLineEdit(self)
        self.reference.setObjectName("reference")
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amount")
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setObjectName("date")
        self.day.setDisplayFormat(DATE_EDIT_FORMAT)
        self.day.setCalendarPopup(True)
        self.form.addRow(self.tr("Reference or invoice number"), self.reference)
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("Booking date"), self.day)
        self.bind_errors({"reference": self.reference, "amount": self.amount,
                          "date": self.day})

    def submit(self) -> Changes:
        invoice_id = payment_queries.invoice_for_reference(self.ctx, self.reference.text())
        try:  # an invoice number is no reference: then there is none to keep
            clean = payment_rules.clean_reference(self.reference.text())
        except VastaanottoError:
            clean = ""
        return payments.record_bank_payment(self.ctx, invoice_id, self.amount.text(),
                                            self.day.date().toPython(), clean)


class PaymentsPage(TablePage):
    KINDS = ("payments",)

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None,
                 tasks: TaskRunner | None = None):
        super().__init__(ctx, publish, PaymentsModel(), parent)
        self.setObjectName("paymentsPage")
        self.tasks = tasks or TaskRunner(self)
        self._select_after: int | None = None   # a refund just made: selected when listed
        filters = QHBoxLayout()
        self.all_days = QCheckBox(self.tr("All days"), self)
        self.all_days.setObjectName("allDays")
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setObjectName("day")
        self.day.setDisplayFormat(DATE_EDIT_FORMAT)
        self.day.setCalendarPopup(True)
        self.method = QComboBox(self)
        self.method.setObjectName("methodFilter")
        self.method.addItem(self.tr("All methods"), None)
        for m in PaymentMethod:
            self.method.addItem(method_name(m), m.value)
        self.staff = QComboBox(self)
        self.staff.setObjectName("staffFilter")
        self.staff.addItem(self.tr("Everyone"), None)
        self.total = QLabel(self)
        self.total.setObjectName("total")
        for w in (QLabel(self.tr("Day"), self), self.day, self.all_days, self.method,
                  self.staff):
            filters.addWidget(w)
        filters.addStretch(1)
        filters.addWidget(self.total)
        self.layout().insertLayout(0, filters)
        self.all_days.toggled.connect(self.day.setDisabled)
        for signal in (self.day.dateChanged, self.all_days.toggled,
                       self.method.currentIndexChanged, self.staff.currentIndexChanged):
            signal.connect(lambda *_: self.reload())

        may_take = allowed(ctx.roles, Action.PAYMENT_TAKE)
        owner = allowed(ctx.roles, Action.INVOICE_MANAGE)
        self.refund_button = self.add_button(self.tr("&Refund…"), self.refund_selected,
                                             object_name="refund", needs_selection=True)
        self.receipt_button = self.add_button(self.tr("Print &receipt…"), self.print_selected,
                                              object_name="printReceipt", needs_selection=True)
        self.import_button = self.add_button(self.tr("&Import bank file…"), self.import_bank,
                                             object_name="importBank")
        self.transfer_button = self.add_button(self.tr("Record bank &transfer…"),
                                               self.record_transfer,
                                               object_name="recordTransfer")
        self.refund_button.setVisible(may_take)
        self.import_button.setVisible(owner)
        self.transfer_button.setVisible(owner)
        self.finish_buttons()
        self.reload()

    def load(self) -> None:
        try:
            rows = payment_queries.list_payments(
                self.ctx, day=None if self.all_days.isChecked() else self.day.date().toPython(),
                method=self.method.currentData(), staff_id=self.staff.currentData())
        except VastaanottoError as exc:
            show_error(self, exc)
            rows = []
        self.model.set_rows(rows)
        known = {self.staff.itemData(i) for i in range(self.staff.count())}
        for row in rows:
            if row.received_by_id is not None and row.received_by_id not in known:
                self.staff.addItem(row.received_by, row.received_by_id)
                known.add(row.received_by_id)
        self.total.setText(self.tr("Total %1").replace(
            "%1", money(sum((r.amount for r in rows), payment_rules.ZERO))))

    def reload(self) -> None:
        super().reload()
        chosen, self._select_after = self._select_after, None
        if chosen is not None and self.model.row_of_id(chosen) >= 0:
            self.select_id(chosen)
            self.update_buttons()

    def update_buttons(self, *_args) -> None:
        super().update_buttons()
        row = self.selected()
        self.refund_button.setEnabled(row is not None and row.refundable > 0)
        self.receipt_button.setEnabled(row is not None and row.invoice_id is not None)

    def edit_selected(self):
        return self.refund_selected()

    def refund_selected(self):
        row = self.selected()
        if row is None or row.refundable <= 0:
            return None

        def publish(changes: Changes) -> None:
            # Select the new refund once the list shows it, so "Print receipt…" prints its
            # refund receipt (hyvityskuitti) straight away.
            self._select_after = changes.data
            self._publish(changes)

        return self.open_dialog(RefundDialog(self.ctx, publish, self, row))

    def print_selected(self, printer=None) -> bool:
        from ui.billing.printing import print_pdf
        row = self.selected()
        if row is None or row.invoice_id is None:
            return False
        try:
            if row.refund_of_id is not None:   # a refund: its refund receipt, naming the sale
                pdf = receipts.refund_receipt_pdf(self.ctx, row.id)
            else:
                pdf = receipts.receipt_pdf(self.ctx, row.invoice_id)
        except VastaanottoError as exc:
            show_error(self, exc)
            return False
        title = self.tr("Refund receipt") if row.refund_of_id is not None else self.tr("Receipt")
        return print_pdf(self, pdf, title=title, printer=printer)

    def import_bank(self) -> BankImportDialog:
        return self.open_dialog(BankImportDialog(self.ctx, self, self.tasks, self._publish))

    def record_transfer(self):
        return self.open_dialog(BankTransferDialog(self.ctx, self._publish, self))
