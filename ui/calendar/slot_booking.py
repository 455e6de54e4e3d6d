"""Ctrl+N from the calendar: the phone booking dialog, offering free times from the slot
selected in the calendar, for the practitioner of its column.

A subclass of the booking dialog: only where the free-time search starts differs
(``slots_start``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from ui.admin.common import Publish
from ui.calendar.booking_dialog import BookingDialog
from vastaanotto.context import Context


class SlotBookingDialog(BookingDialog):
    """``starts_at``: aware time the free times start from (None: now); ``practitioner_id``:
    chosen in the practitioner list, with the first service they give if the first service
    listed is not theirs."""

    _from: dt.datetime | None = None

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None, *,
                 starts_at: dt.datetime | None = None, practitioner_id: int | None = None):
        super().__init__(ctx, publish, parent)
        self._from = starts_at
        if practitioner_id is not None and self.practitioner_combo.findData(practitioner_id) < 0:
            for index in range(self.service_combo.count()):
                sid = self.service_combo.itemData(index)
                if practitioner_id in self._service_practitioners.get(sid, ()):
                    self.service_combo.setCurrentIndex(index)
                    break
        index = (self.practitioner_combo.findData(practitioner_id)
                 if practitioner_id is not None else -1)
        if index > 0 and index != self.practitioner_combo.currentIndex():
            self.practitioner_combo.setCurrentIndex(index)  # loads the slots
        elif starts_at is not None:
            self.load_slots()

    def slots_start(self) -> dt.datetime | None:
        return self._from
