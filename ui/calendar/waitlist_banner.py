"""The note in the appointment panel after a cancellation: who on the waitlist fits the freed
time, with "Show" (the full list, ``show_waiting_for``) and "Book" (the chosen client straight
into the freed time). Not a dialog: the receptionist may be on the phone with the client who
cancelled, and the note waits until they have time (it closes with ×, or when used).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton,
                               QToolButton, QVBoxLayout, QWidget)

from ui import formatting
from vastaanotto.clock import HELSINKI
from vastaanotto.services.waitlist import WaitlistRow


@dataclass(frozen=True)
class FreedTime:
    """Where the cancelled appointment was: aware UTC times, its practitioner and room."""

    appointment_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    practitioner_id: int
    room_id: int | None


class WaitlistBanner(QFrame):
    show_requested = Signal(int)        # the cancelled appointment's id
    book_requested = Signal(object)     # the chosen WaitlistRow

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("waitlistBanner")
        self.setStyleSheet("#waitlistBanner { background: #fff4d6; border: 1px solid #e0b84a;"
                           " border-radius: 4px; }")
        self.freed: FreedTime | None = None
        self.rows: list[WaitlistRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        top = QHBoxLayout()
        self.label = QLabel(self)
        self.label.setObjectName("waitlistBannerText")
        self.label.setWordWrap(True)
        top.addWidget(self.label, 1)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("closeWaitlistBanner")
        self.close_button.setText("\u00d7")
        self.close_button.setToolTip(self.tr("Close"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        self.combo = QComboBox(self)
        self.combo.setObjectName("waitingClient")
        layout.addWidget(self.combo)
        # One button a row: the panel is narrow, and the texts must stay whole.
        self.book_button = QPushButton(self.tr("&Book into the freed time"), self)
        self.book_button.setObjectName("bookWaiting")
        self.book_button.setToolTip(self.tr("Book the chosen client into the freed time and "
                                            "mark their waitlist entry done"))
        self.show_button = QPushButton(self.tr("S&how who is waiting…"), self)
        self.show_button.setObjectName("showWaiting")
        layout.addWidget(self.book_button)
        layout.addWidget(self.show_button)
        self.show_button.clicked.connect(self._show)
        self.book_button.clicked.connect(self._book)
        self.hide()

    def show_matches(self, freed: FreedTime, rows: list[WaitlistRow]) -> None:
        """Show who fits ``freed`` (oldest entry first); hides the banner when nobody does."""
        self.freed, self.rows = freed, list(rows)
        if not rows:
            self.dismiss()
            return
        self.label.setText(self.tr("%n client(s) on the waitlist fit the freed time %1.", "",
                                   len(rows)).replace(
            "%1", f"{formatting.date(freed.starts_at.astimezone(HELSINKI).date())} "
                  f"{formatting.time_range(freed.starts_at, freed.ends_at)}"))
        self.combo.clear()
        for row in rows:
            self.combo.addItem(f"{row.client_name}, {row.service_name}", row.id)
            self.combo.setItemData(self.combo.count() - 1,
                                   f"{row.client_name}, {row.service_name}",
                                   Qt.ItemDataRole.ToolTipRole)
        self.combo.setCurrentIndex(0)
        self.show()

    def chosen(self) -> WaitlistRow | None:
        index = self.combo.currentIndex()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _show(self) -> None:
        if self.freed is not None:
            self.show_requested.emit(self.freed.appointment_id)

    def _book(self) -> None:
        row = self.chosen()
        if row is not None:
            self.book_requested.emit(row)

    def dismiss(self) -> None:
        self.freed, self.rows = None, []
        self.combo.clear()
        self.hide()
