"""Protected conversion speed: a 5,000-character article with its names, per script mode.

The article is the bundled documents cleaned by the pipeline, joined and cut to 5,000
characters, with the facts the pipeline found in them (their people, organizations and
places are the protected names). Per mode it times, in this one process:

- first: the article's first conversion, building its converter (the per-article OpenCC
  inline dictionary, its names' protected forms) and converting body and title;
- cached: the same article again (its converter comes from the cache);
- stock: the same text with no names, for comparison.

One-time costs (each process pays them once per direction, after the first paint in the
app) are measured first: the display converters with the news terms and the names
converters. Medians of --rounds rounds; caches are emptied before each "first" round.

usage: python benchmarks/bench_convert.py [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from viewer import script, script_protect
from viewer.model import Article, Fact, Script
from viewer.pipeline import process

ROOT = Path(__file__).resolve().parent.parent

ARTICLE_CHARS = 5000
MODES = (Script.HANT, Script.TW, Script.HK, Script.HANS)


def article() -> Article:
    """The cleaned bundled documents joined, cut to ARTICLE_CHARS, facts moved with them."""
    body, facts, offset = "", [], 0
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        a = process(path.read_bytes(), path.name)
        for f in a.facts:
            if f.end + offset <= ARTICLE_CHARS:
                facts.append(Fact(f.kind, f.text, f.start + offset, f.end + offset, f.data))
        body += a.body + "\n"
        offset = len(body)
        if offset >= ARTICLE_CHARS:
            break
    body = body[:ARTICLE_CHARS]
    return Article(file="bench", body=body, title="余华谈写作", facts=facts)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f}"


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def forget() -> None:
    """Empty the per-article caches (the process-wide converters stay)."""
    script_protect._articles.clear()
    script_protect.protected_form.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    print("one-time, per process (before anything else is built)")
    print(f"{'converter':40} {'ms':>8}")
    for config in ("s2t", "t2s", "t2tw", "t2hk"):
        print(f"{'display ' + config:40} {ms(timed(lambda c=config: script.converter(c)))}")
    for direction in ("s2t", "t2s"):
        print(
            f"{'names ' + direction:40} "
            f"{ms(timed(lambda d=direction: script_protect.names_converter(d)))}"
        )

    a = article()
    names = script.names_in(a.facts)
    cuts = [x for f in a.facts for x in (f.start, f.end)]
    print(f"\narticle: {len(a.body)} characters, {len(a.facts)} facts, {len(names)} names")

    def run(mode: Script, with_names: tuple[str, ...]) -> None:
        script.convert_with_map(a.body, mode, False, cuts, with_names)
        script.convert_with_map(a.title or "", mode, False, (), with_names)

    print(f"\n{'mode':8} {'first ms':>9} {'cached ms':>9} {'stock ms':>9}")
    for mode in MODES:
        first, cached, stock = [], [], []
        for _ in range(args.rounds):
            forget()
            first.append(timed(lambda m=mode: run(m, names)))
            cached.append(timed(lambda m=mode: run(m, names)))
            stock.append(timed(lambda m=mode: run(m, ())))
        print(
            f"{mode.value:8} {ms(statistics.median(first))}  {ms(statistics.median(cached))}"
            f"  {ms(statistics.median(stock))}"
        )
    print("\ngoal: protected conversion of a 5,000-character article under 30 ms")


if __name__ == "__main__":
    main()
