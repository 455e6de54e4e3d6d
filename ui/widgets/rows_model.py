"""The one base of the thin table models (Anki's browser model, Electrum's lists).

A model holds the immutable rows a service returned; a column enum says what each column is,
and ``ROW_ROLE`` hands the whole row to the view. Reloading replaces all rows: the lists are
short, so a reset is cheaper to reason about than diffing.
"""

from __future__ import annotations

import enum
from typing import Any, Generic, Sequence, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette

ROW_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

R = TypeVar("R")



class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows of one dataclass; subclasses give ``Column``, ``header`` and ``display``."""

    Column: type[enum.IntEnum]
    RIGHT_ALIGNED: frozenset = frozenset()

    def __init__(self, rows: Sequence[R] = (), parent=None):
        super().__init__(parent)
        self._rows: list[R] = list(rows)

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_of_id(self, row_id: int) -> int:
        """The table row of the item with ``row_id``, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.Column)):
            return self.header(self.Column(section))
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.RIGHT_ALIGNED:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and not getattr(row, "active", True):
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == ROW_ROLE:
            return row
        return None

    def header(self, column: enum.IntEnum) -> str:
        raise NotImplementedError

    def display(self, row: R, column: enum.IntEnum) -> str:
        raise NotImplementedError
