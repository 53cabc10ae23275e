"""Storing and reading articles: round trip, duplicates, listing, facets, facts, metadata."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from archive_helpers import make_article

from viewer.archive import Archive, ArchiveError


def test_round_trip_keeps_every_field(archive: Archive):
    art = make_article("一二三四五六，山西", province="山西省", title="協作標題", script="hant")
    aid, new = archive.add_article(art, "data/raw/x.txt")
    assert new
    stored = archive.get_article(aid)
    assert stored is not None
    assert stored.origin == "data/raw/x.txt" and stored.imported_at
    got = stored.article
    assert (got.body, got.raw, got.title, got.published, got.source, got.script) == (
        art.body,
        art.raw,
        art.title,
        art.published,
        art.source,
        "hant",
    )
    assert got.authors == ("谢令",) and got.editor == "车婧"
    assert got.warnings == art.warnings and dict(got.removed) == {"pinyin": 3}
    assert [f.to_json() for f in got.facts] == [f.to_json() for f in art.facts]
    assert all(got.body[f.start : f.end] == f.text for f in got.facts)


def test_same_document_twice_is_stored_once(archive: Archive):
    art = make_article("同一篇文章")
    first = archive.add_article(art, "a.txt")
    second = archive.add_article(art, "b.txt")
    assert first[0] == second[0] and first[1] and not second[1]
    assert archive.add_articles([(art, "c.txt"), (art, "d.txt")]) == [(first[0], False)] * 2
    assert archive.article_count() == 1
    assert archive.fact_count() == 1
    assert archive.metadata()["article_count"] == "1"


def test_add_articles_is_one_transaction(archive: Archive):
    good = make_article("好的文章")

    def items():
        yield good, "a.txt"
        raise RuntimeError("stop halfway")

    with pytest.raises(RuntimeError):
        archive.add_articles(items())
    assert archive.article_count() == 0
    assert archive.search("文章") == []


def test_delete_removes_article_facts_and_index(archive: Archive):
    aid, _ = archive.add_article(make_article("要删除的文章"), "a.txt")
    keep, _ = archive.add_article(make_article("要保留的文章"), "b.txt")
    assert archive.delete_article(aid)
    assert not archive.delete_article(aid)
    assert archive.get_article(aid) is None
    assert [h.id for h in archive.search("文章")] == [keep]
    assert archive.fact_count() == 1 and archive.metadata()["fact_count"] == "1"
    check = archive.db.execute(
        "INSERT INTO articles_search(articles_search) VALUES ('integrity-check')"
    )
    assert check.fetchall() == []


def test_listing_filters_and_order(archive: Archive):
    ids = {}
    for day, source, province in [
        ("2021-01-02", "甲报", "山西省"),
        ("2023-05-01", "乙报", None),
        ("2022-07-07", "甲报", "贵州省"),
        (None, "乙报", None),
    ]:
        ids[day], _ = archive.add_article(
            make_article(f"文章{day}结尾", published=day, source=source, province=province), "x"
        )
    assert archive.article_ids() == [
        ids["2023-05-01"],
        ids["2022-07-07"],
        ids["2021-01-02"],
        ids[None],
    ]
    assert archive.article_ids(descending=False)[-1] == ids["2023-05-01"]
    assert archive.article_ids(source="甲报") == [ids["2022-07-07"], ids["2021-01-02"]]
    assert archive.article_ids(province="山西省") == [ids["2021-01-02"]]
    assert archive.article_ids(year=2022) == [ids["2022-07-07"]]
    assert archive.article_ids(source="丙报") == []
    facets = archive.facets()
    assert facets.sources == [("乙报", 2), ("甲报", 2)]
    assert dict(facets.provinces) == {"山西省": 1, "贵州省": 1}
    assert dict(facets.years) == {2021: 1, 2022: 1, 2023: 1}


def test_summaries_follow_the_given_order(archive: Archive):
    a, _ = archive.add_article(make_article("第一篇", title=None, province="山西省"), "a")
    b, _ = archive.add_article(make_article("第二篇", title="二"), "b")
    got = archive.summaries([b, "missing", a])
    assert [s.id for s in got] == [b, a]
    assert got[1].title is None and got[1].place == "山西省某市" and got[0].place is None


def test_all_facts_with_kind_and_article_filters(archive: Archive):
    a, _ = archive.add_article(make_article("甲乙丙丁", province="山西省"), "a")
    b, _ = archive.add_article(make_article("戊己庚辛", published="2020-01-01"), "b")
    rows = list(archive.all_facts())
    assert [(s.id, f.kind) for s, f in rows] == [(a, "quantity"), (a, "place"), (b, "quantity")]
    assert [f.get("province") for _, f in archive.all_facts(kind="place")] == ["山西省"]
    assert [s.id for s, _ in archive.all_facts(article_ids=[b])] == [b]
    assert list(archive.all_facts(kind="money")) == []


def test_readonly_archive_refuses_writes(tmp_path: Path):
    path = tmp_path / "a.sqlite"
    with Archive.open(path, create=True) as arc:
        arc.add_article(make_article("只读文章"), "a")
        arc.seal()
    with Archive.open(path, readonly=True) as arc:
        assert arc.article_count() == 1 and arc.search("只读")
        with pytest.raises(ArchiveError, match="read-only"):
            arc.add_article(make_article("新的"), "b")


def test_readonly_in_a_read_only_place_is_immutable(tmp_path: Path, monkeypatch):
    path = tmp_path / "a.sqlite"
    with Archive.open(path, create=True) as arc:
        arc.add_article(make_article("安装目录里的文章"), "a")
        arc.seal()
    uris = []
    real_connect = sqlite3.connect

    def spy(target, *args, **kwargs):
        uris.append(str(target))
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr("viewer.archive.opening.os.access", lambda *_: False)
    monkeypatch.setattr("viewer.archive.opening.sqlite3.connect", spy)
    with Archive.open(path, readonly=True) as arc:
        assert arc.article_count() == 1
    assert "mode=ro" in uris[0] and "immutable=1" in uris[0]
    assert not Path(f"{path}-wal").exists()


def test_opens_with_readable_tables_in_sqlite_utils(tmp_path: Path):
    path = tmp_path / "a.sqlite"
    with Archive.open(path, create=True) as arc:
        arc.add_article(make_article("可读的表", province="山西省"), "a")
        arc.set_metadata(title="测试")
    db = sqlite_utils.Database(path)
    assert {"articles", "facts", "metadata", "articles_search"} <= set(db.table_names())
    article = next(iter(db["articles"].rows))
    assert article["body"] == "可读的表" and article["province"] == "山西省"
    assert article["year"] == 2023
    fact = next(iter(db["facts"].rows))
    assert (fact["kind"], fact["value"], fact["unit"]) == ("quantity", 12, "人")
    assert dict(db.execute("SELECT key, value FROM metadata").fetchall())["title"] == "测试"
    indexes = {i.name for i in db["articles"].indexes} | {i.name for i in db["facts"].indexes}
    assert {
        "articles_by_date",
        "articles_by_source",
        "articles_by_province",
        "facts_by_kind",
    } <= indexes
