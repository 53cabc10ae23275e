"""The reader a researcher can trust: script badge, back to 原文, protected names,
ambiguity marks with their tooltips, the cleaning report and About this archive."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from viewer.archive import Archive
from viewer.archive.rows import article_id
from viewer.gui import i18n
from viewer.gui import settings as S
from viewer.model import Article, Fact, Script

BODY = "作家余华说，他的头发白了。\n这项技术被发明后，其余工厂参与制造。"


def _novel() -> Article:
    start = BODY.index("余华")
    return Article(
        file="novel.txt",
        body=BODY,
        raw="作家余(yú)华说\n" + BODY + "\n免责声明：转载",
        title="余华谈写作",
        published="2024-01-02",
        source="文学报",
        script="hans",
        removed={"pinyin": 187, "garbled_repaired": 2, "chrome_lines": 7, "spam_lines": 1},
        warnings=("1 garbled character(s) could not be recovered and are shown as 〔?〕",),
        facts=(Fact("person", "余华", start, start + 2),),
    )


@pytest.fixture
def novel_window(make_window: Any, tmp_path: Path) -> Any:
    path = tmp_path / "novel.sqlite"
    with Archive.open(path, create=True) as arc:
        arc.add_article(_novel(), "novel.txt")
        arc.set_metadata(
            title="测试档案",
            description="A test archive",
            sources=["文学报"],
            built_at="2026-01-02T03:04:05+00:00",
            pipeline_version="9",
        )
    window = make_window(path)
    assert window.list_pane.select(article_id(_novel()))
    return window


def _body_pos(window: Any, offset: int) -> int:
    return window.reader.doc_range(offset, offset + 1)[0]


def _format_at(window: Any, offset: int) -> QTextCharFormat:
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(_body_pos(window, offset) + 1)  # the format of the character before
    return cursor.charFormat()


def test_badge_shows_own_script_and_mode_and_goes_back(novel_window: Any, interface: Any) -> None:
    w = novel_window
    badge = w.article_bar.badge
    assert badge.chip.text() == "简" and badge.mode_label.text() == "原文"
    assert badge.chip.toolTip() == "This article is written in simplified characters"
    assert badge.back.isHidden()
    w.script.set_mode(Script.TW)
    assert badge.mode_label.text() == "→ 臺灣正體"
    assert not badge.back.isHidden()
    assert badge.back.text() == "Back to 原文"  # the script label inside, as written
    assert badge.mode_label.toolTip() == "Shown in 臺灣正體 (converted by machine)"
    interface(i18n.SIMPLIFIED)
    assert badge.back.text() == "回到原文" and badge.mode_label.text() == "→ 臺灣正體"
    assert badge.chip.toolTip() == "本文以简化字写成"
    interface(i18n.TRADITIONAL)
    assert badge.back.text() == "回到原文" and badge.chip.toolTip() == "本文以簡化字寫成"
    assert badge.mode_label.toolTip() == "顯示為臺灣正體（機器轉換）"
    interface(i18n.ENGLISH)
    badge.back.click()
    assert w.script.mode == Script.ORIGINAL
    assert w.reader.presented.body == BODY
    assert badge.mode_label.text() == "原文" and badge.back.isHidden()
    # The shortcut named in the button's tooltip is the 原文 action's.
    assert w.script.actions[Script.ORIGINAL].shortcut() == QKeySequence("Ctrl+1")
    assert "Ctrl+1" in badge.back.toolTip()


def test_badge_for_a_traditional_article(window: Any) -> None:
    assert window.article_bar.badge.chip.text() == "繁"


def test_protected_name_and_curated_terms_in_the_reader(novel_window: Any) -> None:
    w = novel_window
    for mode in (Script.HANT, Script.TW, Script.HK):
        w.script.set_mode(mode)
        p = w.reader.presented
        assert p.body.startswith("作家余華")
        assert "被發明" in p.body and "參與製造" in p.body and "其餘" in p.body
        assert p.title.startswith("余華")
        assert p.fact_text(0) == "余華"
        a, b = w.reader.doc_range(*p.spans[0])
        cursor = QTextCursor(w.reader.document())
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == "余華"


@pytest.mark.qt_log_ignore("does not support raise", "propagateSizeHints")  # offscreen
def test_ambiguity_marks_off_by_default_then_shown_with_tooltips(
    novel_window: Any, qtbot: Any
) -> None:
    w = novel_window
    w.script.set_mode(Script.HANT)
    assert not w.ambiguity_action.isChecked()
    hair = BODY.index("头发") + 1
    assert w.reader.ambiguity_at(hair) is None
    dotted = QTextCharFormat.UnderlineStyle.DotLine
    assert _format_at(w, hair).underlineStyle() != dotted

    w.ambiguity_action.setChecked(True)
    assert w.settings.get(S.AMBIGUITY_MARKS) is True
    mark = w.reader.ambiguity_at(hair)
    assert mark is not None and (mark.original, mark.shown) == ("发", "髮")
    assert _format_at(w, hair).underlineStyle() == dotted
    assert _format_at(w, BODY.index("作家")).underlineStyle() != dotted
    kept = w.reader.ambiguity_at(BODY.index("余华"))
    assert kept is not None and kept.kept and kept.shown == "余"

    # Hovering the character shows the original and the alternatives, as plain text.
    cursor = QTextCursor(w.reader.document())
    cursor.setPosition(_body_pos(w, hair))
    rect = w.reader.cursorRect(cursor)
    tip = w.reader.tooltip_at(QPoint(rect.left() + 3, rect.center().y()))
    assert "原文：发" in tip and "發 / 髮" in tip
    assert w.reader.tooltip_at(QPoint(2, 2)) == ""
    point = QPoint(rect.left() + 3, rect.center().y())
    event = QHelpEvent(QEvent.Type.ToolTip, point, w.reader.viewport().mapToGlobal(point))
    QApplication.sendEvent(w.reader.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == tip
    QToolTip.hideText()

    w.script.set_mode(Script.ORIGINAL)  # nothing converted: nothing marked
    assert w.reader.ambiguity_at(hair) is None
    w.ambiguity_action.setChecked(False)
    w.script.set_mode(Script.HANT)
    assert w.reader.ambiguity_at(hair) is None


def test_marks_option_is_in_the_script_menu(novel_window: Any) -> None:
    w = novel_window
    from viewer.gui.widgets.conversion_trust import _menu_holding

    menu = _menu_holding(w.menuBar().actions(), w.ambiguity_action)
    assert menu is not None and w.script.phrases_action in menu.actions()


def test_cleaning_report_beside_the_raw_toggle(novel_window: Any, interface: Any) -> None:
    bar = novel_window.article_bar
    assert bar.raw_button.defaultAction() is novel_window.raw_actions["beside"]
    layout = bar.layout()
    assert layout.indexOf(bar.cleaning) + 1 == layout.indexOf(bar.raw_button)
    assert bar.cleaning.text().startswith("Cleaning: pinyin 187, ")
    assert "Removed 187 pinyin annotations" in bar.report_text()
    assert "Removed 7 lines of site menus and navigation" in bar.report_text()
    assert "could not be recovered" in bar.report_text()  # the pipeline's own note
    interface(i18n.SIMPLIFIED)
    assert bar.cleaning.text().startswith("清理：拼音 187，")
    assert bar.report_text().startswith("清理记录\n· 删除拼音注音 187 处")
    assert "删除网站栏目、导航等 7 行" in bar.report_text()
    interface(i18n.TRADITIONAL)
    assert bar.cleaning.text().startswith("清理：拼音 187，")
    assert "刪除網站欄目、導航等 7 行" in bar.report_text()
    assert "删" not in bar.report_text() and "删" not in bar.cleaning.toolTip()


def test_about_this_archive(novel_window: Any, qtbot: Any) -> None:
    w = novel_window
    help_menu = w.menuBar().actions()[-1].menu()
    assert w.about_archive_action in help_menu.actions()
    w.about_archive_action.trigger()
    from viewer.gui.widgets.about_archive import AboutArchive

    dialog = w.findChild(AboutArchive)
    assert dialog is not None and dialog.isVisible()
    values = {k: v.text() for k, v in dialog.values.items()}
    assert values["Title"] == "测试档案"
    assert values["Sources"] == "文学报 (1)"
    assert values["Built"] == "2026-01-02 03:04 UTC"
    assert values["Pipeline version"] == "9"
    assert values["Articles"] == "1" and values["Facts"] == "1"
    dialog.close()
