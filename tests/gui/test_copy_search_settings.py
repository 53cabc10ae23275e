"""Copying (read back from the clipboard), search, restored settings, bad archives, models."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor

from viewer.gui.models.article_list import ArticleListModel, SnippetRole
from viewer.gui.models.facts import FactsModel
from viewer.gui.models.presented import present
from viewer.model import Script

TITLE = "壺關縣：抓培訓強本領"


def _clipboard() -> tuple[str, str]:
    mime = QGuiApplication.clipboard().mimeData()
    return mime.text(), mime.html()


def _focus_fact(window: Any, qtbot: Any, fact: int) -> None:
    window.sidebar.tree.setFocus()
    window.sidebar.tree.setCurrentIndex(window.facts.index_of(fact))


def test_ctrl_c_on_a_fact_copies_its_line(window: Any, qtbot: Any) -> None:
    window.script.actions[Script.HANS].trigger()
    _focus_fact(window, qtbot, 0)
    qtbot.keyClick(window.sidebar.tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text, html = _clipboard()
    assert text == "壶关县（山西省长治市壶关县）——《壶关县：抓培训强本领》，乡村干部报，2023-04-14"
    assert "壶关县" in html


def test_copy_with_citation_names_the_original_title(window: Any, qtbot: Any) -> None:
    window.script.actions[Script.HANS].trigger()
    _focus_fact(window, qtbot, 1)
    window.cite_action.trigger()
    text, _ = _clipboard()
    line, ref = text.splitlines()
    assert line.startswith("600余人次（600+ 人次；培训干部）")
    assert ref == f"謝令. {TITLE}[N/OL]. 乡村干部报, 2023-04-14."


def test_copy_all_facts_as_table(window: Any) -> None:
    window.copy_all_action.trigger()
    text, html = _clipboard()
    rows = [line.split("\t") for line in text.splitlines()]
    assert rows[0] == ["类型", "原文", "值", "说明", "标题", "来源", "日期"]
    assert len(rows) == 7 and all(len(r) == 7 for r in rows)
    assert ["地点", "壺關縣", "山西省长治市壶关县", "", TITLE, "乡村干部报", "2023-04-14"] in rows
    assert html.count("<tr>") == 7 and "<th>类型</th>" in html


def test_copy_group_from_context_action(window: Any) -> None:
    window.sidebar.tree.setCurrentIndex(window.facts.index_of(0))  # a place
    window.copy_group_action.trigger()
    rows = _clipboard()[0].splitlines()[1:]
    assert [r.split("\t")[0] for r in rows] == ["地点", "地点"]


def test_reader_copy_in_shown_or_original_script(window: Any, qtbot: Any) -> None:
    window.script.actions[Script.HANS].trigger()
    a, b = window.reader.doc_range(*window.presented.spans[0])
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(a - 3)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    window.reader.setTextCursor(cursor)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert _clipboard()[0] == "山西省壶关县"
    assert "<p>山西省壶关县</p>" in _clipboard()[1]
    window.copy_original_action.setChecked(True)
    qtbot.keyClick(window.reader, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert _clipboard()[0] == "山西省壺關縣"


def test_search_in_both_scripts_and_escape(window: Any, qtbot: Any, article_ids: dict) -> None:
    bar = window.list_pane.search_bar
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert bar.hasFocus()
    for query in ("壶关县", "壺關縣"):
        bar.setText(query)
        bar.run_now()
        assert window.list_pane.in_search()
        ids = {window.results.article_id(r) for r in range(window.results.rowCount())}
        assert ids == {article_ids["trad.txt"], article_ids["simp.txt"]}
        snippet, marks = window.results.index(0, 0).data(SnippetRole)
        assert marks and snippet[marks[0][0] : marks[0][1]] in ("壶关县", "壺關縣")
    window.script.actions[Script.HANS].trigger()
    snippet, marks = window.results.index(0, 0).data(SnippetRole)
    assert "壺" not in snippet
    qtbot.keyClick(bar, Qt.Key.Key_Return)
    assert window.list_pane.view.hasFocus()
    assert window.stored.id in ids
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Escape)  # clears the query
    qtbot.keyClick(bar, Qt.Key.Key_Escape)
    assert not window.list_pane.in_search()
    assert window.list_pane.view.model().rowCount() == 3


def test_settings_restored_in_a_new_window(make_window: Any, qtbot: Any, article_ids: dict) -> None:
    first = make_window()
    first.list_pane.select(article_ids["simp.txt"])
    first.script.actions[Script.TW].trigger()
    first.script.phrases_action.setChecked(True)
    first.zoom(2)
    first.set_sidebar_visible(False)
    first.raw_actions["beside"].trigger()
    first.splitter.setSizes([250, 700, 250])
    sizes = first.splitter.sizes()
    first.resize(731, 517)  # the offscreen screen is 800 x 800
    first.close()
    second = make_window(size=None)  # the restored geometry, not the default size
    assert second.script.mode == Script.TW and second.script.phrases
    assert second.script.actions[Script.TW].isChecked()
    assert second.reader.zoom == 2
    assert not second.sidebar.isVisible()
    assert second.raw_mode == "beside"
    assert second.stored.id == article_ids["simp.txt"]  # shown before the list is loaded
    qtbot.waitUntil(lambda: second.articles.rowCount() == 3)
    assert second.list_pane.current_id() == article_ids["simp.txt"]
    assert "簽約專案" in second.reader.toPlainText()
    assert second.splitter.sizes()[0] == sizes[0]
    assert (second.width(), second.height()) == (731, 517)


def test_corrupted_archive_shows_a_dialog(window: Any, tmp_path: Path, dialogs: list) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    assert not window.open_archive(bad)
    assert dialogs and dialogs[-1][0] == "critical"
    assert "bad.sqlite" in dialogs[-1][1]
    assert "Traceback" not in dialogs[-1][1]
    assert window.articles.rowCount() == 3  # the open archive stays


def test_open_another_archive(window: Any, tmp_path: Path, archive_file: Path) -> None:
    from viewer.archive import Archive

    other = tmp_path / "other.sqlite"
    Archive.open(other, create=True).close()
    assert window.open_archive(other)
    assert window.articles.rowCount() == 0
    assert window.stored is None
    assert str(other) in window.status.text()


def test_startup_offers_another_archive(monkeypatch: Any, tmp_path: Path, dialogs: list) -> None:
    from viewer.gui import app

    bad = tmp_path / "bad.sqlite"
    bad.write_text("not an archive at all", encoding="utf-8")
    assert app.open_with_retry(bad) is None
    assert dialogs[-1][0] == "critical" and "bad.sqlite" in dialogs[-1][1]


def test_about_names_version_and_counts(window: Any, dialogs: list) -> None:
    window.about()
    kind, text = dialogs[-1]
    assert kind == "about" and "0.1.0" in text and "3 articles" in text


def test_models_pass_the_model_tester(qtmodeltester: Any, archive_file: Path) -> None:
    from viewer.archive import Archive

    with Archive.open(archive_file) as arc:
        articles = ArticleListModel(arc)
        articles.reload()
        qtmodeltester.check(articles)
        facts = FactsModel()
        stored = arc.get_article(arc.article_ids()[0])
        facts.set_presented(present(stored.id, stored.article, Script.HANS))
        qtmodeltester.check(facts)
        facts.set_filter("大學")
        qtmodeltester.check(facts)


def test_startup_imports_no_extraction_code(archive_file: Path, tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from viewer.gui.app import build_window, open_archive\n"
        f"w = build_window(open_archive({str(archive_file)!r}), {str(archive_file)!r},\n"
        f"    QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat))\n"
        "w.show(); app.processEvents()\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('jieba', 'jionlp', 'ahocorasick',"
        " 'opencc') or m.startswith(('viewer.ingest', 'viewer.facts', 'viewer.pipeline'))]\n"
        "print(bad)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip().splitlines()[-1] == "[]"
