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
