"""The pairing network tells directed pairs (an arrow from the helper) from pairs whose
articles do not say who helps (a plain line, the two sides in reading order)."""

from __future__ import annotations

from typing import Any

from viewer.archive.overview import Pairing
from viewer.gui.widgets.overview_network import NetworkView, merge_edges

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
    assert arrow.toolTip().startswith("武汉大学 → 壶关县") and arrow.toolTip().endswith("4 篇")
    assert line.toolTip().startswith("甲村 — 乙村")
    x = {name: item.sceneBoundingRect().center().x() for name, item in view.nodes.items()}
    assert x["武汉大学"] < x["壶关县"]  # the helper on the left
    assert x["甲村"] < x["乙村"]  # reading order
