"""Administration → Encryption and the status bar's note (issue #7), driven like an owner."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import null

from tests.conftest import OWNER_PASSWORD, PROFILE
from tests.ui.backup_helpers import Broadcast, add_client
from ui.admin import encryption_page as page_module
from ui.admin.encryption_page import EncryptionPage, EncryptionStatusLabel
from ui.errors import message_for
from vastaanotto.db import encryption
from vastaanotto.errors import PermissionDenied, StorageError
from vastaanotto.models.staff import Role
from vastaanotto.practice_db import practice_exists_quick
from vastaanotto.privacy import audit_chain
from vastaanotto.services import setup


@pytest.fixture
def broadcast():
    return Broadcast()


@pytest.fixture
def page(qtbot, owner_ctx, broadcast):
    page = EncryptionPage(owner_ctx, broadcast)
    qtbot.addWidget(page)
    broadcast.listeners.append(page.on_changes)
    page.show()
    return page


def test_owner_encrypts_the_database_from_the_page(qtbot, page, owner_ctx, db, broadcast,
                                                   monkeypatch, audit_actions):
    add_client(owner_ctx, "Salattava")
    label = EncryptionStatusLabel(owner_ctx)
    qtbot.addWidget(label)
    broadcast.listeners.append(label.on_changes)
    assert label.text() == "Database not encrypted"
    assert page.state.text() == "The database is not encrypted."
    assert page.encrypt_button.isEnabled()

    monkeypatch.setattr(page_module, "ask", lambda *a: False)
    assert page.encrypt() is False and not db.encrypted
    monkeypatch.setattr(page_module, "ask", lambda *a: True)
    page.encrypt_button.click()

    assert db.encrypted and encryption.is_encrypted(db.sqlite_path)
    assert "now encrypted" in page.outcome.text()
    assert page.state.text().startswith("The database is encrypted")
    assert not page.encrypt_button.isVisible()
    assert label.isHidden()  # refreshed through the published Changes
    assert b"Salattava" not in db.sqlite_path.read_bytes()
    assert audit_actions()[-1] == "database.encrypted"
    with db.session() as session:
        assert audit_chain.verify(session, db.audit_key).ok
    assert practice_exists_quick(db.sqlite_path) is True


def test_a_failed_encryption_says_why_and_the_database_keeps_working(qtbot, page, owner_ctx,
                                                                      db, monkeypatch):
    monkeypatch.setattr(page_module, "ask", lambda *a: True)
    raw = db.engine.raw_connection()  # another program holds the file open
    try:
        page.encrypt_button.click()
    finally:
        raw.close()
    assert page.banner.text() == message_for(StorageError("database_in_use"))
    assert not db.encrypted
    add_client(owner_ctx)  # the database still works, on the same Database object


def test_without_a_keyring_the_button_is_off_and_says_why(qtbot, owner_ctx, broadcast):
    keyring.set_keyring(null.Keyring())
    page = EncryptionPage(owner_ctx, broadcast)
    qtbot.addWidget(page)
    assert not page.encrypt_button.isEnabled()
    assert "No secure key store" in page.explanation.text()


def test_only_owners_may_encrypt(make_ctx):
    with pytest.raises(PermissionDenied):
        setup.encrypt_database(make_ctx(Role.RECEPTION))


def test_demo_practice_note(qtbot, db):
    ctx = setup.initialize_practice(db, PROFILE, owner_username="demo",
                                    owner_display_name="Demo", owner_password=OWNER_PASSWORD,
                                    workstation="w", is_demo=True)
    label = EncryptionStatusLabel(ctx)
    qtbot.addWidget(label)
    assert label.text() == "Demo practice: not encrypted"
    assert "made-up data" in label.toolTip()


def test_start_with_the_key_missing_says_what_to_do_and_exits(qapp, db, owner_ctx,
                                                             monkeypatch, memory_keyring):
    """An encrypted database whose key is not in this computer's keyring (another computer,
    a lost keyring): a typed error becomes a message pointing to the emergency kit."""
    from PySide6.QtWidgets import QMessageBox

    from ui import app as app_module
    from vastaanotto.errors import DatabaseKeyError
    from vastaanotto.practice_db import encrypt_database

    encrypt_database(db)
    path = db.sqlite_path
    db.dispose()
    memory_keyring.store.clear()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text, *a: shown.append(text)))
    assert app_module.start(qapp, path) == 1
    expected = message_for(DatabaseKeyError("database_key_missing", reason="not_in_keyring"))
    assert shown == [expected] and "emergency kit" in expected
    assert encryption.is_encrypted(path)  # nothing was touched
