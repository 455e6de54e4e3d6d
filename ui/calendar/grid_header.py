"""Above the time grid: the column titles (date and practitioner or room), and the scroll
area that keeps them in its top margin while the grid scrolls under them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QScrollArea, QWidget

from ui.calendar.time_grid import CLOSED, DAY_LINE, HOUR_LINE, TODAY, TimeGrid

HEADER_HEIGHT = 40


class GridHeader(QWidget):
    """Column titles above the grid: the date (in the week view) and the practitioner or room;
    today highlighted, a closed day named. Scrolls sideways with the grid."""

    def __init__(self, grid: TimeGrid, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("gridHeader")
        self.grid = grid
        self.offset = 0
        self.titles: list[str] = []           # one per column
        self.day_titles: dict[dt.date, str] = {}  # week view: above each day's columns
        self.setFixedHeight(HEADER_HEIGHT)

    def set_offset(self, offset: int) -> None:
        self.offset = offset
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#f8f9fa"))
        grid = self.grid
        if not grid.columns:
            return
        painter.translate(-self.offset, 0)
        width = grid.column_width()
        today = grid._today()
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.85))
        bold = QFont(self.font())
        bold.setBold(True)
        two_rows = bool(self.day_titles)
        closed = {d.day: d for d in grid.data.days if d.closed} if grid.data else {}
        row = HEADER_HEIGHT / 2 if two_rows else HEADER_HEIGHT
        index = 0
        while index < len(grid.columns):
            column = grid.columns[index]
            span = 1
            while (index + span < len(grid.columns)
                   and grid.columns[index + span].day == column.day):
                span += 1
            x = grid.column_x(index)
            day_rect = QRectF(x, 0, width * span, HEADER_HEIGHT)
            if column.day == today:
                painter.fillRect(day_rect, TODAY)
            if column.day in closed:
                painter.fillRect(day_rect, CLOSED)
            if two_rows:
                painter.setFont(bold)
                painter.setPen(QColor("#202124"))
                text = self.day_titles.get(column.day, "")
                painter.drawText(QRectF(x + 2, 0, width * span - 4, row),
                                 Qt.AlignmentFlag.AlignCenter,
                                 QFontMetrics(bold).elidedText(
                                     text, Qt.TextElideMode.ElideRight, int(width * span - 4)))
            for offset in range(span):
                title = self.titles[index + offset] if index + offset < len(self.titles) else ""
                rect = QRectF(x + offset * width + 2, HEADER_HEIGHT - row, width - 4, row)
                painter.setFont(small if two_rows else bold)
                painter.setPen(QColor("#202124"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                                 QFontMetrics(painter.font()).elidedText(
                                     title, Qt.TextElideMode.ElideRight, int(rect.width())))
            painter.setPen(QPen(DAY_LINE, 2))
            painter.drawLine(QPointF(x, 0), QPointF(x, HEADER_HEIGHT))
            index += span
        painter.setPen(QPen(HOUR_LINE, 1))
        painter.drawLine(QPointF(0, HEADER_HEIGHT - 0.5),
                         QPointF(self.width() + self.offset, HEADER_HEIGHT - 0.5))
        painter.end()


class GridScroll(QScrollArea):
    """The grid in a scroll area with the header kept in the top margin, as QTableView keeps
    its header: it scrolls sideways with the grid but never out of sight vertically."""

    def __init__(self, grid: TimeGrid, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("gridScroll")
        self.grid = grid
        self.header = GridHeader(grid, self)
        self.setWidget(grid)
        self.setWidgetResizable(True)
        self.setViewportMargins(0, HEADER_HEIGHT, 0, 0)
        self.horizontalScrollBar().valueChanged.connect(self.header.set_offset)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        viewport = self.viewport().geometry()
        self.header.setGeometry(viewport.left(), viewport.top() - HEADER_HEIGHT,
                                viewport.width(), HEADER_HEIGHT)
