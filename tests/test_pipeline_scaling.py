"""The pipeline grows linearly with the page: guards against quadratic steps.

Neither guard is a speed test. The first counts the Python function calls that cleaning and
extraction make on a page and on a page four times as long: a linear step multiplies them by
about 4, a step that compares everything with everything by 16. The second is a hang
detector: pages of 400,000 characters processed in a child process that must finish within
a limit about ten times what they take here. Pages are synthetic and seeded: real sentences
shuffled, one line with no break, figures and units, place names separated by |, long runs
of digits and numerals, punctuation only.
"""

from __future__ import annotations

import cProfile
import pstats
import random
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from viewer.errors import InputRefused
from viewer.facts import extract_facts
from viewer.ingest.clean import clean

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"


@cache
def _sentences() -> tuple[str, ...]:
    out: list[str] = []
    for path in sorted(RAW.glob("*.txt")):
        body = clean(path.read_bytes(), path.name).body
        out.extend(s for s in re.findall(r"[^。！？\n]+[。！？]?", body) if len(s) > 4)
    return tuple(out)


def dense(size: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    pool = _sentences()
    paras, total = [], 0
    while total < size:
        paras.append("".join(rng.choice(pool) for _ in range(rng.randint(3, 8))))
        total += len(paras[-1]) + 1
    return "\n".join(paras)[:size]


def one_line(size: int) -> str:
    return dense(size * 2, seed=2).replace("\n", "")[:size]


def figures(size: int, seed: int = 3) -> str:
    rng = random.Random(seed)
    units = ["人", "万元", "亿元", "吨", "亩", "个", "公里", "%", "户", "元", "年", "月", "日"]
    out, total = [], 0
    while total < size:
        out.append(f"{rng.randint(1, 99999)}{rng.choice(['', '.5'])}{rng.choice(units)}")
        total += len(out[-1])
        if rng.random() < 0.02:
            out.append("\n")
            total += 1
    return "".join(out)[:size]


def places(size: int, seed: int = 4) -> str:
    from viewer.facts.place_lexicon import load

    lex = load()
    rng = random.Random(seed)
    names = [r[0] for r in lex.regions[:3000]] + [t[0] for t in lex.towns[:6000]]
    names += [stem + "村" for stem in list(lex.village_stems)[:6000]]
    out, total = [], 0
    while total < size:
        out.append(rng.choice(names))
        total += len(out[-1]) + 1
    return "|".join(out)[:size]


def runs(size: int, seed: int = 5) -> str:
    """Long runs of digits, of Chinese numerals and of dashes, with a word now and then."""
    rng = random.Random(seed)
    out, total = [], 0
    while total < size:
        out.append(rng.choice("1234567890一二三四五六七八九十百千—") * rng.randint(50, 3000))
        out.append(rng.choice(["万元", "人", "，", "频道", "\n"]))
        total += len(out[-2]) + len(out[-1])
    return "".join(out)[:size]


def punctuation(size: int, seed: int = 6) -> str:
    rng = random.Random(seed)
    marks = "，。、；：？！“”‘’（）《》【】—…·,.;:?!()[]<>-_/|*#@&%"
    return "".join(rng.choice(marks) if rng.random() > 0.002 else "\n" for _ in range(size))


PAGES = {
    "dense": dense,
    "one_line": one_line,
    "figures": figures,
    "places": places,
    "runs": runs,
    "punctuation": punctuation,
}


def _process(text: str) -> None:
    try:
        article = clean(text.encode("utf-8"), "page.txt")
        extract_facts(article.body, article.published)
    except InputRefused:  # no article text: the extractors still read the page
        extract_facts(text, None)


def _calls(text: str) -> int:
    profile = cProfile.Profile()
    profile.enable()
    _process(text)
    profile.disable()
    return pstats.Stats(profile).total_calls  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_calls_grow_linearly(kind: str) -> None:
    make = PAGES[kind]
    _process(make(3_000))  # dictionaries and caches loaded outside the counts
    small, large = _calls(make(10_000)), _calls(make(40_000))
    # linear: about x4 (n log n a little more); quadratic: x16
    assert large <= 6 * small, f"{kind}: {small} calls for 10,000 characters, {large} for 40,000"


_CHILD = """
import sys, time
sys.path.insert(0, {tests!r})
from test_pipeline_scaling import PAGES, _process
_process(PAGES["dense"](3_000))
for kind in sys.argv[1:]:
    _process(PAGES[kind](400_000))
    print(kind, flush=True)
"""


def test_large_pages_finish() -> None:
    """400,000-character pages of every kind take a few seconds here; 120 s means a hang."""
    kinds = ["one_line", "places", "runs"]
    code = _CHILD.format(tests=str(Path(__file__).parent))
    done = subprocess.run(
        [sys.executable, "-c", code, *kinds],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == kinds
