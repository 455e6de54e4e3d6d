"""`make bench`: runs every benchmark in bench/ and prints its figures (not part of the tests)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCHES = ["startup.py", "week_view.py", "drag_move.py", "free_slots.py", "client_search.py",
           "client_card.py", "invoice_pdf.py", "invoice_batch.py", "memory.py", "backup.py",
           "encryption.py", "messages.py", "access_report.py"]


def main() -> int:
    here = Path(__file__).resolve().parent
    failed = 0
    for name in BENCHES:
        print(f"== {name}", flush=True)
        out = subprocess.run([sys.executable, str(here / name)], capture_output=True, text=True)
        if out.returncode:
            failed += 1
            print(out.stderr[-3000:])
            continue
        lines = out.stdout.strip().splitlines()
        try:  # most scripts end with one JSON line of figures
            print(json.dumps(json.loads(lines[-1]), indent=2))
        except (IndexError, json.JSONDecodeError):
            print("\n".join(lines[-20:]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
