"""Start-up benchmark: process start to a painted main window on the demo practice, side by side
with a bare PySide6 window in the same run (budget: 2.5x the bare window).

    python bench/startup.py [--runs 7] [--data-dir DIR]

Each run is a fresh process. The child prints "PAINTED <seconds since exec>" from the first paint
event of its window; the parent takes the median of each mode. The "app" mode does what a person
does after double-clicking the icon: imports, opens and migrates the database, logs in with a
demo login (argon2id with the production parameters), builds the main window and paints it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r'''
import sys, time
t0 = float(sys.argv[2])
mode = sys.argv[1]
from PySide6.QtCore import QObject, QEvent
from PySide6.QtWidgets import QApplication, QMainWindow

class PaintSpy(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Paint:
            print("PAINTED", time.time() - t0, flush=True)
            QApplication.instance().exit(0)
        return False

app = QApplication(sys.argv[:1])
if mode == "bare":
    window = QMainWindow()
    window.resize(1200, 800)
else:
    from ui import i18n
    from vastaanotto.practice_db import open_practice_database, default_url
    from vastaanotto.services import auth
    from vastaanotto.context import workstation_name
    from ui.main_window import MainWindow
    i18n.install(app, "fi")
    db = open_practice_database(default_url())
    ctx = auth.authenticate(db, sys.argv[3], sys.argv[4], workstation=workstation_name())
    window = MainWindow(ctx)
    window.resize(1200, 800)
spy = PaintSpy()
window.installEventFilter(spy)
window.show()
sys.exit(app.exec())
'''


def one_run(mode: str, env: dict, login: tuple[str, str]) -> float:
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, mode, repr(t0), *login], env=env,
                         capture_output=True, text=True, timeout=120, cwd=ROOT)
    for line in out.stdout.splitlines():
        if line.startswith("PAINTED"):
            return float(line.split()[1])
    raise RuntimeError(f"{mode} run did not paint: {out.stderr[-2000:]}")


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="vastaanotto-bench-"))
    env = dict(os.environ, VASTAANOTTO_DATA_DIR=str(data_dir))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    from vastaanotto.demo import DEMO_LOGINS

    subprocess.run([sys.executable, "-m", "vastaanotto.cli", "demo", "--data-dir", str(data_dir),
                    "--if-missing"], check=True, env=env, cwd=ROOT, capture_output=True)
    owner = next((u, p) for u, p, *_ in DEMO_LOGINS)
    one_run("app", env, owner)  # warm the OS file cache and the .qm build once
    times = {"bare": [], "app": []}
    for _ in range(args.runs):
        for mode in ("bare", "app"):  # interleaved, so background noise hits both alike
            times[mode].append(one_run(mode, env, owner))
    bare, app = statistics.median(times["bare"]), statistics.median(times["app"])
    result = {"bare_ms": round(bare * 1000, 1), "app_ms": round(app * 1000, 1),
              "ratio": round(app / bare, 2), "budget_ratio": 2.5, "runs": args.runs}
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()
