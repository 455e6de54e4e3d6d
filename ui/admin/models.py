"""Thin table models of the admin pages (Anki's browser model, Electrum's lists).

Each model holds the immutable rows a service returned; a column enum says what each column
is, and ``ROW_ROLE`` hands the whole row to the page. Reloading replaces all rows: the lists
are a few dozen lines long, so a reset is cheaper to reason about than diffing.
"""

from __future__ import annotations

import enum
from typing import Sequence

from PySide6.QtCore import QCoreApplication

from ui import formatting
from ui.widgets.rows_model import ROW_ROLE, RowsModel  # noqa: F401 - ROW_ROLE re-exported
from vastaanotto.services.catalog import RoomRow, ServiceRow
from vastaanotto.services.staff import StaffRow

# Called by this name so that pyside6-lupdate finds the texts (a wrapper would hide them).
translate = QCoreApplication.translate


class StaffModel(RowsModel[StaffRow]):
    class Column(enum.IntEnum):
        NAME = 0
        USERNAME = 1
        ROLES = 2
        ACTIVE = 3
        LOCKED = 4

    def header(self, column):
        C = self.Column
        return {C.NAME: translate("admin", "Name"),
                C.USERNAME: translate("admin", "User name"),
                C.ROLES: translate("admin", "Roles"),
                C.ACTIVE: translate("admin", "Active"),
                C.LOCKED: translate("admin", "Locked")}[column]

    def display(self, row: StaffRow, column):
        C = self.Column
        if column == C.NAME:
            return row.display_name
        if column == C.USERNAME:
            return row.username
        if column == C.ROLES:
            return formatting.role_names(row.roles)
        if column == C.ACTIVE:
            return formatting.yes_no(row.active)
        return formatting.yes_no(row.locked)


class ServicesModel(RowsModel[ServiceRow]):
    class Column(enum.IntEnum):
        NAME = 0
        DURATION = 1
        PRICE = 2
        VAT = 3
        BUFFERS = 4
        ROOM = 5
        PRACTITIONERS = 6
        ACTIVE = 7

    RIGHT_ALIGNED = frozenset({Column.DURATION, Column.PRICE, Column.BUFFERS})

    def __init__(self, rows: Sequence[ServiceRow] = (), parent=None):
        super().__init__(rows, parent)
        self._names: dict[int, str] = {}

    def set_rows(self, rows: Sequence[ServiceRow],
                 practitioner_names: dict[int, str] | None = None) -> None:
        """``practitioner_names`` maps staff ids to names for the practitioners column."""
        self._names = dict(practitioner_names or {})
        super().set_rows(rows)

    def header(self, column):
        C = self.Column
        return {C.NAME: translate("admin", "Service"),
                C.DURATION: translate("admin", "Duration"),
                C.PRICE: translate("admin", "Price"),
                C.VAT: translate("admin", "VAT class"),
                C.BUFFERS: translate("admin", "Buffers"),
                C.ROOM: translate("admin", "Needs room"),
                C.PRACTITIONERS: translate("admin", "Practitioners"),
                C.ACTIVE: translate("admin", "Active")}[column]

    def display(self, row: ServiceRow, column):
        C = self.Column
        if column == C.NAME:
            return row.name
        if column == C.DURATION:
            return translate("admin", "%1 min").replace("%1", str(row.duration_minutes))
        if column == C.PRICE:
            return formatting.money(row.price)
        if column == C.VAT:
            return formatting.vat_class_name(row.vat_class)
        if column == C.BUFFERS:
            return f"{row.buffer_before_minutes} + {row.buffer_after_minutes} min"
        if column == C.ROOM:
            return formatting.yes_no(row.needs_room)
        if column == C.PRACTITIONERS:
            return ", ".join(sorted(self._names.get(i, "?") for i in row.practitioner_ids))
        return formatting.yes_no(row.active)


class RoomsModel(RowsModel[RoomRow]):
    class Column(enum.IntEnum):
        NAME = 0
        DESCRIPTION = 1
        ACTIVE = 2

    def header(self, column):
        C = self.Column
        return {C.NAME: translate("admin", "Room"),
                C.DESCRIPTION: translate("admin", "Description"),
                C.ACTIVE: translate("admin", "Active")}[column]

    def display(self, row: RoomRow, column):
        C = self.Column
        if column == C.NAME:
            return row.name
        if column == C.DESCRIPTION:
            return row.description
        return formatting.yes_no(row.active)
