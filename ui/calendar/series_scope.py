"""Which members of a recurring series an edit touches: only this, this and the following, or
all of them (the calendar asks before moving or cancelling a series member).

:func:`move_appointment` and :func:`cancel_appointment` are what the calendar calls for any
appointment: a lone one is moved or cancelled directly, a series member after the question;
a conflict offers "book anyway" to those allowed. Core errors propagate to the caller.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QLabel, QRadioButton,
                               QVBoxLayout, QWidget)

from vastaanotto.context import Context
from vastaanotto.models.appointments import CancelledBy
from vastaanotto.services import series
from vastaanotto.services.base import Changes
from vastaanotto.services.series import Scope

MOVE, CANCEL = "move", "cancel"


class ScopeDialog(QDialog):
    """Three choices, "Only this" preselected (the least surprising answer)."""

    def __init__(self, action: str, parent: QWidget | None = None):
        super().__init__(parent)
        if action == CANCEL:
            self.setWindowTitle(self.tr("Cancel a recurring appointment"))
            question = self.tr("This appointment is part of a series. Cancel:")
        else:
            self.setWindowTitle(self.tr("Move a recurring appointment"))
            question = self.tr("This appointment is part of a series. Move:")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(question, self))
        self.group = QButtonGroup(self)
        self.buttons: dict[Scope, QRadioButton] = {}
        for scope, text in ((Scope.THIS, self.tr("&Only this appointment")),
                            (Scope.FOLLOWING, self.tr("&This and the following")),
                            (Scope.ALL, self.tr("&All in the series"))):
            button = QRadioButton(text, self)
            button.setObjectName(f"scope_{scope.value}")
            self.group.addButton(button)
            self.buttons[scope] = button
            layout.addWidget(button)
        self.buttons[Scope.THIS].setChecked(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.ok_button = box.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(box)

    def scope(self) -> Scope:
        return next(s for s, b in self.buttons.items() if b.isChecked())


def ask_scope(parent: QWidget | None, action: str) -> Scope | None:
    """Modal question; ``action`` is "move" or "cancel". None when the user cancels."""
    dialog = ScopeDialog(action, parent)
    try:
        return dialog.scope() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def move_appointment(ctx: Context, parent: QWidget | None, appointment_id: int,
                     series_id: int | None, *, new_start_local: dt.datetime,
                     practitioner_id: int | None = None) -> Changes | None:
    """Move one appointment, asking the scope first when it belongs to a series; on a
    conflict, offers "book anyway" to those allowed. None when the user cancelled."""
    from ui.calendar.booking_dialog import book_anyway_reason, call_or_book_anyway

    scope = Scope.THIS if series_id is None else ask_scope(parent, MOVE)
    if scope is None:
        return None

    def move(reason=None):
        return series.move_series(ctx, appointment_id, scope, new_start_local=new_start_local,
                                  practitioner_id=practitioner_id, override_reason=reason)

    return call_or_book_anyway(move, lambda exc: book_anyway_reason(ctx, parent, exc))


def cancel_appointment(ctx: Context, parent: QWidget | None, appointment_id: int,
                       series_id: int | None, *, by: CancelledBy,
                       reason: str) -> Changes | None:
    """Cancel one appointment, asking the scope first when it belongs to a series. None when
    the user cancelled the question."""
    scope = Scope.THIS if series_id is None else ask_scope(parent, CANCEL)
    if scope is None:
        return None
    return series.cancel_series(ctx, appointment_id, scope, by=by, reason=reason)
