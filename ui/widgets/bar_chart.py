"""A small bar chart drawn with QPainter (PySide6-Essentials has no QtCharts).

``set_data([(label, value), ...])`` with Decimal or int values; bars grow up from a zero line
(negative months, e.g. a month of credit notes, grow down), with the value above each bar
and a few horizontal grid lines. Colours come from the palette, so dark themes work. The
widget also paints into any QPainter (``paint_into``), which the reports page uses to print.
GUI thread only.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Callable, Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOR = QColor("#2f6f9f")


def _nice_step(span: float) -> float:
    """1, 2 or 5 × 10^n so that about four grid lines cover ``span``."""
    if span <= 0:
        return 1.0
    raw = span / 4
    magnitude = 10 ** len(str(int(raw))) / 10 if raw >= 1 else 1.0
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None, *,
                 value_text: Callable[[Decimal], str] = lambda v: f"{v:.0f}"):
        super().__init__(parent)
        self.setObjectName("barChart")
        self._data: list[tuple[str, Decimal]] = []
        self._value_text = value_text
        self.title = ""
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_data(self, data: Sequence[tuple[str, Decimal | int]], title: str = "") -> None:
        self._data = [(label, Decimal(value)) for label, value in data]
        self.title = title
        self.update()

    def data(self) -> list[tuple[str, Decimal]]:
        return list(self._data)

    def sizeHint(self) -> QSize:
        return QSize(480, 220)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint_into(painter, QRectF(self.rect()), self.palette())
        painter.end()

    def bar_rects(self, area: QRectF) -> list[QRectF]:
        """Where each bar is drawn inside ``area`` (for tests and hit checks)."""
        return self._layout(area)[0]

    def _layout(self, area: QRectF):
        top_pad = 22.0 if self.title else 8.0
        plot = QRectF(area.left() + 56, area.top() + top_pad + 14, area.width() - 64,
                      area.height() - top_pad - 14 - 22)
        values = [float(v) for _, v in self._data] or [0.0]
        high, low = max(max(values), 0.0), min(min(values), 0.0)
        step = _nice_step(high - low)
        high = step * -(-high // step) if high else 0.0
        low = -step * -(-(-low) // step) if low else 0.0
        span = (high - low) or 1.0
        y_of = lambda v: plot.bottom() - (v - low) / span * plot.height()  # noqa: E731
        n = max(len(self._data), 1)
        slot = plot.width() / n
        width = max(2.0, slot * 0.62)
        rects = []
        for i, (_, value) in enumerate(self._data):
            x = plot.left() + i * slot + (slot - width) / 2
            y0, y1 = y_of(0.0), y_of(float(value))
            rects.append(QRectF(x, min(y0, y1), width, abs(y1 - y0)))
        return rects, plot, (low, high, step), y_of, slot

    def paint_into(self, painter: QPainter, area: QRectF, palette: QPalette) -> None:
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlpha(45)
        rects, plot, (low, high, step), y_of, slot = self._layout(area)
        if self.title:
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(text)
            painter.drawText(QRectF(area.left(), area.top(), area.width(), 20),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.title)
            font.setBold(False)
            painter.setFont(font)
        value = low
        while value <= high + step / 2:
            y = y_of(value)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(plot.left(), y, plot.right(), y)
            painter.setPen(text)
            painter.drawText(QRectF(area.left(), y - 8, 52, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self._value_text(Decimal(round(value))))
            value += step
        for rect, (label, amount) in zip(rects, self._data):
            painter.fillRect(rect, BAR_COLOR)
            painter.setPen(text)
            label_box = QRectF(rect.center().x() - slot / 2, plot.bottom() + 3, slot, 16)
            painter.drawText(label_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             label)
            if amount:
                above = QRectF(rect.center().x() - slot / 2, rect.top() - 15, slot, 14)
                painter.drawText(above, Qt.AlignmentFlag.AlignHCenter
                                 | Qt.AlignmentFlag.AlignBottom, self._value_text(amount))
