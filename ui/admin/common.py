"""What every admin page shares: a form dialog whose OK is one service call, and a table page.

A refused save keeps the dialog open with each message under its field (``FormErrors``) and
anything that belongs to no field in a banner at the top, so nothing typed is lost. A saved
change is published as the service's ``Changes``; the pages refresh from that, never by
patching their own rows.
"""

from __future__ import annotations

import logging
from typing import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QBoxLayout, QColorDialog, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from ui.widgets.tables import SINGLE, read_only_table
from ui.admin.models import RowsModel
from ui.errors import field_errors, field_label, message_for, show_error
from ui.widgets.forms import ERROR_STYLE, FormErrors
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.services.base import Changes

log = logging.getLogger(__name__)

Publish = Callable[[Changes], None]


class FormProblems(Exception):
    """Refused by the form itself before any service call (e.g. two passwords differ)."""

    def __init__(self, messages: dict[str, str]):
        super().__init__(",".join(messages))  # field names only, like the core's errors
        self.messages = messages


def error_text(exc: Exception, errors: FormErrors | None) -> str:
    """Places per-field messages with ``errors`` and returns the text for a banner."""
    if isinstance(exc, FormProblems):
        per_field = exc.messages
    else:
        if not isinstance(exc, VastaanottoError):
            log.error("unexpected %s while saving", type(exc).__name__)  # message may hold data
        per_field = field_errors(exc)
    leftover = errors.set_errors(per_field) if errors is not None else per_field
    if not per_field:
        return message_for(exc)
    if leftover:
        return "\n".join(f"{field_label(f)}: {m}" for f, m in leftover.items())
    return QCoreApplication.translate("admin", "Check the fields marked in red.")


def error_banner(parent: QWidget) -> QLabel:
    banner = QLabel(parent)
    banner.setObjectName("banner")
    banner.setStyleSheet(ERROR_STYLE)
    banner.setWordWrap(True)
    banner.setTextFormat(Qt.TextFormat.PlainText)
    banner.hide()
    return banner


def row_button(parent: QWidget, text: str, name: str, slot, row: QBoxLayout) -> QPushButton:
    """A push button named ``name`` calling ``slot()`` when clicked, added to ``row``."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.clicked.connect(lambda: slot())
    row.addWidget(button)
    return button


class EditDialog(QDialog):
    """Subclasses add rows to ``self.form``, call :meth:`bind_errors`, and implement
    :meth:`submit` (one service call returning its Changes; it may raise any core error)."""

    def __init__(self, ctx: Context, publish: Publish, parent: QWidget | None):
        super().__init__(parent)
        self.ctx = ctx
        self._publish = publish
        self.changes: Changes | None = None
        self.errors: FormErrors | None = None
        layout = QVBoxLayout(self)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def bind_errors(self, fields: Mapping[str, QWidget]) -> None:
        self.errors = FormErrors(self.form, fields)

    def submit(self) -> Changes:
        raise NotImplementedError

    def accept(self) -> None:
        self.banner.hide()
        try:
            changes = self.submit()
        except Exception as exc:  # noqa: BLE001 - any failure leaves the dialog open to retry
            self.banner.setText(error_text(exc, self.errors))
            self.banner.show()
            self.adjustSize()  # room for the message rows that just appeared
            return
        if self.errors is not None:
            self.errors.clear()
        self.changes = changes
        super().accept()
        self._publish(changes)


class TablePage(QWidget):
    """A button row over a table of one :class:`RowsModel`; refreshes on ``KINDS`` changes."""

    KINDS: tuple[str, ...] = ()

    def __init__(self, ctx: Context, publish: Publish, model: RowsModel,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._publish = publish
        self.model = model
        layout = QVBoxLayout(self)
        self.button_row = QHBoxLayout()
        layout.addLayout(self.button_row)
        self.table = read_only_table(self, model, "table", selection_mode=SINGLE)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        layout.addWidget(self.table)
        self._selection_buttons: list[QPushButton] = []
        self._dialog: QDialog | None = None

    def add_button(self, text: str, slot: Callable[[], object], *, object_name: str,
                   needs_selection: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(object_name)
        button.clicked.connect(lambda: slot())
        self.button_row.addWidget(button)
        if needs_selection:
            self._selection_buttons.append(button)
            button.setEnabled(False)
        return button

    def finish_buttons(self) -> None:
        self.button_row.addStretch(1)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_id(self, row_id: int) -> None:
        row = self.model.row_of_id(row_id)
        if row >= 0:
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def reload(self) -> None:
        """Fetch the rows again, keeping the selected item selected."""
        current = self.selected()
        self.load()
        if current is not None:
            self.select_id(current.id)
        self.update_buttons()

    def load(self) -> None:
        raise NotImplementedError

    def edit_selected(self) -> QDialog | None:
        """Opens the edit dialog of the selected row (also on double-click)."""
        raise NotImplementedError

    def update_buttons(self, *_args) -> None:
        has_selection = self.selected() is not None
        for button in self._selection_buttons:
            button.setEnabled(has_selection)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*self.KINDS):
            self.reload()

    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Window-modal but non-blocking, so the event loop (and tests) keep running. The
        previous dialog is freed here rather than on close, so a caller may still read it."""
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = dialog
        dialog.open()
        return dialog

    def call(self, fn: Callable[..., Changes], *args, **kwargs) -> Changes | None:
        """One service call from a button; shows a refusal, publishes a success."""
        try:
            changes = fn(*args, **kwargs)
        except VastaanottoError as exc:
            show_error(self, exc)
            return None
        self._publish(changes)
        return changes


class ColorButton(QPushButton):
    """Shows a colour swatch; a click opens the colour dialog. ``color`` is ``#rrggbb``."""

    def __init__(self, color: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.clicked.connect(self._choose)
        self.set_color(color)

    def set_color(self, color: str) -> None:
        self.color = color
        self.setText(color)
        self.setStyleSheet(f"background-color: {color};" if QColor(color).isValid() else "")

    def _choose(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.color), self, self.tr("Choose a colour"))
        if chosen.isValid():
            self.set_color(chosen.name())
