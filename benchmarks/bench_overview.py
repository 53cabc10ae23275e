"""Overview at scale: how long each overview view takes to open and to apply a filter.

The archive is `bench_archive.py`'s synthetic one, with more facts per article so that every
view has something to draw: places down to the county, a dated fact and, in one article of
three, a pairing between one of 40 helpers and one of 60 helped counties (100 nodes; each
county has its usual helper, one time in ten another). Usage:

    python benchmarks/bench_overview.py --n 100000 --dir /tmp/bench-overview   # build + measure
    python benchmarks/bench_overview.py --dir /tmp/bench-overview --reuse       # measure again
    python benchmarks/bench_overview.py --build-only --n 100000 --dir DIR       # build only

"Open" is the query work plus building the view's widget and its first paint (offscreen);
"filter" is one filter change until the view shows the new rows.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_archive import PROVINCES, make_articles

from viewer.archive import Archive
from viewer.model import Article, Fact

RELATIONS = ["东西部协作", "对口支援", "定点帮扶", "结对帮扶", "县校合作"]
HELPERS = [f"援方{i}市" if i % 3 else f"第{i}大学" for i in range(40)]


def _county(province: str, k: int) -> tuple[str, str]:
    """(city, county) names for the k-th county of a province: 20 per province."""
    return f"{province[:2]}{k // 5}市", f"{province[:2]}{k}县"


HELPED = [_county(p, k)[1] for p in PROVINCES[:6] for k in range(10)]


def enrich(article: Article, i: int, rng: random.Random) -> Article:
    """The article with county-level places, a dated fact and sometimes a pairing."""
    body = article.body
    facts = [f for f in article.facts if f.kind != "place"]
    province = rng.choice(PROVINCES)
    city, county = _county(province, rng.randrange(20))
    facts.append(
        Fact("place", body[:2], 0, 2, {"province": province, "city": city, "county": county})
    )
    iso = article.published or "2020-01-01"
    facts.append(Fact("date", body[6:16], 6, 16, {"iso": iso}))
    if i % 3 == 0:
        # Each helped county has its usual helper (one time in ten, the next one too).
        k = rng.randrange(len(HELPED))
        helper = (k * 7 + (rng.random() < 0.1)) % len(HELPERS)
        start = 20 + rng.randrange(200)
        facts.append(
            Fact(
                "pairing",
                body[start : start + 12],
                start,
                start + 12,
                {"a": HELPERS[helper], "b": HELPED[k], "relation": RELATIONS[helper % 5]},
            )
        )
    facts.sort(key=lambda f: f.start)
    return Article(**{**_fields(article), "facts": tuple(facts)})


def _fields(article: Article) -> dict:
    return {
        name: getattr(article, name)
        for name in ("file", "body", "raw", "title", "published", "source", "script")
    }


def articles(n: int) -> Iterator[Article]:
    rng = random.Random(7)
    for i, (article, _rare) in enumerate(make_articles(n)):
        yield enrich(article, i, rng)


def build(path: Path, n: int) -> float:
    start = time.perf_counter()
    with Archive.open(path, create=True) as arc:
        batch = []
        for article in articles(n):
            batch.append((article, article.file))
            if len(batch) == 1000:
                arc.add_articles(batch)
                batch.clear()
        arc.add_articles(batch)
        arc.seal()
    return time.perf_counter() - start


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def row(name: str, ms: list[float], goal: float) -> str:
    ms = sorted(ms)
    med = statistics.median(ms)
    ok = "yes" if med < goal else "no"
    return f"| {name} | {len(ms)} | {med:.1f} | {ms[-1]:.1f} | {goal:.0f} | {ok} |"


class Deferred:
    """A runner that keeps the work for later, as the app's thread pool would run it."""

    def __init__(self) -> None:
        self.pending: list[tuple[Callable, Callable | None]] = []

    def run(self, fn: Callable, on_done: Callable | None = None, on_error: object = None) -> None:
        self.pending.append((fn, on_done))

    def drain(self) -> None:
        while self.pending:
            fn, done = self.pending.pop()
            result = fn()
            if done is not None:
                done(result)


def measure(path: Path, runs: int) -> list[str]:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from viewer.archive.overview import PlaceCount, ensure_overview_indexes
    from viewer.gui.app import build_window, open_archive

    archive = open_archive(path)
    t = time.perf_counter()
    ensure_overview_indexes(archive)
    index_s = time.perf_counter() - t
    settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
    window = build_window(archive, path, settings)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    mode = window.overview_mode
    deferred = Deferred()
    pane = mode.pane
    pane.facts_model.runner = deferred

    def opening(view: str) -> Callable[[], None]:
        def go() -> None:
            mode.show_view("reader")
            pane.reset()
            mode.show_view(view)
            app.processEvents()  # the first paint

        return go

    def step(fn: Callable[[], object]) -> Callable[[], None]:
        def go() -> None:
            fn()
            app.processEvents()

        return go

    lines = [
        f"{archive.article_count():,} articles, {archive.fact_count():,} facts; "
        f"overview indexes added once in {index_s:.1f} s",
        "",
        "| view | action | runs | median ms | max ms | goal ms | met |",
        "|---|---|---|---|---|---|---|",
    ]
    for view in ("facts", "network", "places", "timeline"):
        lines.append(row(f"{view} | open", timed(opening(view), runs), 300))
        deferred.drain()
    mode.show_view("facts")
    facts = pane.facts
    for name, values in (
        ("kind = pairing", {"kind": "pairing"}),
        ("kind = date", {"kind": "date"}),
        ("source", {"source": "来源3报"}),
        ("province", {"province": PROVINCES[2]}),
        ("year", {"year": 2020}),
        ("text 援方1", {"text": "援方1"}),
        ("text, rare", {"text": HELPERS[7] + "x"}),
    ):
        clear = {k: None for k in ("kind", "source", "province", "year")} | {"text": ""}

        def apply(v: dict = values, c: dict = clear) -> None:
            facts.set_filter(**c)
            deferred.pending.clear()
            facts.set_filter(**v)

        ms = timed(step(apply), runs)
        lines.append(row(f"facts | filter: {name} (rows shown)", ms, 100))
        lines.append(
            row(f"facts | filter: {name} (count, on a worker)", timed(deferred.drain, 1), 300)
        )
    facts.set_filter(kind=None, source=None, province=None, year=None, text="")
    lines.append(
        row(
            "facts | sort by value",
            timed(step(lambda: facts.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)), runs),
            100,
        )
    )
    lines.append(
        row("facts | scroll: next page", timed(step(pane.facts_model.fetchMore), runs), 100)
    )
    mode.show_view("network")
    lines.append(
        row(
            "network | filter: relation",
            timed(step(lambda: pane.load_network("对口支援")), runs),
            100,
        )
    )
    name = HELPERS[1]
    lines.append(
        row(
            "network | click a node",
            timed(step(lambda: pane.pairings.choose(("node", name))), runs),
            100,
        )
    )
    place = PlaceCount(PROVINCES[0], None, None, 0, 0)
    lines.append(
        row(
            "places | click a province (list filtered)",
            timed(step(lambda: pane.filter_place(place)), runs),
            100,
        )
    )
    lines.append(
        row(
            "timeline | click a month (list filtered)",
            timed(step(lambda: pane.filter_period("2020-03", "2020-03")), runs),
            100,
        )
    )
    window.close()
    archive.close()
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--dir", type=Path, help="where the archive is (default: a temp dir)")
    ap.add_argument("--reuse", action="store_true", help="measure the archive already in --dir")
    ap.add_argument("--build-only", action="store_true")
    args = ap.parse_args()
    workdir = args.dir or Path(tempfile.mkdtemp(prefix="bench-overview-"))
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / "bench.sqlite"
    if not (args.reuse and path.exists()):
        path.unlink(missing_ok=True)
        seconds = build(path, args.n)
        print(f"built {args.n} articles in {seconds:.0f} s: {path}", flush=True)
    if args.build_only:
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print("\n".join(measure(path, args.runs)))


if __name__ == "__main__":
    main()
