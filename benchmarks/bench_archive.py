"""Archive at scale: build a synthetic archive and time search, reading and listing.

Articles are made of the source documents' sentences shuffled (about 3,000 characters each,
both scripts), with a few facts each, inserted straight through `Archive`. Usage:

    python benchmarks/bench_archive.py            # 100,000 articles (a few minutes)
    python benchmarks/bench_archive.py --n 5000   # a quick run
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

from viewer.archive import Archive
from viewer.model import Article, Fact, Script
from viewer.script import convert

ROOT = Path(__file__).resolve().parent.parent
PROVINCES = ["山西省", "新疆维吾尔自治区", "贵州省", "四川省", "陕西省", "湖北省", "广东省"]
SOURCES = [f"来源{i}报" for i in range(20)]
RARE_CHARS = "鼹鼷齁齉龃龌龊麤黉黧鼋鼍鼯鳜鳢鲥鲈鲋"


def sentences() -> list[str]:
    out = []
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        text = re.sub(r"<[^>]+>|&\w+;|\([a-zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜü]+\)", "", path.read_text())
        out += [s.strip() + "。" for s in re.split(r"[。！？\n]", text) if len(s.strip()) > 8]
    return out


def make_articles(n: int, seed: int = 1):
    rng = random.Random(seed)
    pool = sentences()
    rare: list[str] = []
    for i in range(n):
        parts, size = [], 0
        while size < 3000:
            s = rng.choice(pool)
            parts.append(s)
            size += len(s)
        if i % 1000 == 7:  # one article in a thousand holds a rare term
            term = "".join(rng.choice(RARE_CHARS) for _ in range(4))
            rare.append(term)
            parts.insert(rng.randrange(len(parts)), term)
        body = "\n".join(parts)
        facts = []
        m = re.search(r"\d+", body)
        if m:
            facts.append(Fact("quantity", m.group(), m.start(), m.end(), {"value": int(m.group())}))
        province = rng.choice(PROVINCES)
        facts.append(Fact("place", body[:2], 0, 2, {"province": province}))
        facts.append(Fact("organization", body[2:6], 2, 6))
        year = rng.randint(2015, 2024)
        yield (
            Article(
                file=f"synthetic/{i}.txt",
                body=body,
                raw=f"<p>{body}</p>",
                title=parts[0][:24],
                published=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                source=rng.choice(SOURCES),
                facts=tuple(facts),
            ),
            rare,
        )


def build(path: Path, n: int) -> tuple[float, list[str]]:
    start = time.perf_counter()
    rare: list[str] = []
    with Archive.open(path, create=True) as arc:
        batch = []
        for article, rare in make_articles(n):  # noqa: B007 (the last value is the full list)
            batch.append((article, article.file))
            if len(batch) == 1000:
                arc.add_articles(batch)
                batch.clear()
        arc.add_articles(batch)
        arc.seal()
        seconds = time.perf_counter() - start
        arc.set_metadata(bench_rare=rare, bench_build_seconds=f"{seconds:.1f}")
    return seconds, rare


def timed(fn, reps) -> list[float]:
    out = []
    for arg in reps:
        t = time.perf_counter()
        fn(arg)
        out.append((time.perf_counter() - t) * 1000)
    return out


def row(name: str, ms: list[float]) -> str:
    ms = sorted(ms)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    return f"| {name} | {len(ms)} | {statistics.median(ms):.2f} | {p95:.2f} | {ms[-1]:.2f} |"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=60)
    ap.add_argument("--dir", type=Path, help="where to write the archive (default: a temp dir)")
    ap.add_argument(
        "--reuse",
        action="store_true",
        help="measure the archive already in --dir instead of building it again",
    )
    args = ap.parse_args()
    workdir = args.dir or Path(tempfile.mkdtemp(prefix="bench-archive-"))
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / "bench.sqlite"
    if args.reuse and path.exists():
        with Archive.open(path, readonly=True) as arc:
            meta = arc.metadata()
            args.n = arc.article_count()
        seconds, rare = float(meta["bench_build_seconds"]), json.loads(meta["bench_rare"])
    else:
        path.unlink(missing_ok=True)
        seconds, rare = build(path, args.n)
    size = path.stat().st_size

    rng = random.Random(2)
    text = "".join(sentences())
    cjk = [m.group() for m in re.finditer(r"[\u4e00-\u9fff]{4,}", text)]
    two = [w[i : i + 2] for w in cjk for i in range(len(w) - 1)]
    four = [w[i : i + 4] for w in cjk for i in range(len(w) - 3)]
    q2 = rng.sample(sorted(set(two)), args.queries)
    q4 = rng.sample(sorted(set(four)), args.queries)
    # Half of each set typed in the other script.
    flip = lambda qs: [convert(q, Script.HANT if i % 2 else Script.HANS) for i, q in enumerate(qs)]  # noqa: E731
    q2, q4 = flip(q2), flip(q4)
    qr = (rare * (args.queries // max(len(rare), 1) + 1))[: args.queries] if rare else []
    q1 = rng.sample(sorted({c for w in cjk for c in w}), 20)

    with Archive.open(path, readonly=True) as arc:
        ids = arc.article_ids()
        search = lambda q: arc.search(q, limit=50)  # noqa: E731
        for q in q2[:5]:
            search(q)  # warm the page cache a little, as a running app would have
        lines = [
            f"{args.n} articles: build {seconds:.0f} s "
            f"({seconds / args.n * 1000:.2f} ms/article), file {size / 1e6:.0f} MB",
            "",
            "| operation | runs | median ms | p95 ms | max ms |",
            "|---|---|---|---|---|",
            row("search, 2 characters (first 50, ranked, snippets)", timed(search, q2)),
            row("search, 4 characters", timed(search, q4)),
            row("search, rare term", timed(search, qr) if qr else [0.0]),
            row("search, 1 character (bounded scan)", timed(search, q1)),
            row("read one article with its facts", timed(arc.get_article, rng.sample(ids, 200))),
            row(
                "page of 100 titles (summaries)",
                timed(
                    lambda k: arc.summaries(ids[k : k + 100]),
                    [rng.randrange(max(len(ids) - 100, 1)) for _ in range(100)],
                ),
            ),
            row("all ids by date (article_ids)", timed(lambda _: arc.article_ids(), range(10))),
            row("facets", timed(lambda _: arc.facets(), range(10))),
        ]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
