"""Overview queries on an archive with known pairings, places, months and facts, and on the
bundled archive (opened read-only, never written)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from viewer.archive import Archive
from viewer.archive.overview import (
    SORT_KEYS,
    FactFilter,
    Overview,
    Pairing,
    build_overview_indexes,
    ensure_overview_indexes,
    needs_overview_indexes,
)
from viewer.archive.rows import article_id
from viewer.model import Article, Fact

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "data" / "archive.sqlite"

HUGUAN = {"province": "山西省", "city": "长治市", "county": "壶关县"}
LICHENG = {"province": "山西省", "city": "长治市", "county": "黎城县"}
LUODIAN = {"province": "贵州省", "city": "黔南布依族苗族自治州", "county": "罗甸县"}
GUIYANG = {"province": "贵州省", "city": "贵阳市"}
CHANGZHI = {"province": "山西省", "city": "长治市"}


def _article(name: str, published: str, source: str, parts: list[Any], script: str = "hans"):
    """Body from `parts` (text, or (text, kind, data)); every fact's span is exact."""
    body, facts = "", []
    for part in parts:
        if isinstance(part, str):
            body += part
            continue
        text, kind, data = part
        facts.append(Fact(kind, text, len(body), len(body) + len(text), data))
        body += text
    return Article(
        file=name, body=body, title=f"{name}的标题", published=published, source=source,
        script=script, facts=tuple(facts),
    )  # fmt: skip


def pair(text: str, a: str, b: str, relation: str) -> tuple[str, str, dict]:
    return (text, "pairing", {"a": a, "b": b, "relation": relation})


def known_articles() -> list[Article]:
    """Five articles: three pairings (2, 2 and 1 articles), two provinces, three months."""
    return [
        _article("a1", "2021-03-05", "甲报", [
            ("壶关县", "place", HUGUAN), "与",
            pair("武汉大学开展县校合作", "武汉大学", "壶关县", "县校合作"), "，培训",
            ("600人", "quantity", {"value": 600, "unit": "人", "subject": "培训干部"}), "，",
            ("2021年3月1日", "date", {"iso": "2021-03-01"}), "开班。",
        ]),
        _article("a2", "2021-03-20", "甲报", [
            ("壶关县", "place", HUGUAN), "和", ("黎城县", "place", LICHENG), "，",
            pair("武汉大学深化县校合作", "武汉大学", "壶关县", "县校合作"), "；",
            pair("贵阳市对口帮扶罗甸县", "贵阳市", "罗甸县", "对口帮扶"), "，",
            ("罗甸县", "place", LUODIAN), "带动",
            ("1200人", "quantity", {"value": 1200, "unit": "人", "approx": "exact"}), "。",
        ]),
        _article("a3", "2022-07-01", "乙报", [
            ("贵阳市", "place", GUIYANG), "、", ("罗甸县", "place", LUODIAN), "：",
            pair("贵阳市帮扶罗甸县", "贵阳市", "罗甸县", "对口帮扶"), "投入",
            ("300万元", "money", {"yuan": 3000000, "approx": "exact"}), "，",
            ("2022年6月30日", "date", {"iso": "2022-06-30"}), "完成。",
        ]),
        _article("a4", "2022-07-15", "乙报", [
            pair("武漢大學定點幫扶黎城縣", "武汉大学", "黎城县", "定点帮扶"), "，",
            ("黎城縣", "place", LICHENG), "建成",
            ("15個", "quantity", {"value": 15, "unit": "個", "approx": "more"}), "基地。",
        ], script="hant"),
        _article("a5", "2023-01-10", "甲报", [
            ("长治市", "place", CHANGZHI), "表彰",
            ("30名", "quantity", {"value": 30, "unit": "名"}), "干部。",
        ]),
    ]  # fmt: skip


def build_known(path: Path) -> dict[str, str]:
    """The archive at `path`; returns ids by article name."""
    with Archive.open(path, create=True) as arc:
        for a in known_articles():
            arc.add_article(a, a.file)
    return {a.file: article_id(a) for a in known_articles()}


@pytest.fixture(params=[False, True], ids=["plain", "indexed"])
def known(tmp_path: Path, request: pytest.FixtureRequest):
    """The same answers with and without the overview's indexes (other query plans)."""
    ids = build_known(tmp_path / "known.sqlite")
    with Archive.open(tmp_path / "known.sqlite") as arc:
        if request.param:
            ensure_overview_indexes(arc)
        yield Overview(arc), ids


def test_fact_counts_by_each_filter(known) -> None:
    o, _ = known
    assert o.fact_count() == 20
    assert o.fact_count(FactFilter(kind="pairing")) == 5
    assert o.fact_count(FactFilter(kind="quantity", unit="人")) == 2
    assert o.fact_count(FactFilter(source="乙报")) == 8
    assert o.fact_count(FactFilter(year=2021)) == 10
    # Province: the article's main province (a2's is 山西省, so its 罗甸县 is there).
    assert o.fact_count(FactFilter(province="贵州省")) == 5
    assert o.fact_count(FactFilter(kind="place", province="山西省")) == 6


def test_text_filter_finds_either_script_and_names_in_data(known) -> None:
    o, _ = known
    simple = o.fact_count(FactFilter(text="黎城县"))
    assert simple == o.fact_count(FactFilter(text="黎城縣"))
    # a4's title "a4的标题" does not name it; a2's place, a4's place and pairings (by `b`).
    assert simple == 3
    assert o.fact_count(FactFilter(text="县校合作")) == 2
    assert o.fact_count(FactFilter(text="武漢")) == 3
    assert o.fact_count(FactFilter(text="不存在的词")) == 0
    assert o.fact_count(FactFilter(text="%")) == 0  # no LIKE wildcard
    # Latin text does not match JSON keys such as "value" or "unit".
    assert o.fact_count(FactFilter(text="value")) == 0


def _all_pages(o: Overview, sort: str, desc: bool) -> list:
    rows, after, flt = [], None, FactFilter()
    while True:
        page = o.fact_page(flt, sort, desc, after=after, limit=4)
        rows += page
        if len(page) < 4:
            return rows
        after = page[-1].key


@pytest.mark.parametrize("sort", sorted(SORT_KEYS))
@pytest.mark.parametrize("desc", [False, True])
def test_keyset_pages_cover_every_fact_once_in_order(known, sort: str, desc: bool) -> None:
    o, _ = known
    rows = _all_pages(o, sort, desc)
    whole = o.fact_page(FactFilter(), sort, desc)
    assert [(r.article_id, r.seq) for r in rows] == [(r.article_id, r.seq) for r in whole]
    assert len({(r.article_id, r.seq) for r in rows}) == 20
    keys = [r.key[0] for r in rows]
    nulls = [k is None for k in keys]
    # NULLs sort lowest: first going up, last going down; the rest is monotonic.
    assert nulls == sorted(nulls, reverse=not desc)
    values = [k for k in keys if k is not None]
    assert values == sorted(values, reverse=desc)


def test_value_sort_puts_the_largest_number_first(known) -> None:
    o, _ = known
    top = o.fact_page(FactFilter(), "value", True, limit=3)
    assert [r.fact.text for r in top] == ["300万元", "1200人", "600人"]


def test_rows_carry_article_and_place(known) -> None:
    o, ids = known
    row = o.fact_page(FactFilter(kind="money"))[0]
    assert (row.article_id, row.title, row.source, row.published) == (
        ids["a3"],
        "a3的标题",
        "乙报",
        "2022-07-01",
    )
    assert row.place == "贵州省贵阳市"  # the article's main place (the fact has none)
    place = o.fact_page(FactFilter(kind="place", text="罗甸"))[0]
    assert place.place == "贵州省黔南布依族苗族自治州罗甸县"


def test_pairings_with_articles_and_dates(known) -> None:
    o, _ = known
    assert o.pairings() == [
        Pairing("武汉大学", "壶关县", "县校合作", 2, "2021-03-05", "2021-03-20"),
        Pairing("贵阳市", "罗甸县", "对口帮扶", 2, "2021-03-20", "2022-07-01"),
        Pairing("武汉大学", "黎城县", "定点帮扶", 1, "2022-07-15", "2022-07-15"),
    ]
    assert [p.b for p in o.pairings(relation="对口帮扶")] == ["罗甸县"]
    assert [p.articles for p in o.pairings(year=2021)] == [2, 1]


def test_articles_behind_nodes_and_edges(known) -> None:
    o, ids = known
    assert o.pairing_articles(a="武汉大学") == [ids["a4"], ids["a2"], ids["a1"]]
    assert o.pairing_articles(b="罗甸县") == [ids["a3"], ids["a2"]]
    assert o.pairing_articles("武汉大学", "黎城县") == [ids["a4"]]
    assert o.pairing_articles("武汉大学", "壶关县", "定点帮扶") == []


def test_provinces_of_names(known) -> None:
    o, _ = known
    assert o.provinces_of(["壶关县", "贵阳市", "武汉大学", "黔南布依族苗族自治州"]) == {
        "壶关县": "山西省",
        "贵阳市": "贵州省",
        "武汉大学": None,
        "黔南布依族苗族自治州": "贵州省",
    }


def test_place_counts_per_level(known) -> None:
    o, _ = known
    got = {(c.province, c.city, c.county): (c.articles, c.facts) for c in o.place_counts()}
    assert got == {
        ("山西省", None, None): (4, 5),  # place facts: a1 1, a2 2, a4 1, a5 1
        ("山西省", "长治市", None): (4, 5),
        ("山西省", "长治市", "壶关县"): (2, 2),
        ("山西省", "长治市", "黎城县"): (2, 2),
        ("贵州省", None, None): (2, 3),
        ("贵州省", "贵阳市", None): (1, 1),
        ("贵州省", "黔南布依族苗族自治州", None): (2, 2),
        ("贵州省", "黔南布依族苗族自治州", "罗甸县"): (2, 2),
    }


def test_place_article_ids(known) -> None:
    o, ids = known
    assert o.place_article_ids("山西省", "长治市", "黎城县") == [ids["a4"], ids["a2"]]
    assert o.place_article_ids("贵州省") == [ids["a3"], ids["a2"]]
    assert o.place_article_ids("山西省", "长治市") == [ids[n] for n in ("a5", "a4", "a2", "a1")]


def test_months_and_their_articles(known) -> None:
    o, ids = known
    assert [(m.month, m.articles, m.dated_facts) for m in o.months()] == [
        ("2021-03", 2, 1),
        ("2022-06", 0, 1),
        ("2022-07", 2, 0),
        ("2023-01", 1, 0),
    ]
    assert o.month_article_ids("2022-07") == [ids["a4"], ids["a3"]]
    assert o.month_article_ids("2021-01", "2021-12") == [ids["a2"], ids["a1"]]
    assert o.month_article_ids("2020-01") == []


def test_filter_choices_with_counts(known) -> None:
    o, _ = known
    choices = o.fact_choices()
    assert dict(choices["kind"]) == {
        "place": 8, "pairing": 5, "quantity": 4, "date": 2, "money": 1,
    }  # fmt: skip
    assert dict(choices["unit"]) == {"人": 2, "個": 1, "名": 1}
    assert dict(choices["source"]) == {"甲报": 3, "乙报": 2}
    assert dict(choices["year"]) == {2021: 2, 2022: 2, 2023: 1}


def test_indexes_are_added_once_without_a_schema_change(tmp_path: Path) -> None:
    build_known(tmp_path / "k.sqlite")
    with Archive.open(tmp_path / "k.sqlite") as arc:
        before = arc.metadata()["schema_version"]
        assert ensure_overview_indexes(arc) is True
        assert ensure_overview_indexes(arc) is True
        names = {r[0] for r in arc.db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"facts_overview_place", "facts_overview_pairing"} <= names
        assert arc.metadata()["schema_version"] == before
        assert Overview(arc).fact_count() == 20
    with Archive.open(tmp_path / "k.sqlite", readonly=True) as arc:
        assert ensure_overview_indexes(arc) is False


def test_bundled_archive_read_only_and_unchanged() -> None:
    digest = hashlib.sha256(BUNDLED.read_bytes()).hexdigest()
    with Archive.open(BUNDLED, readonly=True) as arc:
        assert ensure_overview_indexes(arc) is False
        o = Overview(arc)
        assert o.fact_count() == arc.fact_count()
        kinds = dict(arc.db.execute("SELECT kind, count(*) FROM facts GROUP BY kind").fetchall())
        for kind, n in kinds.items():
            assert o.fact_count(FactFilter(kind=kind)) == n
        assert len(_all_pages(o, "date", True)) == arc.fact_count()
        pairs = arc.db.execute(
            "SELECT count(DISTINCT a || '|' || b || '|' || ifnull(relation, '')) FROM facts "
            "WHERE kind = 'pairing' AND a IS NOT NULL AND b IS NOT NULL"
        ).fetchone()[0]
        assert len(o.pairings()) == pairs > 0
        provinces = {c.province: c.articles for c in o.place_counts() if c.city is None}
        for province, n in provinces.items():
            assert len(o.place_article_ids(province)) == n
        dated = sum(m.articles for m in o.months())
        assert (
            dated
            == arc.db.execute(
                "SELECT count(*) FROM articles WHERE published LIKE '____-__%'"
            ).fetchone()[0]
        )
    assert hashlib.sha256(BUNDLED.read_bytes()).hexdigest() == digest


@pytest.mark.parametrize("kind", ["place", "pairing", "quantity"])
def test_walking_the_articles_gives_the_same_pages(known, kind, monkeypatch) -> None:
    o, _ = known
    flt = FactFilter(kind=kind)
    sorted_rows = [(r.article_id, r.seq) for r in o.fact_page(flt, "date", True)]
    monkeypatch.setattr("viewer.archive.overview.WALK_ABOVE", 0)
    assert o._many(flt)
    walked = o.fact_page(flt, "date", True, limit=3)
    walked += o.fact_page(flt, "date", True, after=walked[-1].key)
    assert [(r.article_id, r.seq) for r in walked] == sorted_rows


def test_indexes_built_from_a_connection_of_their_own(tmp_path: Path) -> None:
    build_known(tmp_path / "k.sqlite")
    with Archive.open(tmp_path / "k.sqlite") as arc:
        assert needs_overview_indexes(arc)
        build_overview_indexes(arc.path)  # while this archive stays open
        assert not needs_overview_indexes(arc)
        assert Overview(arc).pairings()[0].articles == 2
    with Archive.open(tmp_path / "k.sqlite", readonly=True) as arc:
        assert not needs_overview_indexes(arc)
