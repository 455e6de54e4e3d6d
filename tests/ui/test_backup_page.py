"""Administration → Backups, driven like an owner: add a folder target through the dialog, back
up now, watch the status turn from red to normal, verify the newest, the SFTP form's secret,
the schedule settings and the emergency kit. Real folder targets in tmp_path, real age files.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtWidgets import QDialog

from tests.ui.backup_helpers import (add_client, add_folder_target, backup_files,  # noqa: F401
                                     broadcast, page, tasks, usb)
from ui.backup import backup_page as backup_page_module
from ui.backup.status_label import BackupStatusLabel
from ui.errors import code_message, message_for
from vastaanotto import secrets
from vastaanotto.backup import settings as bsettings
from vastaanotto.errors import BackupError
from vastaanotto.models.backup import BackupTarget, TargetKind
from vastaanotto.services import backups, practice


def test_add_a_folder_back_up_now_and_the_status_turns_normal(qtbot, page, usb, owner_ctx,
                                                              broadcast):
    label = BackupStatusLabel(owner_ctx, first_refresh_ms=0)
    qtbot.addWidget(label)
    broadcast.listeners.append(label.on_changes)
    assert label.bad and label.text() == "No backup yet"
    assert "No backup location" in label.toolTip()
    assert not page.backup_now_button.isEnabled()

    add_folder_target(page, usb)
    assert page.model.rowCount() == 1 and page.model.row_at(0).name == "USB-levy"
    assert page.selected() is not None and page.backup_now_button.isEnabled()

    add_client(owner_ctx)
    page.backup_now_button.click()

    assert page.outcome.isVisible() and "Backup no. 1 made and verified" in page.outcome.text()
    assert not page.banner.isVisible()
    assert len(backup_files(usb)) == 1
    assert page.backups_model.rowCount() == 1  # the list of the selected location refreshed
    assert page.backups_model.row_at(0).seq == 1
    assert not label.bad and label.text().startswith("Last backup: ")
    assert page.summary.text().startswith("Last backup: ")

    page.verify_button.click()
    text = page.outcome.text()
    assert "Backup no. 1" in text and "1 clients" in text and "audit trail" in text


def test_a_failed_backup_shows_why_and_turns_the_status_red(qtbot, page, usb, owner_ctx,
                                                            broadcast):
    label = BackupStatusLabel(owner_ctx, first_refresh_ms=0)
    qtbot.addWidget(label)
    broadcast.listeners.append(label.on_changes)
    add_folder_target(page, usb)
    page.backup_now_button.click()
    assert not label.bad
    shutil.rmtree(usb)  # the USB disk is not plugged in

    page.backup_now_button.click()

    expected = message_for(BackupError("backup_target_unreachable"))
    assert page.banner.isVisible() and page.banner.text() == expected
    assert not page.outcome.isVisible()
    assert label.bad and expected in label.toolTip()
    assert page.model.row_at(0).last_error_code == "backup_target_unreachable"
    assert page.backup_now_button.isEnabled()  # the owner may try again at once


def test_the_target_form_refuses_bad_input_under_the_fields(page, tmp_path):
    dialog = page.add_target()
    dialog.name.setText("")
    dialog.path.setText("suhteellinen/kansio")
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.label("name").text() == code_message("required", {})
    assert dialog.errors.label("path").text() == code_message("path_not_absolute", {})
    dialog.name.setText("Levy")
    dialog.path.setText(str(tmp_path / "ei-ole"))
    dialog.ok_button.click()
    assert dialog.errors.label("path").text() == code_message("folder_missing", {})
    assert page.model.rowCount() == 0


def test_sftp_password_goes_to_the_keyring_and_is_never_shown_back(page, owner_ctx, db,
                                                                   memory_keyring):
    dialog = page.add_target()
    dialog.kind.setCurrentIndex(dialog.kind.findData(TargetKind.SFTP))
    assert dialog.host.isVisibleTo(dialog) and not dialog.path_box.isVisibleTo(dialog)
    assert not dialog.key_box.isVisibleTo(dialog)
    dialog.name.setText("Palvelin")
    dialog.host.setText("varmistus.example.fi")
    dialog.username.setText("klinikka")
    dialog.ok_button.click()  # a password login needs the password
    assert dialog.errors.label("secret").text() == code_message("required", {})
    dialog.secret.setText("Hyvin salainen 99")
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.secret.text() == ""

    row = page.model.row_at(0)
    assert row.kind is TargetKind.SFTP and row.has_secret
    with db.session() as session:
        stored = session.get(BackupTarget, row.id)
        assert "Hyvin salainen" not in repr(stored.config)
    assert "Hyvin salainen 99" in memory_keyring.store.values()

    page.select_id(row.id)
    edit = page.edit_selected()
    assert edit.secret.text() == "" and "saved" in edit.secret.placeholderText()
    assert edit.host.text() == "varmistus.example.fi" and edit.port.value() == 22
    edit.auth.setCurrentIndex(edit.auth.findData("key"))
    assert edit.key_box.isVisibleTo(edit)
    assert edit.form.labelForField(edit.secret).text() == "Key passphrase"


def test_delete_asks_first(page, usb, monkeypatch):
    add_folder_target(page, usb)
    asked = []
    monkeypatch.setattr(backup_page_module, "ask", lambda *a: asked.append(a) or False)
    page.delete_selected()
    assert page.model.rowCount() == 1 and len(asked) == 1
    monkeypatch.setattr(backup_page_module, "ask", lambda *a: True)
    page.delete_selected()
    assert page.model.rowCount() == 0


def test_test_button_reports_a_working_folder(page, usb):
    add_folder_target(page, usb)
    page.button_row.parentWidget().findChild(type(page.backup_now_button), "test").click()
    assert "works" in page.outcome.text()
    assert list(usb.iterdir()) == []  # the probe file was removed


def test_schedule_settings_are_checked_and_saved(page, owner_ctx):
    boxes = page.setting_boxes
    boxes["backup_interval_hours"].setValue(24)
    boxes["backup_max_age_hours"].setValue(12)
    page.save_settings_button.click()
    assert page.settings_errors.label("backup_max_age_hours").isVisibleTo(page)
    assert "at least the backup interval" in page.settings_errors.label(
        "backup_max_age_hours").text()
    assert practice.get_setting(owner_ctx, bsettings.BACKUP_MAX_AGE_HOURS) == 48

    boxes["backup_max_age_hours"].setValue(30)
    boxes["backup_retention_daily"].setValue(10)
    page.save_settings_button.click()
    assert not page.banner.isVisible() and page.outcome.text() == "Saved."
    assert practice.get_setting(owner_ctx, bsettings.BACKUP_MAX_AGE_HOURS) == 30
    assert practice.get_setting(owner_ctx, bsettings.RETENTION_DAILY) == 10


def test_emergency_kit_is_written_as_pdf(page, tmp_path, owner_ctx):
    written = page.print_emergency_kit(str(tmp_path / "kit.pdf"))
    assert written is not None and written.read_bytes().startswith(b"%PDF")
    assert backups.key_status(owner_ctx).exists
    assert "fingerprint" in page.key_label.text()


def test_no_keyring_is_said_on_the_page(qtbot, owner_ctx, broadcast, tasks):
    import keyring
    from keyring.backends import null

    keyring.set_keyring(null.Keyring())  # conftest puts the memory keyring back
    assert not secrets.backend_is_secure()
    from ui.backup.backup_page import BackupPage

    page = BackupPage(owner_ctx, broadcast, tasks=tasks)
    qtbot.addWidget(page)
    assert "No secure key store" in page.key_label.text()


def test_screenshot(page, usb, owner_ctx, qtbot, tmp_path):
    """Rendered for a look; SAVE_SCREENSHOTS=1 also writes docs/screenshots/backup_page.png."""
    add_folder_target(page, usb)
    add_client(owner_ctx)
    page.backup_now_button.click()
    page.verify_button.click()
    qtbot.wait(50)
    out = tmp_path / "backup_page.png"
    assert page.grab().save(str(out)) and out.stat().st_size > 10_000
    if os.environ.get("SAVE_SCREENSHOTS"):
        shutil.copy(out, Path(__file__).resolve().parents[2] / "docs" / "screenshots" / out.name)
