"""Import in the app: files, folders and drops, progress, cancel, the summary, the size
limit, a folder of thousands of files, off the GUI thread, and a clear refusal for an
archive that cannot be written."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QThreadPool, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.conftest import RAW_DIR
from viewer.gui import import_core
from viewer.gui import settings as S

RAW = sorted(RAW_DIR.glob("*.txt"))
NEWS = "{n}年4月14日，山西省壶关县组织干部培训{k}人次，投入314.51万元，带动就业1200人。"


def _page(i: int) -> str:
    """A small distinct article (different bodies, so none is a duplicate)."""
    return f"第{i}号通讯\n" + "\n".join(NEWS.format(n=2000 + i % 20, k=i * 7 + j) for j in range(3))


def _awkward_folder(root: Path) -> Path:
    """Good pages in several encodings, a duplicate, and one of each kind of bad file."""
    folder = root / "awkward"
    (folder / "sub").mkdir(parents=True)
    (folder / "gb18030.txt").write_bytes(RAW[1].read_text("utf-8").encode("gb18030"))
    (folder / "sub" / "utf16.txt").write_bytes(RAW[2].read_text("utf-8").encode("utf-16"))
    (folder / "copy1.txt").write_bytes(RAW[0].read_bytes())
    (folder / "copy2.txt").write_bytes(RAW[0].read_bytes())
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "english.txt").write_text("Only English words here.\n" * 5, encoding="utf-8")
    spam = "\n".join(f"热门推荐：{i}号彩票官网注册送彩金 www.example{i}.com" for i in range(30))
    (folder / "spam.html").write_text(spam, encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4 not a page")  # not a page type: skipped
    return folder


def _generated(root: Path, count: int) -> Path:
    folder = root / f"gen{count}"
    folder.mkdir()
    for i in range(count):
        (folder / f"{i:05d}.txt").write_text(_page(i), encoding="utf-8")
    return folder


def _reasons(report: import_core.ImportReport) -> dict[str, str]:
    return {Path(r.name).name: r.reason for r in report.refused}


def test_import_files_from_the_menu(window: Any, monkeypatch: Any, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    chosen = [str(RAW[3]), str(RAW[4]), str(empty)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (chosen, ""))
    window.import_files_action.trigger()
    report = window.importer.last_report
    assert report.imported == 2 and report.duplicates == 0
    assert _reasons(report) == {"empty.txt": "empty"}
    assert window.articles.rowCount() == 5  # the list updated without a restart
    assert window.stored.id == report.new_ids[0]  # the first new article is shown
    assert window.archive.get_article(report.new_ids[0]).origin == str(RAW[3])
    assert "5 articles" in window.status.text()
    assert window.settings.get(S.IMPORT_DIR) == str(RAW_DIR)
    summary = window.importer.summary
    assert summary.isVisible() and summary.refused.topLevelItemCount() == 1
    row = summary.refused.topLevelItem(0)
    assert (row.text(0), row.text(1)) == (str(empty), "empty")
    assert not window.importer.running() and window.import_files_action.isEnabled()


def test_import_folder_with_awkward_files(window: Any, monkeypatch: Any, tmp_path: Path) -> None:
    folder = _awkward_folder(tmp_path)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window.import_folder_action.trigger()
    report = window.importer.last_report
    assert report.total == 8  # .txt and .html, in sub-folders too; the .pdf is not a page
    assert report.imported == 3 and report.duplicates == 1
    assert _reasons(report) == {
        "image.txt": "binary",
        "empty.txt": "empty",
        "english.txt": "not-chinese",
        "spam.html": "no-article",
    }
    from viewer.pipeline import process

    for aid in report.new_ids:  # every good page arrived whole, whatever its encoding
        stored = window.archive.get_article(aid)
        source = Path(stored.origin)
        original = RAW[{"gb18030.txt": 1, "utf16.txt": 2}.get(source.name, 0)]
        expected = process(original.read_bytes(), original.name)
        assert stored.article.body == expected.body and stored.article.title == expected.title
        assert stored.article.facts == expected.facts
    labels = [window.importer.summary.refused.topLevelItem(i).text(1) for i in range(4)]
    assert sorted(labels) == ["binary", "empty", "no article text found", "not Chinese text"]


def test_summary_copies_the_report(window: Any, tmp_path: Path) -> None:
    folder = _awkward_folder(tmp_path)
    window.importer.start([folder])
    text = window.importer.summary.copy_report()
    assert QApplication.clipboard().text() == text
    assert text.startswith("3 imported, 1 duplicates skipped, 4 refused\n")
    assert f"{folder / 'image.txt'}\tbinary: is a binary file" in text
    assert "spam.html\tno article text found" in text


@pytest.mark.parametrize(
    ("language", "headline", "refused", "binary"),
    [
        ("zh_CN", "导入 3 篇，跳过重复 1 篇，拒收 4 个", "拒收的文件：", "二进制文件"),
        ("zh_TW", "匯入 3 篇，跳過重複 1 篇，拒收 4 個", "拒收的檔案：", "二進位檔案"),
    ],
)
def test_summary_and_report_in_the_interface_language(
    window: Any, tmp_path: Path, interface: Any, language: str, headline: str, refused: str,
    binary: str,
) -> None:  # fmt: skip
    interface(language)
    window.importer.start([_awkward_folder(tmp_path)])
    summary = window.importer.summary
    assert summary.headline.text() == headline
    assert window.statusBar().currentMessage() == headline
    reasons = {summary.refused.topLevelItem(i).text(1) for i in range(4)}
    assert binary in reasons and not any(r.isascii() for r in reasons)
    text = summary.copy_report()
    assert text.startswith(headline + "\n") and f"\n{refused}\n" in text
    assert f"image.txt\t{binary}: is a binary file" in text  # the reason's sentence as given
    # import_core itself stays English (the command line, tests): the words come through
    # the translator the dialog passes.
    assert window.importer.last_report.headline() == "3 imported, 1 duplicates skipped, 4 refused"


def _drop(window: Any, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(50, 50), actions, mime, buttons, mods)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), actions, mime, buttons, mods)
    QApplication.sendEvent(window, drop)
    return drop


def test_drop_files_and_folders(window: Any, tmp_path: Path) -> None:
    folder = _generated(tmp_path, 4)
    drop = _drop(window, [folder, RAW[2]])
    assert drop.isAccepted()
    report = window.importer.last_report
    assert report.total == 5 and report.imported == 5
    assert window.articles.rowCount() == 8


def test_drop_of_remote_urls_is_refused(window: Any) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl("http://example.com/page.html")])
    event = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.ignore()
    QApplication.sendEvent(window, event)
    assert not event.isAccepted()
    assert not window.importer.drop(mime) and window.importer.last_report is None


def test_progress_shows_files_done_of_total(window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    folder = _generated(tmp_path, 6)
    window.importer.progress_interval = 0.0
    shown: list[str] = []
    process = import_core.process_one

    def recording(path: Path, name: str, max_bytes: int) -> Any:
        dialog = window.importer.dialog
        shown.append(f"{dialog.bar.value()}/{dialog.bar.maximum()} {dialog.label.text()}")
        return process(path, name, max_bytes)

    monkeypatch.setattr(import_core, "process_one", recording)
    window.importer.start([folder])
    assert window.importer.progress_seen == [(i, 6) for i in range(7)]
    assert shown == [f"{i}/6 {i} of 6 files done" for i in range(6)]
    assert window.importer.dialog is None  # closed at the end


def test_cancel_stops_after_the_current_file(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    folder = _generated(tmp_path, 10)
    process = import_core.process_one
    calls: list[str] = []

    def cancel_on_third(path: Path, name: str, max_bytes: int) -> Any:
        calls.append(name)
        if len(calls) == 3:
            qtbot.mouseClick(window.importer.dialog.cancel_button, Qt.MouseButton.LeftButton)
            assert not window.importer.dialog.cancel_button.isEnabled()
        return process(path, name, max_bytes)

    monkeypatch.setattr(import_core, "process_one", cancel_on_third)
    window.importer.start([folder])
    report = window.importer.last_report
    assert len(calls) == 3  # the current file was finished, no other was started
    assert report.cancelled and report.done == 3 and report.imported == 3
    assert window.archive.article_count() == 6  # what was imported is kept
    assert window.importer.summary.windowTitle() == "Import cancelled"
    assert report.headline().startswith("Import cancelled: 3 imported")
    assert (
        report.text().splitlines()[1]
        == f"3 of {report.total} files were handled before cancelling."
    )
    chinese = report.text(lambda _context, source: {
        "Import cancelled: {}": "导入已取消：{}",
    }.get(source, source))  # fmt: skip
    assert chinese.startswith("导入已取消：3 imported")


def test_size_limit_refuses_with_a_clear_message(window: Any, tmp_path: Path) -> None:
    window.settings.set(S.IMPORT_LIMIT_MB, 1)
    big = tmp_path / "big.txt"
    big.write_bytes((_page(1) + "\n").encode() * (1_200_000 // len(_page(1).encode()) + 10))
    started = time.monotonic()
    window.importer.start([big, RAW[3]])
    report = window.importer.last_report
    assert time.monotonic() - started < 20
    assert report.imported == 1
    (refusal,) = report.refused
    assert refusal.label == "too large"
    assert "is too large" in refusal.message and "the limit is 1 MB" in refusal.message


@pytest.mark.slow
def test_thousands_of_files_in_one_pass(window: Any, tmp_path: Path) -> None:
    folder = _generated(tmp_path, 2000)
    window.importer.start([folder])
    report = window.importer.last_report
    assert report.total == 2000 and report.imported == 2000 and not report.refused
    assert window.articles.total() == 2003
    assert window.archive.article_count() == 2003


@pytest.mark.slow
def test_import_runs_off_the_gui_thread(window: Any, qtbot: Any, tmp_path: Path) -> None:
    folder = _generated(tmp_path, 300)
    pool = QThreadPool()
    window.importer.pool = pool
    ticks: list[float] = []  # timer ticks handled while the import was still running
    timer = QTimer(window)
    timer.timeout.connect(lambda: window.importer.running() and ticks.append(time.monotonic()))
    timer.start(5)
    try:
        assert window.importer.start([folder])
        assert window.importer.running()  # start() returned while the import goes on
        assert not window.import_files_action.isEnabled()
        qtbot.waitUntil(lambda: not window.importer.running(), timeout=120_000)
    finally:
        timer.stop()
        pool.waitForDone(120_000)
    report = window.importer.last_report
    assert report.imported == 300
    # Progress is shown by a slot on the GUI thread, and the timer fired: the event loop
    # kept running during the import (how often depends on the machine's load).
    shown = [done for done, _ in window.importer.progress_seen]
    assert len(shown) >= 3 and 0 < shown[1] < 300
    assert len(ticks) >= 1
    assert window.articles.total() == 303 and window.stored.id == report.new_ids[0]


def test_archive_that_fails_becomes_a_dialog(window: Any, dialogs: list, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not an archive", encoding="utf-8")
    window.archive_path = bad
    window.importer.start([RAW[3]])
    kind, text = dialogs[-1]
    assert kind == "warning" and "bad.sqlite" in text and "not an archive" in text
    assert not window.importer.running() and window.importer.summary is None


@pytest.mark.slow
def test_a_file_that_takes_too_long_is_stopped(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """In the app files go to a child process: one that would never finish is stopped at
    the time limit, refused as too slow, and the rest go on in a fresh child."""
    from tests.gui import stalling_child
    from viewer.gui.import_child import ChildProcessor

    monkeypatch.setattr(ChildProcessor, "serve", staticmethod(stalling_child.serve))
    stuck = tmp_path / "forever.txt"
    stuck.write_bytes(RAW[2].read_bytes())
    pool = QThreadPool()
    window.importer.pool = pool
    window.importer.isolate = True
    window.settings.set(S.IMPORT_TIMEOUT_S, 3)
    try:
        assert window.importer.start([stuck, RAW[3], RAW[4]])
        qtbot.waitUntil(lambda: not window.importer.running(), timeout=240_000)
    finally:
        pool.waitForDone(240_000)
    report = window.importer.last_report
    assert _reasons(report) == {"forever.txt": "too-slow"}
    assert "took too long" in report.refused[0].message
    assert report.imported == 2 and window.articles.rowCount() == 5


@pytest.mark.slow
def test_closing_the_window_mid_import_keeps_what_was_imported(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    folder = _generated(tmp_path, 3000)
    pool = QThreadPool()
    window.importer.pool = pool
    window.importer.isolate = True
    window.importer.progress_interval = 0.0
    assert window.importer.start([folder])
    qtbot.waitUntil(lambda: any(d >= 300 for d, _ in window.importer.progress_seen), timeout=60_000)
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 15 and pool.activeThreadCount() == 0
    qtbot.wait(50)  # the queued end of the import arrives: no dialog for a closed window
    assert window.importer.summary is None
    count = window.archive.article_count()
    assert 303 <= count < 3003  # every file handled before the close is kept
    assert window.archive.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
