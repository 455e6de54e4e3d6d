"""Undo and redo of moves and resizes made in the calendar (Ctrl+Z, Ctrl+Shift+Z).

A command is pushed only after the booking service accepted the change, so its first
``redo()`` (which QUndoStack.push calls) does nothing. Undo and redo call the service again with
the other placement; the service may refuse (someone booked the old time meanwhile): the view
shows why and the command is made obsolete, which takes it off the stack rather than leaving a
step that can no longer be taken.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from PySide6.QtGui import QUndoCommand


@dataclass(frozen=True)
class Placement:
    """Where an appointment is: aware UTC times, practitioner and room."""

    starts_at: dt.datetime
    ends_at: dt.datetime
    practitioner_id: int
    room_id: int | None


# Applies a placement through the services; False when refused (the caller showed why).
Apply = Callable[[int, Placement, Placement], bool]


class PlacementCommand(QUndoCommand):
    def __init__(self, apply: Apply, appointment_id: int, before: Placement, after: Placement,
                 text: str):
        super().__init__(text)
        self._apply = apply
        self.appointment_id = appointment_id
        self.before, self.after = before, after
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        if not self._apply(self.appointment_id, self.after, self.before):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._apply(self.appointment_id, self.before, self.after):
            self.setObsolete(True)
