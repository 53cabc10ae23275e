"""What the reader holds on to: one document at a time, converters warmed after the paint."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QTextDocument

from viewer import script
from viewer.model import Script


def test_switching_keeps_a_single_document(window: Any, article_ids: dict) -> None:
    for _ in range(3):
        for aid in article_ids.values():
            assert window.list_pane.select(aid)
        for mode in Script:
            window.script.actions[mode].trigger()
    documents = window.reader.findChildren(QTextDocument)
    assert documents == [window.reader.document()]


def test_converters_are_warmed_after_the_first_paint(
    make_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(script, "_converters", {})
    window = make_window()
    assert window.script.mode == Script.ORIGINAL  # nothing converted to show the article
    qtbot.waitUntil(lambda: script.is_built(Script.HANT) and script.is_built(Script.HANS))


def test_raw_view_keeps_a_single_document_and_builds_only_when_shown(
    window: Any, article_ids: dict
) -> None:
    raw = window.raw_view
    window.set_raw_mode("off")
    empty = raw.document()
    for aid in article_ids.values():
        assert window.list_pane.select(aid)
    assert raw.document() is empty  # hidden: nothing built
    window.set_raw_mode("beside")
    assert raw.toPlainText()  # built when shown (the raw text, or a note that none is held)
    for _ in range(2):
        for aid in article_ids.values():
            assert window.list_pane.select(aid)
    assert raw.findChildren(QTextDocument) == [raw.document()]
    assert raw.article is window.stored.article
