"""Client search benchmark: "client search, per keystroke, p95 under 16 ms" on 200,000 clients.

    python bench/client_search.py [--clients 200000] [--seed 1] [--typists 40]
                                  [--encrypted] [--cache-mib N]

Builds the large practice once (bench/large_practice.py; cached in the temp directory under a
name made of its parameters and the schema head) and works on a fresh copy of it, because
every search writes an audit event. Then it replays keystrokes the way a receptionist types:
a fixed set ("v", "vi", "vir", ... "virtanen"; "040", "0401", ...; "1.5.19..."; "matti vir")
plus typists who look up clients drawn from the register by last name, by first and last
name, by phone as written on a form, and by birth date. Each keystroke is
``clients.search_clients(ctx, text, limit=50)`` plus the first page of display rows the
table model would show, timed together.

Prints one JSON line: p50/p95/max in milliseconds against the budget (16 ms), the same for the
adapter alone (``find_clients`` in a read transaction, no audit), and the p95 without
``gc.freeze()`` (see bench/free_slots.py for why the app freezes after start-up).
``--encrypted`` runs on a SQLCipher file, where every page the cache misses is decrypted;
``--cache-mib`` sets SQLite's page cache instead of the engine factory's default, to compare.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from timing import p95  # bench/timing.py (bench/ is on sys.path when run)
from large_practice import (GENERATOR_VERSION, build_large_practice,  # noqa: E402
                            open_large_practice)
from sqlalchemy import event, func, select  # noqa: E402

from vastaanotto.db import schema_version  # noqa: E402
from vastaanotto.finnish import validators  # noqa: E402
from vastaanotto.models import Client  # noqa: E402
from vastaanotto.services import clients  # noqa: E402
from vastaanotto.services.client_search import find_clients  # noqa: E402

BUDGET_MS = 16.0
ENCRYPTION_KEY = b"e" * 32
FIXED = ["virtanen", "korhonen", "mäkelä", "öhman", "matti virtanen", "anna kor",
         "0401234567", "040 123", "050 7", "+35840", "1.5.1980", "12.10.19",
         "example.com", "liisa.l", "hetu:", "x", "ä", "nen", "ko ma"]


def cached_practice(clients_count: int, seed: int, key: bytes | None) -> Path:
    folder = Path(tempfile.gettempdir()) / "vastaanotto-bench-cache"
    folder.mkdir(exist_ok=True)
    path = folder / (f"practice-c{clients_count}-a0-s{seed}-g{GENERATOR_VERSION}"
                     f"-r{schema_version.HEAD}{'-encrypted' if key else ''}.sqlite3")
    if not path.exists():
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        build_large_practice(partial, clients=clients_count, seed=seed, key=key)
        partial.rename(path)
    return path


def set_cache_size(db, mib: int) -> None:
    """For comparing page-cache sizes; the app uses whatever the engine factory sets."""
    event.listen(db.engine, "connect", lambda dbapi_conn, _record: dbapi_conn.cursor().execute(
        f"PRAGMA cache_size = -{mib * 1024}"))
    db.engine.dispose()  # the next connection gets the setting


def keystrokes(typed: str) -> list[str]:
    return [typed[:n] for n in range(1, len(typed) + 1) if not typed[n - 1].isspace()]


def typist_queries(db, rng: random.Random, typists: int) -> list[str]:
    """What receptionists type to find real clients of the register (the same every run)."""
    with db.session() as s:
        last_id = s.scalar(select(func.max(Client.id)))
        wanted = rng.sample(range(1, last_id + 1), min(last_id, typists * 2))
        people = s.execute(select(Client.first_name, Client.last_name, Client.phone,
                                  Client.birth_date)
                           .where(Client.id.in_(wanted), Client.anonymised_at.is_(None))
                           .order_by(Client.id)).all()[:typists]
    out = []
    for first, last, phone, birth in people:
        roll = rng.random()
        if roll < 0.5:
            out.append(last.lower())
        elif roll < 0.7:
            out.append(f"{first.split()[0]} {last}".lower())
        elif roll < 0.85 and phone:
            out.append(validators.format_phone_fi(phone))  # "040 123 4567", as on a form
        elif birth:
            out.append(f"{birth.day}.{birth.month}.{birth.year}")
        else:
            out.append(last.lower())
    return out


def display_rows(hits) -> list[tuple]:
    """The first page as the table model shows it (ui/clients/search_model.py)."""
    return [(h.name, h.phone, h.email,
             f"{h.birth_date.day}.{h.birth_date.month}.{h.birth_date.year}"
             if h.birth_date else "", h.identity_code_masked) for h in hits]


def timed(func, texts: list[str]) -> list[float]:
    samples = []
    for typed in texts:
        t0 = time.perf_counter()
        func(typed)
        samples.append((time.perf_counter() - t0) * 1000)
    return samples


def summary(samples: list[float]) -> dict:
    ordered = sorted(samples)
    return {"p50_ms": round(statistics.median(ordered), 2),
            "p95_ms": round(p95(ordered), 2),
            "max_ms": round(ordered[-1], 2)}


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--typists", type=int, default=40)
    parser.add_argument("--encrypted", action="store_true",
                        help="a SQLCipher-encrypted database (every page read is decrypted)")
    parser.add_argument("--cache-mib", type=int, default=0,
                        help="SQLite page cache per connection, if not the engine's default")
    args = parser.parse_args(argv)
    key = ENCRYPTION_KEY if args.encrypted else None
    source = cached_practice(args.clients, args.seed, key)
    with tempfile.TemporaryDirectory(prefix="vastaanotto-bench-") as tmp:
        work = Path(tmp) / "practice.sqlite3"
        shutil.copyfile(source, work)
        db, ctx = open_large_practice(work, key=key)
        if args.cache_mib:
            set_cache_size(db, args.cache_mib)
        rng = random.Random(args.seed)
        texts = [k for typed in FIXED + typist_queries(db, rng, args.typists)
                 for k in keystrokes(typed)]

        def keystroke(typed: str) -> None:
            display_rows(clients.search_clients(ctx, typed, limit=50))

        def adapter_only(typed: str) -> None:
            with db.session() as s:
                find_clients(s, typed, limit=50)

        for typed in texts[:40]:  # warm caches: statements, SQLite pages
            keystroke(typed)
        gc.collect()
        unfrozen = summary(timed(keystroke, texts))
        gc.freeze()
        full = timed(keystroke, texts)
        adapter = summary(timed(adapter_only, texts))
        gc.unfreeze()
        worst = sorted(zip(full, texts), reverse=True)[:5]
        db.dispose()
    result = {**summary(full), "budget_ms": BUDGET_MS,
              "adapter_p50_ms": adapter["p50_ms"], "adapter_p95_ms": adapter["p95_ms"],
              "adapter_max_ms": adapter["max_ms"],
              "p95_ms_without_gc_freeze": unfrozen["p95_ms"],
              "slowest": [[t, round(ms, 2)] for ms, t in worst],
              "keystrokes": len(texts), "clients": args.clients, "encrypted": args.encrypted,
              "cache_mib": args.cache_mib or "default"}
    print(json.dumps(result, ensure_ascii=False))
    return result


if __name__ == "__main__":
    main()
