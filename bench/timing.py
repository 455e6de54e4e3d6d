"""The one way the benchmarks time a call: warm up, then the median and p95 in milliseconds."""

from __future__ import annotations

import statistics
import time


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def timed(func, runs: int, warmup: int = 3) -> tuple[float, float]:
    """(median ms, p95 ms) of ``runs`` calls of ``func``, after ``warmup`` calls that fill the
    caches (statement cache, SQLite pages, holiday tables)."""
    for _ in range(warmup):
        func()
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        func()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples), p95(samples)
