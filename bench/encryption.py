"""SQLCipher at rest (issue #7): what encryption costs at start-up and to convert.

Figures, on the demo practice (``--clients``, default 2,000):

- ``peek_*``: ``practice_exists_quick`` (login or setup wizard?) in a fresh interpreter, plain
  file vs encrypted file (the latter imports ``keyring`` and looks up the key, here in a JSON
  file; an OS backend adds its own start-up): the process time minus an empty interpreter's,
  median of 5;
- ``open_*``: ``open_practice_database`` (engine, key, schema check) in-process, median ms;
- ``encrypt_s``: ``encrypt_in_place`` of the plain file (export, verify, swap, verify).

The keyring is a file-backed test backend (tests/core/file_keyring.py): no OS keyring here.
Prints one JSON line last, as bench/run_all.py expects.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402

from bench.timing import timed  # noqa: E402
from tests.core.file_keyring import FileKeyring  # noqa: E402

# The keyring is set up only for the encrypted file: a plain peek never imports it.
PEEK = ("import sys; sys.path.insert(0, sys.argv[1])\n"
        "if sys.argv[2]:\n"
        "    import keyring; from tests.core.file_keyring import FileKeyring\n"
        "    keyring.set_keyring(FileKeyring(sys.argv[2]))\n"
        "from vastaanotto.practice_db import practice_exists_quick\n"
        "assert practice_exists_quick(sys.argv[3]) is True")
EMPTY = "import sys; sys.path.insert(0, sys.argv[1])"


def process_ms(code: str, *args: str, runs: int = 5) -> float:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, *args], check=True)
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=2000)
    args = parser.parse_args()
    from vastaanotto.db import encryption
    from vastaanotto.db.engine import sqlite_url
    from vastaanotto.demo import create_demo_database
    from vastaanotto.practice_db import database_file, open_practice_database

    work = Path(tempfile.mkdtemp(prefix="bench-encryption-"))
    try:
        store = work / "keyring.json"
        keyring.set_keyring(FileKeyring(store))
        create_demo_database(work / "plain", clients=args.clients, today=dt.date(2026, 11, 21))
        plain = database_file(work / "plain")
        shutil.copytree(work / "plain", work / "encrypted")
        encrypted = database_file(work / "encrypted")
        t0 = time.perf_counter()
        report = encryption.encrypt_in_place(encrypted)
        encrypt_s = time.perf_counter() - t0

        base = process_ms(EMPTY, str(ROOT))
        peek_plain = process_ms(PEEK, str(ROOT), "", str(plain)) - base
        peek_encrypted = process_ms(PEEK, str(ROOT), str(store), str(encrypted)) - base

        def opener(path):
            return lambda: open_practice_database(sqlite_url(path)).dispose()

        open_plain, _ = timed(opener(plain), 10)
        open_encrypted, _ = timed(opener(encrypted), 10)
        print(json.dumps({"clients": args.clients, "db_mb": round(plain.stat().st_size / 1e6, 1),
                          "rows": report.rows, "encrypt_s": round(encrypt_s, 2),
                          "peek_plain_ms": round(peek_plain, 1),
                          "peek_encrypted_ms": round(peek_encrypted, 1),
                          "open_plain_ms": round(open_plain, 1),
                          "open_encrypted_ms": round(open_encrypted, 1)}))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
