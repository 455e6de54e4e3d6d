"""Resident memory with the large practice open (budget: under 300 MB).

    python bench/memory.py [--clients 200000] [--appointments 1000000]

Builds (or reuses, see bench/large_practice.py) a practice of 200,000 clients and 1,000,000
appointments, then in a fresh process opens it the way the app does, logs in as the owner,
builds and paints the main window offscreen, shows the calendar, searches the register a few
times and opens a client card; prints the peak and final resident set size as one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent

CHILD = r'''
import os, resource, sys, json
sys.path.insert(0, sys.argv[2])
from PySide6.QtWidgets import QApplication
app = QApplication([])
from large_practice import open_large_practice
from ui import i18n
from ui.main_window import MainWindow, ViewId
i18n.install(app, "fi")
db, ctx = open_large_practice(sys.argv[1])
window = MainWindow(ctx)
window.resize(1280, 800)
window.show()
app.processEvents()
window.show_view(ViewId.CLIENTS)
clients = window.view(ViewId.CLIENTS)
for text in ("vir", "virtanen", "040 1", "mäk", "anna k"):
    clients.search_edit.setText(text)
    clients.search()
    app.processEvents()
card = clients.open_card(clients.model.row_at(0).id)
app.processEvents()
card.close()
window.show_view(ViewId.CALENDAR)
app.processEvents()
with open(f"/proc/{os.getpid()}/status") as status:
    rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS"))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"rss_mb": round(rss / 1024, 1), "peak_rss_mb": round(peak / 1024, 1)}))
'''


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=200_000)
    parser.add_argument("--appointments", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE))
    from large_practice import build_large_practice

    cache = Path(tempfile.gettempdir()) / "vastaanotto-bench-cache"
    cache.mkdir(exist_ok=True)
    path = cache / f"memory-c{args.clients}-a{args.appointments}-r0003.sqlite3"
    if not path.exists():  # built once (about 70 s for the full size), then reused
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        build_large_practice(partial, clients=args.clients, appointments=args.appointments,
                             practitioners=30)
        partial.replace(path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), str(HERE)], env=env,
                         capture_output=True, text=True, timeout=600, cwd=ROOT)
    if out.returncode:
        raise SystemExit(f"memory child failed: {out.stderr[-3000:]}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result.update(clients=args.clients, appointments=args.appointments, budget_mb=300)
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()
