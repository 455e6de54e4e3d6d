"""`make bench`: runs every benchmark in bench/ and prints its figures (not part of the tests)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCHES = ["startup.py", "free_slots.py", "invoice_pdf.py", "invoice_batch.py",
           "client_card.py",
           "client_search.py", "memory.py", "backup.py", "week_view.py", "drag_move.py"]


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
        last = out.stdout.strip().splitlines()[-1]
        print(json.dumps(json.loads(last), indent=2))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
