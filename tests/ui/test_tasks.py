"""The background runner: results on the GUI thread, errors, cancel, the delayed dialog."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from ui.tasks import TaskRunner
from vastaanotto.errors import NotFound


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(5000)


def test_result_is_delivered_on_the_gui_thread(qtbot, runner):
    seen = {}

    def work(progress, a, b):
        seen["worker"] = QThread.currentThread()
        return a + b

    def done(result):
        seen["result"] = result
        seen["callback"] = QThread.currentThread()

    handle = runner.run(work, 2, 3, on_done=done, label="sum")
    qtbot.waitUntil(lambda: handle.done)
    gui = QApplication.instance().thread()
    assert seen["result"] == 5
    assert seen["callback"] is gui
    assert seen["worker"] is not gui


def test_errors_are_delivered_to_on_error(qtbot, runner):
    errors, results = [], []

    def work(progress):
        raise NotFound(entity="service")

    handle = runner.run(work, on_done=results.append, on_error=errors.append)
    qtbot.waitUntil(lambda: handle.done)
    assert results == []
    assert isinstance(errors[0], NotFound)


def test_error_without_handler_is_shown_and_logged_without_details(qtbot, runner, monkeypatch,
                                                                      caplog):
    shown = []
    monkeypatch.setattr("ui.tasks.show_error", lambda parent, exc: shown.append(exc))

    def work(progress):
        raise ValueError("Maija Meikäläinen 010101-123N")

    handle = runner.run(work, label="import")
    qtbot.waitUntil(lambda: handle.done)
    assert isinstance(shown[0], ValueError)
    assert "Maija" not in caplog.text and "ValueError" in caplog.text


def test_cancel_from_the_dialog_stops_the_task_at_its_next_step(qtbot):
    runner = TaskRunner(show_after_ms=0)
    gate, reached, outcome = threading.Event(), [], []

    def work(progress):
        progress.step(1, 3, "first")
        gate.wait(10)
        reached.append("before second step")
        progress.step(2)
        reached.append("after second step")
        return "finished"

    handle = runner.run(work, on_done=outcome.append, on_cancelled=lambda: outcome.append("c"),
                        label="Long work")
    qtbot.waitUntil(lambda: handle.dialog is not None and handle.dialog.isVisible())
    cancel = handle.dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert handle.progress.cancelled
    gate.set()
    qtbot.waitUntil(lambda: handle.done)
    assert outcome == ["c"]
    assert reached == ["before second step"]
    assert handle.dialog is None
    assert runner.shutdown(5000)


def test_dialog_shows_the_progress_label(qtbot):
    runner = TaskRunner(show_after_ms=0)
    gate, labelled = threading.Event(), threading.Event()

    def work(progress):
        progress.step(1, 2, "Encrypting")
        labelled.set()
        gate.wait(10)

    parent = QWidget()
    qtbot.addWidget(parent)
    handle = runner.run(work, label="Backup", parent_widget=parent)
    labelled.wait(5)
    qtbot.waitUntil(lambda: handle.dialog is not None
                    and handle.dialog.labelText() == "Encrypting")
    assert handle.dialog.maximum() == 2
    gate.set()
    qtbot.waitUntil(lambda: handle.done)
    assert runner.shutdown(5000)


def test_quick_task_never_shows_the_dialog(qtbot, runner):
    handle = runner.run(lambda progress: 42)
    qtbot.waitUntil(lambda: handle.done)
    # The show timer is stopped with the task, so the dialog can never appear later.
    assert handle.timers == [] and handle.dialog is None


def test_synchronous_mode_runs_at_once(qtbot):
    runner = TaskRunner(synchronous=True)
    results, errors = [], []
    handle = runner.run(lambda progress, x: x * 2, 21, on_done=results.append)
    assert handle.done and results == [42]
    runner.run(lambda progress: progress.check() or 1 / 0, on_error=errors.append)
    assert isinstance(errors[0], ZeroDivisionError)


def test_synchronous_cancelled_task_calls_on_cancelled(qtbot):
    runner = TaskRunner(synchronous=True)
    calls = []

    def work(progress):
        progress.cancel()  # as if the user pressed Cancel between two steps
        progress.step(1)
        calls.append("not reached")

    runner.run(work, on_cancelled=lambda: calls.append("cancelled"), on_error=calls.append)
    assert calls == ["cancelled"]
