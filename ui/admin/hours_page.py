"""Opening hours: per weekday, Monday first (the Finnish week), closed or one or two periods.

Two periods cover the usual lunch break. The service stores any number, so a day that already
has more (written by another tool) is reported rather than silently cut on save. Overlapping or
reversed periods are refused by ``catalog.set_opening_hours``; the message appears on the row
of that weekday.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtWidgets import (QCheckBox, QGridLayout, QHBoxLayout, QLabel, QPushButton,
                               QTimeEdit, QVBoxLayout, QWidget)

from ui import formatting
from ui.admin.common import Publish, error_banner
from ui.errors import code_message, message_for
from ui.widgets.forms import ERROR_STYLE
from vastaanotto.context import Context
from vastaanotto.errors import ValidationError, ValidationErrors, VastaanottoError
from vastaanotto.services import catalog
from vastaanotto.services.base import Changes
from vastaanotto.services.catalog import HoursRow

# Called by this name so that pyside6-lupdate finds the texts (a wrapper would hide them).
translate = QCoreApplication.translate

PERIODS_PER_DAY = 2



def _time_edit(parent: QWidget) -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setDisplayFormat(formatting.TIME_EDIT_FORMAT)
    return edit


class DayRow:
    """The widgets of one weekday: open?, first period, optional second period, message."""

    def __init__(self, weekday: int, grid: QGridLayout, parent: QWidget):
        self.weekday = weekday
        row = weekday + 1  # row 0 holds the headers
        # Qt numbers days 1 = Monday .. 7 = Sunday; the locale gives the name in the UI language.
        self.label = QLabel(QLocale().standaloneDayName(weekday + 1), parent)
        self.open = QCheckBox(parent)
        self.open.setObjectName(f"open_{weekday}")
        self.periods = [(_time_edit(parent), _time_edit(parent)) for _ in range(PERIODS_PER_DAY)]
        self.second = QCheckBox(parent)
        self.second.setObjectName(f"second_{weekday}")
        self.message = QLabel(parent)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setObjectName(f"message_{weekday}")
        # The check boxes have no text of their own (the column headers say what they are);
        # screen readers get a full name instead.
        day_name = self.label.text()
        self.open.setAccessibleName(
            translate("HoursPage", "%1 open").replace("%1", day_name))
        self.second.setAccessibleName(
            translate("HoursPage", "%1 second period").replace("%1", day_name))
        (opens1, closes1), (opens2, closes2) = self.periods
        for column, widget in enumerate((self.label, self.open, opens1, closes1, self.second,
                                         opens2, closes2, self.message)):
            grid.addWidget(widget, row, column)
        self.open.toggled.connect(self._sync)
        self.second.toggled.connect(self._sync)
        self.set([])

    def set(self, rows: list[HoursRow]) -> None:
        self.open.setChecked(bool(rows))
        self.second.setChecked(len(rows) > 1)
        defaults = [(dt.time(8), dt.time(16)), (dt.time(17), dt.time(20))]
        values = [(r.opens, r.closes) for r in rows[:PERIODS_PER_DAY]]
        values += defaults[len(values):]
        for (opens, closes), (opens_edit, closes_edit) in zip(values, self.periods):
            opens_edit.setTime(QTime(opens.hour, opens.minute))
            closes_edit.setTime(QTime(closes.hour, closes.minute))
        self.show_message("")
        self._sync()

    def rows(self) -> list[HoursRow]:
        if not self.open.isChecked():
            return []
        count = PERIODS_PER_DAY if self.second.isChecked() else 1
        return [HoursRow(self.weekday, opens.time().toPython(), closes.time().toPython())
                for opens, closes in self.periods[:count]]

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.label.setStyleSheet(ERROR_STYLE if text else "")

    def _sync(self) -> None:
        is_open = self.open.isChecked()
        self.second.setEnabled(is_open)
        self.periods[0][0].setEnabled(is_open)
        self.periods[0][1].setEnabled(is_open)
        for edit in self.periods[1]:
            edit.setEnabled(is_open and self.second.isChecked())


class HoursPage(QWidget):
    KINDS = ("opening_hours",)

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._publish = publish
        layout = QVBoxLayout(self)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        grid = QGridLayout()
        headers = ("", self.tr("Open"), self.tr("Opens"), self.tr("Closes"),
                   self.tr("Second period"), self.tr("Opens"), self.tr("Closes"))
        for column, text in enumerate(headers):
            grid.addWidget(QLabel(text, self), 0, column)
        self.days = [DayRow(weekday, grid, self) for weekday in range(7)]
        grid.setColumnStretch(len(headers), 1)  # the message column takes the rest
        layout.addLayout(grid)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.clicked.connect(self.load)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.status, 1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        by_day: dict[int, list[HoursRow]] = {d: [] for d in range(7)}
        for row in catalog.get_opening_hours(self.ctx):
            by_day[row.weekday].append(row)
        for day in self.days:
            day.set(by_day[day.weekday])
        self.banner.hide()
        self.status.clear()
        if any(len(rows) > PERIODS_PER_DAY for rows in by_day.values()):
            self.banner.setText(self.tr("Some days have more than two periods. Saving here "
                                        "keeps only the first two of each day."))
            self.banner.show()

    def rows(self) -> list[HoursRow]:
        return [row for day in self.days for row in day.rows()]

    def save(self) -> Changes | None:
        self.banner.hide()
        self.status.clear()
        for day in self.days:
            day.show_message("")
        try:
            changes = catalog.set_opening_hours(self.ctx, self.rows())
        except VastaanottoError as exc:
            self._show_refusal(exc)
            return None
        self._publish(changes)  # reloads this page too, so the message comes after
        self.status.setText(self.tr("Opening hours saved."))
        return changes

    def _show_refusal(self, exc: VastaanottoError) -> None:
        errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
        unplaced = []
        for error in errors:
            weekday = error.params.get("weekday") if isinstance(error, ValidationError) else None
            if weekday is None:
                unplaced.append(error)
            else:
                self.days[weekday].show_message(code_message(error.code, error.params))
        self.banner.setText("\n".join(message_for(e) for e in unplaced) if unplaced
                            else self.tr("Check the days marked in red. Nothing was saved."))
        self.banner.show()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*self.KINDS):
            self.load()
