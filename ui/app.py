"""Program entry: ``python -m ui.app`` / the ``vastaanotto`` GUI script.

Start-up is arranged so that the first window is painted before anything heavy is loaded
(budget and figures: ``bench/startup.py``):

1. QApplication and the translators (language from QSettings "ui/language");
2. a read-only peek into the database file with the bare SQLite driver
   (:func:`vastaanotto.practice_db.practice_exists_quick`);
3. when it holds a practice, the login dialog is shown at once, and the heavy half (SQLAlchemy
   and the models, opening and migrating the database, the keyring, the main window's modules)
   loads in a background thread (``ui.startup``) while the person types. "Log in" waits for it
   if it is not done yet; its errors are shown and end the program;
4. otherwise (the first start, or a file the peek cannot read) the database is opened first and
   then the setup wizard or the login dialog comes, as the database says;
5. the main window; :class:`ui.session.SessionController` owns the rest of the flow (idle or
   Ctrl+L locks the window, the lock screen unlocks it or hands over to another user).

This module therefore imports only light modules at its top level. ``--self-test`` is in
``ui.self_test``.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ui import bench_hook, i18n
from ui.auth.login_dialog import LoginDialog
from ui.errors import message_for
from ui.startup import BackgroundLoad, on_first_paint, open_for_session
from vastaanotto import paths
from vastaanotto.db.sqlite_file import sqlite_url
from vastaanotto.practice_db import database_file, practice_exists_quick

if TYPE_CHECKING:
    from vastaanotto.context import Context
    from vastaanotto.db.engine import Database

log = logging.getLogger(__name__)

APP_NAME = "Vastaanotto"
LANGUAGE_KEY = "ui/language"
# Opens the database at a URL; runs in the loader thread. Tests pass one they can hold back.
Loader = Callable[[str], "Database"]


def _install_translations(app: QApplication) -> None:
    language = str(QSettings().value(LANGUAGE_KEY, i18n.DEFAULT_LANGUAGE))
    try:
        i18n.install(app, language)
    except (OSError, subprocess.CalledProcessError):
        # Without a working lrelease the program still runs, in the English source texts.
        log.exception("translations for %s could not be built", language)


def show_start_error(error: BaseException) -> None:
    """The database could not be opened: say why, then the program ends."""
    QMessageBox.critical(None, APP_NAME, message_for(error))


def first_login(loader: BackgroundLoad) -> Context | None:
    """The login dialog, shown while ``loader`` opens the database. None when cancelled or
    when the loader failed (``loader.error``, already shown to the person)."""
    dialog = LoginDialog(loader=loader)
    # The loader starts once the dialog has been painted: until then the GUI thread has the
    # interpreter to itself, so the imports do not slow down the first paint. Log in (or
    # Return) starts it too, should the paint never be reported.
    on_first_paint(dialog, loader.start)
    bench_hook.watch_login(dialog)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    ctx = dialog.context if accepted else None
    dialog.deleteLater()
    return ctx


def start(app: QApplication, path: Path, *, load: Loader = open_for_session) -> int:
    """Everything after the translators, for the database file ``path``; the exit code."""
    url = sqlite_url(path)
    loader: BackgroundLoad = BackgroundLoad(lambda: load(url))
    try:
        if practice_exists_quick(path):
            ctx = first_login(loader)
            if loader.error is not None:
                return 1
            if ctx is None:
                return 0
            from ui.session import SessionController

            controller = SessionController(loader.result())
            controller.open_session(ctx)
        else:
            # Nothing is on screen yet, so a plain wait keeps nothing from responding.
            loader.start()
            loader.wait()
            if loader.error is not None:
                show_start_error(loader.error)
                return 1
            from ui.session import SessionController

            controller = SessionController(loader.result())
            if not controller.start():
                controller.shutdown()
                return 0
        bench_hook.watch_main_window(controller.window)
        app.aboutToQuit.connect(controller.shutdown)
        # Everything built so far lives as long as the program: keep it out of the cyclic
        # garbage collector, whose full passes otherwise cost tens of ms on the calendar's
        # hot paths (bench/free_slots.py).
        gc.freeze()
        try:
            return app.exec()
        finally:  # the application object may outlive this run (the tests start several)
            app.aboutToQuit.disconnect(controller.shutdown)
    finally:
        # A login cancelled while the database was still being opened: the loader is let
        # finish (a migration is never cut short), then what it opened is closed.
        loader.wait()
        if loader.started and loader.error is None:
            loader.result().dispose()


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="vastaanotto")
    parser.add_argument("--data-dir", type=Path,
                        help="folder of the practice database (default: the user data folder)")
    parser.add_argument("--self-test", action="store_true",
                        help="check that the program starts, offscreen, then exit")
    args, _qt_args = parser.parse_known_args(argv)  # Qt's own options (-style …) pass through
    return args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = _parse(argv)
    if args.self_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # only effective before the QApplication
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME, *argv])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    _install_translations(app)
    if args.self_test:
        from ui.self_test import self_test

        return self_test(app, args.data_dir)
    if args.data_dir is not None:
        # The whole program (backups, exports) must agree on the folder, not only the database.
        os.environ[paths.ENV_DATA_DIR] = str(args.data_dir)
    return start(app, database_file(args.data_dir))


if __name__ == "__main__":
    sys.exit(main())
