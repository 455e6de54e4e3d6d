"""Repeat an existing appointment: every n weeks, until a date or n times. The dates are
previewed with what is in the way on each; conflicting dates start ticked to be skipped, and
Save books the rest in one go (the core's all-or-nothing ``series.create_series``). Unticking
a conflicting date means booking over it, which only a person allowed to book anyway can do,
with a reason (``booking_dialog.book_anyway_reason``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QDateEdit, QDialog,
                               QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QRadioButton, QSpinBox, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ui import formatting
from ui.admin.common import Publish, error_banner
from ui.calendar.booking_dialog import book_anyway_reason, call_or_book_anyway
from ui.errors import code_message, message_for
from vastaanotto.clock import HELSINKI
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.services import series
from vastaanotto.services.base import Changes
from vastaanotto.services.series import Occurrence

SKIP, DATE, TIME, PROBLEM = range(4)
DEFAULT_TIMES = 10
PREVIEW_DELAY_MS = 250


class SeriesDialog(QDialog):
    """``changes`` holds the created series' Changes once saved (data = the series id)."""

    def __init__(self, ctx: Context, appointment_id: int, parent: QWidget | None = None,
                 publish: Publish | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.appointment_id = appointment_id
        self._publish = publish or (lambda _changes: None)
        self.changes: Changes | None = None
        self.plan: list[Occurrence] = []
        self.setWindowTitle(self.tr("Repeat appointment"))

        layout = QVBoxLayout(self)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        self.first_label = QLabel(self)
        self.first_label.setObjectName("first")
        layout.addWidget(self.first_label)
        form = QFormLayout()
        layout.addLayout(form)
        self.interval = QSpinBox(self)
        self.interval.setObjectName("interval")
        self.interval.setRange(series.MIN_INTERVAL_WEEKS, series.MAX_INTERVAL_WEEKS)
        self.interval.setSuffix(self.tr(" week(s)"))
        interval_row = QHBoxLayout()
        interval_row.addWidget(self.interval)
        interval_row.addStretch(1)
        every = QLabel(self.tr("Repeat &every"), self)
        every.setBuddy(self.interval)
        form.addRow(every, interval_row)

        self.by_count = QRadioButton(self.tr("&Number of times"), self)
        self.by_count.setObjectName("byCount")
        self.count = QSpinBox(self)
        self.count.setObjectName("count")
        self.count.setRange(series.MIN_OCCURRENCES, series.MAX_OCCURRENCES)
        self.count.setValue(DEFAULT_TIMES)
        self.by_until = QRadioButton(self.tr("&Until"), self)
        self.by_until.setObjectName("byUntil")
        self.until = QDateEdit(self)
        self.until.setObjectName("until")
        self.until.setDisplayFormat(formatting.DATE_EDIT_FORMAT)
        self.until.setCalendarPopup(True)
        group = QButtonGroup(self)
        group.addButton(self.by_count)
        group.addButton(self.by_until)
        self.by_count.setChecked(True)
        for radio, field in ((self.by_count, self.count), (self.by_until, self.until)):
            row = QHBoxLayout()
            row.addWidget(radio)
            row.addWidget(field)
            row.addStretch(1)
            form.addRow("", row)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("occurrences")
        self.table.setHorizontalHeaderLabels([self.tr("Skip"), self.tr("Date"), self.tr("Time"),
                                              self.tr("Problem")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column in (SKIP, DATE, TIME):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        layout.addWidget(self.summary)

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Save"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.preview)
        for signal in (self.interval.valueChanged, self.count.valueChanged,
                       self.until.dateChanged, self.by_count.toggled):
            signal.connect(lambda *_: self._timer.start())
        self.table.itemChanged.connect(lambda *_: self._update_summary())

        self.preview()
        if self.plan:
            first = self.plan[0].day
            self.first_label.setText(self.tr("Repeats the appointment of %1 at %2.")
                                     .replace("%1", f"{self._weekday(first)} "
                                                    f"{formatting.date(first)}")
                                     .replace("%2", formatting.time(self.plan[0].starts_at)))
            self.until.blockSignals(True)
            self.until.setDate(QDate(first.year, first.month, first.day).addDays(7 * 9))
            self.until.blockSignals(False)
        self.resize(560, 600)

    # -- the rule -------------------------------------------------------------------------

    def rule(self) -> dict:
        if self.by_until.isChecked():
            d = self.until.date()
            return {"interval_weeks": self.interval.value(),
                    "until": dt.date(d.year(), d.month(), d.day())}
        return {"interval_weeks": self.interval.value(), "count": self.count.value()}

    def _weekday(self, day: dt.date) -> str:
        return (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                self.tr("Sat"), self.tr("Sun"))[day.weekday()]

    def preview(self) -> None:
        """Fetch the dates again (a read; nothing is written) and show them."""
        self._timer.stop()
        self.banner.hide()
        try:
            self.plan = series.preview_series(self.ctx, self.appointment_id, **self.rule())
        except VastaanottoError as exc:
            self.plan = []
            self._show_error(exc)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.plan))
        for row, occ in enumerate(self.plan):
            skip = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsEnabled
            if not occ.existing and occ.overridable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            skip.setFlags(flags)
            if occ.existing:
                skip.setText(self.tr("First"))
            else:
                skip.setCheckState(Qt.CheckState.Checked if occ.problems
                                   else Qt.CheckState.Unchecked)
            self.table.setItem(row, SKIP, skip)
            self.table.setItem(row, DATE, QTableWidgetItem(
                f"{self._weekday(occ.day)} {formatting.date(occ.day)}"))
            time = formatting.time(occ.starts_at.astimezone(HELSINKI)) if occ.starts_at else ""
            self.table.setItem(row, TIME, QTableWidgetItem(time))
            problem = QTableWidgetItem(" ".join(code_message(c, {}) for c in occ.problems))
            if occ.problems:
                problem.setForeground(Qt.GlobalColor.darkRed)
            self.table.setItem(row, PROBLEM, problem)
        self.table.blockSignals(False)
        self._update_summary()

    def skipped(self) -> list[dt.date]:
        return [occ.day for row, occ in enumerate(self.plan)
                if not occ.existing
                and self.table.item(row, SKIP).checkState() == Qt.CheckState.Checked]

    def set_skipped(self, day: dt.date, skip: bool) -> None:
        row = next(i for i, occ in enumerate(self.plan) if occ.day == day)
        self.table.item(row, SKIP).setCheckState(Qt.CheckState.Checked if skip
                                                 else Qt.CheckState.Unchecked)

    def _update_summary(self) -> None:
        new = len(self.plan) - 1 - len(self.skipped()) if self.plan else 0
        self.summary.setText(self.tr("%n new appointment(s) will be booked.", "", max(new, 0)))
        self.save_button.setEnabled(new > 0)

    # -- saving ---------------------------------------------------------------------------

    def _show_error(self, exc: Exception) -> None:
        self.banner.setText(message_for(exc))
        self.banner.show()

    def save(self) -> None:
        if self._timer.isActive():
            self.preview()
        self.banner.hide()
        create = lambda reason=None: series.create_series(  # noqa: E731 - same call, maybe forced
            self.ctx, self.appointment_id, skip_dates=self.skipped(), override_reason=reason,
            **self.rule())
        try:
            changes = call_or_book_anyway(
                create, lambda exc: book_anyway_reason(self.ctx, self, exc))
        except VastaanottoError as exc:
            self.preview()  # the calendar may have changed meanwhile: conflicts ticked again
            self._show_error(exc)
            return
        self.changes = changes
        super().accept()
        self._publish(changes)

    def accept(self) -> None:
        self.save()
