"""The rows of a client search: only what picks the right person at the desk.

The identity code arrives masked from the core (``010594-****``); the model never sees more.
Archived clients (shown only on request) are drawn greyed, like inactive rows elsewhere.
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette

from ui import formatting
from ui.widgets.rows_model import RowsModel
from vastaanotto.services.clients import ClientHit

# Called by this name so that pyside6-lupdate finds the texts (a wrapper would hide them).
translate = QCoreApplication.translate


class SearchModel(RowsModel[ClientHit]):
    class Column(enum.IntEnum):
        NAME = 0
        PHONE = 1
        EMAIL = 2
        BIRTH_DATE = 3
        IDENTITY_CODE = 4

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and 0 <= index.row() < self.rowCount() and self.row_at(index.row()).archived):
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return super().data(index, role)

    def header(self, column):
        C = self.Column
        return {C.NAME: translate("clients", "Name"),
                C.PHONE: translate("clients", "Phone"),
                C.EMAIL: translate("clients", "Email"),
                C.BIRTH_DATE: translate("clients", "Birth date"),
                C.IDENTITY_CODE: translate("clients", "Identity code")}[column]

    def display(self, hit: ClientHit, column):
        C = self.Column
        if column == C.NAME:
            if hit.archived:
                return translate("clients", "%1 (archived)").replace("%1", hit.name)
            return hit.name
        if column == C.PHONE:
            return hit.phone
        if column == C.EMAIL:
            return hit.email
        if column == C.BIRTH_DATE:
            return formatting.date(hit.birth_date) if hit.birth_date else ""
        return hit.identity_code_masked
