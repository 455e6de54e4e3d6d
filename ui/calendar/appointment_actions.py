"""What the calendar does to an appointment: status changes, cancel, walk-in, the context
menu, and every drag and drop (move, resize, undo/redo), all through ``booking.*``.

A mixin of :class:`ui.calendar.calendar_view.CalendarView` (it uses the view's ``ctx``,
``entries``, ``grid``, ``panel``, ``undo_stack``, ``_publish``…), kept apart so that each file
stays readable. Hooks for other modules: :meth:`cancel_appointment`, :meth:`commit_move`,
:meth:`commit_resize`, :meth:`print_day` and the context menu's ``repeat_action``. Series,
waitlist, payment and printing flows live in :mod:`ui.calendar.appointment_flows`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QDialog, QMenu

from ui import formatting
from ui.calendar.layout import Mode, local_day, wall_clock
from ui.calendar.series_scope import MOVE
from ui.calendar.undo import PlacementCommand, Placement
from ui.calendar.waitlist_banner import FreedTime
from ui.errors import message_for
from vastaanotto.errors import VastaanottoError
from vastaanotto.models.appointments import AppointmentStatus
from vastaanotto.services import booking
from vastaanotto.services.base import Changes
from vastaanotto.services.schedule import CalendarEntry
from vastaanotto.services.series import Scope

S = AppointmentStatus
# An explicit context: a mixin's self.tr() would not say which class's strings these are.
translate = QCoreApplication.translate


class AppointmentActions:
    """Mixin; GUI thread."""

    def show_context_menu(self, appointment_id: int, where: QPoint) -> QMenu:
        entry = self.entries.get(appointment_id)
        menu = QMenu(self)
        menu.setObjectName("appointmentMenu")
        if entry is None:
            return menu
        open_action = menu.addAction(translate("CalendarView", "Open"),
                                     lambda: self.open_appointment(entry.id))
        open_action.setObjectName("openAction")
        menu.addSeparator()
        for text, name, slot, enabled in (
                (translate("CalendarView", "Arrived"), "arrivedAction", self.mark_arrived,
                 self.panel.arrived_button.isEnabled()),
                (translate("CalendarView", "Completed"), "completedAction", self.mark_completed,
                 self.panel.completed_button.isEnabled()),
                (translate("CalendarView", "No-show"), "noShowAction", self.mark_no_show,
                 self.panel.no_show_button.isEnabled()),
                (translate("CalendarView", "Cancel…"), "cancelAction", self.cancel_appointment,
                 self.panel.cancel_button.isEnabled())):
            action = menu.addAction(text, lambda s=slot: s(entry.id))
            action.setObjectName(name)
            action.setEnabled(enabled)
        menu.addSeparator()
        # The view itself listens (the series dialog); only a lone booked or arrived
        # appointment with a client can start a series.
        self.repeat_action = menu.addAction(translate("CalendarView", "Repeat…"),
                                            lambda: self.repeat_requested.emit(entry.id))
        self.repeat_action.setObjectName("repeatAction")
        self.repeat_action.setEnabled(
            entry.series_id is None and entry.client_id is not None
            and entry.status in (S.BOOKED, S.ARRIVED)
            and self.isSignalConnected(self.metaObject().method(
                self.metaObject().indexOfSignal("repeat_requested(int)"))))
        self.context_menu = menu
        menu.popup(where)
        return menu

    # -- status actions --------------------------------------------------------------------

    def _run(self, call, appointment_id: int) -> Changes | None:
        try:
            changes = call(self.ctx, appointment_id)
        except VastaanottoError as exc:
            self.show_error(message_for(exc))
            return None
        self.banner.hide()
        self._publish(changes)
        self.grid.select_appointment(appointment_id)
        return changes

    def mark_arrived(self, appointment_id: int) -> Changes | None:
        return self._run(booking.mark_arrived, appointment_id)

    def mark_completed(self, appointment_id: int) -> Changes | None:
        """Completing creates the visit (the core's job); data of the Changes is its id."""
        return self._run(booking.mark_completed, appointment_id)

    def mark_no_show(self, appointment_id: int) -> Changes | None:
        return self._run(booking.mark_no_show, appointment_id)

    def cancel_appointment(self, appointment_id: int) -> QDialog | None:
        """Hook: asks who cancelled and why (window-modal, not blocking), then cancels."""
        from ui.calendar.cancel_dialog import CancelDialog

        entry = self.entries.get(appointment_id)
        if entry is None or entry.status is not S.BOOKED:
            return None
        summary = (f"{formatting.date(local_day(entry.start))} "
                   f"{formatting.time_range(entry.starts_at, entry.ends_at)} "
                   f"{entry.client_name}, {entry.service_name}")
        late = entry.starts_at - self.ctx.now() < dt.timedelta(hours=24)
        dialog = CancelDialog(self.ctx, self._publish, appointment_id, summary, self,
                              late_warning=late, series_id=entry.series_id)
        freed = FreedTime(entry.id, entry.starts_at, entry.ends_at, entry.practitioner_id,
                          entry.room_id)
        dialog.accepted.connect(lambda: self._cancelled(freed))
        self._replace_dialog(dialog)
        dialog.open()
        return dialog

    def walk_in(self) -> QDialog:
        from ui.calendar.walk_in_dialog import WalkInDialog

        dialog = WalkInDialog(self.ctx, self._publish, self,
                              practitioners={pid: name for pid, (name, _c)
                                             in self._people.items()})
        dialog.accepted.connect(lambda: self._walked_in(dialog))
        self._replace_dialog(dialog)
        dialog.open()
        return dialog

    def _walked_in(self, dialog) -> None:
        if dialog.changes is None:
            return
        if self.mode is Mode.MONTH:
            self.set_mode(Mode.DAY)
        self.show_day(self.today())
        self.select_appointment(dialog.changes.data)

    def _replace_dialog(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog

    def print_day(self) -> QDialog:
        """Toolbar "Print…": the day sheet of the selected day, for the practitioner the
        filter (or My day) shows, else everyone. ``print_requested`` tells listeners."""
        from ui.calendar.print_sheet import print_day_sheet

        ids = self.practitioner_ids()
        practitioner = ids[0] if ids and len(ids) == 1 else None
        self.print_requested.emit(self.day, ids)
        dialog = print_day_sheet(self.ctx, self, self.day, practitioner)
        self._replace_dialog(dialog)
        return dialog

    # -- drag and drop ---------------------------------------------------------------------

    def _dropped(self, appointment_id: int, column_index: int, top: int) -> None:
        column = self.grid.columns[column_index]
        entry = self.entries[appointment_id]
        starts = wall_clock(column.day, top)
        practitioner = column.practitioner_id
        room = column.room_id
        self.commit_move(appointment_id, starts,
                         practitioner_id=(practitioner if practitioner is not None
                                          and practitioner != entry.practitioner_id else None),
                         room_id=room if room is not None and room != entry.room_id else None)

    def _resized(self, appointment_id: int, bottom: int) -> None:
        entry = self.entries[appointment_id]
        self.commit_resize(appointment_id, wall_clock(local_day(entry.start), bottom))

    def _placement(self, entry: CalendarEntry) -> Placement:
        return Placement(entry.starts_at, entry.ends_at, entry.practitioner_id, entry.room_id)

    def commit_move(self, appointment_id: int, starts_at: dt.datetime, *,
                    practitioner_id: int | None = None, room_id: int | None = None) -> bool:
        """Hook: move (keeping the length), to another practitioner or room if given.

        A series member asks the scope first: "only this" is an ordinary, undoable move;
        "this and the following"/"all" go through the series service (not undoable). A
        refused time offers "Book anyway" (with a reason) to those allowed; otherwise the
        translated reason shows and the box snaps back. True when moved."""
        entry = self.entries.get(appointment_id)
        if entry is None:
            return False
        if entry.series_id is not None:
            scope = self.ask_scope(MOVE)
            if scope is None:
                self.grid.cancel_drag()
                return False
            if scope is not Scope.THIS:
                return self._move_series(entry, starts_at, practitioner_id, scope)
        before = self._placement(entry)

        def move(reason=None) -> Changes:
            return booking.move(self.ctx, appointment_id, starts_at=starts_at,
                                practitioner_id=practitioner_id, room_id=room_id,
                                override_reason=reason)

        try:
            changes = self.call_or_book_anyway(move)
        except VastaanottoError as exc:
            self.grid.cancel_drag()
            self.show_error(message_for(exc))
            return False
        length = entry.end - entry.start
        start = int(starts_at.timestamp())
        after = self._patch(entry, start=start, end=start + length,
                            practitioner_id=practitioner_id or entry.practitioner_id,
                            room_id=room_id if room_id is not None else entry.room_id)
        self.undo_stack.push(PlacementCommand(self._apply_placement, appointment_id, before,
                                              after, translate("CalendarView", "Move appointment")))
        self._publish_own(changes)
        return True

    def commit_resize(self, appointment_id: int, ends_at: dt.datetime) -> bool:
        """Hook: change the end; undoable; a refusal offers "Book anyway" as a move does, else
        snaps back with the reason. A series member's resize changes only that occurrence
        (the series keeps each member's own length)."""
        entry = self.entries.get(appointment_id)
        if entry is None:
            return False
        before = self._placement(entry)

        def resize(reason=None) -> Changes:
            return booking.resize(self.ctx, appointment_id, ends_at=ends_at,
                                  override_reason=reason)

        try:
            changes = self.call_or_book_anyway(resize)
        except VastaanottoError as exc:
            self.grid.cancel_drag()
            self.show_error(message_for(exc))
            return False
        after = self._patch(entry, end=int(ends_at.timestamp()))
        self.undo_stack.push(PlacementCommand(
            self._apply_placement, appointment_id, before, after,
            translate("CalendarView", "Resize appointment")))
        self._publish_own(changes)
        return True

    def _patch(self, entry: CalendarEntry, **fields) -> Placement:
        """The loaded entry, changed as the service just accepted; laid out again."""
        new = entry._replace(**fields)
        self.entries[entry.id] = new
        self.banner.hide()
        self._relayout(dirty={entry.id})
        self.grid.select_appointment(entry.id)
        return self._placement(new)

    def _apply_placement(self, appointment_id: int, target: Placement,
                         current: Placement) -> bool:
        """Undo/redo: bring the appointment from ``current`` to ``target`` through the
        services (a move, then a resize if the length differs)."""
        try:
            changes = None
            if (target.starts_at != current.starts_at
                    or target.practitioner_id != current.practitioner_id
                    or target.room_id != current.room_id):
                room_changed = target.room_id != current.room_id
                changes = booking.move(
                    self.ctx, appointment_id, starts_at=target.starts_at,
                    practitioner_id=(target.practitioner_id
                                     if target.practitioner_id != current.practitioner_id
                                     else None),
                    room_id=target.room_id if room_changed else None,
                    # Back out of a room column into no room: None alone would keep the room.
                    clear_room=room_changed and target.room_id is None)
            length = target.ends_at - target.starts_at
            if length != current.ends_at - current.starts_at:
                changes = booking.resize(self.ctx, appointment_id, ends_at=target.ends_at)
        except VastaanottoError as exc:
            self.show_error(message_for(exc))
            return False
        entry = self.entries.get(appointment_id)
        if entry is not None:
            self._patch(entry, start=int(target.starts_at.timestamp()),
                        end=int(target.ends_at.timestamp()),
                        practitioner_id=target.practitioner_id, room_id=target.room_id)
        if changes is not None:
            self._publish_own(changes)
        return True
