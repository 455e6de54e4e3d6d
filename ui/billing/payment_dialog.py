"""The desk checkout: what is paid for, tender rows, cash given and the change, Pay, receipt.

One service call pays (``payments.take_payment``); the dialog only adds up what was typed to
show the cash rounding (cash is paid to 5 cents), the change and enable Pay, and the core checks
everything again. After paying, the
tenders lock and the dialog offers the receipt: print (the system print dialog, or a PDF file
target in tests) or save as PDF, on an 80 mm roll or A4. Keyboard: Enter pays when the sum is
valid (Pay is the default button); Alt+A adds a tender. GUI thread only.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from ui.admin.common import error_banner
from ui.errors import message_for
from ui.formatting import money, money_input, parse_money
from vastaanotto.billing.cash_rounding import cash_part
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.models.billing import PaymentMethod
from vastaanotto.services import payment_queries, payments, receipts
from vastaanotto.services.base import Changes
from vastaanotto.services.payment_rules import DESK_METHODS, MAX_CODE, Tender
from vastaanotto.services.payments import PaymentResult

ZERO = Decimal("0.00")


def method_name(method: PaymentMethod) -> str:
    from PySide6.QtCore import QCoreApplication
    translate = QCoreApplication.translate  # this name: pyside6-lupdate finds the texts
    return {PaymentMethod.CASH: translate("payments", "Cash"),
            PaymentMethod.CARD: translate("payments", "Card"),
            PaymentMethod.MOBILEPAY: translate("payments", "MobilePay"),
            PaymentMethod.GIFT_CARD: translate("payments", "Gift card"),
            PaymentMethod.BANK_TRANSFER: translate("payments", "Bank transfer")}[method]


class TenderRow:
    """One line of the tender grid: method, amount, gift card code, remove."""

    def __init__(self, dialog: "PaymentDialog", index: int):
        self.method = QComboBox(dialog)
        self.method.setObjectName(f"tenderMethod{index}")
        for m in DESK_METHODS:
            self.method.addItem(method_name(m), m.value)
        self.amount = QLineEdit(dialog)
        self.amount.setObjectName(f"tenderAmount{index}")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setPlaceholderText("0,00")
        self.code = QLineEdit(dialog)
        self.code.setObjectName(f"giftCode{index}")
        self.code.setPlaceholderText(dialog.tr("Gift card code"))
        self.code.setMaxLength(MAX_CODE)
        self.remove = QPushButton("×", dialog)
        self.remove.setObjectName(f"removeTender{index}")
        self.remove.setToolTip(dialog.tr("Remove this payment method"))
        self.remove.setFixedWidth(28)
        self.widgets = (self.method, self.amount, self.code, self.remove)
        self.method.currentIndexChanged.connect(lambda _i: dialog.recompute())
        self.amount.textChanged.connect(lambda _t: dialog.recompute())
        self.code.textChanged.connect(lambda _t: dialog.recompute())

    def set_method(self, method: PaymentMethod) -> None:
        self.method.setCurrentIndex(self.method.findData(PaymentMethod(method).value))

    @property
    def current_method(self) -> PaymentMethod:
        # Qt may hand a str-based enum back as its plain value: rebuild the enum.
        return PaymentMethod(self.method.currentData())

    def tender(self) -> Tender:
        return Tender(self.current_method, self.amount.text(), self.code.text())


class PaymentDialog(QDialog):
    """``PaymentDialog(ctx, parent, invoice_id=…)`` or ``visit_ids=…`` or ``client_id=…``.

    ``paid`` is emitted with the service's ``Changes`` after a payment; ``publish`` (if given)
    is called with them too, so the main window refreshes the views that care."""

    paid = Signal(object)

    def __init__(self, ctx: Context, parent: QWidget | None = None, *,
                 invoice_id: int | None = None, visit_ids: Sequence[int] = (),
                 client_id: int | None = None,
                 publish: Callable[[Changes], None] | None = None):
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self.setWindowTitle(self.tr("Take payment"))
        self.ctx = ctx
        self._target = {"invoice_id": invoice_id, "visit_ids": tuple(visit_ids),
                        "client_id": client_id}
        self._publish = publish
        self.result_: PaymentResult | None = None
        self.rows: list[TenderRow] = []
        self.due = ZERO

        layout = QVBoxLayout(self)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        self.items = QLabel(self)
        self.items.setObjectName("items")
        self.items.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.items)
        self.due_label = QLabel(self)
        self.due_label.setObjectName("due")
        self.due_label.setFont(_big(18))
        layout.addWidget(self.due_label)

        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        self.add_button = QPushButton(self.tr("&Add payment method"), self)
        self.add_button.setObjectName("addTender")
        self.add_button.clicked.connect(lambda: self.add_tender())
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)

        form = QFormLayout()
        self.cash_given = QLineEdit(self)
        self.cash_given.setObjectName("cashGiven")
        self.cash_given.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.cash_given.setPlaceholderText(self.tr("exact"))
        self.cash_given.textChanged.connect(lambda _t: self.recompute())
        form.addRow(self.tr("Cash given"), self.cash_given)
        layout.addLayout(form)
        self.rounding_label = QLabel(self)
        self.rounding_label.setObjectName("rounding")
        self.rounding_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.rounding_label)
        self.change_label = QLabel(self)
        self.change_label.setObjectName("change")
        self.change_label.setFont(_big(28))
        self.change_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.change_label)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        receipt_row = QHBoxLayout()
        self.layout_choice = QComboBox(self)
        self.layout_choice.setObjectName("receiptLayout")
        self.layout_choice.addItem(self.tr("Receipt printer (80 mm)"), "roll")
        self.layout_choice.addItem(self.tr("A4 paper"), "a4")
        self.print_button = QPushButton(self.tr("&Print receipt"), self)
        self.print_button.setObjectName("printReceipt")
        self.print_button.clicked.connect(self.print_receipt)
        self.save_button = QPushButton(self.tr("&Save PDF"), self)
        self.save_button.setObjectName("saveReceipt")
        self.save_button.clicked.connect(self.save_receipt)
        for w in (self.layout_choice, self.print_button, self.save_button):
            receipt_row.addWidget(w)
            w.setVisible(False)
        receipt_row.addStretch(1)
        layout.addLayout(receipt_row)

        self.buttons = QDialogButtonBox(self)
        self.pay_button = self.buttons.addButton(self.tr("Pay"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.pay_button.setObjectName("pay")
        self.pay_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.pay)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._load()
        self.add_tender(PaymentMethod.CARD, self.due)

    # --- content -------------------------------------------------------------------------

    def _load(self) -> None:
        try:
            preview = payment_queries.preview_sale(self.ctx, **self._target)
        except VastaanottoError as exc:
            self._show_error(exc)
            self.pay_button.setEnabled(False)
            return
        self.due = preview.due
        rows = "".join(
            f"<tr><td>{_esc(line.description or self._invoice_text(line.invoice_number))}</td>"
            f"<td align='right'>&nbsp;&nbsp;{money(line.amount)}</td></tr>"
            for line in preview.lines)
        heading = (self.tr("Invoice %1").replace("%1", str(preview.invoice_number))
                   if preview.invoice_number else "")
        self.items.setText((f"<b>{_esc(heading)}</b>" if heading else "")
                           + f"<table width='100%'>{rows}</table>")
        self.due_label.setText(self.tr("To pay: %1").replace("%1", money(self.due)))

    def _invoice_text(self, number) -> str:
        return self.tr("Invoice %1").replace("%1", str(number or ""))

    def add_tender(self, method: PaymentMethod = PaymentMethod.CASH,
                   amount: Decimal | None = None) -> TenderRow:
        row = TenderRow(self, len(self.rows))
        r = len(self.rows)
        for column, widget in enumerate(row.widgets):
            self.grid.addWidget(widget, r, column)
        row.remove.clicked.connect(lambda: self.remove_tender(row))
        self.rows.append(row)
        row.set_method(method)
        if amount is None:
            amount = max(self.due - self._entered(), ZERO)
        row.amount.setText(money_input(amount) if amount else "")
        row.amount.setFocus()
        row.amount.selectAll()
        self.recompute()
        return row

    def remove_tender(self, row: TenderRow) -> None:
        if len(self.rows) == 1:
            return
        self.rows.remove(row)
        for w in row.widgets:
            self.grid.removeWidget(w)
            w.deleteLater()
        self.recompute()

    def _entered(self) -> Decimal:
        return sum((parse_money(r.amount.text()) or ZERO for r in self.rows), ZERO)

    def recompute(self) -> None:
        """Change, what stays open, and whether Pay is allowed, from what is typed now."""
        if self.result_ is not None:
            return
        for row in self.rows:
            row.code.setVisible(row.current_method is PaymentMethod.GIFT_CARD)
            row.remove.setEnabled(len(self.rows) > 1)
        amounts = [parse_money(r.amount.text()) for r in self.rows]
        cash = sum((a or ZERO for a, r in zip(amounts, self.rows)
                    if r.current_method is PaymentMethod.CASH), ZERO)
        typed = sum((a or ZERO for a in amounts), ZERO)
        # The core's rule: cash is paid to 5 cents, and cash that rounds like the open rest
        # closes the balance (12,35 typed against 12,37 pays it).
        part = cash_part(cash, self.due - typed)
        total = typed - cash + part.debt
        self.cash_given.setEnabled(cash > 0)
        given_text = self.cash_given.text().strip()
        given = parse_money(given_text) if given_text else part.received
        ok = bool(self.rows) and all(a is not None and a > 0 for a in amounts)
        problems = []
        if ok and total > self.due:
            ok = False
            problems.append(self.tr("The payment is more than what is open."))
        if any(r.current_method is PaymentMethod.GIFT_CARD and not r.code.text().strip()
               for r in self.rows):
            ok = False
            problems.append(self.tr("Type the gift card's code."))
        change = ZERO
        if cash > 0 and (given is None or given < part.received):
            ok = False
            problems.append(self.tr("The cash given is less than the cash part."))
        elif cash > 0:
            change = given - part.received
        self.rounding_label.setText(
            self.tr("Cash rounding %1 · cash to take %2")
            .replace("%1", money(part.rounding)).replace("%2", money(part.received)))
        self.rounding_label.setVisible(bool(part.rounding))
        self.change_label.setText(self.tr("Change %1").replace("%1", money(change)))
        self.change_label.setVisible(cash > 0)
        if ok and total < self.due:
            problems.append(self.tr("%1 stays open on the invoice.").replace(
                "%1", money(self.due - total)))
        self.status.setText("\n".join(problems))
        self.pay_button.setEnabled(ok and self.due > 0)

    # --- actions ---------------------------------------------------------------------------

    def pay(self) -> None:
        if not self.pay_button.isEnabled():
            return
        self.banner.hide()
        cash_given = self.cash_given.text().strip() if self.cash_given.isEnabled() else ""
        try:
            result = payments.take_payment(self.ctx, **self._target,
                                           tenders=[r.tender() for r in self.rows],
                                           cash_given=cash_given or None)
        except VastaanottoError as exc:
            self._show_error(exc)
            return
        self.result_ = result
        for row in self.rows:
            for w in row.widgets:
                w.setEnabled(False)
        self.cash_given.setEnabled(False)
        self.add_button.setEnabled(False)
        self.pay_button.hide()
        self.close_button.setText(self.tr("Close"))
        for w in (self.layout_choice, self.print_button, self.save_button):
            w.setVisible(True)
        self.print_button.setDefault(True)
        self.print_button.setFocus()
        self.change_label.setText(self.tr("Change %1").replace("%1", money(result.change)))
        self.status.setText(self.tr("Paid %1.").replace("%1", money(result.paid)) + (
            " " + self.tr("%1 stays open on the invoice.").replace("%1", money(result.balance))
            if result.balance > 0 else ""))
        if self._publish is not None:
            self._publish(result.changes)
        self.paid.emit(result.changes)

    def receipt_pdf(self) -> bytes:
        r = self.result_
        assert r is not None
        return receipts.receipt_pdf(self.ctx, r.invoice_id, layout=self.layout_choice.currentData(),
                                    payment_ids=r.payment_ids, cash_given=r.cash_given,
                                    change=r.change)

    def print_receipt(self, printer=None) -> bool:
        from ui.billing.printing import print_pdf
        try:
            return print_pdf(self, self.receipt_pdf(), title=self.tr("Receipt"), printer=printer)
        except VastaanottoError as exc:
            self._show_error(exc)
            return False

    def save_receipt(self):
        from ui.billing.printing import save_pdf
        try:
            number = self.result_.invoice_id if self.result_ else 0
            return save_pdf(self, self.receipt_pdf(),
                            self.tr("receipt-%1.pdf").replace("%1", str(number)))
        except (VastaanottoError, OSError) as exc:
            self._show_error(exc)
            return None

    def _show_error(self, exc: Exception) -> None:
        self.banner.setText(message_for(exc))
        self.banner.show()


def _big(points: int) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(True)
    return font


def _esc(text: str) -> str:
    import html
    return html.escape(text)
