"""Ctrl+N from the calendar: the phone booking dialog, offering free times from the slot
selected in the calendar, for the practitioner of its column.

A subclass rather than an edit of ``booking_dialog`` (which has its own owner): only where the
free-time search starts differs, so only ``load_slots`` is replaced, and with the same calls.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QListWidgetItem, QWidget

from ui.admin.common import Publish
from ui.calendar.booking_dialog import ROLE, SLOT_COUNT, BookingDialog
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.scheduling.availability import Slot
from vastaanotto.services import booking


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

    def load_slots(self) -> None:
        if self._from is None:
            super().load_slots()
            return
        self.slot_list.clear()
        self.slot_status.clear()
        service_id = self.service_id()
        slots: list[Slot] = []
        if service_id is not None:
            try:
                slots = booking.next_free_slots(self.ctx, service_id=service_id,
                                                practitioner_id=self.practitioner_id(),
                                                start=self._from, limit=SLOT_COUNT)
            except VastaanottoError as exc:
                self._show_error(exc)
        for slot in slots:
            QListWidgetItem(self.slot_text(slot), self.slot_list).setData(ROLE, slot)
        if slots:
            self.slot_list.setCurrentRow(0)
        elif service_id is not None:
            self.slot_status.setText(self.tr("No free times in the next eight weeks."))
        self._update_book_button()
