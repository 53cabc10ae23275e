"""Place lexicon load cost and per-article time of places + pairings.

usage: python benchmarks/bench_places.py [--rounds N]

Each load is measured in a fresh process (cold build without a cache, then a warm read of the
cached pickle); the per-article figure runs find_places + find_pairings on ~3,000-character
articles made from the bundled documents, after one warm-up call.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_LOAD = """
import json, resource, time
t = time.perf_counter()
from viewer.facts.place_lexicon import load
lex = load()
lex.automaton
dt = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": dt, "rss_mib": rss}))
"""


def _load_once(home: str) -> dict[str, float]:
    env = {"ARCHIVE_VIEWER_HOME": home, "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", _LOAD], capture_output=True, text=True, env=env, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _articles() -> list[str]:
    from viewer.facts.normalize import simplified_copy  # noqa: F401 - warm the converter

    texts = []
    for path in sorted((ROOT / "tests" / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        raw = ROOT / "data" / "raw" / gold["file"]
        from viewer.pipeline import process

        body = process(raw.read_bytes(), raw.name).body
        while len(body) < 3000:
            body += "\n" + body
        texts.append(body[:3000])
    return texts


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as home:
        cold = _load_once(home)
        warm = _load_once(home)
    from viewer.facts.normalize import simplified_copy
    from viewer.facts.pairings import find_pairings
    from viewer.facts.places import find_places, place_mentions

    bodies = [(b, simplified_copy(b)) for b in _articles()]
    find_places(*bodies[0])
    times = []
    for _ in range(args.rounds):
        for body, simplified in bodies:
            place_mentions.cache_clear()
            t = time.perf_counter()
            found = find_places(body, simplified)
            find_pairings(body, simplified, found, [])
            times.append(time.perf_counter() - t)
    ms = sorted(x * 1000 for x in times)
    print(f"{'measure':44s} {'value':>10s}")
    print(f"{'lexicon cold build + cache write (s)':44s} {cold['seconds']:10.2f}")
    print(f"{'lexicon cold build peak RSS (MiB)':44s} {cold['rss_mib']:10.0f}")
    print(f"{'lexicon warm load from cache (s)':44s} {warm['seconds']:10.2f}")
    print(f"{'lexicon warm load peak RSS (MiB)':44s} {warm['rss_mib']:10.0f}")
    print(f"{'places+pairings per 3,000 chars, median (ms)':44s} {statistics.median(ms):10.2f}")
    print(f"{'places+pairings per 3,000 chars, p95 (ms)':44s} {ms[int(len(ms) * 0.95)]:10.2f}")
    print(f"{'articles/s (one core, warm)':44s} {1000 / statistics.median(ms):10.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
