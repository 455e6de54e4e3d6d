"""Refund a payment: how much (at most what is left of it), how, and why (required, logged).

One service call (``payments.refund``); a refusal keeps the dialog open with the message under
its field. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ui.admin.common import EditDialog, Publish
from ui.billing.payment_dialog import method_name
from ui.formatting import date_time, money, money_input
from vastaanotto.context import Context
from vastaanotto.models.billing import PaymentMethod
from vastaanotto.services import payments
from vastaanotto.services.base import Changes
from vastaanotto.services.payment_queries import PaymentRow
from vastaanotto.services.payment_rules import MAX_REASON


class RefundDialog(EditDialog):
    """``RefundDialog(ctx, publish, parent, row)`` for one payment row of ``list_payments``."""

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None,
                 row: PaymentRow):
        super().__init__(ctx, publish, parent)
        self.setObjectName("refundDialog")
        self.setWindowTitle(self.tr("Refund payment"))
        self.row = row
        self.ok_button.setText(self.tr("Refund"))
        about = QLabel(self.tr("%1 by %2 on %3; at most %4 can be refunded.")
                       .replace("%1", money(row.amount))
                       .replace("%2", method_name(row.method))
                       .replace("%3", date_time(row.received_at))
                       .replace("%4", money(row.refundable)), self)
        about.setWordWrap(True)
        self.form.addRow(about)
        self.amount = QLineEdit(money_input(row.refundable), self)
        self.amount.setObjectName("amount")
        self.method = QComboBox(self)
        self.method.setObjectName("method")
        for m in PaymentMethod:
            self.method.addItem(method_name(m), m.value)
        self.method.setCurrentIndex(self.method.findData(PaymentMethod(row.method).value))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(MAX_REASON)
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("Paid back as"), self.method)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.bind_errors({"amount": self.amount, "method": self.method, "reason": self.reason})
        self.reason.setFocus()

    def submit(self) -> Changes:
        return payments.refund(self.ctx, self.row.id, self.amount.text(),
                               self.method.currentData(), self.reason.text())
