"""The status bar's backup line: "Last backup: 21.11.2026 14.05", red when a backup is overdue
or the last one failed (the reason in the tooltip). Refreshes on a timer and on Changes.

Everyone on the staff sees it (``Action.BACKUP_RUN``): backups run whoever is logged in, and
the receptionist alone at the desk must see a red label too. Only the owner can fix a target,
so for other roles the tooltip says to tell the owner. A person without that right (no roles
left) gets no label rather than a refused, audited call at every refresh.

The backup services (age, the targets' libraries: ~0.2 s to import) are loaded at the first
refresh, which waits ``first_refresh_ms`` (2 s) so that it never delays the first paint of the
main window.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from ui import formatting
from ui.backup.text import fill
from ui.errors import message_for
from vastaanotto.context import Context
from vastaanotto.errors import BackupError, VastaanottoError
from vastaanotto.permissions import Action, allowed
from vastaanotto.services.base import Changes

log = logging.getLogger(__name__)

REFRESH_MS = 60_000
FIRST_REFRESH_MS = 2_000
BAD_STYLE = "color: #b3261e; font-weight: bold;"


class BackupStatusLabel(QLabel):
    def __init__(self, ctx: Context, parent: QWidget | None = None, *,
                 refresh_ms: int = REFRESH_MS, first_refresh_ms: int = FIRST_REFRESH_MS):
        super().__init__(parent)
        self.setObjectName("backupStatus")
        self.ctx = ctx
        self.bad = False
        self.stopped = False
        self.visible_to_user = allowed(ctx.roles, Action.BACKUP_RUN)
        self.manages_backups = allowed(ctx.roles, Action.BACKUP_MANAGE)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        if self.visible_to_user:
            self.timer.start(refresh_ms)
            if first_refresh_ms:
                QTimer.singleShot(first_refresh_ms, self, self.refresh)
            else:
                self.refresh()
        else:
            self.hide()

    def stop(self) -> None:
        """The window closes: no more refreshes (its database may be gone a moment later)."""
        self.stopped = True
        self.timer.stop()

    def refresh(self) -> None:
        if not self.visible_to_user or self.stopped:
            return
        from vastaanotto.services import backups

        try:
            status = backups.backup_status(self.ctx)
        except VastaanottoError as exc:
            self._show(self.tr("Backup status unknown"), True, self._for_reader(message_for(exc)))
            return
        if status.last_success_at is None:
            text = self.tr("No backup yet")
        else:
            text = fill(self.tr("Last backup: %1"), formatting.date_time(status.last_success_at))
        reasons = []
        if status.last_error_code:
            reasons.append(fill(self.tr("The last backup failed: %1"),
                                message_for(BackupError(status.last_error_code))))
        if status.overdue:
            if not status.has_targets:
                reasons.append(self.tr("No backup location is set up (Administration → "
                                       "Backups).") if self.manages_backups else
                               self.tr("No backup location is set up."))
            else:
                reasons.append(self.tr("No verified backup in the last %n hour(s).", "",
                                       status.max_age_hours))
        if reasons:
            self._show(text, True, self._for_reader("\n".join(reasons)))
        else:
            self._show(text, False, self.tr("Backups are up to date."))

    def _for_reader(self, reasons: str) -> str:
        """Only the owner can set a location right: others are told whom to tell."""
        if self.manages_backups:
            return reasons
        return fill(self.tr("%1\n\nPlease tell the owner of the practice."), reasons)

    def _show(self, text: str, bad: bool, tooltip: str) -> None:
        self.bad = bad
        self.setText(text)
        self.setStyleSheet(BAD_STYLE if bad else "")
        self.setToolTip(tooltip)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("backups", "backup_targets", "settings", "database_restored"):
            self.refresh()
