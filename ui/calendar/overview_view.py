"""The Calendar view of this version: one day's appointments of all practitioners, read-only.

It lists time, practitioner, service, room and status, and no client data
(``schedule.day_overview``), so the list can stay on the desk screen. Each load is audited by
the service as "calendar.viewed".
"""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (QDateEdit, QHBoxLayout, QLabel,
                               QPushButton, QVBoxLayout, QWidget)

from ui.widgets.tables import read_only_table
from ui import formatting
from ui.errors import message_for
from ui.widgets.rows_model import ROW_ROLE, RowsModel
from vastaanotto.clock import local
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.models.appointments import AppointmentStatus
from vastaanotto.services import schedule
from vastaanotto.services.base import Changes
from vastaanotto.services.schedule import OverviewRow

# Called by this name so that pyside6-lupdate finds the texts (a wrapper would hide them).
translate = QCoreApplication.translate

_NOT_COMING = frozenset({AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW})


class DayOverviewModel(RowsModel[OverviewRow]):
    class Column(enum.IntEnum):
        TIME = 0
        PRACTITIONER = 1
        SERVICE = 2
        ROOM = 3
        STATUS = 4

    ROW_ROLE = ROW_ROLE

    def header(self, column):
        C = self.Column
        return {C.TIME: translate("calendar", "Time"),
                C.PRACTITIONER: translate("calendar", "Practitioner"),
                C.SERVICE: translate("calendar", "Service"),
                C.ROOM: translate("calendar", "Room"),
                C.STATUS: translate("calendar", "Status")}[column]

    def display(self, row: OverviewRow, column):
        C = self.Column
        if column == C.TIME:
            return formatting.time_range(row.starts, row.ends)
        if column == C.PRACTITIONER:
            return row.practitioner
        if column == C.SERVICE:
            return row.service
        if column == C.ROOM:
            return row.room
        return formatting.status_name(row.status)


class CalendarOverview(QWidget):
    KINDS = ("appointments", "staff", "services", "rooms")

    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("calendarView")
        self.ctx = ctx
        self.model = DayOverviewModel(parent=self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("calendarDate")
        self.date_edit.setDisplayFormat(formatting.DATE_EDIT_FORMAT)
        self.date_edit.setCalendarPopup(True)
        previous = QPushButton("\u25c0", self)
        previous.setToolTip(self.tr("Previous day"))
        previous.clicked.connect(lambda: self.show_day(self.day - dt.timedelta(days=1)))
        following = QPushButton("\u25b6", self)
        following.setToolTip(self.tr("Next day"))
        following.clicked.connect(lambda: self.show_day(self.day + dt.timedelta(days=1)))
        today = QPushButton(self.tr("Today"), self)
        today.clicked.connect(self.go_today)
        self.summary = QLabel(self)
        self.summary.setObjectName("calendarSummary")
        bar = QHBoxLayout()
        for widget in (previous, self.date_edit, following, today):
            bar.addWidget(widget)
        bar.addWidget(self.summary, 1)
        self.table = read_only_table(self, self.model, "calendarTable")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._stale = False
        self.day = self.today()
        self.date_edit.setDate(QDate(self.day))
        self.date_edit.dateChanged.connect(lambda d: self.show_day(d.toPython()))
        self.reload()

    def today(self) -> dt.date:
        return local(self.ctx.now()).date()

    def go_today(self) -> None:
        self.show_day(self.today())

    def show_day(self, day: dt.date) -> None:
        if day == self.day and self.date_edit.date().toPython() == day:
            return
        self.day = day
        self.date_edit.setDate(QDate(day))  # re-enters here once, then returns above
        self.reload()

    def reload(self) -> None:
        self._stale = False
        try:
            rows = schedule.day_overview(self.ctx, self.day)
        except VastaanottoError as exc:
            self.model.set_rows([])
            self.summary.setText(message_for(exc))
            return
        self.model.set_rows(rows)
        active = sum(1 for r in rows if r.status not in _NOT_COMING)
        self.summary.setText(self.tr("%1: %n appointment(s)", "", active)
                             .replace("%1", formatting.date(self.day)))

    def on_changes(self, changes: Changes) -> None:
        if not changes.touches(*self.KINDS):
            return
        # A hidden list (another view is open, or the window is locked) is reloaded when it is
        # shown again: no query, and no "calendar.viewed" audit event, for a list nobody sees.
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()
