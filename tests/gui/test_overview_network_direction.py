"""The pairing network tells directed pairs (an arrow from the helper) from pairs whose
articles do not say who helps (a plain line, the two sides in reading order); so do the
pairings table (no direction marked in the relation), the heading of the articles behind a
pair (a → b or a ↔ b), and the facts table's direction column and its exports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from viewer.archive import Archive
from viewer.archive.overview import FactRow, Pairing
from viewer.gui import i18n
from viewer.gui.models.overview_export import row_cells, to_json
from viewer.gui.models.overview_tables import DirectedRole, KeyRole, PairingsModel
from viewer.gui.widgets.overview_network import NetworkView, merge_edges
from viewer.model import Article, Fact

PROVINCES = {"武汉大学": "湖北省", "壶关县": "山西省", "甲村": "贵州省", "乙村": "湖南省"}


def pairings() -> list[Pairing]:
    return [
        Pairing("甲村", "乙村", "结对共建", 2, "2022-05-01", "2022-06-01", False),
        Pairing("武汉大学", "壶关县", "县校合作", 3, "2021-03-05", "2021-04-01", True),
        # the same two the other way round, without a direction: joins the arrow
        Pairing("壶关县", "武汉大学", "合作", 1, "2021-05-01", "2021-05-01", False),
    ]


def test_undirected_pair_joins_the_arrow_of_the_same_two() -> None:
    assert merge_edges(pairings()) == {
        ("甲村", "乙村"): (["结对共建"], 2, False),
        ("武汉大学", "壶关县"): (["县校合作", "合作"], 4, True),
    }


def test_two_undirected_statements_either_way_make_one_line() -> None:
    both = [
        Pairing("甲村", "乙村", "结对共建", 1, None, None, False),
        Pairing("乙村", "甲村", "结对", 1, None, None, False),
    ]
    assert merge_edges(both) == {("甲村", "乙村"): (["结对共建", "结对"], 2, False)}


def test_arrow_only_where_the_direction_is_known(qtbot: Any) -> None:
    view = NetworkView()
    qtbot.addWidget(view)
    view.build(pairings(), PROVINCES, lambda name: "村" in name or "县" in name, str)
    assert set(view.edges) == {("甲村", "乙村"), ("武汉大学", "壶关县")}
    arrow, line = view.edges[("武汉大学", "壶关县")], view.edges[("甲村", "乙村")]
    assert arrow.directed and not arrow.head.isEmpty()
    assert not line.directed and line.head.isEmpty()
    assert arrow.toolTip().startswith("武汉大学 → 壶关县") and arrow.toolTip().endswith(
        "4 articles"
    )
    assert line.toolTip().startswith("甲村 ↔ 乙村")
    x = {name: item.sceneBoundingRect().center().x() for name, item in view.nodes.items()}
    assert x["武汉大学"] < x["壶关县"]  # the helper on the left
    assert x["甲村"] < x["乙村"]  # reading order


def _scene_words(view: NetworkView) -> set[str]:
    return {i.text() for i in view.scene().items() if isinstance(i, QGraphicsSimpleTextItem)}


def test_legend_and_heads_follow_the_interface_language(qtbot: Any, interface: Any) -> None:
    view = NetworkView()
    qtbot.addWidget(view)
    view.build(pairings(), PROVINCES, lambda name: "村" in name or "县" in name, str)
    assert {"Helping side →", "Cooperation (no direction)", "Province unknown"} <= _scene_words(
        view
    )
    interface(i18n.SIMPLIFIED)
    view.redraw()
    assert {"帮扶方 →", "合作（不分方向）", "省份未知", "湖北省"} <= _scene_words(view)
    assert view.edges[("武汉大学", "壶关县")].toolTip().endswith("4 篇")
    interface(i18n.TRADITIONAL)
    view.redraw()
    words = _scene_words(view)
    assert {"幫扶方 →", "合作（不分方向）", "湖北省"} <= words and "帮扶方 →" not in words


def test_pairings_table_marks_rows_without_direction(qtmodeltester: Any, interface: Any) -> None:
    model = PairingsModel()
    model.set_pairings(pairings())
    qtmodeltester.check(model)
    rows = {model.index(r, 2).data(): r for r in range(model.rowCount())}
    assert set(rows) == {"结对共建 (no direction)", "县校合作", "合作 (no direction)"}
    undirected = model.index(rows["结对共建 (no direction)"], 0)
    assert undirected.data(DirectedRole) is False
    assert undirected.data(KeyRole) == ("甲村", "乙村", "结对共建", False)
    assert undirected.data(Qt.ItemDataRole.ToolTipRole).startswith("甲村 ↔ 乙村")
    directed = model.index(rows["县校合作"], 1)
    assert directed.data(Qt.ItemDataRole.ToolTipRole).startswith("武汉大学 → 壶关县")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Helping side"
    interface(i18n.SIMPLIFIED)
    assert model.index(undirected.row(), 2).data() == "结对共建（不分方向）"
    assert model.index(directed.row(), 2).data() == "县校合作"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "帮扶方",
        "受援方",
        "关系",
    ]


def _pairing(body: str, a: str, b: str, relation: str, directed: bool) -> Fact:
    data = {"a": a, "b": b, "relation": relation, "directed": directed}
    return Fact("pairing", body, 0, len(body), data)


def test_heading_of_a_pair_says_whether_it_has_a_direction(
    make_window: Any, tmp_path: Path, interface: Any
) -> None:
    helped = "武汉大学帮扶壶关县。"
    equals = "甲村与乙村结对共建。"
    path = tmp_path / "pairs.sqlite"
    with Archive.open(path, create=True) as arc:
        arc.add_articles(
            [
                (Article(file="h.txt", body=helped, title="帮扶", published="2022-01-02",
                         facts=(_pairing(helped, "武汉大学", "壶关县", "帮扶", True),)), "h"),
                (Article(file="e.txt", body=equals, title="共建", published="2022-03-04",
                         facts=(_pairing(equals, "甲村", "乙村", "结对共建", False),)), "e"),
            ]
        )  # fmt: skip
    w = make_window(path)
    w.overview_mode.show_view("network")
    pane = w.overview_mode.pane
    assert not pane.pairings.network.edges[("甲村", "乙村")].directed
    pane.pairings.choose(("edge", "甲村", "乙村"))
    assert pane.pairings.heading.text() == "甲村 ↔ 乙村: 1 articles"
    pane.pairings.choose(("edge", "武汉大学", "壶关县"))
    assert pane.pairings.heading.text() == "武汉大学 → 壶关县: 1 articles"
    table = pane.pairings.table
    row = next(r for r in range(2) if table.model().index(r, 0).data() == "甲村")
    pane.pairings._row_clicked(table.model().index(row, 0))
    assert pane.pairings.heading.text() == "甲村 ↔ 乙村 (结对共建): 1 articles"
    interface(i18n.SIMPLIFIED)
    assert pane.pairings.heading.text() == "甲村 ↔ 乙村（结对共建）：1 篇"
    assert table.model().index(row, 2).data() == "结对共建（不分方向）"
    # The facts table: its direction column, and the same in what is exported.
    pane.show_view("facts")
    pane.facts.set_filter(kind="pairing")
    cells = {pane.facts_model.cells(r)[1]: pane.facts_model.cells(r) for r in range(2)}
    assert cells[equals][2] == "甲村 ↔ 乙村" and cells[equals][-1] == "↔"
    assert cells[helped][2] == "武汉大学 → 壶关县" and cells[helped][-1] == "→"
    objects = json.loads(pane.facts.export(tmp_path / "pairs.json").read_text("utf-8"))
    assert {o["text"]: o["directed"] for o in objects} == {helped: True, equals: False}


def test_direction_cell_only_for_pairings() -> None:
    place = Fact("place", "壶关县", 0, 3, {"province": "山西省"})
    undirected = _pairing("甲村与乙村结对共建。", "甲村", "乙村", "结对共建", False)
    rows = [FactRow("id", 0, f, "题", "报", "2022-01-01", "") for f in (place, undirected)]
    table = [("h",) * 10, *(row_cells(r) for r in rows)]
    assert [r[-1] for r in table[1:]] == ["", "↔"]
    assert [o["directed"] for o in json.loads(to_json(table))] == [None, False]
