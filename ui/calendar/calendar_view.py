"""The booking calendar: Day, Week, Month and My day, with the details panel.

Data comes from one audited service call per shown range (``schedule.calendar_range``); every
change goes through ``booking.*`` and its ``Changes`` are published to the main window, which
passes them back to every view. A move or resize made here patches the loaded entry instead of
reading the range again: the service already checked and audited it, and a drag must repaint
within a frame (bench/drag_move.py).

Hooks for what other parts of the program add (single methods and signals; the methods live
in :mod:`ui.calendar.appointment_actions`, a mixin of this class):

* :meth:`cancel_appointment` — Delete, the panel's and the context menu's "Cancel…";
* :meth:`commit_move` / :meth:`commit_resize` — every drag and drop ends here (and undo/redo);
* ``print_requested(day, practitioner_ids)`` from ``print_action`` / :meth:`print_day`
  (which opens the day sheet's print dialog itself);
* ``waitlist_requested`` from ``waitlist_action`` (which opens the waitlist itself);
* ``repeat_requested(appointment_id)`` from the context menu's ``repeat_action`` ("Repeat…";
  the view connects it to :meth:`repeat_appointment`, the series dialog).

The series, waitlist, payment and printing flows are in :mod:`ui.calendar.appointment_flows`;
the view settings this desk remembers in :mod:`ui.calendar.view_settings`.
"""

from __future__ import annotations

import contextlib
import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QSplitter, QStackedWidget,
                               QVBoxLayout, QWidget)

from ui import formatting
from ui.admin.common import Publish, error_banner
from ui.calendar import view_settings
from ui.calendar.appointment_actions import AppointmentActions
from ui.calendar.appointment_flows import AppointmentFlows
from ui.calendar.appointment_panel import AppointmentPanel, phone_text
from ui.calendar.calendar_toolbar import GRIDS, CalendarToolbar
from ui.calendar.layout import (Column, Mode, build_columns, day_epoch, hour_span, local_day,
                                local_minutes, place, range_of, wall_clock)
from ui.calendar.month_view import MonthGrid, weekday_names
from ui.calendar.grid_header import GridScroll
from ui.calendar.time_grid import TimeGrid
from ui.errors import message_for
from vastaanotto.clock import HELSINKI
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.models.appointments import AppointmentStatus
from vastaanotto.models.staff import Role
from vastaanotto.permissions import Action, allowed
from vastaanotto.services import schedule
from vastaanotto.services.base import Changes
from vastaanotto.services.schedule import CalendarData, CalendarEntry

translate = QCoreApplication.translate
S = AppointmentStatus


@contextlib.contextmanager
def _signals_blocked(widget: QWidget):
    # Not QSignalBlocker: as a context manager in PySide6 6.12 its __exit__ drops a reference
    # to None each time, and a few thousand calls abort the interpreter.
    previous = widget.blockSignals(True)
    try:
        yield
    finally:
        widget.blockSignals(previous)


def _holiday_language() -> str:
    """The holidays package's language closest to the UI's (Finnish, Swedish, else English)."""
    language = QLocale().language()
    if language == QLocale.Language.Finnish:
        return "fi"
    return "sv_FI" if language == QLocale.Language.Swedish else "en_US"


class CalendarView(AppointmentFlows, AppointmentActions, QWidget):
    """GUI thread. ``publish`` is the main window's ``apply_changes``; ``qsettings`` where
    this desk remembers the view settings (default: the application's, once it has a name)."""

    KINDS = ("appointments", "staff", "services", "rooms", "clients", "settings", "opening_hours",
             "working_hours", "absences", "special_days")

    print_requested = Signal(object, object)   # first day (dt.date), practitioner ids or None
    waitlist_requested = Signal()
    repeat_requested = Signal(int)             # appointment id
    loaded = Signal()                          # after every load of a range

    def __init__(self, ctx: Context, publish: Publish | None = None,
                 parent: QWidget | None = None, *, qsettings: QSettings | None = None):
        super().__init__(parent)
        self.setObjectName("calendarView")
        self.ctx = ctx
        self._publish = publish or (lambda changes: self.on_changes(changes))
        self.mode = Mode.DAY
        self.day = self.today()
        self.data: CalendarData | None = None
        self.entries: dict[int, CalendarEntry] = {}
        self._people: dict[int, tuple[str, str]] = {}   # id -> (name, colour), all known
        self._rooms: dict[int, str] = {}
        self._qcolors: dict[str, QColor] = {}            # "#rrggbb" -> QColor, never mutated
        self._stale = False
        self._own_changes: Changes | None = None
        self._grid_override: int | None = None
        self.dialog: QDialog | None = None               # the last dialog opened here
        self.undo_stack = QUndoStack(self)
        # Practitioners, services, rooms and hours kept between loads; cleared by Changes.
        self._range_cache = schedule.RangeCache()
        self.is_practitioner = Role.PRACTITIONER in ctx.roles
        self._qsettings = view_settings.desk_settings(qsettings)
        remembered = view_settings.load(self._qsettings)
        self._wanted_practitioner = remembered.practitioner_id  # set once the filter is filled

        self.banner = error_banner(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("calendarSummary")
        self._build_toolbar()
        self.grid = TimeGrid()
        self.grid.tooltip_for = self.tooltip_for
        self.grid.lines_for = self.lines_for
        self.scroll = GridScroll(self.grid, self)
        self.month = MonthGrid(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.scroll)
        self.stack.addWidget(self.month)
        self.panel = AppointmentPanel(
            self, can_take_payment=allowed(ctx.roles, Action.PAYMENT_TAKE))
        splitter = QSplitter(self)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([900, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        status = QHBoxLayout()
        status.addWidget(self.summary, 1)
        layout.addLayout(status)

        self._build_undo_actions()
        self.grid.selection_changed.connect(self._selection_changed)
        self.grid.activated.connect(self.open_appointment)
        self.grid.cancel_requested.connect(self.cancel_appointment)
        self.grid.day_step.connect(self._day_step)
        self.grid.move_requested.connect(self._dropped)
        self.grid.resize_requested.connect(self._resized)
        self.grid.context_menu_requested.connect(self.show_context_menu)
        self.month.day_opened.connect(self.open_day)
        self.month.day_selected.connect(self.show_day)
        self.panel.arrived.connect(self.mark_arrived)
        self.panel.completed.connect(self.mark_completed)
        self.panel.no_show.connect(self.mark_no_show)
        self.panel.cancel.connect(self.cancel_appointment)
        self.panel.take_payment.connect(self.take_payment)
        self.panel.print_upcoming.connect(self.print_upcoming)
        self.panel.waitlist_banner.show_requested.connect(self.show_waiting)
        self.panel.waitlist_banner.book_requested.connect(self.book_waiting)
        self.repeat_requested.connect(self.repeat_appointment)
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)  # the "now" line moves once a minute
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._first_scroll = True
        self._restore_settings(remembered)
        self.reload()

    # -- construction ----------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = self.toolbar = CalendarToolbar(self, practitioner=self.is_practitioner)
        # The toolbar's pieces under the names the rest of the program (and tests) use.
        for name in ("mode_actions", "date_edit", "practitioner_filter", "columns_combo",
                     "columns_action", "color_combo", "grid_combo", "cancelled_check",
                     "walk_in_action", "waitlist_action", "print_action", "previous_action",
                     "today_action", "next_action"):
            setattr(self, name, getattr(bar, name))
        for mode, action in bar.mode_actions.items():
            action.triggered.connect(lambda _=False, m=mode: self.set_mode(m))
        bar.previous_action.triggered.connect(lambda: self.step(-1))
        bar.today_action.triggered.connect(self.go_today)
        bar.next_action.triggered.connect(lambda: self.step(1))
        self.date_edit.setDate(QDate(self.day))
        self.date_edit.dateChanged.connect(lambda d: self.show_day(d.toPython()))
        self.practitioner_filter.currentIndexChanged.connect(self._filter_chosen)
        self.columns_combo.currentIndexChanged.connect(lambda _i: self._relayout())
        self.color_combo.currentIndexChanged.connect(self._color_chosen)
        self.grid_combo.currentIndexChanged.connect(self._grid_chosen)
        self.cancelled_check.toggled.connect(lambda _on: self._relayout())
        bar.walk_in_action.triggered.connect(self.walk_in)
        bar.waitlist_action.triggered.connect(self._waitlist_triggered)
        bar.print_action.triggered.connect(self.print_day)

    def _waitlist_triggered(self) -> None:
        self.waitlist_requested.emit()
        self.open_waitlist()

    # -- view settings remembered on this desk ---------------------------------------------

    def _restore_settings(self, remembered: view_settings.ViewSettings) -> None:
        """Before the first load: mode, colours and grid; the practitioner once the filter
        knows the names (``_fill_filter``)."""
        mode = remembered.mode
        if mode is Mode.MY_DAY and not self.is_practitioner:
            mode = Mode.DAY
        self.mode = mode
        self.mode_actions[mode].setChecked(True)
        with _signals_blocked(self.color_combo):
            self.color_combo.setCurrentIndex(max(0, self.color_combo.findData(
                remembered.color_by)))
        self._grid_override = remembered.grid_minutes

    def _save_settings(self) -> None:
        view_settings.save(self._qsettings, view_settings.ViewSettings(
            mode=self.mode, color_by=self.color_combo.currentData() or "service",
            grid_minutes=self._grid_override,
            practitioner_id=self.practitioner_filter.currentData()))

    def _filter_chosen(self, _index: int) -> None:
        self._wanted_practitioner = None
        self._save_settings()
        self.reload()

    def _color_chosen(self, _index: int) -> None:
        self._save_settings()
        self._relayout()

    def _build_undo_actions(self) -> None:
        # Shortcuts scoped to the calendar, so Ctrl+Z in a text field elsewhere stays its own.
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    # -- navigation ------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self.ctx.now().astimezone(HELSINKI).date()

    def go_today(self) -> None:
        self.show_day(self.today())
        self._select_now()

    def set_mode(self, mode: Mode) -> None:
        if mode is Mode.MY_DAY and not self.is_practitioner:
            return
        self.mode_actions[mode].setChecked(True)
        if mode is self.mode:
            return
        self.mode = mode
        self._save_settings()
        self.reload()

    def open_day(self, day: dt.date) -> None:
        """The month's double click: that day in the day view (one read, one audit event)."""
        self.day = day
        with _signals_blocked(self.date_edit):
            self.date_edit.setDate(QDate(day))
        self.mode_actions[Mode.DAY].setChecked(True)
        self.mode = Mode.DAY
        self._save_settings()
        self.reload()

    def step(self, direction: int) -> None:
        """Previous/next day, week or month, as the mode shows."""
        if self.mode is Mode.WEEK:
            self.show_day(self.day + dt.timedelta(days=7 * direction))
        elif self.mode is Mode.MONTH:
            month = self.day.month - 1 + direction
            self.show_day(dt.date(self.day.year + month // 12, month % 12 + 1, 1))
        else:
            self.show_day(self.day + dt.timedelta(days=direction))

    def show_day(self, day: dt.date) -> None:
        """Show the range of the current mode that holds ``day``; within the range already
        shown only the selection moves (no query)."""
        if day == self.day and self.date_edit.date().toPython() == day and self.data:
            return
        previous = self.day
        self.day = day
        with _signals_blocked(self.date_edit):
            self.date_edit.setDate(QDate(day))
        same_range = (self.data is not None
                      and range_of(self.mode, day) == range_of(self.mode, previous))
        if same_range and not self._stale:
            self._select_day_column()
            if self.mode is Mode.MONTH:
                self.month.selected = day
                self.month.update()
            self._update_summary()
        else:
            self.reload()

    def _day_step(self, direction: int) -> None:
        self.show_day(self.day + dt.timedelta(days=direction))

    def practitioner_ids(self) -> list[int] | None:
        if self.mode is Mode.MY_DAY:
            return [self.ctx.staff_id]
        chosen = self.practitioner_filter.currentData()
        return None if chosen is None else [chosen]

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the shown range (one audited service call) and lay it out."""
        self._stale = False
        first, days = range_of(self.mode, self.day)
        try:
            data = schedule.calendar_range(self.ctx, first, days, self.practitioner_ids(),
                                           holiday_language=_holiday_language(),
                                           cache=self._range_cache)
        except VastaanottoError as exc:
            self.show_error(message_for(exc))
            return
        self.banner.hide()
        self.set_data(data)
        if self._wanted_practitioner is not None and self.mode is not Mode.MY_DAY:
            # The remembered filter could be chosen only now that the names are known.
            wanted, self._wanted_practitioner = self._wanted_practitioner, None
            index = self.practitioner_filter.findData(wanted)
            if index > 0:
                self.practitioner_filter.setCurrentIndex(index)  # reads that column
                return
        self.loaded.emit()

    def set_data(self, data: CalendarData) -> None:
        self.data = data
        self.entries = {e.id: e for e in data.entries}
        self._rooms = dict(data.rooms)
        if self.practitioner_ids() is None:
            people = {p.id: (p.name, p.color) for p in data.practitioners}
            if people != self._people:
                self._people = people
                self._fill_filter()
        else:
            self._people.update({p.id: (p.name, p.color) for p in data.practitioners})
        with _signals_blocked(self.grid_combo):
            self.grid_combo.setCurrentIndex(
                max(0, GRIDS.index(self.grid_minutes()) if self.grid_minutes() in GRIDS else 2))
        self._relayout()

    def _fill_filter(self) -> None:
        chosen = self.practitioner_filter.currentData()
        with _signals_blocked(self.practitioner_filter):
            self.practitioner_filter.clear()
            self.practitioner_filter.addItem(self.tr("All practitioners"), None)
            for pid, (name, _color) in self._people.items():
                self.practitioner_filter.addItem(name, pid)
            index = self.practitioner_filter.findData(chosen) if chosen is not None else 0
            self.practitioner_filter.setCurrentIndex(max(index, 0))

    def grid_minutes(self) -> int:
        if self._grid_override is not None:
            return self._grid_override
        return self.data.grid_minutes if self.data is not None else 15

    def _grid_chosen(self, index: int) -> None:
        self._grid_override = self.grid_combo.itemData(index)
        self._save_settings()
        self._relayout()

    def by_room(self) -> bool:
        return bool(self.columns_combo.currentData()) and self.mode is Mode.DAY

    def _relayout(self, dirty: set[int] | None = None) -> None:
        """Columns, placement and colours from the loaded data; no query. ``dirty``: the ids
        of the only appointments that changed, so only their columns are repainted."""
        data = self.data
        if data is None:
            return
        self.columns_action.setVisible(bool(data.rooms) and self.mode is Mode.DAY)
        self.practitioner_filter.setEnabled(self.mode in (Mode.DAY, Mode.WEEK, Mode.MONTH))
        now = int(self.ctx.now().timestamp())
        if self.mode is Mode.MONTH:
            self.stack.setCurrentWidget(self.month)
            self.month.set_data(data, self.day.month, self.day, self.today())
            self._update_summary()
            self._selection_changed()
            return
        self.stack.setCurrentWidget(self.scroll)
        columns = build_columns(self.mode, data, by_room=self.by_room())
        placed = place(self.entries.values(), columns,
                       show_cancelled=self.cancelled_check.isChecked())
        first, last = hour_span(data, placed)
        by_practitioner = self.color_combo.currentData() == "practitioner"
        colors = {}
        qcolors = self._qcolors   # a handful of colours for hundreds of boxes
        for p in placed:
            entry = self.entries[p.id]
            color = (self._people.get(entry.practitioner_id, ("", entry.color))[1]
                     if by_practitioner else entry.color)
            qcolor = qcolors.get(color)
            if qcolor is None:
                qcolor = qcolors[color] = QColor(color)
            colors[p.id] = qcolor
        keep = self.grid.selected_column_def()
        columns_hit = None
        if dirty is not None and columns == self.grid.columns:
            columns_hit = {p.column for p in self.grid.placed if p.id in dirty}
            columns_hit |= {p.column for p in placed if p.id in dirty}
        self.grid.set_layout(data, columns, placed, self.entries, colors, first_minute=first,
                             last_minute=last, grid=self.grid_minutes(), now_epoch=now,
                             dirty=columns_hit)
        self._set_titles(columns)
        if keep is not None:
            self._select_column(keep.practitioner_id, keep.room_id)
        else:
            self._select_day_column()
        if self._first_scroll and self.isVisible():
            self._first_scroll = False
            self._select_now()
        self.scroll.header.update()
        self._update_summary()
        self._selection_changed()

    def _set_titles(self, columns: list[Column]) -> None:
        header = self.scroll.header
        header.titles = [self._rooms.get(c.room_id, "") if c.room_id is not None
                         else self._people.get(c.practitioner_id, ("",))[0] for c in columns]
        header.day_titles = {}
        if self.mode is Mode.WEEK:
            names = weekday_names()
            closed = {d.day: d for d in self.data.days}
            for d in self.data.days:
                title = f"{names[d.day.weekday()]} {d.day.day}.{d.day.month}."
                if closed[d.day].holiday_name:
                    title += f" {closed[d.day].holiday_name}"
                header.day_titles[d.day] = title
        self.grid.closed_text = {
            d.day: (self.tr("Closed: %1").replace("%1", d.holiday_name) if d.holiday_name
                    else self.tr("Closed")) for d in self.data.days if d.closed}

    def _select_column(self, practitioner_id, room_id) -> None:
        for index, c in enumerate(self.grid.columns):
            if (c.day == self.day and c.practitioner_id == practitioner_id
                    and c.room_id == room_id):
                if index != self.grid.selected_column:
                    self.grid._update_columns({self.grid.selected_column, index})
                    self.grid.selected_column = index
                break
        else:
            self._select_day_column()

    def _select_day_column(self) -> None:
        """Keep the practitioner, move the selection to ``self.day``'s column."""
        current = self.grid.selected_column_def()
        pid = current.practitioner_id if current is not None else None
        candidates = [i for i, c in enumerate(self.grid.columns) if c.day == self.day]
        if not candidates:
            return
        chosen = next((i for i in candidates if self.grid.columns[i].practitioner_id == pid),
                      candidates[0])
        self.grid.select_slot(chosen, self.grid.selected_minute)

    def _select_now(self) -> None:
        """Select the current time (today) or the opening (another day), and scroll to it."""
        if self.data is None or self.mode is Mode.MONTH:
            return
        if self.day == self.today():
            minute = local_minutes(int(self.ctx.now().timestamp()), self.day)
        else:
            info = next((d for d in self.data.days if d.day == self.day), None)
            minute = (local_minutes(info.opening[0][0], self.day)
                      if info is not None and info.opening else 9 * 60)
        grid = self.grid_minutes()
        self.grid.selected_minute = max(self.grid.first_minute,
                                        min(minute // grid * grid,
                                            self.grid.last_minute - grid))
        self._select_day_column()
        self.grid.ensure_selection_visible()

    def _update_summary(self) -> None:
        if self.data is None:
            return
        first, days = range_of(self.mode, self.day)
        last = first + dt.timedelta(days=days - 1)
        low, high = day_epoch(first), day_epoch(last + dt.timedelta(days=1))
        gone = (S.CANCELLED, S.NO_SHOW)
        shown = [e for e in self.entries.values()
                 if low <= e.start < high and e.status not in gone]
        if days == 1:
            when = formatting.date(first)
        elif self.mode is Mode.MONTH:
            when = f"{self.day.month}/{self.day.year}"
        else:
            when = (self.tr("Week %1: %2–%3").replace("%1", str(first.isocalendar()[1]))
                    .replace("%2", formatting.date(first)).replace("%3", formatting.date(last)))
        self.summary.setText(self.tr("%1: %n appointment(s)", "", len(shown))
                             .replace("%1", when))

    def _tick(self) -> None:
        self.grid.now_epoch = int(self.ctx.now().timestamp())
        self.grid.update()

    def show_error(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    # -- changes from elsewhere ------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*schedule.RangeCache.KINDS):
            self._range_cache.clear()
        if changes is self._own_changes or not changes.touches(*self.KINDS):
            return
        # A hidden calendar (another view is open, or the window is locked) is reloaded when
        # it is shown again: no query, and no "calendar.viewed" audit event, for nobody.
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()
        if self._first_scroll and self.data is not None:
            self._first_scroll = False
            QTimer.singleShot(0, self._select_now)

    def _publish_own(self, changes: Changes) -> None:
        """Publish a change this view has already drawn, without reading the range again."""
        self._own_changes = changes
        try:
            self._publish(changes)
        finally:
            self._own_changes = None

    # -- selection, details, texts ---------------------------------------------------------

    def selected_entry(self) -> CalendarEntry | None:
        return self.entries.get(self.grid.selected_id) if self.grid.selected_id else None

    def _selection_changed(self) -> None:
        entry = self.selected_entry() if self.mode is not Mode.MONTH else None
        if entry is None:
            self.panel.show_entry(None)
            return
        self.panel.show_entry(entry, practitioner=self._name(entry.practitioner_id),
                              room=self._rooms.get(entry.room_id, ""), now=self.ctx.now())

    def _name(self, practitioner_id: int) -> str:
        return self._people.get(practitioner_id, ("",))[0]

    def select_appointment(self, appointment_id: int) -> None:
        self.grid.select_appointment(appointment_id)
        self.grid.ensure_selection_visible()

    def open_appointment(self, appointment_id: int) -> None:
        """Double click / Enter: select it and put the keyboard in the panel's buttons."""
        self.grid.select_appointment(appointment_id)
        for button in (self.panel.arrived_button, self.panel.completed_button,
                       self.panel.cancel_button):
            if button.isEnabled():
                button.setFocus()
                break

    def booking_hint(self) -> tuple[dt.datetime | None, int | None]:
        """(selected slot as an aware UTC time, or None if past; its practitioner) for Ctrl+N."""
        column = self.grid.selected_column_def()
        if column is None or self.mode is Mode.MONTH:
            return None, None
        start = wall_clock(column.day, self.grid.selected_minute)
        start = start.astimezone(dt.timezone.utc)
        return (start if start > self.ctx.now() else None), column.practitioner_id

    def lines_for(self, entry: CalendarEntry, narrow: bool = False) -> list[str]:
        day = local_day(entry.start)
        minute = local_minutes(entry.start, day)
        first = (entry.client_name if narrow
                 else f"{minute // 60:02d}.{minute % 60:02d} {entry.client_name}".rstrip())
        lines = [first, entry.service_name]
        if entry.status is not S.BOOKED:
            lines.append(formatting.status_name(entry.status))
        return lines

    def tooltip_for(self, appointment_id: int) -> str:
        e = self.entries.get(appointment_id)
        if e is None:
            return ""
        status = formatting.status_name(e.status)
        if e.late_cancellation:
            status = self.tr("%1 (late)").replace("%1", status)
        lines = [f"{formatting.time_range(e.starts_at, e.ends_at)}  {e.client_name}",
                 phone_text(e.phone), e.service_name, self._name(e.practitioner_id),
                 self._rooms.get(e.room_id, ""), status]
        if e.no_show_count:
            lines.append(self.tr("No-shows: %1").replace("%1", str(e.no_show_count)))
        if e.note:
            lines.append(e.note)
        return "\n".join(line for line in lines if line)

__all__ = ["CalendarView", "Mode"]
