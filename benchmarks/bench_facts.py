"""Facts extraction speed: warm throughput per extractor and one-time dictionary load costs.

Articles are 3,000-character pieces cut from the bundled documents after cleaning (repeated
as needed), so the text looks like what users import. Throughput runs in this one process,
so articles/s is per core. Each load cost is measured in a fresh interpreter: the time and
the resident memory added by the first call that needs the dictionary.

usage: python benchmarks/bench_facts.py [--articles N] [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
ARTICLE_CHARS = 3000

# One snippet per dictionary: what a first call loads. Run in a fresh interpreter each.
_LOADS = {
    "OpenCC t2s (simplified copy)": (
        "from viewer.facts.normalize import simplified_copy as f",
        "f('壺關縣')",
    ),
    "measure words (quantities)": (
        "from viewer.facts.quantities import find_quantities as f",
        "f('43人', '43人')",
    ),
    "places": (
        "from viewer.facts.places import find_places as f",
        "f('壺關縣', '壶关县')",
    ),
    "organizations and people": (
        "from viewer.facts.entities import find_organizations as f, find_people as g",
        "f('武漢大學', '武汉大学', []); g('唐皇鳳說', '唐皇凤说')",
    ),
    "whole extract_facts": (
        "from viewer.facts import extract_facts as f",
        "f('2021年7月17日，壺關縣43人。')",
    ),
}
_PROBE = """
import time
def rss():
    with open('/proc/self/statm') as fh:
        return int(fh.read().split()[1]) * 4096
m0, t0 = rss(), time.perf_counter()
{imp}
m1, t1 = rss(), time.perf_counter()
{call}
print(t1 - t0, time.perf_counter() - t1, m1 - m0, rss() - m1)
"""


def articles(n: int) -> list[str]:
    from viewer.pipeline import process

    text = "\n".join(process(p.read_bytes(), p.name).body for p in sorted(RAW.glob("*.txt")))
    out = []
    pos = 0
    while len(out) < n:
        piece = (text[pos:] + "\n" + text)[:ARTICLE_CHARS]
        out.append(piece)
        pos = (pos + 1777) % len(text)  # different cuts, so no two articles are the same
    return out


def load_cost(imp: str, call: str) -> tuple[float, float, float, float]:
    """Seconds and MiB added by the import, then by the first call."""
    code = _PROBE.format(imp=imp, call=call)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    t_imp, t_call, m_imp, m_call = done.stdout.strip().splitlines()[-1].split()
    return float(t_imp), float(t_call), int(m_imp) / 2**20, int(m_call) / 2**20


def throughput(fn: Callable[[str], object], docs: list[str], rounds: int) -> float:
    for doc in docs[:3]:
        fn(doc)  # warm: dictionaries loaded, caches filled
    rates = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        for doc in docs:
            fn(doc)
        rates.append(len(docs) / (time.perf_counter() - t0))
    return statistics.median(rates)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=60, help="articles per round (60)")
    ap.add_argument("--rounds", type=int, default=3, help="rounds; the median is shown (3)")
    a = ap.parse_args()

    from viewer.facts import entities, extract_facts, pairings, places
    from viewer.facts.dates import find_dates
    from viewer.facts.money import find_money
    from viewer.facts.normalize import simplified_copy
    from viewer.facts.quantities import find_quantities

    docs = articles(a.articles)
    simple = {d: simplified_copy(d) for d in docs}
    steps: list[tuple[str, Callable[[str], object]]] = [
        ("simplified copy", simplified_copy),
        ("quantities", lambda d: find_quantities(d, simple[d])),
        ("money", lambda d: find_money(d, simple[d])),
        ("dates", lambda d: find_dates(d, simple[d], "2023-01-01")),
        ("places", lambda d: places.find_places(d, simple[d])),
        ("organizations", lambda d: entities.find_organizations(d, simple[d], [])),
        ("people", lambda d: entities.find_people(d, simple[d])),
        ("pairings", lambda d: pairings.find_pairings(d, simple[d], [], [])),
        ("whole extract_facts", lambda d: extract_facts(d, "2023-01-01")),
    ]
    print(f"Warm throughput, {len(docs)} articles of {ARTICLE_CHARS} characters, one core")
    print(f"{'step':24s} {'articles/s':>11s} {'ms/article':>11s}")
    for name, fn in steps:
        rate = throughput(fn, docs, a.rounds)
        print(f"{name:24s} {rate:11.0f} {1000 / rate:11.2f}")
    print()
    print("One-time load cost (fresh interpreter): import, then the first call")
    print(f"{'dictionary':30s} {'import s':>9s} {'MiB':>6s} {'1st call s':>11s} {'MiB':>6s}")
    for name, (imp, call) in _LOADS.items():
        t_imp, t_call, m_imp, m_call = load_cost(imp, call)
        print(f"{name:30s} {t_imp:9.3f} {m_imp:6.1f} {t_call:11.3f} {m_call:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
