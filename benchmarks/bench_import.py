"""Import in the desktop app: files per second through the app's worker, in the worker
thread itself and through the child process the app uses, and how the event loop fares.

Pages are generated (small distinct articles, three paragraphs each) into a temporary
folder and imported into a fresh archive by `ImportWorker.run()`, exactly as the app runs
it. A third row imports on a real thread pool while a 5 ms timer ticks on the GUI thread:
the longest gap between ticks is how long the window could stall. Usage:

    python benchmarks/bench_import.py              # 2,000 files
    python benchmarks/bench_import.py --files 500
"""

from __future__ import annotations

import argparse
import itertools
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NEWS = "{n}年4月14日，山西省壶关县组织干部培训{k}人次，投入314.51万元，带动就业1200人。"


def _pages(folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    for i in range(count):
        body = "\n".join(NEWS.format(n=2000 + i % 20, k=i * 7 + j) for j in range(3))
        (folder / f"{i:05d}.txt").write_text(f"第{i}号通讯\n{body}", encoding="utf-8")


def _run(folder: Path, archive: Path, isolate: bool) -> tuple[float, int]:
    from viewer.archive import Archive
    from viewer.gui.import_worker import ImportWorker

    Archive.open(archive, create=True).close()
    worker = ImportWorker(archive, [folder], isolate=isolate)
    got = []
    worker.finished.connect(got.append)
    started = time.perf_counter()
    worker.run()
    return time.perf_counter() - started, got[0].imported


def _threaded(folder: Path, archive: Path) -> tuple[float, int, float]:
    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from viewer.archive import Archive
    from viewer.gui.import_worker import ImportWorker, start

    app = QApplication.instance() or QApplication([])
    Archive.open(archive, create=True).close()
    worker = ImportWorker(archive, [folder], isolate=True)
    got: list = []
    worker.finished.connect(got.append)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(5)
    pool = QThreadPool()
    started = time.perf_counter()
    start(worker, pool)
    while not got:
        app.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - started
    timer.stop()
    pool.waitForDone()
    gaps = [b - a for a, b in itertools.pairwise(ticks)] or [elapsed]
    return elapsed, got[0].imported, max(gaps)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        _pages(root / "pages", args.files)
        print(f"{'how':<34} {'files':>6} {'seconds':>8} {'files/s':>8} {'worst stall':>12}")
        for label, isolate in (("worker thread, in process", False), ("child process", True)):
            secs, n = _run(root / "pages", root / f"{isolate}.sqlite", isolate)
            print(f"{label:<34} {n:>6} {secs:>8.2f} {n / secs:>8.0f} {'':>12}")
        secs, n, stall = _threaded(root / "pages", root / "threaded.sqlite")
        label = "thread pool + child, GUI ticking"
        print(f"{label:<34} {n:>6} {secs:>8.2f} {n / secs:>8.0f} {stall * 1000:>9.0f} ms")


if __name__ == "__main__":
    main()
