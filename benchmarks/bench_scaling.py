"""How cleaning and fact extraction grow with the size of one page.

usage: python benchmarks/bench_scaling.py [SCALE]

Builds synthetic pages of five kinds at three sizes each (x1, x2, x4 of a base size times
SCALE, default 1.0) and prints, per row, the seconds spent in `clean` and in `extract_facts`
on the cleaned body, and the time per character relative to the smallest size of the kind.
Linear growth keeps that ratio near 1; quadratic growth doubles it at each step.

Kinds: dense paragraphs (sentences of the bundled documents shuffled and repeated), one
long line with no line break, figures and units only, place names separated by |, and
punctuation only. The generator is seeded, so every run sees the same pages.
"""

from __future__ import annotations

import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from viewer.errors import InputRefused
from viewer.facts import extract_facts
from viewer.ingest.clean import clean

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"


def sentences() -> list[str]:
    """Sentences of the cleaned bundled documents, in a fixed order."""
    out: list[str] = []
    for path in sorted(RAW.glob("*.txt")):
        body = clean(path.read_bytes(), path.name).body
        out.extend(s for s in re.findall(r"[^。！？!?\n]+[。！？!?]?", body) if len(s) > 4)
    return out


def dense_page(size: int, seed: int = 1) -> str:
    """Paragraphs of 3-8 shuffled real sentences, `size` characters in all."""
    rng = random.Random(seed)
    pool = sentences()
    parts: list[str] = []
    total = 0
    while total < size:
        para = "".join(rng.choice(pool) for _ in range(rng.randint(3, 8)))
        parts.append(para)
        total += len(para) + 1
    return "\n".join(parts)[:size]


def long_line(size: int, seed: int = 2) -> str:
    """Real sentences run together on one line: no line break at all."""
    return dense_page(size * 2, seed).replace("\n", "")[:size]


def figures_page(size: int, seed: int = 3) -> str:
    """Figures, units, money and dates only, in lines of about 200 characters."""
    rng = random.Random(seed)
    units = ["人", "万元", "亿元", "吨", "亩", "个", "公里", "%", "户", "元", "年", "月", "日"]
    parts: list[str] = []
    total = 0
    while total < size:
        line = "".join(
            f"{rng.randint(1, 99999)}{rng.choice(['', '.', '.5'])}{rng.choice(units)}"
            for _ in range(25)
        )
        parts.append(line)
        total += len(line) + 1
    return "\n".join(parts)[:size]


def places_page(size: int, seed: int = 4) -> str:
    """County, town and village names separated by |, on one line."""
    from viewer.facts.place_lexicon import load

    rng = random.Random(seed)
    lex = load()
    names = [r[0] for r in lex.regions] + [t[0] for t in lex.towns[:20000]]
    names += [stem + "村" for stem in list(lex.village_stems)[:20000]]
    out: list[str] = []
    total = 0
    while total < size:
        name = rng.choice(names)
        out.append(name)
        total += len(name) + 1
    return "|".join(out)[:size]


def punctuation_page(size: int, seed: int = 5) -> str:
    """Only punctuation, Chinese and Western, with a few line breaks."""
    rng = random.Random(seed)
    marks = "，。、；：？！“”‘’（）《》【】—…·,.;:?!()[]<>-_/|\\*#@&%"
    chars = [rng.choice(marks) if rng.random() > 0.002 else "\n" for _ in range(size)]
    return "".join(chars)


KINDS: dict[str, tuple[Callable[[int], str], int]] = {
    "dense paragraphs": (dense_page, 250_000),
    "one long line": (long_line, 25_000),
    "figures and units": (figures_page, 125_000),
    "place names |": (places_page, 100_000),
    "punctuation only": (punctuation_page, 250_000),
}


def measure(text: str) -> tuple[float, float, int]:
    """Seconds in clean and in extract_facts, and the number of facts."""
    raw = text.encode("utf-8")
    start = time.perf_counter()
    try:
        article = clean(raw, "synthetic.txt")
        body, published = article.body, article.published
    except InputRefused:  # no article text (punctuation only): facts run on the page itself
        body, published = text, None
    cleaned = time.perf_counter() - start
    start = time.perf_counter()
    facts = extract_facts(body, published)
    return cleaned, time.perf_counter() - start, len(facts)


def main() -> None:
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    measure(dense_page(5_000))  # loads dictionaries and place data outside the timings
    print(f"{'input':18} {'chars':>9} {'clean s':>8} {'facts s':>8} {'facts':>7} {'us/char':>8} ")
    for kind, (make, base) in KINDS.items():
        first = None
        for factor in (1, 2, 4):
            size = int(base * scale * factor)
            text = make(size)
            cleaned, extracted, count = measure(text)
            per_char = (cleaned + extracted) / max(1, len(text)) * 1e6
            first = first or per_char
            print(
                f"{kind:18} {len(text):9d} {cleaned:8.2f} {extracted:8.2f} {count:7d} "
                f"{per_char:8.2f}  x{per_char / first:.2f}"
            )


if __name__ == "__main__":
    main()
