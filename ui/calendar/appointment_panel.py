"""The details of the selected appointment beside the grid, with its status actions.

It shows what the calendar already loaded (``schedule.calendar_range`` audited that read), so
selecting costs no query. The buttons follow the core's transitions: booked -> arrived,
completed, cancelled or no-show (no-show only once the start has passed); arrived ->
completed. "Take payment…" opens the payment of a completed appointment's visit (completing
is never implied); "Print upcoming…" the client's list of coming appointments. Below them,
after a cancellation, the waitlist note (:mod:`ui.calendar.waitlist_banner`). The view calls
the services; the panel only asks.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QFormLayout, QFrame, QGridLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from ui import formatting
from ui.calendar.waitlist_banner import WaitlistBanner
from vastaanotto.clock import HELSINKI
from vastaanotto.finnish.validators import format_phone_fi
from vastaanotto.models.appointments import AppointmentStatus
from vastaanotto.services.schedule import CalendarEntry

S = AppointmentStatus


class AppointmentPanel(QFrame):
    arrived = Signal(int)
    completed = Signal(int)
    no_show = Signal(int)
    cancel = Signal(int)
    take_payment = Signal(int)
    print_upcoming = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, can_take_payment: bool = True):
        super().__init__(parent)
        self.setObjectName("appointmentPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # No fixed minimum width: the layout's own minimum keeps every button's text whole
        # (Finnish labels such as "Vastaanota maksu…" are longer than the English ones).
        self.entry: CalendarEntry | None = None
        self.can_take_payment = can_take_payment
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setObjectName("panelTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        layout.addWidget(self.title)
        form = QFormLayout()
        layout.addLayout(form)
        self.fields: dict[str, QLabel] = {}
        for key, label in (("time", self.tr("Time")), ("phone", self.tr("Phone")),
                           ("service", self.tr("Service")),
                           ("practitioner", self.tr("Practitioner")), ("room", self.tr("Room")),
                           ("status", self.tr("Status")), ("no_shows", self.tr("No-shows")),
                           ("late", self.tr("Late cancellations")),
                           ("series", self.tr("Series")), ("note", self.tr("Note"))):
            value = QLabel(self)
            value.setObjectName(f"panel_{key}")
            value.setWordWrap(True)
            self.fields[key] = value
            form.addRow(label, value)
        buttons = QGridLayout()
        layout.addLayout(buttons)
        self.arrived_button = QPushButton(self.tr("&Arrived"), self)
        self.arrived_button.setObjectName("markArrived")
        self.completed_button = QPushButton(self.tr("Co&mpleted"), self)
        self.completed_button.setObjectName("markCompleted")
        self.no_show_button = QPushButton(self.tr("No-&show"), self)
        self.no_show_button.setObjectName("markNoShow")
        self.cancel_button = QPushButton(self.tr("Cancel…"), self)
        self.cancel_button.setObjectName("cancelAppointment")
        self.payment_button = QPushButton(self.tr("Take &payment…"), self)
        self.payment_button.setObjectName("takePayment")
        self.upcoming_button = QPushButton(self.tr("Print &upcoming…"), self)
        self.upcoming_button.setObjectName("printUpcoming")
        self.upcoming_button.setToolTip(self.tr("Print the client's upcoming appointments"))
        for i, (button, signal) in enumerate(((self.arrived_button, self.arrived),
                                              (self.completed_button, self.completed),
                                              (self.no_show_button, self.no_show),
                                              (self.cancel_button, self.cancel),
                                              (self.payment_button, self.take_payment),
                                              (self.upcoming_button, self.print_upcoming))):
            buttons.addWidget(button, i // 2, i % 2)
            button.clicked.connect(lambda _=False, s=signal: self._emit(s))
        self.waitlist_banner = WaitlistBanner(self)
        layout.addWidget(self.waitlist_banner)
        layout.addStretch(1)
        self.show_entry(None)

    def _emit(self, signal) -> None:
        if self.entry is not None:
            signal.emit(self.entry.id)

    def show_entry(self, entry: CalendarEntry | None, *, practitioner: str = "",
                   room: str = "", now: dt.datetime | None = None) -> None:
        self.entry = entry
        if entry is None:
            self.title.setText(self.tr("No appointment selected"))
            for value in self.fields.values():
                value.clear()
            for button in (self.arrived_button, self.completed_button, self.no_show_button,
                           self.cancel_button, self.payment_button, self.upcoming_button):
                button.setEnabled(False)
            self.payment_button.setToolTip("")
            return
        self.title.setText(entry.client_name or self.tr("(no client)"))
        f = self.fields
        f["time"].setText(f"{formatting.date(_local_date(entry))} "
                          f"{formatting.time_range(entry.starts_at, entry.ends_at)}")
        f["phone"].setText(phone_text(entry.phone))
        f["service"].setText(entry.service_name)
        f["practitioner"].setText(practitioner)
        f["room"].setText(room)
        status = formatting.status_name(entry.status)
        if entry.status is S.CANCELLED and entry.late_cancellation:
            status = self.tr("%1 (late)").replace("%1", status)
        f["status"].setText(status)
        f["no_shows"].setText(str(entry.no_show_count))
        f["no_shows"].setStyleSheet("color: #b3261e; font-weight: bold;"
                                    if entry.no_show_count else "")
        f["late"].setText(str(entry.late_cancellation_count))
        f["series"].setText(self.tr("Recurring") if entry.series_id is not None else "")
        f["note"].setText(entry.note)
        started = now is not None and now >= entry.starts_at
        self.arrived_button.setEnabled(entry.status is S.BOOKED)
        self.completed_button.setEnabled(entry.status in (S.BOOKED, S.ARRIVED)
                                         and entry.client_id is not None)
        self.no_show_button.setEnabled(entry.status is S.BOOKED and started)
        self.cancel_button.setEnabled(entry.status is S.BOOKED)
        self.upcoming_button.setEnabled(entry.client_id is not None)
        # Only a completed appointment has a visit to pay for; completing stays a choice.
        payable = entry.status is S.COMPLETED and entry.client_id is not None
        self.payment_button.setEnabled(payable and self.can_take_payment)
        if not self.can_take_payment:
            tip = self.tr("Your role cannot take payments.")
        elif entry.status in (S.BOOKED, S.ARRIVED):
            tip = self.tr("Mark the appointment completed first.")
        elif not payable:
            tip = self.tr("Only a completed appointment can be paid.")
        else:
            tip = self.tr("Take payment for this visit")
        self.payment_button.setToolTip(tip)


def _local_date(entry: CalendarEntry) -> dt.date:
    return entry.starts_at.astimezone(HELSINKI).date()


def phone_text(e164: str) -> str:
    """040 123 4567 for a Finnish number, international form otherwise; "" for none."""
    return format_phone_fi(e164) if e164 else ""
