"""The overview's facts table, driven on an archive with known facts: counts shown, filters,
sorting, paging by key, double-click to the reader, exports read back and the copied table."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication

from viewer.gui import i18n
from viewer.model import Script

ROOT = Path(__file__).resolve().parents[2]


def _known_module() -> Any:
    """The known archive is defined once, with the query tests."""
    spec = importlib.util.spec_from_file_location(
        "overview_known", ROOT / "tests" / "archive" / "test_overview.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


KNOWN = _known_module()


@pytest.fixture
def known_ids(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "known.sqlite"
    return path, KNOWN.build_known(path)


@pytest.fixture
def overview(make_window: Any, known_ids: tuple[Path, dict[str, str]], qtbot: Any) -> Any:
    """(window, overview pane, ids by article name), the overview opened by its shortcut."""
    path, ids = known_ids
    w = make_window(path)
    assert w.overview_mode._pane is None  # nothing built until asked for
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(
        w, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert w.overview_mode.in_overview()
    return w, w.overview_mode.pane, ids


def test_opens_with_every_fact_counted(overview: Any, interface: Any) -> None:
    w, pane, _ = overview
    assert pane.current_view() == "facts"
    assert pane.facts_model.total == 20
    assert pane.facts_model.rowCount() == 20
    assert pane.facts.count.text() == "20 facts"
    assert w.overview_mode.action.isChecked()
    names = {r[0] for r in w.archive.db.execute("SELECT name FROM sqlite_master")}
    assert "facts_overview_place" in names  # added on first use (inline in tests)

    def kinds() -> list[str]:
        return [pane.facts.combos["kind"].itemText(i) for i in range(6)]

    english = ["Kind: all", "Places (8)", "Pairings (5)", "Numbers (4)", "Dates (2)", "Amounts (1)"]
    assert kinds() == english
    interface(i18n.SIMPLIFIED)
    assert kinds() == ["类型：全部", "地点 (8)", "结对 (5)", "数字 (4)", "日期 (2)", "金额 (1)"]
    assert pane.facts.count.text() == "20 条"
    assert pane.facts.text.placeholderText() == "筛选文字…"
    assert pane.facts.combos["year"].accessibleName() == "年份"
    interface(i18n.TRADITIONAL)
    assert kinds() == ["類型：全部", "地點 (8)", "結對 (5)", "數字 (4)", "日期 (2)", "金額 (1)"]
    assert pane.facts.count.text() == "20 條"


@pytest.mark.parametrize(
    ("filters", "count"),
    [
        ({"kind": "pairing"}, 5),
        ({"kind": "quantity", "unit": "人"}, 2),
        ({"source": "乙报"}, 8),
        ({"year": 2021}, 10),
        ({"province": "贵州省"}, 5),
        ({"text": "黎城縣"}, 3),
        ({"kind": "money", "year": 2021}, 0),
    ],
)
def test_filters_narrow_the_table(overview: Any, filters: dict, count: int) -> None:
    _, pane, _ = overview
    pane.facts.set_filter(**filters)
    assert pane.facts_model.rowCount() == count
    assert pane.facts.count.text() == f"{count} facts"


def test_typing_filters_after_a_pause(overview: Any, qtbot: Any) -> None:
    _, pane, _ = overview
    for part in ("县校", "合作"):  # committed by an input method, as Chinese is typed
        event = QInputMethodEvent()
        event.setCommitString(part)
        QApplication.sendEvent(pane.facts.text, event)
    assert pane.facts.text.text() == "县校合作"
    assert pane.facts_model.rowCount() == 20  # not yet: one query after the pause
    qtbot.waitUntil(lambda: pane.facts_model.rowCount() == 2, timeout=2000)
    texts = {pane.facts_model.cells(r)[1] for r in range(2)}
    assert texts == {"武汉大学开展县校合作", "武汉大学深化县校合作"}


def test_header_click_sorts_in_sql(overview: Any) -> None:
    _, pane, _ = overview
    pane.facts.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    values = [pane.facts_model.cells(r)[2] for r in range(3)]
    assert values == ["3,000,000", "1,200", "600"]
    assert pane.facts_model.sort_key == "value"
    pane.facts.view.sortByColumn(8, Qt.SortOrder.AscendingOrder)
    assert pane.facts_model.cells(0)[8] == "2021-03-05"


def test_pages_are_fetched_as_the_view_scrolls(overview: Any, qtbot: Any) -> None:
    _, pane, _ = overview
    model = pane.facts_model
    model.page = 6
    pane.facts.apply_filter()
    assert model.rowCount() == 6 and model.canFetchMore()
    assert pane.facts.count.text() == "20 facts"
    for _ in range(10):
        pane.facts.view.scrollToBottom()
        qtbot.wait(5)
        if not model.canFetchMore():
            break
    assert model.rowCount() == 20
    keys = {(model.fact_row(r).article_id, model.fact_row(r).seq) for r in range(20)}
    assert len(keys) == 20


def test_double_click_opens_the_article_with_the_fact(overview: Any, qtbot: Any) -> None:
    w, pane, ids = overview
    pane.facts.set_filter(kind="quantity", text="15個")
    view = pane.facts.view
    index = pane.facts_model.index(0, 1)
    rect = view.visualRect(index)
    assert pane.facts_model.rowCount() == 1
    # A real double click starts with a press: the view opens only the row pressed.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not w.overview_mode.in_overview()
    assert w.stored.id == ids["a4"]
    start, end = w.reader.highlighted_range()
    cursor = w.reader.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "15個"
    assert w.list_pane.current_id() == ids["a4"]


def test_exports_read_back(overview: Any, tmp_path: Path, interface: Any) -> None:
    _, pane, _ = overview
    pane.facts.set_filter(kind="money")
    data = pane.facts.export(tmp_path / "facts.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    header = ["Kind", "Text", "Value", "Unit", "Note", "Place", "Title", "Source", "Date"]
    assert rows == [
        [*header, "Direction"],
        [
            "Amounts",
            "300万元",
            "3,000,000",
            "元",
            "",
            "贵州省贵阳市",
            "a3的标题",
            "乙报",
            "2022-07-01",
            "",  # a direction is a pairing's
        ],
    ]
    pane.facts.set_filter(kind="pairing", source="甲报")
    objects = json.loads(pane.facts.export(tmp_path / "facts.json").read_text("utf-8"))
    # Stored without `directed` (before pairings carried it): directed, as the overview has it.
    assert [(o["value"], o["subject"], o["date"], o["directed"]) for o in objects] == [
        ("武汉大学 → 壶关县", "县校合作", "2021-03-20", True),  # newest article first, each
        ("贵阳市 → 罗甸县", "对口帮扶", "2021-03-20", True),  # in reading order
        ("武汉大学 → 壶关县", "县校合作", "2021-03-05", True),
    ]
    md = pane.facts.export(tmp_path / "facts.md").read_text("utf-8").splitlines()
    assert md[0].startswith("| Kind | Text |") and md[0].endswith("| Direction |")
    assert md[1].startswith("|---|") and md[2].endswith("| → |")
    assert len(md) == 2 + 3
    interface(i18n.SIMPLIFIED)  # the header and the kinds as the interface shows them
    data = pane.facts.export(tmp_path / "facts.csv").read_bytes()
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["类型", "原文", "值", "单位", "说明", "地点", "标题", "来源", "日期", "方向"]
    assert rows[1][0] == "结对" and rows[1][-1] == "→"


def test_copy_selected_rows_as_a_table(overview: Any) -> None:
    _, pane, _ = overview
    pane.facts.set_filter(kind="date")
    pane.facts.view.selectAll()
    pane.facts.copy()
    mime = QGuiApplication.clipboard().mimeData()
    lines = mime.text().splitlines()
    assert lines[0].split("\t")[:3] == ["Kind", "Text", "Value"]
    assert [line.split("\t")[1:3] for line in lines[1:]] == [
        ["2022年6月30日", "2022-06-30"],
        ["2021年3月1日", "2021-03-01"],
    ]
    assert "<table>" in mime.html() and "<td>2022年6月30日</td>" in mime.html()


def test_script_toggle_converts_cells_and_choices(overview: Any, interface: Any) -> None:
    """The script converts the archive's words; the interface's words (kinds, headers, tab
    titles) follow the interface language instead."""
    w, pane, _ = overview
    pane.facts.set_filter(kind="pairing", text="壶关")
    w.script.set_mode(Script.HANT)
    cells = pane.facts_model.cells(0)
    assert cells[0] == "Pairings" and cells[4] == "縣校合作" and cells[2] == "武漢大學 → 壺關縣"
    assert pane.facts.combos["kind"].itemText(1) == "Places (8)"
    assert pane.facts.combos["source"].itemText(1).startswith("甲報")  # data: converted
    assert pane.tabText(0) == "Facts table"
    interface(i18n.SIMPLIFIED)
    assert pane.facts_model.cells(0)[0] == "结对" and pane.tabText(0) == "事实表"
    assert pane.facts_model.headerData(0, Qt.Orientation.Horizontal) == "类型"
    interface(i18n.TRADITIONAL)
    assert pane.facts_model.cells(0)[0] == "結對" and pane.tabText(0) == "事實表"
    assert pane.facts.combos["kind"].itemText(1) == "地點 (8)"
    w.script.set_mode(Script.ORIGINAL)
    assert pane.facts_model.cells(0)[4] == "县校合作"
    assert pane.facts_model.cells(0)[0] == "結對"


def test_model_passes_the_model_tester(overview: Any, qtmodeltester: Any) -> None:
    _, pane, _ = overview
    pane.facts_model.page = 7
    pane.facts.apply_filter()
    qtmodeltester.check(pane.facts_model)
