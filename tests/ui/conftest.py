"""UI fixtures: a stand-in main window, the Finnish translator, audit-trail reading.

The stand-in implements only the interface the session flow relies on (``lock_requested``,
``logout_requested``, ``set_lock_widget``, ``set_locked``), so these tests do not depend on the
real window's views.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (QLabel, QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout,
                               QWidget)
from sqlalchemy import select

from ui import i18n
from vastaanotto.models.audit import AuditEvent


class StandInWindow(QMainWindow):
    """A main window whose content stands for personal data that a lock must hide. Like the
    real one, it swaps its content for the lock widget while locked."""

    lock_requested = Signal()
    logout_requested = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.content = QLabel("Asiakas: Maija Meikäläinen, 040 765 4321")
        self.lock_page = QWidget()
        QVBoxLayout(self.lock_page)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.lock_page)
        self.setCentralWidget(self.stack)
        self.lock_states: list[bool] = []

    def set_lock_widget(self, widget):
        self.lock_page.layout().addWidget(widget)

    def set_locked(self, locked: bool) -> None:
        self.stack.setCurrentWidget(self.lock_page if locked else self.content)
        self.lock_states.append(locked)


@pytest.fixture
def window_factory(qtbot):
    def make(ctx):
        window = StandInWindow(ctx)
        qtbot.addWidget(window)
        return window

    return make


@pytest.fixture
def finnish(qapp, monkeypatch, tmp_path_factory):
    """The Finnish translators as the app installs them; .qm built into a temporary folder of
    its own, not the user's cache (nor the test's tmp_path, which tests may inspect)."""
    qm_dir = tmp_path_factory.mktemp("qm")
    monkeypatch.setattr(i18n, "compiled_dir", lambda: qm_dir)
    previous = QLocale()
    i18n.install(qapp, "fi")
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(previous)


@pytest.fixture
def audit_actions(db):
    """Call it to get the audit trail's actions so far, oldest first."""

    def read() -> list[str]:
        with db.session() as session:
            return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))

    return read


@pytest.fixture(autouse=True)
def close_leftover_windows(qapp):
    """Dialogs a test opened without qtbot.addWidget must not leak into the next test (whose
    checks of what is visible would then see them)."""
    yield
    for widget in qapp.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    qapp.processEvents()


@pytest.fixture
def no_message_boxes(monkeypatch):
    """Any message box fails the test instead of blocking it; a module opts in with
    ``pytestmark = pytest.mark.usefixtures("no_message_boxes")``."""
    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda *a, **k: pytest.fail("unexpected message box")))


@pytest.fixture
def published():
    """The Changes a view or dialog under test published, in order (pass ``.append``)."""
    return []


@pytest.fixture
def print_to(monkeypatch, tmp_path):
    """The billing print dialog answered "print to this PDF file" (the tests' printer)."""
    from PySide6.QtPrintSupport import QPrinter

    from ui.billing import printing

    target = tmp_path / "printed.pdf"

    def ask(parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(printing, "ask_printer", ask)
    return target
