"""Driving the real window: open, select, script toggle, fact highlight, find, raw view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from viewer.gui import i18n
from viewer.gui.models.article_list import MetaRole
from viewer.gui.models.facts import FactIndexRole, ValueRole
from viewer.model import Script


def _select(window: Any, qtbot: Any, article_id: str) -> None:
    assert window.list_pane.select(article_id)
    assert window.stored is not None and window.stored.id == article_id


def _doc_slice(window: Any, a: int, b: int) -> str:
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def _facts_texts(window: Any) -> list[str]:
    model = window.facts
    out = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        out += [model.index(r, 0, group).data() for r in range(model.rowCount(group))]
    return out


def _fact_index(window: Any, fact: int) -> Any:
    return window.facts.index_of(fact)


def test_opens_on_newest_article_with_status(window: Any, qtbot: Any, article_ids: dict) -> None:
    assert window.articles.rowCount() == 3
    assert window.stored.id == article_ids["trad.txt"]
    text = window.reader.toPlainText()
    assert text.startswith("壺關縣：抓培訓強本領\n乡村干部报 · 2023-04-14 · 謝令\n山西省壺關縣")
    qtbot.waitUntil(lambda: "3 articles" in window.status.text())
    assert "6 facts" not in window.status.text()  # counts all facts of the archive: 9
    assert "9 facts" in window.status.text()
    meta = window.articles.index(0).data(MetaRole)
    assert meta == "2023-04-14 · 乡村干部报 · 山西省长治市"


def test_select_with_keyboard(window: Any, qtbot: Any, article_ids: dict) -> None:
    window.list_pane.view.setFocus()
    qtbot.keyClick(window.list_pane.view, Qt.Key.Key_Down)
    assert window.stored.id == article_ids["simp.txt"]
    assert "周𫖮说" in window.reader.toPlainText()


def test_each_script_changes_reader_list_and_facts(window: Any, article_ids: dict) -> None:
    expected = {
        Script.ORIGINAL: ("壺關縣", "壺關縣：抓培訓強本領"),
        Script.HANS: ("壶关县", "壶关县：抓培训强本领"),
        Script.HANT: ("壺關縣", "壺關縣：抓培訓強本領"),
        Script.TW: ("壺關縣", "壺關縣：抓培訓強本領"),
        Script.HK: ("壺關縣", "壺關縣：抓培訓強本領"),
    }
    for mode, (place, title) in expected.items():
        window.script.actions[mode].trigger()
        assert window.script.mode == mode
        assert window.reader.toPlainText().startswith(title)
        assert place in window.reader.toPlainText()
        assert window.articles.index(0).data() == title
        assert _fact_index(window, 0).data() == place
        assert place in _facts_texts(window)
    window.script.actions[Script.HANS].trigger()
    assert "组织干部培训" in window.reader.toPlainText()
    assert window.articles.index(1).data() == "周𫖮谈签约项目"
    place = _fact_index(window, 0)
    assert place.data(ValueRole) == "山西省长治市壶关县"
    window.script.actions[Script.HANT].trigger()
    assert _fact_index(window, 0).data(ValueRole) == "山西省長治市壺關縣"


def test_labels_are_never_converted(window: Any) -> None:
    labels = [a.text() for a in window.script.actions.values()]
    for mode in (Script.HANS, Script.HANT):
        window.script.actions[mode].trigger()
        assert [a.text() for a in window.script.actions.values()] == labels
    assert labels == ["原文", "简体", "繁體", "臺灣正體", "香港繁體"]


def test_phrase_localisation_for_taiwan(window: Any, qtbot: Any, article_ids: dict) -> None:
    _select(window, qtbot, article_ids["simp.txt"])
    assert not window.script.phrases_action.isEnabled()
    window.script.actions[Script.TW].trigger()
    assert "簽約項目" in window.reader.toPlainText()
    window.script.phrases_action.setChecked(True)
    assert "簽約專案" in window.reader.toPlainText()
    assert "資料庫" in window.reader.toPlainText()
    a, b = window.reader.doc_range(*window.presented.spans[1])
    assert _doc_slice(window, a, b) == "壺關縣"


def test_click_fact_highlights_its_span(window: Any, qtbot: Any) -> None:
    index = _fact_index(window, 3)  # the row of both mentions of 壺關縣
    rect = window.sidebar.tree.visualRect(index)
    qtbot.mouseClick(window.sidebar.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    a, b = window.reader.highlighted_range()
    assert _doc_slice(window, a, b) == "壺關縣"
    assert window.reader.toPlainText()[a - 1 : a] == "省"  # the first mention first
    qtbot.mouseClick(window.sidebar.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    a, b = window.reader.highlighted_range()
    assert window.reader.toPlainText()[a - 1 : a] == "與"  # the second mention, not the first
    window.script.actions[Script.HANS].trigger()  # stays on the same words after a toggle
    a, b = window.reader.highlighted_range()
    assert _doc_slice(window, a, b) == "壶关县"
    assert window.reader.toPlainText()[a - 1 : a] == "与"


def test_highlight_after_a_character_outside_the_bmp(
    window: Any, qtbot: Any, article_ids: dict
) -> None:
    _select(window, qtbot, article_ids["simp.txt"])
    for mode in Script:
        window.script.actions[mode].trigger()
        window.sidebar.tree.setFocus()
        window.sidebar.tree.setCurrentIndex(_fact_index(window, 1))
        qtbot.keyClick(window.sidebar.tree, Qt.Key.Key_Return)
        a, b = window.reader.highlighted_range()
        assert _doc_slice(window, a, b) == window.presented.fact_text(1)
        assert _doc_slice(window, a, b) in ("壶关县", "壺關縣")
        assert window.reader.hasFocus()


def test_hover_in_reader_marks_fact_in_sidebar(window: Any, qtbot: Any) -> None:
    a, _ = window.reader.doc_range(*window.presented.spans[1])  # 600余人次
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(a + 1)
    point = window.reader.cursorRect(cursor).center()
    qtbot.mouseMove(window.reader.viewport(), point)
    qtbot.waitUntil(
        lambda: window.facts.index_of(1).data(Qt.ItemDataRole.BackgroundRole) is not None
    )
    assert window.facts.index_of(1).data(FactIndexRole) == 1


def test_facts_grouped_with_counts_and_filter(window: Any, interface: Any) -> None:
    def groups() -> list[str]:
        return [window.facts.index(g, 0).data() for g in range(window.facts.rowCount())]

    assert groups() == [
        "Numbers  1",
        "Amounts  1",
        "Dates  1",
        "Places  1 · 2 mentions",
        "Organizations  1",
    ]
    interface(i18n.SIMPLIFIED)
    assert groups() == ["数字  1", "金额  1", "日期  1", "地点  1项 · 2处", "机构  1"]
    interface(i18n.TRADITIONAL)
    assert groups() == ["數字  1", "金額  1", "日期  1", "地點  1項 · 2處", "機構  1"]
    window.sidebar.filter.setText("武漢")
    assert _facts_texts(window) == ["武漢大學"]
    window.sidebar.filter.setText("")
    assert len(_facts_texts(window)) == 5  # the two mentions of 壺關縣 share a row


def test_find_in_article(window: Any, qtbot: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    window.find_bar.field.setText("壶关")  # simplified; the text is traditional
    assert window.find_bar.count.text() == "1 / 3"
    first = window.reader.current_match()
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.find_bar.count.text() == "2 / 3"
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.reader.current_match() == first
    assert _doc_slice(window, *first) == "壺關"
    window.find_bar.field.setText("不存在的词")
    assert window.find_bar.count.text() == "no match"
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_zoom_changes_the_reading_size(window: Any, qtbot: Any) -> None:
    before = window.reader.document().defaultFont().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.document().defaultFont().pointSizeF() > before
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.document().defaultFont().pointSizeF() < before


def test_raw_original_beside_shows_removed_parts(window: Any) -> None:
    window.raw_actions["beside"].trigger()
    assert window.raw_view.isVisible() and window.reader.isVisible()
    raw = window.stored.article.raw
    removed = [raw[a:b] for a, b in window.raw_view.removed]
    assert "(hú)" in removed
    assert any("免責聲明" in r for r in removed)
    assert "(hú)" in window.raw_view.toPlainText()
    window.raw_actions["instead"].trigger()
    assert window.raw_view.isVisible() and not window.reader.isVisible()
    window.raw_actions["off"].trigger()
    assert not window.raw_view.isVisible()


def test_nothing_is_rendered_as_markup(window: Any) -> None:
    from viewer.gui.models.presented import present
    from viewer.model import Article

    article = Article(file="x", body='<img src="http://example.com/x.png"><a href="x">链接</a>')
    window.reader.show_presented(present("x", article, Script.ORIGINAL))
    assert window.reader.toPlainText().endswith('<a href="x">链接</a>')
