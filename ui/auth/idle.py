"""Idle detection for the auto-lock: no keyboard or mouse input for N minutes emits ``idle``.

The watcher is an application-wide event filter, so input anywhere (the main window, a dialog,
a menu) counts as activity. It sees every event of the GUI thread, so the filter only records
the time of the last input; the timer re-arms itself for the remaining time when it fires
instead of being restarted on every mouse move.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from vastaanotto import settings
from vastaanotto.context import Context
from vastaanotto.services.practice import get_setting

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.TabletMove, QEvent.Type.InputMethod,
})


def idle_timeout_ms(ctx: Context) -> int:
    """The practice's ``IDLE_LOCK_MINUTES`` setting in milliseconds."""
    minutes = settings.IDLE_LOCK_MINUTES.validate(get_setting(ctx, settings.IDLE_LOCK_MINUTES))
    return minutes * 60_000


class IdleWatcher(QObject):
    """Emits ``idle`` once after ``timeout_ms`` without input; ``start()`` arms it again.

    The timeout comes from ``ctx``'s ``IDLE_LOCK_MINUTES`` setting unless ``timeout_ms`` is
    given (tests use a few milliseconds). GUI thread only.
    """

    idle = Signal()

    def __init__(self, ctx: Context | None = None, *, timeout_ms: int | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        if timeout_ms is None:
            if ctx is None:
                raise ValueError("IdleWatcher needs a Context or timeout_ms")
            timeout_ms = idle_timeout_ms(ctx)
        self._timeout_ms = max(1, int(timeout_ms))
        self._last_input = time.monotonic()
        self._installed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout_ms(self, timeout_ms: int) -> None:
        """Change the timeout (e.g. after the owner edits the setting); counts from now."""
        self._timeout_ms = max(1, int(timeout_ms))
        if self.is_running():
            self.start()

    def is_running(self) -> bool:
        return self._installed

    def start(self) -> None:
        """Watch input from now on; the idle time counts from this call."""
        app = QCoreApplication.instance()
        if not self._installed and app is not None:
            app.installEventFilter(self)
            self._installed = True
        self._last_input = time.monotonic()
        self._timer.start(self._timeout_ms)

    def stop(self) -> None:
        """Stop watching (while the window is locked there is nothing to protect)."""
        self._timer.stop()
        app = QCoreApplication.instance()
        if self._installed and app is not None:
            app.removeEventFilter(self)
        self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in INPUT_EVENTS:
            self._last_input = time.monotonic()
        return False

    def _check(self) -> None:
        if not self._installed:
            return
        remaining_ms = self._timeout_ms - int((time.monotonic() - self._last_input) * 1000)
        if remaining_ms > 0:
            self._timer.start(remaining_ms)
            return
        self.stop()
        self.idle.emit()
