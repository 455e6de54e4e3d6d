"""Restore, driven like an owner: choose a backup (a file, or one at a location), see what it
holds, confirm; the database is replaced and reopened in place. A broken backup is refused with
its message and nothing changes; an encrypted database stays encrypted under its keyring key.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from tests.ui.backup_helpers import (add_client, add_folder_target, backup_files,  # noqa: F401
                                     broadcast, page, tasks, usb)
from ui.backup import restore_dialog as restore_module
from ui.backup.restore_dialog import RestoreDialog
from ui.errors import message_for
from vastaanotto.db import encryption
from vastaanotto.errors import BackupRejected
from vastaanotto.models.clients import Client
from vastaanotto.practice_db import encrypt_database, open_practice_database, \
    practice_exists_quick
from vastaanotto.privacy import audit_chain


def client_count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(Client.id)))


@pytest.fixture
def answers(monkeypatch):
    """The confirmation's answers, in order; records the questions asked."""
    asked: list[str] = []
    replies: list[bool] = []

    def confirm(_parent, text):
        asked.append(text)
        return replies.pop(0)

    monkeypatch.setattr(restore_module, "confirm_restore", confirm)
    return replies, asked


@pytest.fixture
def backed_up(page, usb, owner_ctx):
    """Two clients saved in backup no. 1; a third added after it."""
    add_folder_target(page, usb)
    add_client(owner_ctx, "Ensimmäinen")
    add_client(owner_ctx, "Toinen")
    page.backup_now_button.click()
    assert "made and verified" in page.outcome.text()
    add_client(owner_ctx, "Myöhempi")
    return backup_files(usb)[0]


def open_dialog(qtbot, page) -> RestoreDialog:
    dialog = page.open_restore()
    qtbot.addWidget(dialog)
    return dialog


def test_restore_from_a_file_after_confirming(qtbot, page, backed_up, owner_ctx, db, answers):
    replies, asked = answers
    replaced = []
    page.database_replaced.connect(replaced.append)
    assert client_count(db) == 3
    dialog = open_dialog(qtbot, page)
    dialog.from_file.setChecked(True)
    dialog.file.setText(str(backed_up))
    assert not dialog.restore_button.isEnabled()
    dialog.check_button.click()

    assert not dialog.banner.isVisible(), dialog.banner.text()
    shown = [w.text() for w in dialog.preview_box.findChildren(type(dialog.warning))]
    assert "Testiklinikka Oy" in shown and "2" in shown  # practice and the 2 clients
    assert dialog.restore_button.isEnabled()

    replies.append(False)  # the owner thinks again: nothing happens
    dialog.restore_button.click()
    assert len(asked) == 1 and "2 clients" in asked[0] and dialog.isVisible()
    assert client_count(db) == 3

    replies.append(True)
    dialog.restore_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(replaced) == 1 and replaced[0].kept_aside_path.exists()
    # The same Database object works on the restored file: the third client is gone.
    assert client_count(db) == 2
    with db.session() as session:
        assert audit_chain.verify(session, db.audit_key).ok


def test_restore_from_a_backup_location(qtbot, page, backed_up, db, answers):
    replies, _asked = answers
    page.backups_table.selectRow(0)
    dialog = open_dialog(qtbot, page)
    assert dialog.from_target.isChecked() and dialog.backup.count() == 1
    assert dialog.backup.currentData() == backed_up.name
    dialog.check_button.click()
    assert dialog.restore_button.isEnabled(), dialog.banner.text()
    replies.append(True)
    dialog.restore_button.click()
    assert client_count(db) == 2


def test_a_broken_backup_is_refused_and_nothing_changes(qtbot, page, backed_up, db, answers):
    data = bytearray(backed_up.read_bytes())
    data[len(data) // 2] ^= 0x40  # one flipped bit in the middle
    broken = backed_up.with_name("rikki-" + backed_up.name)
    broken.write_bytes(bytes(data))
    shutil.copy(Path(str(backed_up)[:-4] + ".age.manifest"),
                Path(str(broken)[:-4] + ".age.manifest"))
    before = Path(db.sqlite_path).read_bytes()

    dialog = open_dialog(qtbot, page)
    dialog.from_file.setChecked(True)
    dialog.file.setText(str(broken))
    dialog.check_button.click()

    assert dialog.banner.isVisible()
    assert dialog.banner.text() in (message_for(BackupRejected("backup_corrupt")),
                                    message_for(BackupRejected("backup_hash_mismatch")))
    assert not dialog.restore_button.isEnabled() and not dialog.preview_box.isVisible()
    assert client_count(db) == 3
    assert Path(db.sqlite_path).read_bytes()[:4096] == before[:4096]


def test_missing_file_choice_is_marked_under_the_field(qtbot, page, backed_up):
    dialog = open_dialog(qtbot, page)
    dialog.from_file.setChecked(True)
    dialog.check_button.click()
    assert dialog.errors.label("file").text() == "Choose the backup file."


def test_an_encrypted_database_stays_encrypted_and_opens_after_restore(
        qtbot, page, usb, owner_ctx, db, answers, tmp_path):
    encrypt_database(db)
    path = db.sqlite_path
    key_id = encryption.key_id(path)
    add_folder_target(page, usb)
    add_client(owner_ctx, "Salattu")
    page.backup_now_button.click()
    add_client(owner_ctx, "Myöhempi")
    replies, _asked = answers

    dialog = open_dialog(qtbot, page)
    dialog.from_file.setChecked(True)
    dialog.file.setText(str(backup_files(usb)[0]))
    dialog.check_button.click()
    replies.append(True)
    dialog.restore_button.click()

    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.banner.text()
    assert client_count(db) == 1 and db.encrypted
    assert encryption.is_encrypted(path) and encryption.key_id(path) == key_id
    assert b"Salattu" not in path.read_bytes()
    # The next start finds the key through the keyring, by the unchanged salt.
    assert practice_exists_quick(path) is True
    again = open_practice_database(db.url)
    try:
        assert client_count(again) == 1
    finally:
        again.dispose()


def test_screenshot(qtbot, page, backed_up, tmp_path):
    """Rendered for a look; SAVE_SCREENSHOTS=1 also writes docs/screenshots/restore_dialog.png."""
    dialog = open_dialog(qtbot, page)
    dialog.from_file.setChecked(True)
    dialog.file.setText(str(backed_up))
    dialog.check_button.click()
    dialog.show()
    qtbot.wait(50)
    out = tmp_path / "restore_dialog.png"
    assert dialog.grab().save(str(out)) and out.stat().st_size > 5_000
    if os.environ.get("SAVE_SCREENSHOTS"):
        shutil.copy(out, Path(__file__).resolve().parents[2] / "docs" / "screenshots" / out.name)
