"""The month overview: six weeks from the Monday on or before the first, a cell per day with
its bookings counted and the first few listed; holidays and closed days shaded and named.

A click selects a day, a double click or Enter opens it in the day view (``day_opened``);
arrows move the selection by a day or a week.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ui.calendar.layout import local_day, local_minutes
from vastaanotto.models.appointments import AppointmentStatus
from vastaanotto.services.schedule import CalendarData

translate = QCoreApplication.translate
HEADER = 24


def weekday_names() -> list[str]:
    return [translate("calendar", "Mon"), translate("calendar", "Tue"),
            translate("calendar", "Wed"), translate("calendar", "Thu"),
            translate("calendar", "Fri"), translate("calendar", "Sat"),
            translate("calendar", "Sun")]


class MonthGrid(QWidget):
    day_opened = Signal(object)     # dt.date
    day_selected = Signal(object)   # dt.date

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("monthGrid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(280, 240)
        self.data: CalendarData | None = None
        self.month = 1
        self.selected: dt.date | None = None
        self.today: dt.date | None = None
        self.by_day: dict[dt.date, list] = {}

    def set_data(self, data: CalendarData, month: int, selected: dt.date,
                 today: dt.date) -> None:
        self.data, self.month, self.selected, self.today = data, month, selected, today
        self.by_day = {}
        for e in data.entries:
            if e.status is not AppointmentStatus.CANCELLED:
                self.by_day.setdefault(local_day(e.start), []).append(e)
        self.update()

    def cell_rect(self, index: int) -> QRectF:
        width = self.width() / 7
        height = (self.height() - HEADER) / 6
        return QRectF((index % 7) * width, HEADER + (index // 7) * height, width, height)

    def day_at(self, pos) -> dt.date | None:
        if self.data is None or pos.y() < HEADER:
            return None
        column = int(pos.x() / (self.width() / 7))
        row = int((pos.y() - HEADER) / ((self.height() - HEADER) / 6))
        if not (0 <= column < 7 and 0 <= row < 6):
            return None
        return self.data.first_day + dt.timedelta(days=row * 7 + column)

    def count(self, day: dt.date) -> int:
        return len(self.by_day.get(day, ()))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        day = self.day_at(event.position())
        if day is not None:
            self.selected = day
            self.update()
            self.day_selected.emit(day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        day = self.day_at(event.position())
        if day is not None:
            self.day_opened.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7,
                 Qt.Key.Key_Down: 7}
        if event.key() in steps and self.selected is not None:
            self.day_selected.emit(self.selected + dt.timedelta(days=steps[event.key()]))
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected:
            self.day_opened.emit(self.selected)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.data is None:
            return
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.85))
        width = self.width() / 7
        painter.setFont(bold)
        painter.setPen(QColor("#202124"))
        for i, name in enumerate(weekday_names()):
            painter.drawText(QRectF(i * width, 0, width, HEADER), Qt.AlignmentFlag.AlignCenter,
                             name)
        days = {d.day: d for d in self.data.days}
        line = QFontMetrics(small).height()
        for index in range(42):
            day = self.data.first_day + dt.timedelta(days=index)
            rect = self.cell_rect(index)
            info = days.get(day)
            if info is not None and info.closed:
                painter.fillRect(rect, QColor("#e4e4e4"))
            elif day == self.today:
                painter.fillRect(rect, QColor("#fff8dc"))
            elif day.weekday() >= 5:
                painter.fillRect(rect, QColor("#f7f7f7"))
            painter.setPen(QPen(QColor("#1a73e8"), 2) if day == self.selected
                           else QPen(QColor("#cccccc"), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1) if day == self.selected else rect)
            inner = rect.adjusted(4, 2, -4, -2)
            painter.setFont(bold)
            painter.setPen(QColor("#202124") if day.month == self.month else QColor("#9aa0a6"))
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             str(day.day))
            painter.setFont(small)
            count = self.count(day)
            if count:
                painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                                 self.tr("%n booking(s)", "", count))
            y = inner.top() + line + 2
            if info is not None and info.holiday_name:
                painter.setPen(QColor("#b3261e"))
                painter.drawText(QRectF(inner.left(), y, inner.width(), line),
                                 Qt.AlignmentFlag.AlignLeft,
                                 QFontMetrics(small).elidedText(
                                     info.holiday_name, Qt.TextElideMode.ElideRight,
                                     int(inner.width())))
                y += line
            painter.setPen(QColor("#3c4043"))
            entries = self.by_day.get(day, [])
            room = int((inner.bottom() - y) // line)
            for number, e in enumerate(entries[:max(room, 0)]):
                if number == room - 1 and len(entries) > room:
                    text = self.tr("+%n more", "", len(entries) - number)
                else:
                    minute = local_minutes(e.start, day)
                    text = f"{minute // 60:02d}.{minute % 60:02d} {e.client_name}"
                painter.fillRect(QRectF(inner.left(), y + 3, 4, line - 6), QColor(e.color))
                painter.drawText(QRectF(inner.left() + 7, y, inner.width() - 7, line),
                                 Qt.AlignmentFlag.AlignLeft,
                                 QFontMetrics(small).elidedText(
                                     text, Qt.TextElideMode.ElideRight, int(inner.width() - 7)))
                y += line
        painter.end()
