"""Shared by the backup UI tests: a folder target made through the page, clients, published
Changes collected like the main window would broadcast them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from ui.backup.backup_page import BackupPage
from ui.tasks import TaskRunner
from vastaanotto.models.backup import TargetKind
from vastaanotto.services import clients


class Broadcast:
    """The main window's role: every Changes goes to every listener."""

    def __init__(self) -> None:
        self.listeners = []
        self.seen = []

    def __call__(self, changes) -> None:
        self.seen.append(changes)
        for listener in list(self.listeners):
            listener(changes)


@pytest.fixture
def tasks(qapp):
    return TaskRunner(synchronous=True)


@pytest.fixture
def broadcast():
    return Broadcast()


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "usb-levy"
    folder.mkdir()
    return folder


@pytest.fixture
def page(qtbot, owner_ctx, broadcast, tasks):
    page = BackupPage(owner_ctx, broadcast, tasks=tasks)
    qtbot.addWidget(page)
    broadcast.listeners.append(page.on_changes)
    page.resize(900, 720)
    page.show()
    return page


def add_folder_target(page: BackupPage, folder: Path, name: str = "USB-levy") -> None:
    """Through the dialog, as the owner would."""
    dialog = page.add_target()
    dialog.kind.setCurrentIndex(dialog.kind.findData(TargetKind.FOLDER))
    dialog.name.setText(name)
    dialog.path.setText(str(folder))
    dialog.location.setText("Toimiston kassakaappi")
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.banner.text()


def add_client(ctx, last_name: str = "Meikäläinen") -> int:
    return clients.create_client(ctx, {"first_name": "Maija", "last_name": last_name,
                                       "phone": "040 765 4321"}).data


def backup_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("vastaanotto-*.age"))
