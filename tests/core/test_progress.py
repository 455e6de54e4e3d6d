"""The progress/cancel protocol, without Qt: long work is tested as a plain function."""

from __future__ import annotations

import threading

import pytest

from vastaanotto.progress import Cancelled, Progress


def count_to(progress: Progress, n: int) -> int:
    for i in range(1, n + 1):
        progress.step(i, n, "counting")
    return n


def test_step_records_and_reports():
    updates = []
    progress = Progress(on_update=lambda *a: updates.append(a))
    assert count_to(progress, 3) == 3
    assert (progress.done, progress.total, progress.label) == (3, 3, "counting")
    assert updates == [(1, 3, "counting"), (2, 3, "counting"), (3, 3, "counting")]


def test_step_keeps_total_and_label_when_not_given():
    progress = Progress()
    progress.step(1, 10, "reading")
    progress.step(2)
    assert (progress.done, progress.total, progress.label) == (2, 10, "reading")


def test_cancel_stops_at_the_next_step():
    progress = Progress()
    seen = []

    def work(p: Progress):
        for i in range(5):
            seen.append(i)
            if i == 1:
                p.cancel()
            p.step(i)

    with pytest.raises(Cancelled):
        work(progress)
    assert seen == [0, 1]
    assert progress.cancelled


def test_check_without_cancel_is_quiet():
    progress = Progress()
    progress.check()
    assert not progress.cancelled


def test_cancel_from_another_thread():
    progress = Progress()
    thread = threading.Thread(target=progress.cancel)
    thread.start()
    thread.join()
    with pytest.raises(Cancelled):
        progress.check()
