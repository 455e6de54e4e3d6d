"""``vastaanotto --self-test``, run by ``make package`` on the frozen build.

It builds every start-up widget offscreen on a throw-away practice in a temporary folder and
exits 0, or 1 with the traceback, and leaves nothing behind. The start-up path's own pieces are
exercised too: the modules are first imported in the background loader's thread, as at a real
start, and the quick peek must find the practice it created.
"""

from __future__ import annotations

import secrets as _random
import shutil
import tempfile
import traceback
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from ui import i18n

# The same key as ui.app's (not imported from there: ui.app imports this module).
LANGUAGE_KEY = "ui/language"
LOADER_TIMEOUT_SECONDS = 120

SELF_TEST_PROFILE = {
    "name": "Itsetesti Oy", "business_id": "0737546-2", "street": "Testikatu 1",
    "postal_code": "00100", "city": "Helsinki", "phone": "09 123 4567",
    "email": "itsetesti@example.fi", "register_contact_name": "Itse Testi",
    "register_contact_email": "itsetesti@example.fi", "register_contact_phone": "040 123 4567",
    "iban": "FI21 1234 5600 0007 85", "bic": "NDEAFIHH",
}


def self_test(app: QApplication, parent_dir: Path | None,
              window_factory: Callable[..., QMainWindow] | None = None) -> int:
    """Build every start-up widget on a throw-away practice; nothing is shown or kept.

    Everything lives in a temporary folder (inside ``parent_dir`` if given) that is removed
    afterwards. The practice gets a throw-away audit key first, so ``initialize_practice``
    never asks the keyring for one and no secret outlives the test.
    """
    if parent_dir is not None:
        parent_dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="vastaanotto-self-test-", dir=parent_dir))
    try:
        _load_in_background()
        _build_everything(app, folder, window_factory)
        language = str(QSettings().value(LANGUAGE_KEY, i18n.DEFAULT_LANGUAGE))
        if language != "en" and not i18n.has_own_translator():
            raise RuntimeError(f"the {language} translation was not loaded")
    except Exception:  # noqa: BLE001 - any failure is the answer the packager needs
        traceback.print_exc()
        return 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print("Vastaanotto self-test OK")
    return 0


def _import_session_modules() -> None:
    # What ui.startup.open_for_session imports, without its keyring lookup for a real practice.
    import ui.main_window  # noqa: F401
    import ui.session  # noqa: F401
    import vastaanotto.practice_db  # noqa: F401
    import vastaanotto.services.auth  # noqa: F401


def _load_in_background() -> None:
    """The heavy imports in the loader thread, as at start-up (a frozen build must allow it)."""
    from ui.startup import BackgroundLoad

    loader = BackgroundLoad(_import_session_modules, name="vastaanotto-self-test-loader")
    loader.start()
    if not loader.wait(LOADER_TIMEOUT_SECONDS):
        raise RuntimeError("the start-up loader did not finish")
    loader.result()  # raises what the loader raised


def _build_everything(app: QApplication, folder: Path,
                      window_factory: Callable[..., QMainWindow] | None) -> None:
    # A function of its own so that every widget and setting is released before the folder
    # is removed.
    from ui.auth.idle import IdleWatcher
    from ui.auth.lock_screen import LockScreen
    from ui.auth.login_dialog import LoginDialog
    from ui.auth.setup_wizard import SetupWizard
    from vastaanotto.context import workstation_name
    from vastaanotto.practice_db import (database_file, default_url, open_practice_database,
                                         practice_exists_quick)
    from vastaanotto.services.setup import initialize_practice

    db = open_practice_database(default_url(folder))
    try:
        db.audit_key = _random.token_bytes(32)
        ctx = initialize_practice(
            db, SELF_TEST_PROFILE, owner_username="itsetesti", owner_display_name="Itse Testi",
            owner_password=_random.token_urlsafe(24), workstation=workstation_name(),
            is_demo=True)
        if practice_exists_quick(database_file(folder)) is not True:
            raise RuntimeError("the start-up peek did not find the practice")
        if window_factory is None:
            from ui.main_window import MainWindow, ViewId

            # Window geometry goes to the throw-away folder, not the user's settings.
            qsettings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
            window = MainWindow(ctx, qsettings=qsettings)
            window.view(ViewId.ADMIN)  # built on first use: build it here, with its pages
        else:
            window = window_factory(ctx)
        window.set_lock_widget(LockScreen(ctx))
        IdleWatcher(ctx, parent=window)
        widgets: list[QWidget] = [SetupWizard(db), LoginDialog(db), window]
        app.processEvents()
        for widget in widgets:
            widget.close()
            widget.deleteLater()
        app.processEvents()
    finally:
        db.dispose()
