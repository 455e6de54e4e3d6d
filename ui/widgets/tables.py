"""The read-only table every list of the program uses: one place for how lists look."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

SINGLE = QAbstractItemView.SelectionMode.SingleSelection


def read_only_table(parent: QWidget, model: QAbstractItemModel, name: str, *,
                    selection_mode: QAbstractItemView.SelectionMode | None = None,
                    select_rows: bool = True, row_numbers: bool = False) -> QTableView:
    """A table that is never edited in place: columns sized to their contents, the last one
    stretched. ``selection_mode`` None keeps Qt's default; ``row_numbers`` keeps the vertical
    header (the CSV preview shows them)."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    if select_rows:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if selection_mode is not None:
        table.setSelectionMode(selection_mode)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if not row_numbers:
        table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table
