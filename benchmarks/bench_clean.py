"""Cleaning throughput: articles per second on one core, the bundled documents repeated.

usage: python benchmarks/bench_clean.py [ROUNDS]

Prints a table: one row per bundled document and one for all of them, then one row for the
realistic test pages (tests/ingest/pages: portals, legacy encodings, spam) cleaned as a set.
The first call (which loads the dictionaries) is timed apart as the warm-up cost.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from viewer.ingest.clean import clean

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
PAGES = ROOT / "tests" / "ingest" / "pages"


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    docs = [(p.name, p.read_bytes()) for p in sorted(RAW.glob("*.txt"))]
    start = time.perf_counter()
    clean(docs[0][1], docs[0][0])
    warmup = time.perf_counter() - start
    rows = []
    total_n, total_t = 0, 0.0
    for name, raw in docs:
        start = time.process_time()
        for _ in range(rounds):
            clean(raw, name)
        took = time.process_time() - start
        rows.append((name, len(raw), rounds / took))
        total_n, total_t = total_n + rounds, total_t + took
    print(f"{'document':28} {'bytes':>7} {'articles/s/core':>16}")
    for name, size, rate in rows:
        print(f"{name:28} {size:7d} {rate:16.0f}")
    print(f"{'all (repeated x' + str(rounds) + ')':28} {'':7} {total_n / total_t:16.0f}")
    pages = [(p.name, p.read_bytes()) for p in sorted(PAGES.iterdir()) if p.suffix != ".json"]
    if pages:
        start = time.process_time()
        for _ in range(rounds):
            for name, raw in pages:
                clean(raw, name)
        took = time.process_time() - start
        label = f"{len(pages)} test pages (x{rounds})"
        size = sum(len(raw) for _, raw in pages) // len(pages)
        print(f"{label:28} {size:7d} {len(pages) * rounds / took:16.0f}")
    print(f"first call incl. dictionary loading: {warmup * 1000:.0f} ms")


if __name__ == "__main__":
    main()
