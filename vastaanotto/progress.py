"""The progress/cancel protocol of long work (backup, restore, batch invoices, import, demo).

Long work is a plain function that takes a ``Progress``; it runs the same in a test, in the
CLI and under ``ui/tasks.py`` (Orange3's TaskState idea). The function calls ``progress.step``
at points where stopping is safe, and ``step`` raises ``Cancelled`` once cancel was asked.
"""

from __future__ import annotations

import threading
from typing import Callable


class Cancelled(Exception):
    """Raised inside a task at a safe point after cancel() was called."""


class Progress:
    def __init__(self, on_update: Callable[[int, int, str], None] | None = None):
        self._cancel = threading.Event()
        self._on_update = on_update
        self.done = 0
        self.total = 0
        self.label = ""

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def step(self, done: int, total: int | None = None, label: str | None = None) -> None:
        """Report progress (any thread) and stop here if cancel was asked."""
        self.done = done
        if total is not None:
            self.total = total
        if label is not None:
            self.label = label
        if self._on_update is not None:
            self._on_update(self.done, self.total, self.label)
        self.check()


