"""Start-up in two halves: the login dialog is painted first, the heavy half loads meanwhile.

The heavy half (SQLAlchemy and the 30 mapped tables, opening and migrating the database, the
keyring lookup, the services and the main window's modules: ~0.5 s) runs in a plain
``threading.Thread`` while the person types. That thread never touches Qt: it only imports and
opens the database. The GUI thread learns that it has finished by polling a
``threading.Event`` with a QTimer, so no Qt object is used from two threads.

The engine created in the loader thread is used from the GUI thread afterwards, once the loader
is done with it. That is safe: SQLAlchemy opens a SQLite file through a QueuePool with
``check_same_thread=False``, so a pooled connection may move from one thread to another, and
every checkout is used by one thread at a time (``tests/ui/test_startup.py`` logs in with a
database opened this way).
"""

from __future__ import annotations

import logging
import threading
from typing import Callable, Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

T = TypeVar("T")

# How often the GUI thread looks whether the loader is done: short enough not to be noticed
# after "Log in", long enough to cost nothing while the person types.
POLL_MS = 10


class BackgroundLoad(QObject, Generic[T]):
    """Runs ``work()`` once in a thread of its own; ``finished`` fires on the GUI thread.

    ``result()`` returns what ``work`` returned or raises what it raised: an error is kept
    (and logged with its traceback), never swallowed. Create, start and ask it on the GUI
    thread; ``wait()`` blocks, for when no window is up to be kept responsive.
    """

    finished = Signal()

    def __init__(self, work: Callable[[], T], *, name: str = "vastaanotto-loader",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._done = threading.Event()
        self._value: T | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=name)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._announced = False

    def start(self) -> None:
        """Start the work; calling it again is harmless (several places may want it going)."""
        if self.started:
            return
        self._thread.start()
        self._timer.start()

    def _run(self) -> None:
        # Loader thread: nothing here may touch a Qt object, this one included.
        try:
            self._value = self._work()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to show
            log.error("start-up loading failed", exc_info=exc)
            self._error = exc
        finally:
            self._done.set()

    def _poll(self) -> None:
        if self._done.is_set() and not self._announced:
            self._announced = True
            self._timer.stop()
            self.finished.emit()

    @property
    def started(self) -> bool:
        return self._thread.ident is not None

    def done(self) -> bool:
        return self._done.is_set()

    @property
    def error(self) -> BaseException | None:
        """What ``work`` raised; None while running or after success."""
        return self._error if self.done() else None

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work is done (or ``timeout`` seconds); True when it is done.

        Only where nothing needs to stay responsive: before the first window, or at exit.
        A load that was never started is done at once.
        """
        if not self.started:
            return True
        finished = self._done.wait(timeout)
        if finished:
            self._thread.join()
            self._poll()
        return finished

    def result(self) -> T:
        if not self.done():
            raise RuntimeError("the start-up load has not finished")
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]


def open_for_session(url: str):
    """The loader's work for the real program: returns the practice's open ``Database``.

    Runs in the loader thread. Besides opening (and migrating) the database and fetching the
    audit key from the keyring, it imports what the login check and the first main window
    need, so that the GUI thread finds those modules loaded.
    """
    from vastaanotto.practice_db import open_practice_database

    db = open_practice_database(url)
    try:
        # Module imports only: defining widget classes is safe off the GUI thread, and no
        # module of ours builds a Qt object at import time.
        import ui.main_window  # noqa: F401
        import ui.session  # noqa: F401
        import vastaanotto.services.auth  # noqa: F401
        # The first calendar shades holidays: the holidays package loads every country
        # (~0.1 s), so it is loaded and this year's Finnish calendar built here, meanwhile.
        import datetime as dt

        from vastaanotto.scheduling.availability import is_public_holiday

        is_public_holiday(dt.date.today())
    except BaseException:
        db.dispose()
        raise
    return db


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)  # Python is called for this widget's events only
            # until then; the callback runs once this paint (children included) is done.
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        self.deleteLater()
        self._callback()


def on_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` (GUI thread) once, as soon as ``widget`` has first been painted."""
    _FirstPaint(widget, callback)
