"""The article list a page at a time: rows grow as the view asks, the order is the
archive's, a deep article is found (and loaded down to) by its position, filters and an
explicit list of ids page the same way, and the model passes the model tester throughout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from viewer.archive import Archive
from viewer.gui.models.article_list import ArticleListModel
from viewer.model import Article

N = 250


@pytest.fixture
def big(tmp_path: Path) -> Any:
    with Archive.open(tmp_path / "big.sqlite", create=True) as arc:
        arc.add_articles(
            (
                Article(
                    file=f"{i}.txt",
                    body=f"第{i}篇正文",
                    title=f"标题{i}",
                    published=None if i % 50 == 7 else f"2020-{1 + i % 12:02d}-{1 + i % 28:02d}",
                    source="甲报" if i % 3 else "乙报",
                ),
                f"{i}.txt",
            )
            for i in range(N)
        )
        yield arc


def _rows(model: ArticleListModel) -> list[str]:
    return [model.article_id(r) for r in range(model.rowCount())]


def test_rows_grow_a_page_at_a_time_in_the_archive_order(big: Any, qtmodeltester: Any) -> None:
    model = ArticleListModel(big)
    model.reload()
    assert model.rowCount() == 100 and model.canFetchMore()
    assert model.total() == N
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert _rows(model) == big.article_ids()
    assert model.rowCount() == N and not model.canFetchMore()
    qtmodeltester.check(model)


def test_a_deep_article_loads_the_list_down_to_it(big: Any) -> None:
    model = ArticleListModel(big)
    model.set_filters(source="甲报", descending=False)
    order = big.article_ids(source="甲报", descending=False)
    assert model.total() == len(order) > 100
    deep = order[150]
    assert model.row_of(deep) == 150
    assert 150 < model.rowCount() < len(order) + 1
    assert _rows(model) == order[: model.rowCount()]
    other = big.article_ids(source="乙报")[0]
    assert model.row_of(other) == -1  # left out by the filter: nothing loaded for it


def test_an_explicit_list_is_shown_a_page_at_a_time(big: Any, qtmodeltester: Any) -> None:
    model = ArticleListModel(big)
    ids = big.article_ids()[:180][::-1]
    model.set_ids(ids)
    assert model.rowCount() == 100 and model.total() == 180
    qtmodeltester.check(model)
    assert model.row_of(ids[170]) == 170
    model.fetchMore()
    assert _rows(model) == ids and not model.canFetchMore()
    assert model.row_of(big.article_ids()[0]) == 179
    assert model.row_of("no-such-id") == -1
