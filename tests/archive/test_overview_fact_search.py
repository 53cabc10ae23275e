"""The facts' full-text index: the text filter gives the scan's rows, and the index follows
articles as they are added and deleted."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.archive.test_overview import _article, build_known, known_articles
from viewer.archive import Archive, fact_search
from viewer.archive.overview import (
    FactFilter,
    Overview,
    ensure_overview_indexes,
    needs_overview_indexes,
)

QUERIES = [
    "黎城县", "黎城縣", "县校合作", "武漢", "武汉大学", "罗甸", "帮扶", "幫扶", "对口帮扶罗甸县",
    "不存在的词", "600", "00", "1200人", "2021年3月", "万元", "培训干部", "贵阳市 罗甸县",
    "value", "Value", "exact", "人", "县", "黎",
]  # fmt: skip
HOSTILE = [
    '"', '""', "'", "*", "武汉*", '"武汉" OR "贵阳"', "AND", "NOT 武汉", "NEAR(武汉 贵阳)",
    "(", ")", "^武汉", "武汉:", "words: 武汉", "%", "_", "\\", "\x00", "\ud800武汉", "🙂🙂",
    "a" * 500, "武" * 300, "; DROP TABLE facts; --", "{}", "[\"", "-", "+", ":",
]  # fmt: skip


@pytest.fixture
def pair_of_archives(tmp_path: Path):
    """The same archive twice: as built (scan only) and with the overview's indexes."""
    build_known(tmp_path / "scan.sqlite")
    shutil.copy(tmp_path / "scan.sqlite", tmp_path / "fts.sqlite")
    with (
        Archive.open(tmp_path / "scan.sqlite") as scan,
        Archive.open(tmp_path / "fts.sqlite") as fts,
    ):
        assert ensure_overview_indexes(fts)
        yield Overview(scan), Overview(fts)


def _keys(o: Overview, flt: FactFilter) -> list[tuple[str, int]]:
    return [(r.article_id, r.seq) for r in o.fact_page(flt, "date", True)]


@pytest.mark.parametrize("text", QUERIES)
def test_same_rows_as_the_scan(pair_of_archives, text: str) -> None:
    scan, fts = pair_of_archives
    for flt in (FactFilter(text=text), FactFilter(text=text, kind="place")):
        assert _keys(fts, flt) == _keys(scan, flt)
        assert fts.fact_count(flt) == scan.fact_count(flt)


def test_the_index_finds_facts_by_text_and_names(pair_of_archives) -> None:
    _, fts = pair_of_archives
    assert fact_search.exists(fts.db)
    assert not fact_search.exists(pair_of_archives[0].db)
    match = fact_search.match_expression("黎城縣")
    assert match == '"黎城 城县"'
    n = fts.db.execute("SELECT count(*) FROM facts_search WHERE facts_search MATCH ?", [match])
    assert n.fetchone()[0] == 3  # two places and a pairing naming it only in its data
    # a part of a number is found (digits are indexed with their suffixes)
    n = fts.db.execute("SELECT count(*) FROM facts_search WHERE facts_search MATCH ?", ['"00"*'])
    assert n.fetchone()[0] == 3  # 600人, 1200人, 300万元
    assert fact_search.match_expression("县") is None  # one character: left to the scan


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_never_raises(pair_of_archives, text: str) -> None:
    scan, fts = pair_of_archives
    assert _keys(fts, FactFilter(text=text)) == _keys(scan, FactFilter(text=text))
    assert fts.fact_count(FactFilter(text=text)) == scan.fact_count(FactFilter(text=text))


def test_index_follows_added_and_deleted_articles(tmp_path: Path) -> None:
    ids = build_known(tmp_path / "a.sqlite")
    with Archive.open(tmp_path / "a.sqlite") as arc:
        assert needs_overview_indexes(arc)
        ensure_overview_indexes(arc)
        ensure_overview_indexes(arc)  # idempotent
        assert not needs_overview_indexes(arc)
        o = Overview(arc)
        assert o.fact_count(FactFilter(text="武汉大学")) == 3
        arc.delete_article(ids["a4"])
        assert o.fact_count(FactFilter(text="武汉大学")) == 2
        new = _article("a6", "2024-01-01", "丙报", [("新建村委会", "place", {"province": "新疆"})])
        arc.add_article(new, "a6")
        assert o.fact_count(FactFilter(text="村委")) == 1
        count = "SELECT count(*) FROM facts_search WHERE facts_search MATCH ?"
        assert arc.db.execute(count, ['"武汉 汉大 大学"']).fetchone()[0] == 2
        # every article deleted: nothing is left in the index
        for a in [*known_articles(), new]:
            arc.delete_article(ids.get(a.file) or "") if a.file in ids else None
        rest = arc.db.execute("SELECT count(*) FROM facts").fetchone()[0]
        assert rest == 1
        assert arc.db.execute(count, ['"村委"']).fetchone()[0] == 1
        assert arc.db.execute(count, ['"武汉 汉大 大学"']).fetchone()[0] == 0


def test_read_only_archive_scans(tmp_path: Path) -> None:
    build_known(tmp_path / "r.sqlite")
    with Archive.open(tmp_path / "r.sqlite", readonly=True) as arc:
        assert not ensure_overview_indexes(arc)
        assert not fact_search.exists(arc.db)
        assert Overview(arc).fact_count(FactFilter(text="武汉大学")) == 3


def test_a_common_text_is_scanned_with_the_same_rows(pair_of_archives, monkeypatch) -> None:
    scan, fts = pair_of_archives
    monkeypatch.setattr("viewer.archive.overview.DENSE_TEXT", 2)
    assert fts._indexed(FactFilter(text="县校合作"))  # found twice by the index
    assert not fts._indexed(FactFilter(text="武汉大学"))  # three times: scanned
    for text in ("武汉大学", "县校合作"):
        assert _keys(fts, FactFilter(text=text)) == _keys(scan, FactFilter(text=text))
