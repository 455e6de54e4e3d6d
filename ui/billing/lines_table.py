"""The editable invoice lines of the invoice editor, with live totals.

Cells hold text as people type it (``80,00``, ``1,5``); the core validates on save. The
totals are computed while typing with the core's own arithmetic (``vastaanotto.billing.vat``)
and the rates valid on the delivery date, so what the editor shows is what the invoice will
say. A cell the core refused is painted red with the message as its tooltip.
GUI thread only.
"""

from __future__ import annotations

import enum
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHeaderView, QTableWidget,
                               QTableWidgetItem, QWidget)

from ui import formatting
from vastaanotto.billing import vat
from vastaanotto.models.resources import VatClass
from vastaanotto.services.invoicing import LineInput

ERROR_BRUSH = QBrush(QColor("#f6d6d3"))


class Col(enum.IntEnum):
    DESCRIPTION = 0
    QUANTITY = 1
    PRICE = 2
    DISCOUNT = 3
    VAT = 4
    TOTAL = 5


_FIELD_COLUMN = {"description": Col.DESCRIPTION, "quantity": Col.QUANTITY,
                 "unit_price": Col.PRICE, "discount_percent": Col.DISCOUNT,
                 "vat_class": Col.VAT}


def parse_decimal(text: str) -> Decimal | None:
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace("€", "").replace("%", "")
    try:
        value = Decimal(cleaned.replace(",", "."))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


class LinesTable(QTableWidget):
    """Rows of (description, quantity, price, discount, VAT class); ``totals_changed`` after
    every edit. ``ids`` keeps what each row came from (service and visit ids)."""

    totals_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, len(Col), parent)
        self.setObjectName("lines")
        self.setHorizontalHeaderLabels([self.tr("Description"), self.tr("Qty"),
                                        self.tr("Unit price €"), self.tr("Discount %"),
                                        self.tr("VAT"), self.tr("Total")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Col.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._sources: list[tuple[int | None, int | None]] = []
        self.rates: dict[str, vat.RateInfo] = {}
        self.itemChanged.connect(self._edited)

    # -- rows --------------------------------------------------------------------------------

    def add_line(self, description: str = "", quantity: Decimal | str = "1",
                 unit_price: Decimal | str = "", discount: Decimal | str = "0",
                 vat_class: str = VatClass.GENERAL.value, service_id: int | None = None,
                 visit_id: int | None = None) -> int:
        self.blockSignals(True)
        row = self.rowCount()
        self.insertRow(row)
        texts = {Col.DESCRIPTION: description, Col.QUANTITY: self._num(quantity),
                 Col.PRICE: self._money(unit_price), Col.DISCOUNT: self._num(discount)}
        for col, text in texts.items():
            item = QTableWidgetItem(text)
            if col is not Col.DESCRIPTION:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, col, item)
        total = QTableWidgetItem("")
        total.setFlags(total.flags() & ~Qt.ItemFlag.ItemIsEditable)
        total.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setItem(row, Col.TOTAL, total)
        combo = QComboBox(self)
        combo.setObjectName(f"vat_{row}")
        for choice in VatClass:
            combo.addItem(self._vat_label(choice.value), choice.value)
        combo.setCurrentIndex(max(0, combo.findData(VatClass(vat_class).value)))
        combo.currentIndexChanged.connect(lambda _i: self._edited())
        self.setCellWidget(row, Col.VAT, combo)
        self._sources.append((service_id, visit_id))
        self.blockSignals(False)
        self._edited()
        return row

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.selectedIndexes()}, reverse=True):
            self.removeRow(row)
            del self._sources[row]
        self._edited()

    def clear_lines(self) -> None:
        self.setRowCount(0)
        self._sources.clear()
        self._edited()

    def set_text(self, row: int, col: Col, text: str) -> None:
        self.item(row, col).setText(text)

    def vat_combo(self, row: int) -> QComboBox:
        return self.cellWidget(row, Col.VAT)

    def set_rates(self, rates: dict[str, vat.RateInfo]) -> None:
        self.rates = rates
        for row in range(self.rowCount()):
            combo = self.vat_combo(row)
            for i in range(combo.count()):
                combo.setItemText(i, self._vat_label(combo.itemData(i)))
        self._edited()

    def set_read_only(self, read_only: bool) -> None:
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                             else QAbstractItemView.EditTrigger.AllEditTriggers)
        for row in range(self.rowCount()):
            self.vat_combo(row).setEnabled(not read_only)

    # -- values ------------------------------------------------------------------------------

    def line_inputs(self) -> list[LineInput]:
        """The rows as the service takes them (text values; the core parses and checks)."""
        out = []
        for row in range(self.rowCount()):
            service_id, visit_id = self._sources[row]
            out.append(LineInput(self.item(row, Col.DESCRIPTION).text(),
                                 self.item(row, Col.QUANTITY).text().strip(),
                                 self.item(row, Col.PRICE).text().strip().replace(" ", ""),
                                 self.vat_combo(row).currentData(),
                                 self.item(row, Col.DISCOUNT).text().strip() or "0",
                                 service_id, visit_id))
        return out

    def totals(self) -> vat.Totals | None:
        """Live totals, or None while a row cannot be computed (bad number, no rate)."""
        priced = []
        for row in range(self.rowCount()):
            qty = parse_decimal(self.item(row, Col.QUANTITY).text())
            price = parse_decimal(self.item(row, Col.PRICE).text())
            discount = parse_decimal(self.item(row, Col.DISCOUNT).text() or "0")
            rate = self.rates.get(self.vat_combo(row).currentData())
            if None in (qty, price, discount) or rate is None:
                return None
            priced.append(vat.PricedLine(qty, price, discount, rate))
        return vat.compute(priced)

    def mark_errors(self, errors: dict[tuple[int, str], str]) -> None:
        """Paint the refused cells: ``{(row, field): message}``; clears the others."""
        for row in range(self.rowCount()):
            for field, col in _FIELD_COLUMN.items():
                message = errors.get((row, field))
                if col is Col.VAT:
                    self.vat_combo(row).setToolTip(message or "")
                    continue
                item = self.item(row, col)
                item.setBackground(ERROR_BRUSH if message else QBrush())
                item.setToolTip(message or "")

    # -- internals ---------------------------------------------------------------------------

    def _edited(self, *_args) -> None:
        totals = self.totals()
        self.blockSignals(True)
        for row in range(self.rowCount()):
            text = ""
            if totals is not None:
                text = formatting.money(totals.lines[row].gross)
            else:
                qty = parse_decimal(self.item(row, Col.QUANTITY).text())
                price = parse_decimal(self.item(row, Col.PRICE).text())
                discount = parse_decimal(self.item(row, Col.DISCOUNT).text() or "0")
                if None not in (qty, price, discount):
                    text = formatting.money(vat.line_gross(qty, price, discount))
            self.item(row, Col.TOTAL).setText(text)
        self.blockSignals(False)
        self.totals_changed.emit()

    def _vat_label(self, vat_class: str) -> str:
        rate = self.rates.get(vat_class)
        if vat_class == VatClass.HEALTH_EXEMPT.value:
            basis = rate.legal_basis if rate else "AVL 34 §"
            return self.tr("0 % exempt (%1)").replace("%1", basis)
        if rate is None:
            return formatting.vat_class_name(VatClass(vat_class))
        normal = rate.rate.normalize()
        return f"{normal:f}".replace(".", ",") + " %"

    @staticmethod
    def _num(value) -> str:
        if isinstance(value, Decimal):
            normal = value.normalize()
            return f"{normal:f}".replace(".", ",")
        return str(value)

    @staticmethod
    def _money(value) -> str:
        return formatting.money_input(value) if isinstance(value, Decimal) else str(value)
