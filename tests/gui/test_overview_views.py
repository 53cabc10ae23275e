"""The pairing network, places and timeline of the overview: the numbers they show, clicking
through to articles, the script toggle, pictures, and the bundled archive (read-only)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
import test_overview_facts as facts_tests
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsRectItem

from viewer.archive import Archive
from viewer.gui import i18n
from viewer.gui.models.overview_tables import KeyRole
from viewer.model import Script

# The window on the known archive, shared with the facts table's tests.
known_ids = facts_tests.known_ids
overview = facts_tests.overview
BUNDLED = facts_tests.ROOT / "data" / "archive.sqlite"
Left = Qt.MouseButton.LeftButton


def _click_scene(qtbot: Any, view: Any, point: Any) -> None:
    view.centerOn(point)
    qtbot.mouseClick(view.viewport(), Left, pos=view.mapFromScene(point))


def test_network_nodes_sides_and_colours(overview: Any) -> None:
    _, pane, _ = overview
    pane.show_view("network")
    net = pane.pairings.network
    assert set(net.nodes) == {"武汉大学", "贵阳市", "壶关县", "罗甸县", "黎城县"}
    x = {name: item.sceneBoundingRect().center().x() for name, item in net.nodes.items()}
    assert x["武汉大学"] == x["贵阳市"] < x["壶关县"] == x["罗甸县"] == x["黎城县"]
    colour = {name: item.brush().color().name() for name, item in net.nodes.items()}
    assert colour["壶关县"] == colour["黎城县"] != colour["罗甸县"] == colour["贵阳市"]
    assert isinstance(net.nodes["武汉大学"], QGraphicsRectItem)  # an institution
    assert not isinstance(net.nodes["贵阳市"], QGraphicsRectItem)
    assert set(net.edges) == {("武汉大学", "壶关县"), ("贵阳市", "罗甸县"), ("武汉大学", "黎城县")}
    assert net.edges[("武汉大学", "壶关县")].toolTip().endswith("2 articles")
    assert net.edges[("武汉大学", "壶关县")].width > net.edges[("武汉大学", "黎城县")].width


def test_pairings_table_numbers(overview: Any) -> None:
    _, pane, _ = overview
    pane.show_view("network")
    table = pane.pairings.table.model()
    rows = [tuple(table.index(r, c).data() for c in range(6)) for r in range(table.rowCount())]
    assert sorted(rows) == [
        ("武汉大学", "壶关县", "县校合作", 2, "2021-03-05", "2021-03-20"),
        ("武汉大学", "黎城县", "定点帮扶", 1, "2022-07-15", "2022-07-15"),
        ("贵阳市", "罗甸县", "对口帮扶", 2, "2021-03-20", "2022-07-01"),
    ]
    pane.pairings.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert table.index(0, 3).data() == 1


def test_click_node_then_article_opens_it(overview: Any, qtbot: Any, interface: Any) -> None:
    w, pane, ids = overview
    pane.show_view("network")
    net = pane.pairings.network
    _click_scene(qtbot, net, net.nodes["武汉大学"].sceneBoundingRect().center())
    assert pane.pairings.listed_ids() == [ids["a4"], ids["a2"], ids["a1"]]
    assert pane.pairings.heading.text() == "武汉大学: 3 articles"
    interface(i18n.SIMPLIFIED)
    assert pane.pairings.heading.text() == "武汉大学：3 篇"
    first = pane.pairings.articles.item(0)
    assert first.text().startswith("a4的标题")
    pane.pairings.articles.itemActivated.emit(first)
    assert not w.overview_mode.in_overview()
    assert w.stored.id == ids["a4"]


def test_click_edge_and_table_row(overview: Any, qtbot: Any) -> None:
    _, pane, ids = overview
    pane.show_view("network")
    net = pane.pairings.network
    edge = net.edges[("贵阳市", "罗甸县")]
    _click_scene(qtbot, net, edge.path().pointAtPercent(0.5))
    assert pane.pairings.listed_ids() == [ids["a3"], ids["a2"]]
    table = pane.pairings.table
    row = next(
        r for r in range(table.model().rowCount()) if table.model().index(r, 1).data() == "黎城县"
    )
    qtbot.mouseClick(
        table.viewport(), Left, pos=table.visualRect(table.model().index(row, 0)).center()
    )
    assert pane.pairings.listed_ids() == [ids["a4"]]


def test_places_numbers_and_click_filters_the_list(
    overview: Any, qtbot: Any, interface: Any
) -> None:
    w, pane, ids = overview
    pane.show_view("places")
    model = pane.places_model
    top = [(model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 2).data())
           for r in range(model.rowCount())]  # fmt: skip
    assert top == [("山西省", 4, 5), ("贵州省", 2, 3)]
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Mentions"
    index = model.find("山西省", "长治市", "黎城县")
    assert (index.data(), index.siblingAtColumn(1).data()) == ("黎城县", 2)
    pane.places.expandAll()
    pane.places.scrollTo(index)
    qtbot.mouseClick(pane.places.viewport(), Left, pos=pane.places.visualRect(index).center())
    assert not w.overview_mode.in_overview()
    listed = [w.articles.article_id(r) for r in range(w.articles.rowCount())]
    assert listed == [ids["a4"], ids["a2"]]
    assert w.stored.id == ids["a4"]
    assert "黎城县: 2 articles" in w.statusBar().currentMessage()
    interface(i18n.SIMPLIFIED)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "提及"
    w.overview_mode.filter_articles([ids["a4"]], "黎城县")
    assert "黎城县：1 篇" in w.statusBar().currentMessage()


def test_timeline_months_and_clicks(overview: Any, qtbot: Any) -> None:
    w, pane, ids = overview
    pane.show_view("timeline")
    chart = pane.timeline
    assert [(m.month, m.articles, m.dated_facts) for m in chart.months] == [
        ("2021-03", 2, 1), ("2022-06", 0, 1), ("2022-07", 2, 0), ("2023-01", 1, 0),
    ]  # fmt: skip
    assert chart.month_at(chart.month_centre("2021-11").x()) == "2021-11"  # an empty month
    qtbot.mouseClick(chart, Left, pos=chart.month_centre("2022-07").toPoint())
    assert [w.articles.article_id(r) for r in range(w.articles.rowCount())] == [
        ids["a4"], ids["a3"],
    ]  # fmt: skip
    w.overview_mode.show_view("timeline")
    year = QPoint(round(chart.month_centre("2021-03").x()), chart.height() - 6)
    qtbot.mouseClick(chart, Left, pos=year)
    assert [w.articles.article_id(r) for r in range(w.articles.rowCount())] == [
        ids["a2"], ids["a1"],
    ]  # fmt: skip
    w.list_pane._filters_changed()  # any list filter brings every article back
    assert w.articles.rowCount() == 5


def test_script_toggle_relabels_every_view(overview: Any, interface: Any) -> None:
    w, pane, _ = overview
    for view in ("network", "places", "timeline"):
        pane.show_view(view)
    w.script.set_mode(Script.HANT)
    net = pane.pairings.network
    assert net.labels["罗甸县"].text() == "羅甸縣"
    assert net.labels["武汉大学"].text() == "武漢大學"
    assert pane.pairings.table.model().index(0, 0).data() in {"武漢大學", "貴陽市"}
    assert pane.places_model.index(1, 0).data() == "貴州省"
    assert pane.tabText(1) == "Pairing network"  # interface words: the interface language
    interface(i18n.TRADITIONAL)
    assert pane.tabText(1) == "結對網路" and w.overview_mode.tabs.tabText(1) == "總覽"
    assert net.labels["罗甸县"].text() == "羅甸縣"  # the graph drawn again keeps the script
    w.script.set_mode(Script.ORIGINAL)
    assert net.labels["罗甸县"].text() == "罗甸县"
    assert pane.tabText(1) == "結對網路"


@pytest.mark.parametrize("view", ["facts", "network", "places", "timeline"])
def test_every_view_saves_png_and_svg(overview: Any, view: str, tmp_path: Path) -> None:
    _, pane, _ = overview
    pane.show_view(view)
    png = pane.save_picture(tmp_path / f"{view}.png")
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 200 and image.height() > 100
    svg = pane.save_picture(tmp_path / f"{view}.svg").read_text("utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    if view == "network":
        assert "武汉大学" in svg and "罗甸县" in svg  # text stays text


def test_bundled_archive_numbers_match_sql(make_window: Any) -> None:
    digest = hashlib.sha256(BUNDLED.read_bytes()).hexdigest()
    w = make_window(BUNDLED)
    assert w.archive.readonly
    w.overview_mode.show_view("facts")
    pane = w.overview_mode.pane
    with Archive.open(BUNDLED, readonly=True) as arc:
        facts = arc.fact_count()
        sql = arc.db.execute
        pairs = sql(
            "SELECT count(DISTINCT a || '|' || b) FROM facts WHERE kind = 'pairing' "
            "AND a IS NOT NULL AND b IS NOT NULL"
        ).fetchone()[0]
        provinces = dict(
            sql(
                "SELECT province, count(DISTINCT article_id) FROM facts "
                "WHERE kind = 'place' AND province IS NOT NULL GROUP BY province"
            ).fetchall()
        )
        months = sql("SELECT count(*) FROM articles WHERE published LIKE '____-__%'").fetchone()[0]
    assert pane.facts_model.total == facts > 0
    assert pane.facts.count.text() == f"{facts:,} facts"
    pane.show_view("network")
    assert len(pane.pairings.network.edges) == pairs > 0
    pane.show_view("places")
    model = pane.places_model
    shown = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    assert shown == provinces
    pane.show_view("timeline")
    assert sum(m.articles for m in pane.timeline.months) == months
    assert all(isinstance(model.index(r, 0).data(KeyRole).articles, int) for r in range(3))
    w.archive.close()
    assert hashlib.sha256(BUNDLED.read_bytes()).hexdigest() == digest


def test_places_and_pairings_models_pass_the_model_tester(
    overview: Any, qtmodeltester: Any
) -> None:
    _, pane, _ = overview
    pane.show_view("places")
    pane.show_view("network")
    qtmodeltester.check(pane.places_model)
    qtmodeltester.check(pane.pairings_model)
