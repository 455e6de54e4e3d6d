"""Plans and sends messages in the background every minute while the program runs.

A QTimer starts ``messages.run_once`` on a TaskRunner (never on the GUI thread, since a mail
server may take its time-out); a round still running when the timer fires again is not
doubled. Several desks may run dispatchers at once: the queue's claims keep each message to
one sender. ``finished`` carries the round's ``SendReport``; ``changes`` carries
``Changes("messages")`` when anything happened, for the main window to broadcast (the log,
the status label and client cards refresh from it). Give it a parent (the main window) and
call :meth:`shutdown` on close.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from ui.tasks import TaskRunner
from vastaanotto.context import Context
from vastaanotto.services import messages as svc
from vastaanotto.services.base import Changes

log = logging.getLogger(__name__)
INTERVAL_MS = 60_000
NEVER_MS = 2_000_000_000   # about 23 days: QTimer's interval is a 32-bit int


class MessageDispatcher(QObject):
    finished = Signal(object)   # SendReport
    changes = Signal(object)    # Changes("messages") when a round queued, sent or failed any
    failed = Signal(str)        # error code of a round that could not run

    def __init__(self, ctx: Context, tasks, parent: QObject | None = None,
                 interval_ms: int = INTERVAL_MS, transports=None):
        super().__init__(parent)
        self.ctx = ctx
        # A runner of its own that never shows a progress dialog: a background round must not
        # put a window-modal dialog in front of the receptionist when a server is slow.
        self._tasks = TaskRunner(self, synchronous=getattr(tasks, "synchronous", False),
                                 show_after_ms=NEVER_MS, max_threads=1)
        self._transports = transports
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.run_now)
        # A child timer, not QTimer.singleShot(ms, callable): it dies with the dispatcher, so
        # it can never call into a deleted object after logout.
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.timeout.connect(self.run_now)

    def start(self, first_after_ms: int = 5_000) -> None:
        """First round soon after login, then every interval."""
        self._first.start(first_after_ms)
        self.timer.start()

    def stop(self) -> None:
        self._first.stop()
        self.timer.stop()

    def shutdown(self, msecs: int = 30_000) -> bool:
        """Stop the timers and wait for a round in progress (at logout or window close)."""
        self.stop()
        return self._tasks.shutdown(msecs)

    def run_now(self) -> None:
        if self._running:
            return
        self._running = True
        self._tasks.run(svc.run_once, self.ctx, self._transports, on_done=self._done,
                        on_error=self._error, label="messages")

    def _done(self, report) -> None:
        self._running = False
        if report.touched:
            self.changes.emit(Changes.of("messages", ids=report.ids))
        self.finished.emit(report)

    def _error(self, exc: BaseException) -> None:
        self._running = False
        code = getattr(exc, "code", type(exc).__name__)
        log.warning("message round failed: %s", code)  # a code, never message content
        self.failed.emit(str(code))
