"""How the reader sets text: baselines a fixed number of characters apart, in every script."""

from __future__ import annotations

from typing import Any

import pytest

from viewer.gui.widgets import typesetting
from viewer.model import Script


def _line_gap_em(window: Any) -> float:
    """Distance between the first two lines of the first long paragraph, in characters."""
    doc = window.reader.document()
    em = doc.defaultFont().pointSizeF() * window.reader.logicalDpiY() / 72
    block = doc.findBlock(window.reader.body_start)
    while block.isValid() and block.layout().lineCount() < 2:
        block = block.next()
    layout = block.layout()
    return (layout.lineAt(1).y() - layout.lineAt(0).y()) / em


@pytest.mark.parametrize("mode", [Script.ORIGINAL, Script.HANS, Script.HK])
def test_body_lines_are_set_at_the_chosen_spacing(
    window: Any, article_ids: dict, mode: Script
) -> None:
    window.list_pane.select(article_ids["long.txt"])
    window.script.actions[mode].trigger()
    assert _line_gap_em(window) == pytest.approx(typesetting.LINE_EM, abs=0.08)
    window.zoom(3)  # the spacing follows the size
    assert _line_gap_em(window) == pytest.approx(typesetting.LINE_EM, abs=0.08)


def test_no_empty_line_when_an_article_names_no_source(window: Any) -> None:
    from viewer.gui.models.presented import present
    from viewer.model import Article

    window.reader.show_presented(
        present("x", Article(file="x", body="正文一段。", title="题"), Script.HANS)
    )
    assert window.reader.toPlainText() == "题\n正文一段。"


def test_find_scrolls_only_to_what_is_out_of_view(window: Any, article_ids: dict) -> None:
    from PySide6.QtGui import QTextCursor

    reader = window.reader
    window.list_pane.select(article_ids["long.txt"])
    bar, height = reader.verticalScrollBar(), reader.viewport().height()
    assert bar.value() == 0 and bar.maximum() > 0
    visible = out_of_view = None
    for i in range(60):
        cursor = reader.document().find(f"第{i}段：")
        y = reader.cursorRect(cursor).center().y()
        if visible is None and height * 0.5 < y < height * 0.75:
            visible = f"第{i}段："
        if y > height * 2:
            out_of_view = f"第{i}段："
            break
    assert visible and out_of_view
    reader.find_text(visible)
    assert bar.value() == 0  # in view already: the page stays put
    reader.find_text(out_of_view)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.current_match()[0])
    y = reader.cursorRect(cursor).center().y()
    assert bar.value() > 0 and abs(y - height // 3) < 40
