"""The article list read by key: pages join up to the whole order, undated articles come
last going down (first going up), filters narrow, and positions match the order."""

from __future__ import annotations

import pytest
from archive_helpers import make_article

from viewer.archive import Archive

DATES = ["2021-01-02", None, "2022-07-07", "2022-07-07", "2022-07-07", None, "2020-05-05"]


@pytest.fixture
def listed(archive: Archive) -> Archive:
    for i, date in enumerate(DATES):
        source = "甲报" if i % 2 else "乙报"
        archive.add_article(make_article(f"第{i}篇文章正文", published=date, source=source), "x")
    return archive


def _expected(archive: Archive, descending: bool, source: str | None = None) -> list[str]:
    rows = archive.db.execute(
        "SELECT published, id FROM articles WHERE ? IS NULL OR source = ?", [source, source]
    ).fetchall()
    dated = sorted((r for r in rows if r[0] is not None), reverse=descending)
    undated = sorted((r for r in rows if r[0] is None), reverse=descending)
    return [r[1] for r in (dated + undated if descending else undated + dated)]


@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("size", [1, 2, 3, 100])
def test_pages_join_up_to_the_whole_order(listed: Archive, descending: bool, size: int) -> None:
    got, after = [], None
    while True:
        keys = listed.article_keys(descending=descending, after=after, limit=size)
        assert len(keys) <= size
        if not keys:
            break
        got += [k[1] for k in keys]
        after = keys[-1]
    assert got == _expected(listed, descending) == listed.article_ids(descending=descending)
    assert len(got) == len(DATES)


def test_undated_articles_come_last_going_down(listed: Archive) -> None:
    keys = listed.article_keys(limit=None)
    assert [k[0] for k in keys][-2:] == [None, None]
    assert keys[0][0] == "2022-07-07"
    assert listed.article_keys(descending=False, limit=None)[0][0] is None


@pytest.mark.parametrize("descending", [True, False])
def test_filters_and_positions(listed: Archive, descending: bool) -> None:
    order = _expected(listed, descending, "甲报")
    assert listed.article_ids(source="甲报", descending=descending) == order
    for row, aid in enumerate(order):
        assert listed.article_position(aid, source="甲报", descending=descending) == row
    others = set(_expected(listed, descending)) - set(order)
    assert all(listed.article_position(a, source="甲报") is None for a in others)
    assert listed.article_position("no-such-id") is None


def test_a_page_is_read_from_an_index(listed: Archive) -> None:
    """No sort of every article: the plan walks the listing index."""
    for where in ("", "source = '甲报' AND "):
        plan = " ".join(
            r[3]
            for r in listed.db.execute(
                f"EXPLAIN QUERY PLAN SELECT published, id FROM articles WHERE {where}"
                "published IS NOT NULL ORDER BY published DESC, id DESC LIMIT 5"
            )
        )
        assert "TEMP B-TREE" not in plan and "COVERING INDEX" in plan
