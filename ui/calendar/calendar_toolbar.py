"""The calendar's toolbar: Day/Week/Month/My day, date navigation, Walk-in, Waitlist and
Print, then the display choices: practitioner filter, columns by practitioner or room, colours,
grid size, cancelled on/off. Widgets only; the calendar view connects them (``CalendarView._build_toolbar``).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QToolBar, QWidget

from ui import formatting
from ui.calendar.layout import Mode

GRIDS = (5, 10, 15, 30)


class CalendarToolbar(QToolBar):
    def __init__(self, parent: QWidget, *, practitioner: bool):
        super().__init__(parent)
        self.setObjectName("calendarToolbar")
        group = QActionGroup(self)
        self.mode_actions: dict[Mode, QAction] = {}
        for mode, text in ((Mode.DAY, self.tr("Day")), (Mode.WEEK, self.tr("Week")),
                           (Mode.MONTH, self.tr("Month")), (Mode.MY_DAY, self.tr("My day"))):
            action = QAction(text, self)
            action.setObjectName(f"mode_{mode.value}")
            action.setCheckable(True)
            group.addAction(action)
            self.addAction(action)
            self.mode_actions[mode] = action
        self.mode_actions[Mode.DAY].setChecked(True)
        # "My day" is the logged-in practitioner's own column; others have none.
        self.mode_actions[Mode.MY_DAY].setEnabled(practitioner)
        self.addSeparator()
        self.previous_action = self.addAction("\u25c0")
        self.previous_action.setToolTip(self.tr("Previous"))
        self.today_action = self.addAction(self.tr("Today"))
        self.next_action = self.addAction("\u25b6")
        self.next_action.setToolTip(self.tr("Next"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("calendarDate")
        self.date_edit.setDisplayFormat(formatting.DATE_EDIT_FORMAT)
        self.date_edit.setCalendarPopup(True)
        self.addWidget(self.date_edit)
        self.addSeparator()
        # The desk's actions come before the display choices: when the window is narrow, the
        # toolbar's overflow menu takes the choices from the end, never Walk-in or Print.
        self.walk_in_action = self.addAction(self.tr("Walk-in…"))
        self.walk_in_action.setObjectName("walkIn")
        self.waitlist_action = self.addAction(self.tr("Waitlist"))
        self.waitlist_action.setObjectName("waitlist")
        self.print_action = self.addAction(self.tr("Print…"))
        self.print_action.setObjectName("print")
        self.addSeparator()
        self.practitioner_filter = QComboBox(self)
        self.practitioner_filter.setObjectName("practitionerFilter")
        self.practitioner_filter.addItem(self.tr("All practitioners"), None)
        self.addWidget(self.practitioner_filter)
        self.columns_combo = QComboBox(self)
        self.columns_combo.setObjectName("columnsBy")
        self.columns_combo.addItem(self.tr("By practitioner"), False)
        self.columns_combo.addItem(self.tr("By room"), True)
        self.columns_action = self.addWidget(self.columns_combo)
        self.color_combo = QComboBox(self)
        self.color_combo.setObjectName("colorBy")
        self.color_combo.addItem(self.tr("Colour by service"), "service")
        self.color_combo.addItem(self.tr("Colour by practitioner"), "practitioner")
        self.addWidget(self.color_combo)
        self.grid_combo = QComboBox(self)
        self.grid_combo.setObjectName("gridMinutes")
        for minutes in GRIDS:
            self.grid_combo.addItem(self.tr("%1 min").replace("%1", str(minutes)), minutes)
        self.addWidget(self.grid_combo)
        self.cancelled_check = QCheckBox(self.tr("Cancelled"), self)
        self.cancelled_check.setObjectName("showCancelled")
        self.cancelled_check.setToolTip(self.tr("Show cancelled appointments"))
        self.addWidget(self.cancelled_check)
