"""For ``bench/startup.py`` only; does nothing unless the environment variable VASTAANOTTO_BENCH
is set (by that benchmark, for its child processes).

VASTAANOTTO_BENCH=<time.time() when the parent started the process> makes ``ui.app`` print
``PAINTED login <seconds>`` and ``PAINTED main <seconds>`` when the login dialog and the main
window have first been painted. With VASTAANOTTO_BENCH_LOGIN="user:password" that login is
submitted as soon as the dialog is painted and the program quits once the main window is
painted; without it, it quits once the login dialog is painted.
"""

from __future__ import annotations

import os
import time

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ui.startup import on_first_paint

ENV = "VASTAANOTTO_BENCH"
LOGIN_ENV = "VASTAANOTTO_BENCH_LOGIN"


def _report(name: str) -> None:
    print(f"PAINTED {name} {time.time() - float(os.environ[ENV]):.4f}", flush=True)


def watch_login(dialog: QDialog) -> None:
    if not os.environ.get(ENV):
        return
    login = os.environ.get(LOGIN_ENV)

    def painted() -> None:
        _report("login")
        if login is None:
            dialog.reject()
            return
        username, _, password = login.partition(":")
        dialog.username_edit.setText(username)
        dialog.password_edit.setText(password)
        dialog.try_login()

    on_first_paint(dialog, painted)


def watch_main_window(window: QWidget | None) -> None:
    if not os.environ.get(ENV) or window is None:
        return

    def painted() -> None:
        _report("main")
        QApplication.exit(0)

    on_first_paint(window, painted)
