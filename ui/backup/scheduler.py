"""Backups on their own: when due (the interval setting), the weekly restore drill, and one
more when the program closes.

``BackupScheduler`` looks every few minutes whether a backup is due (``backup_status``) and runs
``run_backup`` through the task runner, in the background; when a backup is recent and the drill
is due it runs ``verify_latest`` on the first enabled location. A failure is never swallowed:
``failed`` fires, the status label turns red through ``changes``, and an owner gets a
non-blocking notification window with the reason.

Backups run whoever is logged in (``Action.BACKUP_RUN``: reception, practitioner, owner), so a
day without the owner still gets its backup and its backup at closing; the audit trail names
who was logged in. The restore drill and the failure window are the owner's
(``Action.BACKUP_MANAGE``): the others see the red status label, whose tooltip says to tell
the owner. Nothing here calls a service the role may not use (a refusal would be audited at
every check).

The backup services are imported at the first check (``check_ms`` after start), not with this
module, so creating the scheduler costs the main window's first paint nothing.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.backup.text import fill
from ui.errors import message_for
from ui.tasks import TaskHandle, TaskRunner
from vastaanotto.context import Context
from vastaanotto.errors import VastaanottoError
from vastaanotto.permissions import Action, allowed
from vastaanotto.services.base import Changes

log = logging.getLogger(__name__)

CHECK_MS = 5 * 60_000
# A backup this fresh makes the one at closing unnecessary.
CLOSE_SKIP_IF_NEWER_THAN = dt.timedelta(minutes=15)
CLOSE_TIMEOUT_MS = 120_000


class BackupScheduler(QObject):
    changes = Signal(object)   # Changes for the main window to broadcast (status label, page)
    failed = Signal(object)    # the exception of a scheduled run or drill
    finished = Signal(object)  # BackupResult or VerifyResult of a scheduled run

    def __init__(self, ctx: Context, tasks: TaskRunner, parent: QObject | None = None, *,
                 check_ms: int = CHECK_MS, notify: bool = True):
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self.active = allowed(ctx.roles, Action.BACKUP_RUN)
        self.manages_backups = allowed(ctx.roles, Action.BACKUP_MANAGE)
        # Only the owner can act on a failure; the others see the red status label.
        self.notify = notify and self.manages_backups
        self.running: TaskHandle | None = None
        self._closing = False
        self.last_error: BaseException | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        if self.active:
            self.timer.start(check_ms)

    def stop(self) -> None:
        self.timer.stop()

    def _busy(self) -> bool:
        return self.running is not None and not self.running.done

    def tick(self) -> str | None:
        """Start what is due; returns "backup", "drill" or None (for tests and logs)."""
        if not self.active or self._busy():
            return None
        from vastaanotto.services import backups

        try:
            status = backups.backup_status(self.ctx)
        except VastaanottoError as exc:
            self._failed(exc)
            return None
        if not status.has_targets:
            return None
        now = self.ctx.now()
        if status.next_due_at is None or now >= status.next_due_at:
            self.running = self.tasks.run(lambda p: backups.run_backup(self.ctx, p),
                                          on_done=self._done, on_error=self._failed,
                                          label=self.tr("Backing up"))
            return "backup"
        if status.drill_due and status.last_success_at is not None and self.manages_backups:
            target = next((t for t in backups.list_targets(self.ctx)
                           if t.enabled and t.last_success_at is not None), None)
            if target is None:
                return None
            target_id = target.id
            self.running = self.tasks.run(
                lambda p: backups.verify_latest(self.ctx, p, target_id=target_id),
                on_done=self._done, on_error=self._failed,
                label=self.tr("Checking the newest backup"))
            return "drill"
        return None

    def _done(self, result) -> None:
        self.last_error = None
        self.changes.emit(Changes.of("backups"))
        self.finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.last_error = exc
        log.error("scheduled backup work failed: %s",
                  exc if isinstance(exc, VastaanottoError) else type(exc).__name__)
        self.changes.emit(Changes.of("backups"))
        self.failed.emit(exc)
        if self.notify:
            self._notify(exc)

    def _notify(self, exc: BaseException) -> None:
        """A window the owner sees but need not answer at once (the event loop goes on)."""
        parent = self.parent() if isinstance(self.parent(), QWidget) else None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Backup failed"),
                          fill(self.tr("The automatic backup failed:\n%1\n\nCheck the backup "
                                  "location in Administration → Backups."), message_for(exc)),
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("backupFailedNotice")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.notice = box
        if self._closing:  # the program is about to end: the owner must see it first
            box.exec()
        else:
            box.setModal(False)
            box.show()

    def backup_on_close(self, timeout_ms: int = CLOSE_TIMEOUT_MS) -> bool | None:
        """One more backup as the program closes, with the runner's progress window (its
        Cancel stops it). Waits at most ``timeout_ms``, then cancels and lets the window close.

        Returns True when a backup was made, False when it failed, was cancelled or timed out,
        None when none was needed (no right to back up, no location, a backup minutes ago)."""
        self.stop()
        self._closing = True
        if not self.active:
            return None
        from vastaanotto.services import backups

        try:
            status = backups.backup_status(self.ctx)
        except VastaanottoError as exc:
            self._failed(exc)
            return False
        if not status.has_targets:
            return None
        if status.last_success_at is not None and \
                self.ctx.now() - status.last_success_at < CLOSE_SKIP_IF_NEWER_THAN \
                and not status.last_error_code:
            return None
        self.last_error = None
        if self._busy():  # a scheduled run is under way: it is the closing backup
            handle = self.running
        else:
            handle = self.tasks.run(lambda p: backups.run_backup(self.ctx, p),
                                    on_done=self._done, on_error=self._failed,
                                    on_cancelled=lambda: None,
                                    label=self.tr("Backing up before closing"))
            self.running = handle
        if not handle.done:
            loop = QEventLoop()
            poll = QTimer()
            poll.timeout.connect(lambda: loop.quit() if handle.done else None)
            poll.start(50)
            QTimer.singleShot(timeout_ms, loop.quit)
            loop.exec()
            poll.stop()
            if not handle.done:
                handle.cancel()  # stops at its next safe point; the runner waits at shutdown
                return False
        return self.last_error is None and not handle.progress.cancelled
