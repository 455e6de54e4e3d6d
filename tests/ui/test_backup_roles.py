"""Scheduled backups run whoever is logged in (Action.BACKUP_RUN): a receptionist's session
backs up when due and at closing, her status label turns red on a failure (with a tooltip that
says to tell the owner), the failure window goes to owners only, and nothing the label or the
scheduler does is ever a refused (audited) call, for any role. Real folder targets in tmp_path."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import select

from tests.ui.backup_helpers import backup_files
from ui.backup.scheduler import BackupScheduler
from ui.backup.status_label import BackupStatusLabel
from ui.errors import message_for
from ui.tasks import TaskRunner
from vastaanotto.clock import fixed_clock
from vastaanotto.errors import BackupError
from vastaanotto.models.audit import AuditEvent, Outcome
from vastaanotto.models.backup import TargetKind
from vastaanotto.models.staff import Role
from vastaanotto.progress import Progress
from vastaanotto.services import backups


def folder_target(owner_ctx, folder):
    """The owner sets the location up; the others only back up to it."""
    folder.mkdir(exist_ok=True)
    return backups.save_target(owner_ctx, target_id=None, name="USB", kind=TargetKind.FOLDER,
                               config={"path": str(folder)}).data


def later(ctx, hours: float):
    return dataclasses.replace(ctx, clock=fixed_clock(ctx.now() + dt.timedelta(hours=hours)))


def events(db, after: int = 0) -> list[AuditEvent]:
    with db.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.seq > after)
                                    .order_by(AuditEvent.seq)))


def head(db) -> int:
    found = events(db)
    return found[-1].seq if found else 0


def failure_windows() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "backupFailedNotice"
            and w.isVisible()]


def shown_label(qtbot, ctx) -> BackupStatusLabel:
    """The label in a shown window, as in the status bar (so hidden means hidden)."""
    window = QWidget()
    qtbot.addWidget(window)
    label = BackupStatusLabel(ctx, window, first_refresh_ms=0)
    window.show()
    label.test_window = window  # qtbot keeps only a weak reference
    return label


@pytest.fixture
def reception(make_ctx):
    return make_ctx(Role.RECEPTION)


def test_a_receptionists_session_runs_a_due_scheduled_backup(qtbot, db, owner_ctx, reception,
                                                             tmp_path):
    folder_target(owner_ctx, tmp_path / "usb")
    start = head(db)
    scheduler = BackupScheduler(reception, TaskRunner(synchronous=True))
    assert scheduler.active and scheduler.timer.isActive()
    finished = []
    scheduler.finished.connect(finished.append)

    assert scheduler.tick() == "backup"  # never backed up: due
    [made] = backup_files(tmp_path / "usb")
    assert finished[-1].ok and finished[-1].remote_name in made.name
    # The restore drill is the owner's: due now, but not run from her session.
    assert backups.backup_status(reception).drill_due
    assert scheduler.tick() is None
    # 25 hours later the next one is due, and she is still the one logged in.
    scheduler.ctx = later(reception, 25)
    assert scheduler.tick() == "backup"
    assert len(backup_files(tmp_path / "usb")) == 2

    new = events(db, start)
    created = [e for e in new if e.action == "backup.created"]
    assert len(created) == 2 and all(e.outcome is Outcome.OK for e in created)
    # The audit trail names who was logged in when it ran.
    assert {(e.actor_id, e.actor_name) for e in created} == {(reception.staff_id,
                                                             reception.display_name)}
    assert all(e.action != "permission.refused" for e in new)


def test_a_receptionists_session_backs_up_at_closing(qtbot, db, owner_ctx, reception, tmp_path):
    folder_target(owner_ctx, tmp_path / "usb")
    scheduler = BackupScheduler(reception, TaskRunner(synchronous=True), notify=False)
    assert scheduler.backup_on_close() is True
    assert len(backup_files(tmp_path / "usb")) == 1


def test_a_receptionists_label_turns_red_on_a_failed_backup(qtbot, db, owner_ctx, reception,
                                                            tmp_path):
    folder_target(owner_ctx, tmp_path / "usb")
    backups.run_backup(reception, Progress())
    label = shown_label(qtbot, reception)
    assert label.isVisible()
    assert not label.bad and label.text().startswith("Last backup: ")

    shutil.rmtree(tmp_path / "usb")  # the USB disk is gone
    scheduler = BackupScheduler(later(reception, 25), TaskRunner(synchronous=True))
    scheduler.changes.connect(label.on_changes)  # as the main window broadcasts them
    assert scheduler.tick() == "backup"
    assert label.bad and "b3261e" in label.styleSheet()
    assert message_for(BackupError("backup_target_unreachable")) in label.toolTip()
    assert "tell the owner" in label.toolTip()


def test_a_receptionists_label_is_red_when_overdue_and_says_whom_to_tell(qtbot, reception):
    label = shown_label(qtbot, reception)
    assert label.isVisible() and label.bad and label.text() == "No backup yet"
    assert "No backup location is set up." in label.toolTip()
    assert "Administration" not in label.toolTip()  # she cannot open it
    assert "tell the owner" in label.toolTip()


def test_only_the_owner_gets_the_failure_window(qtbot, owner_ctx, reception, tmp_path):
    folder_target(owner_ctx, tmp_path / "usb")
    shutil.rmtree(tmp_path / "usb")

    theirs = BackupScheduler(reception, TaskRunner(synchronous=True))  # notify=True as in use
    failures = []
    theirs.failed.connect(failures.append)
    assert theirs.tick() == "backup"
    assert [f.code for f in failures] == ["backup_target_unreachable"]  # not swallowed
    assert not hasattr(theirs, "notice") and failure_windows() == []

    owners = BackupScheduler(owner_ctx, TaskRunner(synchronous=True))
    assert owners.tick() == "backup"
    qtbot.addWidget(owners.notice)
    assert failure_windows() == [owners.notice]
    assert message_for(failures[0]) in owners.notice.text()


ROLE_SETS = {
    "reception": (Role.RECEPTION,),
    "practitioner": (Role.PRACTITIONER,),
    "owner": (Role.OWNER,),
    "reception+practitioner": (Role.RECEPTION, Role.PRACTITIONER),
    "no role": (),
}


@pytest.mark.parametrize("role_name", list(ROLE_SETS))
def test_no_refresh_or_schedule_step_is_a_refused_call(qtbot, db, owner_ctx, make_ctx,
                                                       tmp_path, role_name):
    """Every path of the label and the scheduler: nothing set up, then a fresh backup with the
    drill due, then a failing location, then closing. A refusal would be audited each time."""
    roles = ROLE_SETS[role_name]
    ctx = make_ctx(*roles) if roles else dataclasses.replace(make_ctx(Role.RECEPTION),
                                                             roles=frozenset())
    start = head(db)
    label = shown_label(qtbot, ctx)
    scheduler = BackupScheduler(ctx, TaskRunner(synchronous=True), notify=False)
    scheduler.changes.connect(label.on_changes)

    scheduler.tick()  # no location yet
    label.refresh()
    folder_target(owner_ctx, tmp_path / "usb")
    backups.run_backup(owner_ctx, Progress())  # fresh: the drill is due next
    scheduler.tick()
    label.refresh()
    shutil.rmtree(tmp_path / "usb")
    scheduler.ctx = later(ctx, 25)
    scheduler.tick()  # a failing backup
    label.refresh()
    scheduler.backup_on_close()

    new = events(db, start)
    assert [e for e in new if e.outcome is Outcome.REFUSED] == []
    mine = [e.action for e in new if e.actor_id == ctx.staff_id]
    if roles:
        assert "backup.created" in mine and label.isVisible()
    else:
        assert mine == [] and not label.isVisible()
    if Role.OWNER not in roles:
        assert "backup.verified" not in mine  # the drill is the owner's


def test_a_receptionists_main_window_shows_the_status_and_runs_the_schedule(
        qtbot, owner_ctx, reception, tmp_path):
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow

    folder_target(owner_ctx, tmp_path / "usb")
    shutil.rmtree(tmp_path / "usb")
    window = MainWindow(reception, qsettings=QSettings(str(tmp_path / "ui.ini"),
                                                       QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.backup_scheduler.active and window.backup_status.isVisible()
    window.tasks.synchronous = True  # the scheduled run in this thread, for the test
    assert window.backup_scheduler.tick() == "backup"  # fails: the location is gone
    # Broadcast through the window to the label: red, and she is told whom to tell.
    qtbot.waitUntil(lambda: window.backup_status.bad, timeout=3000)
    assert "tell the owner" in window.backup_status.toolTip()
    assert failure_windows() == []
