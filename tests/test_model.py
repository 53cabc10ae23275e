"""The shared data model: JSON round trips, pickling for worker processes, span checks."""

from __future__ import annotations

import pickle

import pytest

from viewer.model import Article, Fact, Script


def _article() -> Article:
    fact = Fact("money", "314.51萬元", 3, 11, {"yuan": 3145100, "approx": "exact"})
    return Article(
        file="a.txt",
        body="兌現了314.51萬元分紅",
        raw="<p>兌現了314.51萬元分紅</p>",
        title="分紅",
        authors=["謝令"],
        removed={"pinyin": 2},
        facts=[fact],
    )


def test_article_round_trips_through_json() -> None:
    article = _article()
    assert Article.from_json(article.to_json(with_raw=True)) == article


def test_article_and_fact_pickle() -> None:
    article = _article()
    again = pickle.loads(pickle.dumps(article))
    assert again == article
    assert again.facts[0].get("yuan") == 3145100


def test_fact_span_must_fit_its_text() -> None:
    with pytest.raises(ValueError):
        Fact("money", "314.51萬元", 3, 5)
    with pytest.raises(ValueError):
        Fact("rumour", "x", 0, 1)


def test_fact_fields_are_read_only() -> None:
    fact = _article().facts[0]
    with pytest.raises(TypeError):
        fact.data["yuan"] = 1  # type: ignore[index]


def test_script_labels_are_each_in_their_own_script() -> None:
    assert [s.label for s in Script] == ["原文", "简体", "繁體", "臺灣正體", "香港繁體"]
