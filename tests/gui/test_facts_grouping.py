"""Facts mentioned several times: one sidebar row, a mention count, stepping through them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor

from viewer.gui import i18n
from viewer.gui.models.facts import (
    BadgeRole,
    FactIndexRole,
    FactsModel,
    MentionsRole,
    ValueRole,
    group_facts,
    group_label,
)
from viewer.gui.models.presented import present
from viewer.model import Article, Fact, Script

PLACE = {"province": "山西省", "city": "长治市", "county": "壶关县"}


def _facts(body: str, specs: list[tuple[str, str, dict]]) -> tuple[Fact, ...]:
    """Each spec takes the next occurrence of its text in the body."""
    seen: dict[str, int] = {}
    out = []
    for kind, text, data in specs:
        start = body.index(text, seen.get(text, 0))
        seen[text] = start + 1
        out.append(Fact(kind, text, start, start + len(text), data))
    return tuple(out)


def _article() -> Article:
    body = "壺關縣培訓，朝陽區人員赴壺關縣，朝陽區再赴壺關縣，壺關縣三處，共600人。"
    chaoyang_bj = {"province": "北京市", "county": "朝阳区"}
    chaoyang_cc = {"province": "吉林省", "city": "长春市", "county": "朝阳区"}
    specs = [
        ("place", "壺關縣", PLACE),
        ("place", "朝陽區", chaoyang_bj),
        ("place", "壺關縣", PLACE),
        ("place", "朝陽區", chaoyang_cc),  # same words, another place: its own row
        ("place", "壺關縣", PLACE),
        ("organization", "壺關縣", {}),  # same words, another kind: its own row
        ("quantity", "600人", {"value": 600, "unit": "人"}),
    ]
    return Article(file="g.txt", body=body, title="題", facts=_facts(body, specs), script="hant")


def _rows(window: Any) -> list[tuple[str, str | None]]:
    model = window.facts
    out = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            idx = model.index(r, 0, group)
            out.append((idx.data(), idx.data(BadgeRole)))
    return out


def test_identical_facts_share_a_row_and_look_alikes_do_not(interface: Any) -> None:
    p = present("g", _article(), Script.HANS)
    groups = dict(group_facts(p))
    places = groups["place"]
    assert [(r.text, r.value, r.mentions) for r in places] == [
        ("壶关县", "山西省长治市壶关县", (0, 2, 4)),
        ("朝阳区", "北京市朝阳区", (1,)),
        ("朝阳区", "吉林省长春市朝阳区", (3,)),
    ]
    assert [r.mentions for r in groups["organization"]] == [(5,)]
    assert group_label("place", places) == "Places  3 · 5 mentions"
    assert group_label("quantity", groups["quantity"]) == "Numbers  1"
    interface(i18n.SIMPLIFIED)
    assert group_label("place", places) == "地点  3项 · 5处"
    assert group_label("quantity", groups["quantity"]) == "数字  1"
    interface(i18n.TRADITIONAL)  # the interface's language, whatever the script shown
    assert group_label("place", places) == "地點  3項 · 5處"
    assert group_label("organization", groups["organization"]) == "機構  1"


def test_filter_keeps_rows_matching_shown_or_original_words() -> None:
    p = present("g", _article(), Script.HANS)
    assert [r.text for _, rows in group_facts(p, "吉林") for r in rows] == ["朝阳区"]
    assert [r.mentions for _, rows in group_facts(p, "壺關") for r in rows] == [(0, 2, 4), (5,)]


def test_model_roles_and_stepping_wrap(interface: Any) -> None:
    model = FactsModel()
    model.set_presented(present("g", _article(), Script.HANT))
    row = model.index_of(2)
    assert row == model.index_of(0) == model.index_of(4)
    assert row.data(MentionsRole) == (0, 2, 4)
    assert row.data(BadgeRole) == "×3" and row.data(FactIndexRole) == 0
    assert row.data(ValueRole) == "山西省長治市壺關縣"
    assert row.data(Qt.ItemDataRole.ToolTipRole).endswith(" — 3 mentions")
    interface(i18n.SIMPLIFIED)
    assert row.data(Qt.ItemDataRole.ToolTipRole).endswith(" — 3处")
    assert model.index_of(1).data(BadgeRole) == ""  # a single mention has no badge
    assert model.step_mention(row, 1) == 0  # another row's fact is chosen: the first mention
    assert model.step_mention(row, -1) == 4  # backwards: the last one
    model.set_chosen(0)
    assert row.data(BadgeRole) == "1/3"
    assert [model.step_mention(row, 1), model.step_mention(row, -1)] == [2, 4]
    model.set_chosen(4)
    assert model.step_mention(row, 1) == 0  # wraps
    assert row.data(BadgeRole) == "3/3" and row.data(FactIndexRole) == 4


def test_chosen_mention_survives_a_toggle_but_not_another_article() -> None:
    model = FactsModel()
    article = _article()
    model.set_presented(present("g", article, Script.HANT))
    model.set_chosen(2)
    model.set_presented(present("g", article, Script.HANS))
    assert model.index_of(0).data(BadgeRole) == "2/3"
    model.set_presented(present("other", article, Script.HANS))
    assert model.index_of(0).data(BadgeRole) == "×3"


def test_grouped_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = FactsModel()
    model.set_presented(present("g", _article(), Script.HANS))
    model.set_chosen(2)
    model.set_hovered(3)
    qtmodeltester.check(model)
    model.set_filter("朝")
    qtmodeltester.check(model)


def _click(window: Any, qtbot: Any, fact: int) -> None:
    rect = window.sidebar.tree.visualRect(window.facts.index_of(fact))
    qtbot.mouseClick(window.sidebar.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _before_highlight(window: Any) -> str:
    a, _ = window.reader.highlighted_range()
    return window.reader.toPlainText()[a - 1 : a]


def test_window_shows_one_row_with_a_count(window: Any) -> None:
    assert ("壺關縣", "×2") in _rows(window)
    assert [t for t, _ in _rows(window)].count("壺關縣") == 1


def test_clicking_again_moves_to_the_next_mention(window: Any, qtbot: Any) -> None:
    _click(window, qtbot, 0)
    assert _before_highlight(window) == "省"
    assert window.facts.index_of(0).data(BadgeRole) == "1/2"
    _click(window, qtbot, 0)
    assert _before_highlight(window) == "與"
    assert window.facts.index_of(0).data(BadgeRole) == "2/2"
    _click(window, qtbot, 0)
    assert _before_highlight(window) == "省"  # wraps to the first
    _click(window, qtbot, 1)  # another row: its (only) mention
    assert window.reader.highlighted_range() == window.reader.doc_range(*window.presented.spans[1])
    _click(window, qtbot, 3)  # back to the place row: starts again at its first mention
    assert _before_highlight(window) == "省"


def test_enter_and_f3_step_while_the_focus_stays(window: Any, qtbot: Any) -> None:
    tree = window.sidebar.tree
    tree.setFocus()
    tree.setCurrentIndex(window.facts.index_of(0))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert _before_highlight(window) == "省" and tree.hasFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert _before_highlight(window) == "與" and tree.hasFocus()
    qtbot.keyClick(tree, Qt.Key.Key_F3)
    assert _before_highlight(window) == "省"
    qtbot.keyClick(tree, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert _before_highlight(window) == "與"
    tree.setCurrentIndex(window.facts.index_of(1))  # mentioned once: Enter goes to the reader
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.reader.hasFocus()


def test_f3_outside_the_sidebar_still_finds_next(window: Any, qtbot: Any) -> None:
    window.open_find()
    window.find_bar.field.setText("壺關")
    assert window.find_bar.count.text() == "1 / 3"
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_F3)
    assert window.find_bar.count.text() == "2 / 3"


def test_context_menu_steps_through_mentions(window: Any) -> None:
    window.sidebar.tree.setCurrentIndex(window.facts.index_of(0))
    window.sidebar.next_action.trigger()
    assert _before_highlight(window) == "省"
    window.sidebar.next_action.trigger()
    assert _before_highlight(window) == "與"
    window.sidebar.prev_action.trigger()
    assert _before_highlight(window) == "省"


def test_toggle_keeps_the_mention_shown(window: Any, qtbot: Any) -> None:
    _click(window, qtbot, 0)
    _click(window, qtbot, 0)
    window.script.actions[Script.HANS].trigger()
    assert _before_highlight(window) == "与"
    assert window.facts.index_of(3).data(BadgeRole) == "2/2"
    _click(window, qtbot, 0)  # and the next click wraps from there
    assert _before_highlight(window) == "省"


def test_hovering_any_mention_marks_the_row(window: Any, qtbot: Any) -> None:
    a, _ = window.reader.doc_range(*window.presented.spans[3])  # the second 壺關縣
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(a + 1)
    qtbot.mouseMove(window.reader.viewport(), window.reader.cursorRect(cursor).center())
    row = window.facts.index_of(0)
    qtbot.waitUntil(lambda: row.data(Qt.ItemDataRole.BackgroundRole) is not None)


def test_copy_of_a_grouped_row_copies_the_line_once(window: Any, qtbot: Any) -> None:
    tree = window.sidebar.tree
    tree.setFocus()
    tree.setCurrentIndex(window.facts.index_of(3))
    qtbot.keyClick(tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().mimeData().text()
    assert text.count("壺關縣（") == 1 and "\n" not in text


def test_a_value_that_repeats_the_text_is_left_out() -> None:
    body = "陕西省石泉县。"
    facts = _facts(body, [("place", "陕西省", {"province": "陕西省"}), ("place", "石泉县", {})])
    model = FactsModel()
    model.set_presented(present("v", Article(file="v", body=body, facts=facts), Script.HANS))
    assert model.index_of(0).data(ValueRole) == ""
    assert model.index_of(0).data() == "陕西省"
