"""The calendar's wiring to the rest of #3: recurring series (Repeat…, and the scope question
when a series member is moved or cancelled), the waitlist (toolbar, and the note after a
cancellation with booking the waiting client into the freed time), the day sheet, the
client's upcoming list and taking payment for a completed appointment.

A mixin of :class:`ui.calendar.calendar_view.CalendarView`, beside
:class:`ui.calendar.appointment_actions.AppointmentActions`. Dialogs open window-modal without
blocking (``open()``) and are returned, so tests drive them; the last one is ``self.dialog``.
The scope and "book anyway" questions are modal (``exec``): they stand between a drop and
the service call.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from ui.calendar.waitlist_banner import FreedTime
from ui.errors import message_for
from vastaanotto.clock import HELSINKI
from vastaanotto.errors import VastaanottoError
from vastaanotto.services import booking, schedule, series, waitlist
from vastaanotto.services.base import Changes
from vastaanotto.services.schedule import CalendarEntry
from vastaanotto.services.series import Scope
from vastaanotto.services.waitlist import WaitlistRow

translate = QCoreApplication.translate


class AppointmentFlows:
    """Mixin; GUI thread."""

    # -- recurring series ------------------------------------------------------------------

    def repeat_appointment(self, appointment_id: int) -> QDialog:
        """The context menu's "Repeat…": the series dialog; saving publishes the series."""
        from ui.calendar.series_dialog import SeriesDialog

        dialog = SeriesDialog(self.ctx, appointment_id, self, publish=self._publish)
        self._replace_dialog(dialog)
        dialog.open()
        return dialog

    def ask_scope(self, action: str) -> Scope | None:
        """Which members a move or cancel of a series member touches (modal); None: cancel."""
        from ui.calendar.series_scope import ask_scope

        return ask_scope(self, action)

    def book_anyway_reason(self, exc: VastaanottoError) -> str | None:
        """The reason to override a refused time, asked from those allowed; None otherwise."""
        from ui.calendar.booking_dialog import book_anyway_reason

        return book_anyway_reason(self.ctx, self, exc)

    def call_or_book_anyway(self, call):
        """``call()``, and on a refused time ``call(reason)`` once those allowed give a reason;
        the others see the refusal as before (:func:`booking_dialog.call_or_book_anyway`)."""
        from ui.calendar.booking_dialog import call_or_book_anyway

        return call_or_book_anyway(call, self.book_anyway_reason)

    def _move_series(self, entry: CalendarEntry, starts_at: dt.datetime,
                     practitioner_id: int | None, scope: Scope) -> bool:
        """This and the following, or all: one all-or-nothing service call, then the range is
        read again (many members moved). Not on the undo stack: undoing would be another
        series move, which the scope question makes explicit anyway. Members keep their
        rooms."""
        def move(reason=None) -> Changes:
            return series.move_series(self.ctx, entry.id, scope,
                                      new_start_local=starts_at.astimezone(HELSINKI),
                                      practitioner_id=practitioner_id, override_reason=reason)

        try:
            changes = self.call_or_book_anyway(move)
        except VastaanottoError as exc:
            self.grid.cancel_drag()
            self.show_error(message_for(exc))
            return False
        self.banner.hide()
        self._publish(changes)   # the view reads its range again (not its own change)
        self.select_appointment(entry.id)
        return True

    # -- waitlist --------------------------------------------------------------------------

    def open_waitlist(self) -> QDialog:
        from ui.calendar.waitlist_dialog import WaitlistDialog

        dialog = WaitlistDialog(self.ctx, self, publish=self._publish)
        self._replace_dialog(dialog)
        dialog.open()
        return dialog

    def _cancelled(self, freed: FreedTime) -> None:
        """After a cancellation: if someone waits for the freed time, say so in the panel."""
        try:
            rows = waitlist.matches_for_cancelled(self.ctx, freed.appointment_id)
        except VastaanottoError as exc:
            self.show_error(message_for(exc))
            return
        self.panel.waitlist_banner.show_matches(freed, rows)

    def show_waiting(self, appointment_id: int) -> QDialog:
        from ui.calendar.waitlist_dialog import show_waiting_for

        return show_waiting_for(self.ctx, self, appointment_id)

    def book_waiting(self, row: WaitlistRow) -> Changes | None:
        """Book the waiting client into the freed time, then mark their entry done with the
        new appointment; the freed time keeps its practitioner and room."""
        freed = self.panel.waitlist_banner.freed
        if freed is None:
            return None

        def book(reason=None) -> Changes:
            return booking.book(self.ctx, client_id=row.client_id,
                                practitioner_id=freed.practitioner_id,
                                service_id=row.service_id, starts_at=freed.starts_at,
                                room_id=freed.room_id, override_reason=reason)

        try:
            booked = self.call_or_book_anyway(book)
        except VastaanottoError as exc:
            self.show_error(message_for(exc))
            return None
        self.banner.hide()
        self.panel.waitlist_banner.dismiss()
        self._publish(booked)
        try:
            self._publish(waitlist.resolve_entry(self.ctx, row.id, appointment_id=booked.data))
        except VastaanottoError as exc:
            # Booked but still on the list: say so; the waitlist dialog can mark it done.
            self.show_error(message_for(exc))
        if booked.data not in self.entries:
            self.reload()
        self.select_appointment(booked.data)
        return booked

    # -- printing and payment --------------------------------------------------------------

    def print_upcoming(self, appointment_id: int) -> QDialog | None:
        from ui.calendar.print_sheet import print_client_upcoming

        entry = self.entries.get(appointment_id)
        if entry is None or entry.client_id is None:
            return None
        dialog = print_client_upcoming(self.ctx, self, entry.client_id, entry.client_name)
        self._replace_dialog(dialog)
        return dialog

    def take_payment(self, appointment_id: int) -> QDialog | None:
        """The payment of a completed appointment's visit: its invoice if one already bills
        it, else the visit itself (a desk sale)."""
        from ui.billing.payment_dialog import PaymentDialog

        try:
            target = schedule.payment_target(self.ctx, appointment_id)
        except VastaanottoError as exc:
            self.show_error(message_for(exc))
            return None
        if target.visit_id is None:
            self.show_error(translate("CalendarView", "Mark the appointment completed first."))
            return None
        if target.invoice_id is not None:
            dialog = PaymentDialog(self.ctx, self, invoice_id=target.invoice_id,
                                   publish=self._publish)
        else:
            dialog = PaymentDialog(self.ctx, self, visit_ids=[target.visit_id],
                                   publish=self._publish)
        self._replace_dialog(dialog)
        dialog.open()
        return dialog
