"""Backup speed: our snapshot + encrypt (+ decrypt-verify) of a ~1 GB SQLite database versus the
standard ``age`` CLI encrypting the same file. Budget: snapshot+encrypt < 1.5 × age alone.

The ~1 GB database is built once and cached under the bench cache folder
(``$VASTAANOTTO_BENCH_CACHE`` or ~/.cache/vastaanotto-bench). ``BENCH_BACKUP_MB`` changes its
size. No compression is used: age does not compress and a compressed payload would no longer
open with ``sqlite3`` after ``age -d``; zstd level 1 is measured for the record.
Prints one JSON line (the last line) like the other benchmarks.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from vastaanotto.backup import crypto, snapshot  # noqa: E402
from vastaanotto.backup.keys import BackupKeys  # noqa: E402
from vastaanotto.db.engine import open_database, sqlite_url  # noqa: E402
from vastaanotto.db.sqlite_file import sqlite_module  # noqa: E402

SIZE_MB = int(os.environ.get("BENCH_BACKUP_MB", "1024"))
ROUNDS = int(os.environ.get("BENCH_BACKUP_ROUNDS", "3"))


def cache_dir() -> Path:
    base = Path(os.environ.get("VASTAANOTTO_BENCH_CACHE",
                               Path.home() / ".cache" / "vastaanotto-bench"))
    base.mkdir(parents=True, exist_ok=True)
    return base


def build_db(path: Path) -> None:
    """A migrated practice schema plus a filler of client-like rows up to SIZE_MB."""
    tmp = path.with_suffix(".building")
    tmp.unlink(missing_ok=True)
    import keyring

    from tests.conftest import PROFILE, MemoryKeyring
    from vastaanotto.services.setup import initialize_practice

    keyring.set_keyring(MemoryKeyring())  # the bench never touches the real keyring
    db = open_database(sqlite_url(tmp), audit_key=b"b" * 32)
    initialize_practice(db, PROFILE, owner_username="bench", owner_display_name="Bench",
                        owner_password="Bench salasana 42!", workstation="bench")
    db.dispose()
    conn = sqlite_module().connect(str(tmp))
    conn.execute("CREATE TABLE IF NOT EXISTS bench_filler (id INTEGER PRIMARY KEY, a TEXT, "
                 "b TEXT, c BLOB)")
    rows = SIZE_MB * 1024 // 2  # ~2 KB per row: text that compresses a little, like real data
    batch = 5000
    for start in range(0, rows, batch):
        conn.executemany("INSERT INTO bench_filler (a, b, c) VALUES (?, ?, ?)",
                         [(f"Asiakas {i} Mannerheimintie {i % 300} 00100 Helsinki " * 8,
                           f"Käynti {i} fysioterapia 45 min " * 10, os.urandom(900))
                          for i in range(start, min(rows, start + batch))])
        conn.commit()
    conn.close()
    os.replace(tmp, path)


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def main() -> int:
    source = cache_dir() / f"backup-{SIZE_MB}mb.sqlite3"
    if not source.exists():
        print(f"building {SIZE_MB} MB database (cached at {source}) …", file=sys.stderr)
        build_db(source)
    keys = BackupKeys.generate()
    work = Path(tempfile.mkdtemp(prefix="bench-backup-", dir=cache_dir()))
    try:
        db = open_database(sqlite_url(source), migrate=False)
        snap, enc, check = work / "snap.sqlite3", work / "snap.age", work / "check.sqlite3"
        age = shutil.which("age")
        runs: dict[str, list[float]] = {"snapshot": [], "encrypt": [], "verify": [], "age": []}
        try:
            # The machine is shared: each figure is the best of ROUNDS, ours and age's alike.
            for _ in range(ROUNDS):
                for path in (snap, enc, check, work / "cli.age"):
                    path.unlink(missing_ok=True)
                # Snapshot = VACUUM INTO + fsync + integrity_check ‖ SHA-256, as run_backup.
                runs["snapshot"].append(timed(lambda: snapshot.take_snapshot(db, snap)))
                runs["encrypt"].append(timed(lambda: crypto.encrypt_file(snap, enc,
                                                                         keys.recipient)))
                runs["verify"].append(timed(lambda: crypto.decrypt_file(enc, check, keys)))
                if age:
                    runs["age"].append(timed(lambda: subprocess.run(
                        [age, "-r", keys.recipient, "-o", str(work / "cli.age"), str(source)],
                        check=True)))
        finally:
            db.dispose()
        best = {k: min(v) for k, v in runs.items() if v}
        size = snap.stat().st_size
        figures = {"db_mb": round(size / 1e6), "rounds": ROUNDS,
                   "snapshot_s": round(best["snapshot"], 2),
                   "encrypt_s": round(best["encrypt"], 2),
                   "decrypt_verify_s": round(best["verify"], 2)}
        if age:
            ours = best["snapshot"] + best["encrypt"]
            figures["age_cli_encrypt_s"] = round(best["age"], 2)
            figures["ours_snapshot_plus_encrypt_vs_age"] = round(ours / best["age"], 2)
            figures["ours_encrypt_vs_age"] = round(best["encrypt"] / best["age"], 2)
            figures["budget_1_5x_met"] = ours / best["age"] < 1.5
        try:
            import zstandard
            def compress() -> None:
                with open(snap, "rb") as reader, open(work / "snap.zst", "wb") as writer:
                    zstandard.ZstdCompressor(level=1).copy_stream(reader, writer)
            t_zstd = timed(compress)
            figures["zstd1_s"] = round(t_zstd, 2)
            figures["zstd1_ratio"] = round(size / (work / "snap.zst").stat().st_size, 2)
        except ImportError:
            pass
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
