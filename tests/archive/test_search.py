"""Search in either script: bigram phrases, the single-character scan, ranking, filters,
snippets with marks, and any user text as a query."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_helpers import make_article
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.archive import Archive
from viewer.archive.bigrams import index_text, tokens
from viewer.archive.search import parse

HANT = make_article(
    "兩縣開展縣校協作，推動鄉村振興。干部培訓在4月份舉行。",
    title="縣校協作",
    published="2023-04-14",
    source="鄉村干部報",
    province="山西省",
    script="hant",
)
HANS = make_article(
    "两地协作是关键。乡村振兴需要人才，压力很大。",
    title="人才振兴",
    published="2022-01-01",
    source="人民日报",
    province="贵州省",
)
OTHER = make_article(
    "今天天气很好，没有别的内容。", title="天气", published="2021-06-01", source="人民日报"
)


@pytest.fixture
def filled(archive: Archive) -> Archive:
    archive.add_articles([(HANT, "hant.txt"), (HANS, "hans.txt"), (OTHER, "other.txt")])
    return archive


def _found(arc: Archive, query: str, **kw) -> set[str | None]:
    return {h.title for h in arc.search(query, **kw)}


def test_bigrams_of_runs_and_words():
    assert index_text("乡村振兴 abc 12") == "乡村 村振 振兴 abc 12"
    assert index_text("县，乡") == "县 乡"
    assert [t.text for t in tokens("4月份")] == ["4", "月份"]


@pytest.mark.parametrize("query", ["协作", "協作"])
def test_either_script_finds_both(filled: Archive, query: str):
    assert _found(filled, query) == {"縣校協作", "人才振兴"}


@pytest.mark.parametrize("query", ["乡村振兴", "鄉村振興", "振兴", "縣校"])
def test_longer_and_two_character_queries(filled: Archive, query: str):
    expected = {"縣校協作"} if query == "縣校" else {"縣校協作", "人才振兴"}
    assert _found(filled, query) == expected


def test_phrase_does_not_cross_punctuation(filled: Archive):
    assert _found(filled, "校协") == {"縣校協作"}
    assert _found(filled, "协作推动") == set()  # separated by a comma in the text


def test_several_terms_must_all_match(filled: Archive):
    assert _found(filled, "协作 压力") == {"人才振兴"}
    assert _found(filled, "协作 天气") == set()


def test_mixed_digits_and_characters(filled: Archive):
    assert _found(filled, "4月") == {"縣校協作"}


def test_single_character_uses_the_bounded_scan(filled: Archive, monkeypatch):
    assert parse("縣").chars == ["县"] and not parse("縣").phrases
    assert _found(filled, "县") == {"縣校協作"}
    assert _found(filled, "協") == {"縣校協作", "人才振兴"}
    hits = filled.search("人")
    assert [h.title for h in hits] == ["人才振兴"]  # newest first
    monkeypatch.setattr("viewer.archive.search.SCAN_LIMIT", 1)
    assert _found(filled, "协") == {"縣校協作"}  # only the newest article is scanned


def test_single_character_with_a_longer_term(filled: Archive):
    assert _found(filled, "振兴 县") == {"縣校協作"}


def test_title_matches_rank_first(archive: Archive):
    archive.add_article(make_article("正文里提到协作一次。" + "其他内容。" * 30, title="普通"), "a")
    archive.add_article(make_article("正文没有。" + "其他内容。" * 30, title="协作专题"), "b")
    assert [h.title for h in archive.search("协作")] == ["协作专题", "普通"]


def test_filters(filled: Archive):
    assert _found(filled, "协作", source="人民日报") == {"人才振兴"}
    assert _found(filled, "协作", province="山西省") == {"縣校協作"}
    assert _found(filled, "协作", year=2022) == {"人才振兴"}
    assert _found(filled, "协作", year=2019) == set()
    assert _found(filled, "协", source="鄉村干部報") == {"縣校協作"}


def test_paging(filled: Archive):
    first = filled.search("协作", limit=1)
    second = filled.search("协作", limit=1, offset=1)
    assert len(first) == len(second) == 1 and first[0].id != second[0].id
    assert filled.search("协作", limit=0) == []


def test_snippet_in_the_articles_own_script_with_marks(filled: Archive):
    hit = next(h for h in filled.search("协作") if h.title == "縣校協作")
    assert "協作" in hit.snippet and "协作" not in hit.snippet
    assert [hit.snippet[s:e] for s, e in hit.marks] == ["協作"]
    assert [hit.title[s:e] for s, e in hit.title_marks] == ["協作"]
    assert hit.published == "2023-04-14" and hit.source == "鄉村干部報"


def test_snippet_of_a_long_body_is_a_window_around_the_match(archive: Archive):
    body = "无关的句子。" * 100 + "这里谈到乡村振兴的做法。" + "结尾的句子。" * 100
    archive.add_article(make_article(body), "a")
    (hit,) = archive.search("乡村振兴")
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) <= 125
    assert [hit.snippet[s:e] for s, e in hit.marks] == ["乡村振兴"]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"协作',
        "协作 AND",
        "AND",
        "OR 协作",
        "NOT",
        "*",
        "协*",
        "(",
        ")协作(",
        "-协作",
        "协作-",
        "NEAR(协作)",
        "title:协作",
        "'; DROP TABLE articles; --",
        "",
        "   ",
        "。，！",
        "^协作",
        "\x00",
        "协作\x00",
    ],
)
def test_hostile_queries_are_text(filled: Archive, query: str):
    hits = filled.search(query)
    assert isinstance(hits, list)
    assert filled.article_count() == 3
    rest = query.replace("协作", "")
    if "协作" in query and not any(c.isalnum() for c in rest):  # words like AND are text too
        assert {h.title for h in hits} == {"縣校協作", "人才振兴"}


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.text(
        alphabet=st.sampled_from(list("协作縣\"'*()-:^+ ANDORNEAR中文a1\x00。\\%_"))
        | st.characters(),
        max_size=30,
    )
)
def test_any_text_is_a_valid_query(tmp_path_factory, query: str):
    path = _shared_archive(tmp_path_factory)
    with Archive.open(path, readonly=True) as arc:
        assert isinstance(arc.search(query), list)
        assert isinstance(arc.search(query, source="人民日报", year=2022), list)


_PATHS: dict[str, Path] = {}


def _shared_archive(factory) -> Path:
    if "p" not in _PATHS:
        path = factory.mktemp("hyp") / "a.sqlite"
        with Archive.open(path, create=True) as arc:
            arc.add_articles([(HANT, "a"), (HANS, "b"), (OTHER, "c")])
        _PATHS["p"] = path
    return _PATHS["p"]


def test_match_across_a_folding_chunk_boundary(archive: Archive):
    from viewer.archive.snippet import CHUNK

    body = "无" * (CHUNK - 1) + "協作" + "尾" * 50
    archive.add_article(make_article(body, title="长文"), "a")
    (hit,) = archive.search("协作")
    assert [hit.snippet[s:e] for s, e in hit.marks] == ["協作"]


def test_operator_words_are_searched_as_words(archive: Archive):
    archive.add_article(make_article("说明 AND 和 OR 的用法", title="运算"), "a")
    archive.add_article(make_article("别的文章", title="其他"), "b")
    assert _found(archive, "AND") == {"运算"}
    assert _found(archive, "and or") == {"运算"}
    assert _found(archive, "NOT") == set()


def test_ranking_window_and_score_cap(archive: Archive, monkeypatch):
    from viewer.archive import ranking

    plain = [
        make_article(f"第{i}篇提到协作。" + "其他内容。" * 20, title=f"普通{i}") for i in range(6)
    ]
    archive.add_articles([(a, "x") for a in plain[:3]])
    archive.add_article(make_article("协作协作协作。", title="协作专题"), "t")
    archive.add_articles([(a, "x") for a in plain[3:]])
    assert archive.search("协作")[0].title == "协作专题"
    monkeypatch.setattr(ranking, "WINDOW", 3)  # only the 3 most recently added are ranked
    assert [h.title for h in archive.search("协作", limit=3)] == ["普通5", "普通4", "普通3"]
    wider = archive.search("协作", limit=4)  # a longer page widens the window
    assert [h.title for h in wider] == ["协作专题", "普通5", "普通4", "普通3"]
    monkeypatch.setattr(ranking, "WINDOW", 100)
    monkeypatch.setattr(ranking, "SCORE_CAP", 2)  # unscored matches follow, newest first
    titles = [h.title for h in archive.search("协作")]
    assert titles == ["普通5", "普通4", "普通3", "协作专题", "普通2", "普通1", "普通0"]
