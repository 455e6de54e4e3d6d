"""The one background runner (Anki's taskman, Picard's thread helpers).

Long work is a plain function ``fn(progress, *args)`` taking a :class:`vastaanotto.progress.
Progress`; it runs on a QThreadPool and its result or exception comes back on the GUI thread.
A progress dialog appears only when the work takes longer than 600 ms, so quick work never
flashes a window (Anki's progress.py); its Cancel button asks the task to stop at its next
``progress.step``. ``TaskRunner(synchronous=True)`` runs tasks at once in the calling thread,
like Picard's FakeThreadPool in tests.
"""

from __future__ import annotations

import itertools
import logging
import traceback
from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.errors import show_error
from vastaanotto.errors import VastaanottoError
from vastaanotto.progress import Cancelled, Progress

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 600
REFRESH_MS = 100


@dataclass(eq=False)
class TaskHandle:
    """One submitted task. ``done`` turns true on the GUI thread just before the callback."""

    id: int
    label: str
    progress: Progress
    parent_widget: QWidget | None
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    on_cancelled: Callable[[], None] | None
    done: bool = False
    dialog: QProgressDialog | None = None
    timers: list[QTimer] = field(default_factory=list)

    def cancel(self) -> None:
        """Ask the task to stop at its next safe point (any thread)."""
        self.progress.cancel()


class _Job(QRunnable):
    def __init__(self, runner: "TaskRunner", handle: TaskHandle, fn: Callable, args: tuple):
        super().__init__()
        self._runner, self._handle, self._fn, self._args = runner, handle, fn, args

    def run(self) -> None:  # worker thread: touch no widgets here
        try:
            result = self._fn(self._handle.progress, *self._args)
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI thread
            self._runner._failed.emit(self._handle.id, exc)
        else:
            self._runner._finished.emit(self._handle.id, result)


def _log_failure(label: str, exc: BaseException) -> None:
    """Only the type, our error code and where: messages of library exceptions (SQL parameters,
    file names) and even source lines may hold personal data."""
    detail = str(exc) if isinstance(exc, VastaanottoError) else type(exc).__name__
    frames = "\n".join(f"  {f.filename}:{f.lineno} in {f.name}"
                       for f in traceback.extract_tb(exc.__traceback__))
    log.error("task %r failed: %s\n%s", label, detail, frames)


class TaskRunner(QObject):
    """Create on the GUI thread; call :meth:`run` from the GUI thread only."""

    # Emitted from worker threads; the queued connections below deliver them on our thread.
    _finished = Signal(int, object)
    _failed = Signal(int, object)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False,
                 show_after_ms: int = SHOW_AFTER_MS, max_threads: int | None = None):
        super().__init__(parent)
        self.synchronous = synchronous
        self.show_after_ms = show_after_ms
        self._pool = QThreadPool(self)
        if max_threads is not None:
            self._pool.setMaxThreadCount(max_threads)
        self._ids = itertools.count(1)
        self._running: dict[int, TaskHandle] = {}
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)

    def run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            on_cancelled: Callable[[], None] | None = None, label: str = "",
            parent_widget: QWidget | None = None) -> TaskHandle:
        """Run ``fn(progress, *args)``; exactly one of the callbacks is called on the GUI thread.

        A task stopped by cancel (it raised ``Cancelled``) calls ``on_cancelled``, never
        ``on_error``. Without ``on_error`` a failure is shown with ``ui.errors.show_error``.
        """
        handle = TaskHandle(next(self._ids), label, Progress(), parent_widget, on_done,
                            on_error, on_cancelled)
        if self.synchronous:
            try:
                result = fn(handle.progress, *args)
            except Exception as exc:  # noqa: BLE001 - same contract as the threaded path
                self._deliver_error(handle, exc)
            else:
                self._deliver_result(handle, result)
            return handle
        self._running[handle.id] = handle
        self._start_dialog_timer(handle)
        self._pool.start(_Job(self, handle, fn, args))
        return handle

    @property
    def running(self) -> list[TaskHandle]:
        return list(self._running.values())

    def shutdown(self, msecs: int = 30_000) -> bool:
        """Cancel everything and wait for the workers (at window close). True if all stopped."""
        for handle in self._running.values():
            handle.cancel()
        return self._pool.waitForDone(msecs)

    # -- GUI thread -----------------------------------------------------------------------

    def _start_dialog_timer(self, handle: TaskHandle) -> None:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._show_dialog(handle))
        handle.timers.append(timer)
        timer.start(self.show_after_ms)

    def _show_dialog(self, handle: TaskHandle) -> None:
        if handle.done:
            return
        dialog = QProgressDialog(handle.progress.label or handle.label, self.tr("Cancel"), 0, 0,
                                 handle.parent_widget)
        dialog.setWindowTitle(handle.label or self.tr("Working"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)   # our own timer already waited
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(lambda: self._cancel_from_dialog(handle))
        handle.dialog = dialog
        dialog.show()
        # The worker only writes plain attributes; polling them keeps it free of Qt calls and
        # caps redraws however often the task steps.
        refresh = QTimer(self)
        refresh.timeout.connect(lambda: self._refresh_dialog(handle))
        handle.timers.append(refresh)
        refresh.start(REFRESH_MS)
        self._refresh_dialog(handle)

    def _refresh_dialog(self, handle: TaskHandle) -> None:
        dialog, progress = handle.dialog, handle.progress
        if dialog is None or handle.done:
            return
        if progress.cancelled:
            dialog.setLabelText(self.tr("Cancelling…"))
            return
        dialog.setMaximum(max(progress.total, 0))
        if progress.total:
            dialog.setValue(min(progress.done, progress.total))
        dialog.setLabelText(progress.label or handle.label)

    def _cancel_from_dialog(self, handle: TaskHandle) -> None:
        handle.cancel()
        if handle.dialog is not None:
            handle.dialog.setLabelText(self.tr("Cancelling…"))
            handle.dialog.setCancelButton(None)  # cancel is asked once; the task stops soon

    def _finish(self, handle: TaskHandle) -> None:
        handle.done = True
        self._running.pop(handle.id, None)
        for timer in handle.timers:
            timer.stop()
            timer.deleteLater()
        handle.timers.clear()
        if handle.dialog is not None:
            handle.dialog.hide()
            handle.dialog.deleteLater()
            handle.dialog = None

    @Slot(int, object)
    def _on_finished(self, task_id: int, result: Any) -> None:
        handle = self._running.get(task_id)
        if handle is not None:
            self._deliver_result(handle, result)

    @Slot(int, object)
    def _on_failed(self, task_id: int, exc: BaseException) -> None:
        handle = self._running.get(task_id)
        if handle is not None:
            self._deliver_error(handle, exc)

    def _deliver_result(self, handle: TaskHandle, result: Any) -> None:
        self._finish(handle)
        if handle.on_done is not None:
            handle.on_done(result)

    def _deliver_error(self, handle: TaskHandle, exc: BaseException) -> None:
        self._finish(handle)
        if isinstance(exc, Cancelled):
            if handle.on_cancelled is not None:
                handle.on_cancelled()
            return
        if handle.on_error is not None:
            handle.on_error(exc)
            return
        _log_failure(handle.label, exc)
        show_error(handle.parent_widget, exc)
