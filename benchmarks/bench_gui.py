"""Desktop app speed: start to first article painted, article switch, script toggle, memory.

Each run is a fresh process (offscreen Qt) that builds the window the way the app does, on
its own temporary settings. Start-up is timed from just before the process is spawned to the
end of the reader's first paint; a second set of runs starts with a last article remembered
(the usual launch), which paints before the article list is loaded. Usage:

    python benchmarks/bench_gui.py                           # bundled archive, 5 runs
    python benchmarks/bench_gui.py --large /tmp/bench.sqlite # also a 100,000-article archive
    python benchmarks/bench_gui.py --runs 3 --mapped         # also resident MiB per mapped file

A large archive can be built with `python benchmarks/bench_archive.py --dir DIR`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child(archive: str, settings_dir: str, remember: str) -> None:
    """Runs inside the measured process; prints one JSON line."""
    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from viewer.gui.app import build_window, open_archive

    qs = QSettings(str(Path(settings_dir) / "s.ini"), QSettings.Format.IniFormat)
    if remember:
        qs.setValue("window/last_article", remember)
    window = build_window(open_archive(Path(archive)), Path(archive), qs, background=True)
    out: dict = {}

    class Painted(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and "first" not in out:
                out["first"] = time.time() - float(os.environ["BENCH_T0"])
                app.quit()
            return False

    watcher = Painted()
    window.reader.viewport().installEventFilter(watcher)
    window.resize(1400, 900)
    window.show()
    app.exec()
    deadline = time.time() + 60
    while not window.articles.rowCount() and time.time() < deadline:  # the list follows
        app.processEvents()
        window.runner.wait(100)
    app.processEvents()
    out["rss_start"] = rss_mib()
    # The s2t converter is built once the event loop is idle after the first paint; a user
    # does not toggle within the first fifth of a second, so wait for that (at most 3 s).
    from viewer import script
    from viewer.model import Script

    deadline = time.time() + 3
    while not script.is_built(Script.HANT) and time.time() < deadline:
        app.processEvents()
        time.sleep(0.01)
    out["warmed"] = script.is_built(Script.HANT)
    out["first_id"] = window.stored.id if window.stored else ""
    ids = [window.articles.article_id(r) for r in range(min(window.articles.rowCount(), 40))]
    switch = []
    for aid in ids[1:] + ids[:1]:
        t = time.perf_counter()
        window.list_pane.select(aid)
        window.reader.viewport().repaint()
        switch.append((time.perf_counter() - t) * 1000)
    out["switch_ms"] = statistics.median(switch)
    out.update(toggles(window))
    out["rss_busy"] = rss_mib()  # straight after the last toggle
    # A moment later, as a user pauses: unused font faces are let go after a script change.
    settle = time.time() + 1
    while time.time() < settle:
        app.processEvents()
        time.sleep(0.02)
    out["rss_mib"] = rss_mib()
    out["rss_anon"] = rss_mib("RssAnon:")
    out["mapped"] = mapped_files()
    print(json.dumps(out))


def toggles(window) -> dict:
    """Script toggles on a 5,000-character article made of the archive's own text."""
    from types import SimpleNamespace

    from viewer.model import Article, Fact, Script

    body, facts = "", []
    for r in range(window.articles.rowCount()):
        art = window.archive.get_article(window.articles.article_id(r)).article
        shift = len(body) + (1 if body else 0)
        body = f"{body}\n{art.body}" if body else art.body
        facts += [Fact(f.kind, f.text, f.start + shift, f.end + shift, f.data) for f in art.facts]
        if len(body) >= 5000:
            break
    body = body[:5000]
    facts = [f for f in facts if f.end <= 5000]
    window.stored = SimpleNamespace(id="bench", article=Article(file="b", body=body, facts=facts))
    window.apply_script(Script.ORIGINAL, False)

    def toggle(mode: Script) -> float:
        t = time.perf_counter()
        window.script.set_mode(mode)
        window.reader.viewport().repaint()
        return (time.perf_counter() - t) * 1000

    first = toggle(Script.HANT)  # s2t: the slowest converter, warmed after the first paint
    later = []
    for _ in range(3):
        for mode in (Script.HANS, Script.TW, Script.HK, Script.ORIGINAL, Script.HANT):
            later.append(toggle(mode))
    # A cached article shows at once; the figure that matters is a fresh conversion.
    window.presenter = type(window.presenter)(size=0)
    fresh = [toggle(m) for m in (Script.HANS, Script.TW, Script.HK, Script.HANT) * 3]
    return {"toggle_first_ms": first, "toggle_ms": statistics.median(fresh),
            "toggle_cached_ms": statistics.median(later), "body_chars": len(body)}  # fmt: skip


def rss_mib(field: str = "VmRSS:") -> float:
    """Resident memory; RssAnon leaves out mapped files (fonts, libraries)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field):
            return int(line.split()[1]) / 1024
    return float("nan")


def mapped_files(top: int = 8) -> dict[str, float]:
    """Resident MiB per mapped file (summed over its mappings), the largest first; fonts
    mapped once per face show here."""
    sizes: dict[str, float] = {}
    path = ""
    for line in Path("/proc/self/smaps").read_text().splitlines():
        head = line.split()
        if head and "-" in head[0] and len(head) >= 5 and not head[0].endswith(":"):
            path = head[5] if len(head) > 5 else "[anon]"
        elif line.startswith("Rss:"):
            sizes[path] = sizes.get(path, 0.0) + int(head[1]) / 1024
    biggest = sorted(sizes.items(), key=lambda kv: -kv[1])[:top]
    return {Path(k).name or k: round(v, 1) for k, v in biggest}


def run(
    archive: Path, runs: int, remember: bool, first_id: str = "", copy: bool = False
) -> list[dict]:
    """`copy` opens a copy in the run's directory, as the app copies the bundled archive on
    first launch (the app would write to the original: journal mode, lock, indexes)."""
    import shutil
    import tempfile

    results = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            opened = Path(shutil.copy(archive, Path(tmp) / "archive.sqlite")) if copy else archive
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BENCH_T0=repr(time.time()))
            cmd = [sys.executable, __file__, "--child", str(opened), tmp,
                   first_id if remember else ""]  # fmt: skip
            env["BENCH_T0"] = repr(time.time())
            proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
            line = [x for x in proc.stdout.splitlines() if x.startswith("{")]
            if proc.returncode or not line:
                sys.exit(f"run failed: {proc.stderr.strip()[-400:]}")
            results.append(json.loads(line[-1]))
    return results


def report(name: str, res: list[dict]) -> str:
    def med(key: str) -> float:
        return statistics.median(r[key] for r in res)

    warmed = sum(bool(r.get("warmed")) for r in res)
    return (f"| {name} | {len(res)} | {med('first') * 1000:.0f} | {med('switch_ms'):.1f} | "
            f"{med('toggle_first_ms'):.1f} ({warmed}/{len(res)} warmed) | {med('toggle_ms'):.1f} | "
            f"{med('toggle_cached_ms'):.1f} | {med('rss_start'):.0f} | {med('rss_busy'):.0f} | "
            f"{med('rss_mib'):.0f} | "
            f"{med('rss_anon'):.0f} |")  # fmt: skip


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:5])
        return
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--archive", type=Path, default=ROOT / "data" / "archive.sqlite")
    ap.add_argument("--large", type=Path, help="a large archive (e.g. 100,000 articles)")
    ap.add_argument("--mapped", action="store_true", help="also print resident MiB per mapped file")
    args = ap.parse_args()
    print("| archive, launch | runs | start to first article, ms | article switch, ms | "
          "first toggle, ms | toggle, ms | toggle (cached), ms | RSS at start, MiB | "
          "RSS right after all, MiB | after all + 1 s, MiB | of it anonymous, MiB |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for label, path in (("bundled", args.archive), ("large", args.large)):
        if path is None:
            continue
        copy = label == "bundled"
        cold = run(path, args.runs, remember=False, copy=copy)
        print(report(f"{label}, first launch", cold), flush=True)
        if args.mapped:
            print(f"  mapped (first run): {json.dumps(cold[0]['mapped'], ensure_ascii=False)}")
        warm = run(path, args.runs, remember=True, first_id=cold[0]["first_id"], copy=copy)
        print(report(f"{label}, last article remembered", warm), flush=True)


if __name__ == "__main__":
    main()
