"""The status bar's backup label and the background schedule: red when overdue or failed (with
the reason), normal after a backup; the scheduler backs up when due, runs the restore drill,
reports failures, and makes one more backup at closing. Real folder targets in tmp_path."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil

from tests.ui.backup_helpers import add_client, backup_files
from ui.backup.scheduler import BackupScheduler
from ui.backup.status_label import BackupStatusLabel
from ui.errors import message_for
from ui.tasks import TaskRunner
from vastaanotto.clock import fixed_clock
from vastaanotto.errors import BackupError
from vastaanotto.models.backup import TargetKind
from vastaanotto.models.staff import Role
from vastaanotto.services import backups


def folder_target(ctx, folder):
    folder.mkdir(exist_ok=True)
    return backups.save_target(ctx, target_id=None, name="USB", kind=TargetKind.FOLDER,
                               config={"path": str(folder)}).data


def later(ctx, hours: float):
    """The same owner, ``hours`` later (the services read the time from the context)."""
    return dataclasses.replace(ctx, clock=fixed_clock(ctx.now() + dt.timedelta(hours=hours)))


def test_label_is_red_without_backups_and_normal_after_one(qtbot, owner_ctx, tmp_path):
    label = BackupStatusLabel(owner_ctx, first_refresh_ms=0)
    qtbot.addWidget(label)
    assert label.bad and label.text() == "No backup yet"
    folder_target(owner_ctx, tmp_path / "usb")
    backups.run_backup(owner_ctx, _progress())
    label.on_changes(backups.Changes.of("backups"))
    assert not label.bad and label.text().startswith("Last backup: ")
    assert label.toolTip() == "Backups are up to date."
    assert label.styleSheet() == ""


def test_label_turns_red_when_overdue(qtbot, owner_ctx, tmp_path):
    folder_target(owner_ctx, tmp_path / "usb")
    backups.run_backup(owner_ctx, _progress())
    # The default limit is 48 hours.
    label = BackupStatusLabel(later(owner_ctx, 49), first_refresh_ms=0)
    qtbot.addWidget(label)
    assert label.bad and "48 hour" in label.toolTip()
    assert "b3261e" in label.styleSheet()


def test_label_shows_the_reason_of_a_failed_backup(qtbot, owner_ctx, tmp_path):
    folder_target(owner_ctx, tmp_path / "usb")
    backups.run_backup(owner_ctx, _progress())
    shutil.rmtree(tmp_path / "usb")
    try:
        backups.run_backup(owner_ctx, _progress())
    except BackupError:
        pass
    label = BackupStatusLabel(owner_ctx, first_refresh_ms=0)
    qtbot.addWidget(label)
    assert label.bad
    assert message_for(BackupError("backup_target_unreachable")) in label.toolTip()


def test_label_refreshes_on_its_timer(qtbot, owner_ctx, tmp_path):
    label = BackupStatusLabel(owner_ctx, refresh_ms=20, first_refresh_ms=0)
    qtbot.addWidget(label)
    assert label.bad
    folder_target(owner_ctx, tmp_path / "usb")
    backups.run_backup(owner_ctx, _progress())
    qtbot.waitUntil(lambda: not label.bad, timeout=2000)


def test_label_stays_hidden_without_roles(qtbot, make_ctx, audit_actions):
    ctx = dataclasses.replace(make_ctx(Role.RECEPTION), roles=frozenset())
    before = audit_actions()
    label = BackupStatusLabel(ctx, first_refresh_ms=0)
    qtbot.addWidget(label)
    label.refresh()
    assert label.isHidden() and label.text() == ""
    # It never asked the service, so no refusal was audited either.
    assert audit_actions()[len(before):] == []


def test_scheduler_backs_up_when_due_then_runs_the_drill(qtbot, owner_ctx, tmp_path):
    runner = TaskRunner(synchronous=True)
    scheduler = BackupScheduler(owner_ctx, runner, notify=False)
    assert scheduler.tick() is None  # no location yet: nothing to do
    folder_target(owner_ctx, tmp_path / "usb")
    published, finished = [], []
    scheduler.changes.connect(published.append)
    scheduler.finished.connect(finished.append)

    assert scheduler.tick() == "backup"
    assert len(backup_files(tmp_path / "usb")) == 1
    assert published and published[-1].touches("backups")
    # Backed up a moment ago, never checked: the weekly drill is due.
    assert scheduler.tick() == "drill"
    assert finished[-1].seq == 1 and finished[-1].audit_events_checked > 0
    assert scheduler.tick() is None  # both done

    scheduler.ctx = later(owner_ctx, 25)  # past the 24-hour interval
    assert scheduler.tick() == "backup"
    assert len(backup_files(tmp_path / "usb")) == 2


def test_scheduler_reports_a_failure(qtbot, owner_ctx, tmp_path):
    runner = TaskRunner(synchronous=True)
    scheduler = BackupScheduler(owner_ctx, runner)
    failures, published = [], []
    scheduler.failed.connect(failures.append)
    scheduler.changes.connect(published.append)
    folder_target(owner_ctx, tmp_path / "usb")
    shutil.rmtree(tmp_path / "usb")
    assert scheduler.tick() == "backup"
    assert [f.code for f in failures] == ["backup_target_unreachable"]
    assert published[-1].touches("backups")  # the status label turns red
    notice = scheduler.notice
    qtbot.addWidget(notice)
    assert notice.isVisible() and not notice.isModal()
    assert message_for(failures[0]) in notice.text()


def test_scheduler_is_idle_without_roles(make_ctx):
    ctx = dataclasses.replace(make_ctx(Role.PRACTITIONER), roles=frozenset())
    scheduler = BackupScheduler(ctx, TaskRunner(synchronous=True))
    assert not scheduler.timer.isActive() and scheduler.tick() is None
    assert scheduler.backup_on_close() is None


def test_backup_on_close(qtbot, owner_ctx, tmp_path):
    folder_target(owner_ctx, tmp_path / "usb")
    scheduler = BackupScheduler(owner_ctx, TaskRunner(synchronous=True), notify=False)
    assert scheduler.backup_on_close() is True
    assert len(backup_files(tmp_path / "usb")) == 1
    assert scheduler.backup_on_close() is None  # made a moment ago: not again
    closing = BackupScheduler(later(owner_ctx, 1), TaskRunner(synchronous=True), notify=False)
    add_client(owner_ctx)
    assert closing.backup_on_close() is True
    # Backup no. 2 was made (retention keeps one a day, so it replaced no. 1).
    assert "-000002-" in backup_files(tmp_path / "usb")[-1].name


def test_backup_on_close_gives_up_after_the_timeout(qtbot, owner_ctx, tmp_path, monkeypatch):
    """A backup that does not finish in time is cancelled; the window may close."""
    import threading

    folder_target(owner_ctx, tmp_path / "usb")
    release = threading.Event()
    real = backups.run_backup

    def slow(ctx, progress, **kw):
        release.wait(10)
        progress.check()  # the cancel asked at the timeout stops it here
        return real(ctx, progress, **kw)

    monkeypatch.setattr(backups, "run_backup", slow)
    runner = TaskRunner()  # threaded, as in the program
    scheduler = BackupScheduler(owner_ctx, runner, notify=False)
    assert scheduler.backup_on_close(timeout_ms=200) is False
    assert scheduler.running.progress.cancelled
    release.set()
    assert runner.shutdown(10_000)
    qtbot.waitUntil(lambda: scheduler.running.done, timeout=5000)
    assert backup_files(tmp_path / "usb") == []


def _progress():
    from vastaanotto.progress import Progress

    return Progress()


def test_first_refresh_waits_so_the_window_paints_first(qtbot, owner_ctx):
    label = BackupStatusLabel(owner_ctx, first_refresh_ms=30)
    qtbot.addWidget(label)
    assert label.text() == ""  # nothing asked yet
    qtbot.waitUntil(lambda: label.text() == "No backup yet", timeout=2000)


def test_creating_the_label_and_scheduler_loads_no_backup_code():
    """They are built with the main window: the backup services load at the first check."""
    import subprocess
    import sys

    code = ("import sys, ui.main_window, ui.backup.status_label, ui.backup.scheduler, "
            "ui.admin.encryption_page; print('vastaanotto.services.backups' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.strip() == "False"
