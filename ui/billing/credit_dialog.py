"""Credit note (hyvityslasku) of an issued invoice: everything still open, or chosen lines
and quantities, with a reason printed on the note. The owner's work (``INVOICE_MANAGE``).
GUI thread only."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFormLayout, QHeaderView, QLineEdit, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ui import formatting
from ui.admin.common import Publish, error_banner, error_text
from vastaanotto.context import Context
from vastaanotto.services import invoicing
from vastaanotto.services.invoicing import InvoiceDetail


class CreditDialog(QDialog):
    def __init__(self, ctx: Context, publish: Publish, detail: InvoiceDetail,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("creditDialog")
        self.ctx = ctx
        self._publish = publish
        self.detail = detail
        self.credit_note_id: int | None = None
        self.setWindowTitle(self.tr("Credit note for invoice %1").replace("%1",
                                                                          str(detail.number)))
        layout = QVBoxLayout(self)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        self.all_check = QCheckBox(self.tr("Credit everything still open"), self)
        self.all_check.setObjectName("credit_all")
        self.all_check.setChecked(True)
        self.all_check.toggled.connect(self._sync)
        layout.addWidget(self.all_check)
        open_lines = [line for line in detail.lines if line.remaining > 0]
        self.table = QTableWidget(len(open_lines), 4, self)
        self.table.setObjectName("credit_lines")
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Unit price"),
                                              self.tr("Open quantity"),
                                              self.tr("Quantity to credit")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.spins: dict[int, QDoubleSpinBox] = {}
        for row, line in enumerate(open_lines):
            self.table.setItem(row, 0, QTableWidgetItem(line.description))
            self.table.setItem(row, 1, QTableWidgetItem(formatting.money(line.unit_price)))
            self.table.setItem(row, 2, QTableWidgetItem(formatting.money_input(line.remaining)))
            spin = QDoubleSpinBox(self.table)
            spin.setObjectName(f"credit_{line.id}")
            spin.setDecimals(2)
            spin.setRange(0, float(line.remaining))
            spin.setValue(float(line.remaining))
            self.table.setCellWidget(row, 3, spin)
            self.spins[line.id] = spin
        layout.addWidget(self.table)
        form = QFormLayout()
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reason")
        form.addRow(self.tr("Reason (printed on the note)"), self.reason_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Issue credit note"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._sync()
        self.resize(640, 360)

    def _sync(self) -> None:
        self.table.setEnabled(not self.all_check.isChecked())

    def chosen(self) -> dict[int, Decimal] | None:
        if self.all_check.isChecked():
            return None
        # Through text, so 1.5 stays exactly Decimal("1.50") (a float never becomes money).
        return {line_id: Decimal(f"{spin.value():.2f}") for line_id, spin in self.spins.items()
                if spin.value() > 0}

    def accept(self) -> None:
        self.banner.hide()
        try:
            changes = invoicing.credit(self.ctx, self.detail.id, lines=self.chosen(),
                                       reason=self.reason_edit.text())
        except Exception as exc:  # noqa: BLE001 - shown in the banner, the dialog stays open
            self.banner.setText(error_text(exc, None))
            self.banner.show()
            return
        self.credit_note_id = changes.data
        super().accept()
        self._publish(changes)
