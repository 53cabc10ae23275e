"""Pairing direction in the overview: `directed` read back from the facts' data, undirected
pairs listed under the edge drawn for them, and the partial index that finds them."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.archive import Archive
from viewer.archive.overview import UNDIRECTED, Overview, Pairing, ensure_overview_indexes
from viewer.archive.rows import article_id, fact_from_row, fact_rows
from viewer.model import Article, Fact


def _article(name: str, published: str, text: str, data: dict) -> Article:
    fact = Fact("pairing", text, 0, len(text), data)
    return Article(
        file=name, body=text + "。", title=name, published=published, facts=(fact,)
    )  # fmt: skip


def articles() -> list[Article]:
    return [
        _article("d1", "2021-03-05", "武汉大学与壶关县开展县校合作",
                 {"a": "武汉大学", "b": "壶关县", "relation": "县校合作", "directed": True}),
        # the same two the other way round, with no direction stated
        _article("d2", "2021-04-01", "壶关县与武汉大学加强合作",
                 {"a": "壶关县", "b": "武汉大学", "relation": "合作", "directed": False}),
        _article("d3", "2022-05-01", "甲村与乙村结对共建",
                 {"a": "甲村", "b": "乙村", "relation": "结对共建", "directed": False}),
        _article("d4", "2022-06-01", "甲村与乙村续签结对共建协议",
                 {"a": "甲村", "b": "乙村", "relation": "结对共建", "directed": True}),
        # stored before pairings carried a direction
        _article("d5", "2022-07-01", "武汉大学定点帮扶黎城县",
                 {"a": "武汉大学", "b": "黎城县", "relation": "定点帮扶"}),
        _article("d6", "2022-08-01", "丙村与丁村结对共建",
                 {"a": "丙村", "b": "丁村", "relation": "结对共建", "directed": False}),
    ]  # fmt: skip


@pytest.fixture(params=[False, True], ids=["plain", "indexed"])
def overview(tmp_path: Path, request: pytest.FixtureRequest):
    path = tmp_path / "direction.sqlite"
    with Archive.open(path, create=True) as arc:
        for a in articles():
            arc.add_article(a, a.file)
    ids = {a.file: article_id(a) for a in articles()}
    with Archive.open(path) as arc:
        if request.param:
            ensure_overview_indexes(arc)
        yield Overview(arc), ids


def test_directed_is_stored_in_data_and_read_back() -> None:
    fact = articles()[1].facts[0]
    (row,) = fact_rows("x", (fact,))
    assert fact_from_row(row).get("directed") is False
    assert (row["a"], row["b"]) == ("壶关县", "武汉大学")


def test_pairings_say_whether_any_article_gives_the_direction(overview) -> None:
    o, _ = overview
    found = {(p.a, p.b, p.relation): p for p in o.pairings()}
    assert found[("武汉大学", "壶关县", "县校合作")].directed is True
    assert found[("壶关县", "武汉大学", "合作")].directed is False
    assert found[("丙村", "丁村", "结对共建")].directed is False
    # one of two articles says who helps: the pair is directed
    assert found[("甲村", "乙村", "结对共建")] == Pairing(
        "甲村", "乙村", "结对共建", 2, "2022-05-01", "2022-06-01", True
    )
    assert found[("武汉大学", "黎城县", "定点帮扶")].directed is True  # no field: as before
    assert {(p.a, p.directed) for p in o.pairings(year=2021)} == {
        ("武汉大学", True),
        ("壶关县", False),
    }


def test_edge_lists_the_undirected_articles_of_the_same_two_either_way(overview) -> None:
    o, ids = overview
    assert set(o.pairing_articles("武汉大学", "壶关县")) == {ids["d1"], ids["d2"]}
    # a directed statement is no article of the reverse edge
    assert o.pairing_articles("壶关县", "武汉大学") == [ids["d2"]]
    # a table row (with its relation) lists exactly its own articles
    assert o.pairing_articles("武汉大学", "壶关县", "县校合作") == [ids["d1"]]


def test_undirected_pairings_can_be_read_from_their_own_index(tmp_path: Path) -> None:
    """The query's terms imply the partial index's condition (else INDEXED BY would fail)."""
    path = tmp_path / "plan.sqlite"
    with Archive.open(path, create=True) as arc:
        for a in articles():
            arc.add_article(a, a.file)
        ensure_overview_indexes(arc)
        plan = arc.db.execute(
            "EXPLAIN QUERY PLAN SELECT f.a, f.b, f.relation FROM facts f "
            f"INDEXED BY facts_overview_undirected_pairs WHERE {UNDIRECTED}"
        ).fetchall()
        # only the undirected facts are visited, from the index alone
        assert "COVERING INDEX facts_overview_undirected_pairs" in " ".join(
            str(s[-1]) for s in plan
        )
        assert len(Overview(arc).pairings()) == 5
