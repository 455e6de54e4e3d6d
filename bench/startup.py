"""Start-up benchmark: process start to painted windows on the demo practice, side by side with a
bare PySide6 window in the same run (budget: 2.5x the bare window).

    python bench/startup.py [--runs 7] [--data-dir DIR] [--timeout 120]

Every figure is the median over fresh processes, the modes interleaved so that background load
hits them alike. Times run from just before the parent starts the child to the end of the
window's first paint event.

  bare        a bare QMainWindow (1200x800), painted
  login       the real start-up (``ui.app.main``) until the login dialog is painted
  main        the real start-up, the demo owner's login submitted as soon as the dialog is
              painted, until the main window is painted: includes the argon2id check with the
              production parameters and whatever of the background loading was not yet done
  main_minus_argon2   for information: main minus one argon2id verify timed in the same child

The real program is run through the hook in ``ui/bench_hook.py`` (environment variables
VASTAANOTTO_BENCH and VASTAANOTTO_BENCH_LOGIN). Each child gets its own settings folder
(XDG_CONFIG_HOME), so the user's window geometry is neither read nor written. The warm-up run
writes the program's bytecode caches. The last line of output is one JSON object
(``bench/run_all.py`` reads it). The figures vary with the machine's other load: compare
figures from the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET_RATIO = 2.5
MODES = ("bare", "login", "main")

# The same paint detection as ui.startup.on_first_paint, repeated here so that the bare window
# imports nothing of the program.
BARE_CHILD = r'''
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        print("PAINTED bare", time.time() - float(os.environ["VASTAANOTTO_BENCH"]), flush=True)
        QApplication.exit(0)

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 800)
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
sys.exit(app.exec())
'''

# The real program; afterwards, one argon2id verify with the very hasher the login used.
APP_CHILD = r'''
import os, sys, time
from ui.app import main
code = main([])
if os.environ.get("VASTAANOTTO_BENCH_LOGIN") and code == 0:
    from vastaanotto.services import auth
    password = "bench-" + os.urandom(8).hex()
    stored = auth._hasher.hash(password)
    started = time.perf_counter()
    auth._hasher.verify(stored, password)
    print("ARGON2", time.perf_counter() - started, flush=True)
sys.exit(code)
'''


def one_run(mode: str, env: dict, login: str, timeout: float, *,
            write_bytecode: bool = False) -> dict[str, float]:
    child_env = dict(env)
    child_env.pop("VASTAANOTTO_BENCH_LOGIN", None)
    if write_bytecode:
        child_env.pop("PYTHONDONTWRITEBYTECODE", None)
    if mode == "main":
        child_env["VASTAANOTTO_BENCH_LOGIN"] = login
    code = BARE_CHILD if mode == "bare" else APP_CHILD
    config = tempfile.mkdtemp(prefix="vastaanotto-bench-config-")
    child_env["XDG_CONFIG_HOME"] = config
    try:
        t0 = time.time()
        child_env["VASTAANOTTO_BENCH"] = repr(t0)
        try:
            out = subprocess.run([sys.executable, "-c", code], env=child_env, cwd=ROOT,
                                 capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            raise RuntimeError(f"the {mode} run did not finish in {timeout:.0f} s; its "
                               f"stderr ended with:\n{_tail(exc.stderr)}") from None
    finally:
        shutil.rmtree(config, ignore_errors=True)
    figures: dict[str, float] = {}
    for line in out.stdout.splitlines():
        words = line.split()
        if len(words) == 3 and words[0] == "PAINTED":
            figures.setdefault(words[1], float(words[2]))
        elif len(words) == 2 and words[0] == "ARGON2":
            figures["argon2"] = float(words[1])
    wanted = {"bare": ["bare"], "login": ["login"], "main": ["login", "main", "argon2"]}[mode]
    missing = [name for name in wanted if name not in figures]
    if out.returncode or missing:
        raise RuntimeError(f"the {mode} run failed (exit code {out.returncode}, missing "
                           f"{', '.join(missing) or 'nothing'}); stdout:\n{_tail(out.stdout)}"
                           f"\nstderr:\n{_tail(out.stderr)}")
    return figures


def _tail(text: str | bytes | None, limit: int = 3000) -> str:
    if isinstance(text, bytes):
        text = text.decode(errors="replace")
    return (text or "")[-limit:]


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="a folder with the demo practice (made there if missing); "
                             "default: a temporary folder, removed afterwards")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds one child may take")
    args = parser.parse_args(argv)
    temporary = args.data_dir is None
    data_dir = Path(tempfile.mkdtemp(prefix="vastaanotto-bench-")) if temporary else args.data_dir
    try:
        return _measure(data_dir, args.runs, args.timeout)
    finally:
        if temporary:
            shutil.rmtree(data_dir, ignore_errors=True)


def _measure(data_dir: Path, runs: int, timeout: float) -> dict:
    env = dict(os.environ, VASTAANOTTO_DATA_DIR=str(data_dir))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    made = subprocess.run([sys.executable, "-m", "vastaanotto.cli", "demo", "--data-dir",
                           str(data_dir), "--if-missing"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    if made.returncode:
        raise RuntimeError(f"the demo practice could not be made:\n{_tail(made.stderr)}")
    from vastaanotto.demo import DEMO_LOGINS

    username, password, _role = DEMO_LOGINS[0]  # the owner: sees every view
    login = f"{username}:{password}"
    # Warms the OS file cache, builds the .qm files and writes the bytecode caches that an
    # installed program has (even where PYTHONDONTWRITEBYTECODE is set, as in some sandboxes:
    # without them every run would compile the program's sources again).
    one_run("main", env, login, timeout, write_bytecode=True)
    samples: dict[str, list[dict[str, float]]] = {mode: [] for mode in MODES}
    for _ in range(runs):
        for mode in MODES:  # interleaved, so background noise hits every mode alike
            samples[mode].append(one_run(mode, env, login, timeout))

    def median(mode: str, name: str) -> float:
        return statistics.median(s[name] for s in samples[mode])

    bare, login_painted, main_painted = median("bare", "bare"), median("login", "login"), \
        median("main", "main")
    argon2 = median("main", "argon2")
    without_argon2 = statistics.median(s["main"] - s["argon2"] for s in samples["main"])
    result = {
        "bare_ms": _ms(bare),
        "login_ms": _ms(login_painted),
        "main_ms": _ms(main_painted),
        "argon2_ms": _ms(argon2),
        "main_minus_argon2_ms": _ms(without_argon2),
        "login_ratio": round(login_painted / bare, 2),
        "main_ratio": round(main_painted / bare, 2),
        "main_minus_argon2_ratio": round(without_argon2 / bare, 2),
        "budget_ratio": BUDGET_RATIO,
        "runs": runs,
    }
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()
