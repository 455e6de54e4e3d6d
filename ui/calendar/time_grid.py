"""The day and week time grid: a custom-painted widget, with drag and drop and resizing.

Painting only what is visible and hit-testing by arithmetic keeps a week of ten practitioners
far inside one frame (bench/week_view.py); a QGraphicsScene item per appointment would cost
more to build than the whole budget. The grid knows nothing about services: it emits what the
person asked for (``move_requested``, ``resize_requested``, ``activated``…) and the calendar
view calls the booking service, then hands the grid a new layout (or :meth:`cancel_drag` to
snap back).

Mouse: a click selects a slot or an appointment; dragging an appointment moves it (to another
column too); dragging its bottom edge resizes it; a double click opens it. Keyboard: Up/Down
move by one grid step, Left/Right by one day, Ctrl+Left/Right by one column, Enter opens,
Delete cancels, Escape drops a drag.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter,
                           QPaintEvent, QPen)
from PySide6.QtWidgets import QApplication, QScrollArea, QToolTip, QWidget

from ui.calendar.layout import DAY_MINUTES, Column, Placed, local_day, local_minutes, snap
from vastaanotto.models.appointments import AppointmentStatus
from vastaanotto.services.schedule import CalendarData, CalendarEntry

S = AppointmentStatus
AXIS_WIDTH = 52
ROW_HEIGHT = 18          # pixels per grid step
MIN_COLUMN_WIDTH = 28    # narrower and a week of ten practitioners scrolls sideways
EDGE = 5                 # pixels at an appointment's bottom that grab for resizing
_TEXT_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

CLOSED = QColor("#e4e4e4")
OFF_HOURS = QColor("#efefef")
ABSENT = QColor("#e8b4b4")
TODAY = QColor("#fff8dc")
SELECTION = QColor("#1a73e8")
NOW_LINE = QColor("#d93025")
LINE = QColor("#dddddd")
HOUR_LINE = QColor("#b8b8b8")
DAY_LINE = QColor("#5f6368")


@dataclass
class Drag:
    """A drag in progress: which appointment, how (move or resize), where it would land."""

    id: int
    resize: bool
    grab: int                 # minutes between the appointment's top and the press point
    origin: QPoint
    active: bool = False      # past the start distance
    column: int = 0
    top: int = 0
    bottom: int = 0


class TimeGrid(QWidget):
    """GUI thread. Fill with :meth:`set_layout`; read ``selected_column``/``selected_minute``
    and ``selected_id``."""

    selection_changed = Signal()
    activated = Signal(int)                      # double click or Enter on an appointment
    cancel_requested = Signal(int)               # Delete on an appointment
    day_step = Signal(int)                       # Left/Right: -1 or +1 day
    move_requested = Signal(int, int, int)       # id, column, new top minute
    resize_requested = Signal(int, int)          # id, new bottom minute (of its column's day)
    context_menu_requested = Signal(int, QPoint)  # id, global position

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeGrid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.columns: list[Column] = []
        self.placed: list[Placed] = []
        self.entries: dict[int, CalendarEntry] = {}
        self.data: CalendarData | None = None
        self.first_minute, self.last_minute, self.grid = 8 * 60, 17 * 60, 15
        self.colors: dict[int, QColor] = {}       # appointment id -> fill
        self.now_epoch: int | None = None
        self.closed_text: dict[dt.date, str] = {}   # set by the view: why a day is closed
        self.selected_column = 0
        self.selected_minute = 8 * 60
        self.selected_id: int | None = None
        self.drag: Drag | None = None
        self._by_column: dict[int, list[Placed]] = {}
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.85))
        self._bold = QFont(self._small)
        self._bold.setBold(True)
        # (first line, cancelled) -> font and its metrics, built once: paint runs per frame.
        self._fonts = {}
        for bold in (True, False):
            for struck in (True, False):
                font = QFont(self._bold if bold else self._small)
                font.setStrikeOut(struck)
                self._fonts[(bold, struck)] = (font, QFontMetrics(font))
        self._line_height = QFontMetrics(self._small).height()

    # -- content ---------------------------------------------------------------------------

    def set_layout(self, data: CalendarData, columns: list[Column], placed: list[Placed],
                   entries: dict[int, CalendarEntry], colors: dict[int, QColor], *,
                   first_minute: int, last_minute: int, grid: int,
                   now_epoch: int | None, dirty: set[int] | None = None) -> None:
        """``dirty``: the only columns that changed (a move), so only they are repainted;
        None repaints everything."""
        self.data, self.columns, self.placed, self.entries = data, columns, placed, entries
        self.colors, self.grid, self.now_epoch = colors, grid, now_epoch
        self.first_minute, self.last_minute = first_minute, last_minute
        self._by_column = {}
        for p in placed:
            self._by_column.setdefault(p.column, []).append(p)
        self.drag = None
        if self.selected_id is not None and self.selected_id not in entries:
            self.selected_id = None
        self.selected_column = min(max(self.selected_column, 0), max(len(columns) - 1, 0))
        self.selected_minute = min(max(self.selected_minute, first_minute),
                                   last_minute - grid)
        same_span = (first_minute, last_minute, grid) == getattr(self, "_span", None)
        self._span = (first_minute, last_minute, grid)
        self.setMinimumSize(self.sizeHint())
        if dirty is not None and same_span:
            for index in dirty:
                self.update(self.column_rect(index))
        else:
            self.update()

    def column_rect(self, index: int) -> QRect:
        x = int(self.column_x(index))
        return QRect(x - 1, 0, int(self.column_width()) + 3, self.height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        rows = (self.last_minute - self.first_minute) / max(self.grid, 1)
        return QSize(AXIS_WIDTH + max(len(self.columns), 1) * MIN_COLUMN_WIDTH,
                     int(rows * ROW_HEIGHT) + 1)

    # -- geometry --------------------------------------------------------------------------

    @property
    def per_minute(self) -> float:
        return ROW_HEIGHT / self.grid

    def column_width(self) -> float:
        return (self.width() - AXIS_WIDTH) / max(len(self.columns), 1)

    def column_x(self, index: int) -> float:
        return AXIS_WIDTH + index * self.column_width()

    def y_of(self, minute: float) -> float:
        return (minute - self.first_minute) * self.per_minute

    def minute_at(self, y: float) -> float:
        return self.first_minute + y / self.per_minute

    def column_at(self, x: float) -> int | None:
        if x < AXIS_WIDTH or not self.columns:
            return None
        index = int((x - AXIS_WIDTH) / self.column_width())
        return index if 0 <= index < len(self.columns) else None

    def rect_of(self, p: Placed) -> QRectF:
        width = self.column_width()
        lane_width = (width - 4) / p.lanes
        x = self.column_x(p.column) + 1 + p.lane * lane_width
        top, bottom = self.y_of(p.top), self.y_of(p.bottom)
        return QRectF(x, top + 1, max(lane_width - 1, 2), max(bottom - top - 2, 3))

    def placed_of(self, appointment_id: int) -> Placed | None:
        return next((p for p in self.placed if p.id == appointment_id), None)

    def hit(self, pos: QPointF) -> Placed | None:
        column = self.column_at(pos.x())
        if column is None:
            return None
        for p in reversed(self._by_column.get(column, ())):
            if self.rect_of(p).contains(pos):
                return p
        return None

    def point_of(self, appointment_id: int) -> QPoint:
        """The centre of an appointment's box (tests press the mouse there)."""
        return self.rect_of(self.placed_of(appointment_id)).center().toPoint()

    def point_at(self, column: int, minute: int) -> QPoint:
        """A point inside ``column`` at ``minute`` (tests drop there)."""
        return QPoint(int(self.column_x(column) + self.column_width() / 2),
                      int(self.y_of(minute) + 1))

    # -- selection -------------------------------------------------------------------------

    def select_slot(self, column: int, minute: int) -> None:
        before = self._selected_columns()
        self.selected_column = min(max(column, 0), max(len(self.columns) - 1, 0))
        self.selected_minute = min(max(minute, self.first_minute), self.last_minute - self.grid)
        self.selected_id = None
        self._update_columns(before | self._selected_columns())
        self.selection_changed.emit()

    def select_appointment(self, appointment_id: int | None) -> None:
        before = self._selected_columns()
        p = self.placed_of(appointment_id) if appointment_id is not None else None
        self.selected_id = p.id if p is not None else None
        if p is not None:
            self.selected_column, self.selected_minute = p.column, snap(p.top, self.grid)
        self._update_columns(before | self._selected_columns())
        self.selection_changed.emit()

    def _selected_columns(self) -> set[int]:
        if self.selected_id is not None:
            p = self.placed_of(self.selected_id)
            if p is not None:
                return {p.column}
        return {self.selected_column}

    def _update_columns(self, columns: set[int]) -> None:
        # A selection repaints only the columns it leaves and enters.
        for index in columns:
            if 0 <= index < len(self.columns):
                self.update(self.column_rect(index))

    def selected_column_def(self) -> Column | None:
        return self.columns[self.selected_column] if self.columns else None

    def _appointment_at_selection(self) -> int | None:
        for p in self._by_column.get(self.selected_column, ()):
            if p.top <= self.selected_minute < p.bottom:
                return p.id
        return None

    def ensure_selection_visible(self) -> None:
        scroll = self._scroll_area()
        if scroll is not None:
            y = int(self.y_of(self.selected_minute))
            scroll.ensureVisible(int(self.column_x(self.selected_column)), y, 10, ROW_HEIGHT * 2)

    def _scroll_area(self) -> QScrollArea | None:
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QScrollArea):
            widget = widget.parentWidget()
        return widget

    # -- keyboard --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Escape and self.drag is not None:
            self.cancel_drag()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -self.grid if key == Qt.Key.Key_Up else self.grid
            self._select_keyboard(self.selected_column, self.selected_minute + step)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            if ctrl:
                self._select_keyboard(self.selected_column + step, self.selected_minute)
            else:
                self.day_step.emit(step)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id is not None:
            self.activated.emit(self.selected_id)
        elif key == Qt.Key.Key_Delete and self.selected_id is not None:
            self.cancel_requested.emit(self.selected_id)
        else:
            super().keyPressEvent(event)

    def _select_keyboard(self, column: int, minute: int) -> None:
        self.select_slot(column, minute)
        found = self._appointment_at_selection()
        if found is not None:
            self.selected_id = found
            self.selection_changed.emit()
        self.ensure_selection_visible()

    # -- mouse -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        p = self.hit(pos)
        if p is None:
            column = self.column_at(pos.x())
            if column is not None and event.button() == Qt.MouseButton.LeftButton:
                minute = int(self.minute_at(pos.y()) // self.grid * self.grid)
                self.select_slot(column, minute)
            return
        self.select_appointment(p.id)
        if event.button() == Qt.MouseButton.RightButton:
            self.context_menu_requested.emit(p.id, event.globalPosition().toPoint())
            return
        if event.button() != Qt.MouseButton.LeftButton or not self._movable(p.id):
            return
        rect = self.rect_of(p)
        resize = pos.y() >= rect.bottom() - EDGE
        grab = int(self.minute_at(pos.y()) - p.top)
        self.drag = Drag(p.id, resize, grab, event.position().toPoint(), column=p.column,
                         top=p.top, bottom=p.bottom)

    def _movable(self, appointment_id: int) -> bool:
        entry = self.entries.get(appointment_id)
        return entry is not None and entry.status in (S.BOOKED, S.ARRIVED)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        pos = event.position()
        drag = self.drag
        if drag is None:
            p = self.hit(pos)
            near_edge = (p is not None and self._movable(p.id)
                         and pos.y() >= self.rect_of(p).bottom() - EDGE)
            self.setCursor(Qt.CursorShape.SizeVerCursor if near_edge
                           else Qt.CursorShape.ArrowCursor)
            return
        if not drag.active:
            distance = (pos.toPoint() - drag.origin).manhattanLength()
            if distance < QApplication.startDragDistance():
                return
            drag.active = True
        p = self.placed_of(drag.id)
        minute = self.minute_at(pos.y())
        if drag.resize:
            drag.bottom = max(snap(minute, self.grid), p.top + self.grid)
            drag.top = p.top
        else:
            column = self.column_at(pos.x())
            if column is not None:
                drag.column = column
            length = p.bottom - p.top
            top = snap(minute - drag.grab, self.grid)
            drag.top = min(max(top, 0), DAY_MINUTES - length)
            drag.bottom = drag.top + length
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        drag, self.drag = self.drag, None
        if drag is None or not drag.active:
            self.update()
            return
        p = self.placed_of(drag.id)
        # The ghost stays drawn until the view answers: a new layout, or cancel_drag().
        self.drag = drag
        if drag.resize:
            if drag.bottom != p.bottom:
                self.resize_requested.emit(drag.id, drag.bottom)
                return
        elif drag.top != p.top or drag.column != p.column:
            self.move_requested.emit(drag.id, drag.column, drag.top)
            return
        self.cancel_drag()

    def cancel_drag(self) -> None:
        """Snap back: forget the ghost and draw the appointment where it is."""
        self.drag = None
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        p = self.hit(event.position())
        if p is not None:
            self.activated.emit(p.id)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            p = self.hit(QPointF(event.pos()))
            if p is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(p.id), self)
            return True
        return super().event(event)

    def tooltip_for(self, appointment_id: int) -> str:
        """Set by the view (it knows names and words); the grid only asks."""
        return ""

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        clip = event.rect()
        painter.fillRect(clip, Qt.GlobalColor.white)
        if self.data is None:
            return
        width = self.column_width()
        first = max(0, int((clip.left() - AXIS_WIDTH) // width)) if self.columns else 0
        last = min(len(self.columns) - 1, int((clip.right() - AXIS_WIDTH) // width))
        for index in range(first, last + 1):
            self._paint_shading(painter, index)
        self._paint_lines(painter, clip, first, last)
        dragged = self.drag.id if self.drag is not None and self.drag.active else None
        low, high = self.minute_at(clip.top()) - 1, self.minute_at(clip.bottom()) + 1
        for index in range(first, last + 1):
            for p in self._by_column.get(index, ()):
                if p.bottom >= low and p.top <= high:  # only what the clip shows
                    self._paint_appointment(painter, p, self.rect_of(p),
                                            ghost_origin=p.id == dragged)
        self._paint_now(painter)
        self._paint_selection(painter)
        self._paint_drag(painter)
        painter.end()

    def _spans(self, column: Column) -> tuple[tuple[int, int], ...]:
        data = self.data
        if column.practitioner_id is not None:
            return data.bookable.get((column.practitioner_id, column.day), ())
        day = next((d for d in data.days if d.day == column.day), None)
        return day.opening if day is not None else ()

    def _paint_shading(self, painter: QPainter, index: int) -> None:
        column = self.columns[index]
        x, width = self.column_x(index), self.column_width()
        top, bottom = self.y_of(self.first_minute), self.y_of(self.last_minute)
        day = next((d for d in self.data.days if d.day == column.day), None)
        if day is not None and day.closed:
            painter.fillRect(QRectF(x, top, width, bottom - top), CLOSED)
            painter.fillRect(QRectF(x, top, width, bottom - top),
                             QBrush(QColor("#cfcfcf"), Qt.BrushStyle.BDiagPattern))
            text = self.closed_text.get(column.day, "")
            if text and width > 40:
                painter.setFont(self._bold)
                painter.setPen(QColor("#5f6368"))
                rect = QRectF(x + 4, top + 6, width - 8, bottom - top - 12)
                painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                 | Qt.TextFlag.TextWordWrap, text)
            return
        painter.fillRect(QRectF(x, top, width, bottom - top), OFF_HOURS)
        if self.now_epoch is not None and column.day == self._today():
            base = TODAY
        else:
            base = QColor(Qt.GlobalColor.white)
        for start, end in self._spans(column):
            y0 = self.y_of(local_minutes(start, column.day))
            y1 = self.y_of(local_minutes(end, column.day))
            painter.fillRect(QRectF(x, y0, width, y1 - y0), base)
        if column.practitioner_id is not None:
            for start, end, _kind in self.data.absences.get(column.practitioner_id, ()):
                y0 = self.y_of(max(local_minutes(start, column.day), self.first_minute))
                y1 = self.y_of(min(local_minutes(end, column.day), self.last_minute))
                if y1 > y0:
                    painter.fillRect(QRectF(x, y0, width, y1 - y0),
                                     QBrush(ABSENT, Qt.BrushStyle.BDiagPattern))

    def _today(self) -> dt.date | None:
        return local_day(self.now_epoch) if self.now_epoch is not None else None

    def _paint_lines(self, painter: QPainter, clip, first: int, last: int) -> None:
        height = self.y_of(self.last_minute)
        minute = self.first_minute
        painter.setFont(self._small)
        metrics = QFontMetrics(self._small)
        while minute <= self.last_minute:
            y = int(self.y_of(minute)) + 0.5
            hour = minute % 60 == 0
            painter.setPen(QPen(HOUR_LINE if hour else LINE, 1))
            painter.drawLine(QPointF(AXIS_WIDTH - (6 if hour else 0), y),
                             QPointF(self.width(), y))
            if hour and minute < self.last_minute:
                painter.setPen(QColor("#444444"))
                painter.drawText(QRectF(0, y + 1, AXIS_WIDTH - 8, metrics.height()),
                                 Qt.AlignmentFlag.AlignRight,
                                 f"{minute // 60:02d}.00")
            minute += self.grid
        width = self.column_width()
        for index in range(first, last + 2):
            x = int(AXIS_WIDTH + index * width) + 0.5
            new_day = (index == 0 or index >= len(self.columns)
                       or self.columns[index].day != self.columns[index - 1].day)
            painter.setPen(QPen(DAY_LINE if new_day else HOUR_LINE, 2 if new_day else 1))
            painter.drawLine(QPointF(x, 0), QPointF(x, height))

    def _paint_appointment(self, painter: QPainter, p: Placed, rect: QRectF, *,
                           ghost_origin: bool = False) -> None:
        entry = self.entries.get(p.id)
        if entry is None:
            return
        fill = QColor(self.colors.get(p.id, QColor("#7fb77e")))
        border = fill.darker(150)
        text_color = QColor("#1b1b1b")
        if entry.status is S.CANCELLED:
            fill = QColor("#f4f4f4")
            border = QColor("#9e9e9e")
            text_color = QColor("#7a7a7a")
        elif entry.status is S.COMPLETED:
            fill = fill.lighter(135)
        elif entry.status is S.NO_SHOW:
            fill = QColor("#f6d7d5")
            border = QColor("#b3261e")
        if ghost_origin:
            fill.setAlpha(90)
        pen = QPen(border, 2 if p.id == self.selected_id else 1)
        if entry.status is S.CANCELLED or ghost_origin:
            pen.setStyle(Qt.PenStyle.DashLine)
        if p.id == self.selected_id:
            pen.setColor(QColor("#202124"))
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        if entry.status is S.ARRIVED:
            painter.fillRect(QRectF(rect.left() + 1, rect.top() + 1, 4, rect.height() - 1),
                             QColor("#188038"))
        elif entry.status is S.NO_SHOW:
            painter.fillRect(rect.adjusted(1, 1, 0, 0),
                             QBrush(QColor("#b3261e"), Qt.BrushStyle.FDiagPattern))
        if rect.width() < 14 or rect.height() < 9:
            return
        if entry.status not in (S.CANCELLED, S.NO_SHOW) and _dark(fill):
            text_color = QColor("#ffffff")
        painter.setPen(text_color)
        inner = rect.adjusted(6 if entry.status is S.ARRIVED else 3, 1, -2, -1)
        lines = self.lines_for(entry, narrow=rect.width() < 80)
        line_height = self._line_height
        width = int(inner.width())
        y = inner.top()
        painter.setClipRect(inner)
        cancelled = entry.status is S.CANCELLED
        for number, line in enumerate(lines):
            if number and y + line_height > inner.bottom() + 3:
                break
            font, metrics = self._fonts[(number == 0, cancelled)]
            painter.setFont(font)
            painter.drawText(QRectF(inner.left(), y, inner.width(), line_height), _TEXT_FLAGS,
                             metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
            y += line_height
        painter.setClipping(False)

    def lines_for(self, entry: CalendarEntry, narrow: bool = False) -> list[str]:
        """Set by the view: the text lines of a box (time and client first; a narrow box
        leaves the time out, its position says it)."""
        return [entry.client_name]

    def _paint_now(self, painter: QPainter) -> None:
        if self.now_epoch is None or not self.columns:
            return
        today = self._today()
        minute = local_minutes(self.now_epoch, today)
        if (not self.first_minute <= minute <= self.last_minute
                or all(c.day != today for c in self.columns)):
            return
        y = self.y_of(minute)
        painter.setPen(QPen(NOW_LINE, 2))
        for index, column in enumerate(self.columns):
            if column.day == today:
                x = self.column_x(index)
                painter.drawLine(QPointF(x, y), QPointF(x + self.column_width(), y))
        painter.setBrush(NOW_LINE)
        painter.drawEllipse(QPointF(AXIS_WIDTH - 3, y), 3, 3)

    def _paint_selection(self, painter: QPainter) -> None:
        if not self.columns or self.selected_id is not None:
            return
        x, width = self.column_x(self.selected_column), self.column_width()
        y = self.y_of(self.selected_minute)
        pen = QPen(SELECTION, 2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(x + 1, y + 1, width - 2, ROW_HEIGHT - 2))

    def _paint_drag(self, painter: QPainter) -> None:
        drag = self.drag
        if drag is None or not drag.active:
            return
        p = self.placed_of(drag.id)
        ghost = Placed(drag.id, drag.column, drag.top, drag.bottom, 0, 1)
        if drag.resize:
            ghost = Placed(drag.id, p.column, p.top, drag.bottom, p.lane, p.lanes)
        rect = self.rect_of(ghost)
        color = QColor(self.colors.get(drag.id, QColor("#7fb77e")))
        color.setAlpha(170)
        painter.setPen(QPen(QColor("#202124"), 2, Qt.PenStyle.DashLine))
        painter.setBrush(color)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setFont(self._bold)
        painter.setPen(QColor("#000000"))
        label = (f"{drag.top // 60 % 24:02d}.{drag.top % 60:02d}–"
                 f"{drag.bottom // 60 % 24:02d}.{drag.bottom % 60:02d}")
        painter.drawText(rect.adjusted(4, 1, -2, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)


def _dark(color: QColor) -> bool:
    """Whether white text reads better than black on ``color`` (relative luminance)."""
    return 0.2126 * color.redF() + 0.7152 * color.greenF() + 0.0722 * color.blueF() < 0.45
