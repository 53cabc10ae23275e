"""Curated news terms: every entry of resources/opencc/news_terms.json converts right.

The expected forms are written here by hand, apart from the data file, so that an entry
added without a test, or a wrong value in the file, fails.
"""

from __future__ import annotations

import json

import pytest

from viewer.model import Script
from viewer.paths import resources_dir
from viewer.script import convert, converter

EXPECTED_S2T = {
    "被发明": "被發明",
    "被发布": "被發佈",
    "被发表": "被發表",
    "被发送": "被發送",
    "被发出": "被發出",
    "被发给": "被發給",
    "被发放": "被發放",
    "被发起": "被發起",
    "被发掘": "被發掘",
    "被发展": "被發展",
    "被发射": "被發射",
    "被发回": "被發回",
    "被发售": "被發售",
    "被发行": "被發行",
    "被发往": "被發往",
    "被发还": "被發還",
    "被发配": "被發配",
    "被发动": "被發動",
    "参与制造": "參與製造",
    "参与制作": "參與製作",
    "参与制成": "參與製成",
    "参与制备": "參與製備",
    "参与制药": "參與製藥",
    "接受采访": "接受採訪",
}
EXPECTED_T2S: dict[str, str] = {}


def _file() -> dict:
    return json.loads((resources_dir() / "opencc" / "news_terms.json").read_text("utf-8"))


def test_every_entry_has_a_test_and_every_test_an_entry() -> None:
    data = _file()
    assert data["s2t"] == EXPECTED_S2T
    assert data["t2s"] == EXPECTED_T2S


@pytest.mark.parametrize(("term", "right"), sorted(EXPECTED_S2T.items()))
def test_term_in_every_traditional_mode(term: str, right: str) -> None:
    assert convert(term, Script.HANT) == right
    assert convert(term, Script.TW) == converter("t2tw").convert(right)
    assert convert(term, Script.HK) == converter("t2hk").convert(right)
    # Inside running text, after a phrase OpenCC knows, and in the Taiwan phrase mode
    # (which may localise the verb, never into 髮).
    assert convert(f"新产品{term}后，", Script.HANT) == f"新產品{right}後，"
    assert "髮" not in convert(term, Script.TW, phrases=True)
    # Back to simplified and as written.
    assert convert(right, Script.HANS) == term
    assert convert(term, Script.ORIGINAL) == term


def test_look_alikes_keep_stock_conversion() -> None:
    # 被发 alone is the old phrase for loose hair; 头发 is hair; neither is a curated term.
    assert convert("被发左衽", Script.HANT) == "被髮左衽"
    assert convert("他的头发被剪短了", Script.HANT) == "他的頭髮被剪短了"
    assert convert("参与制定规划", Script.HANT) == "參與制定規劃"
    assert convert("发明专利", Script.HANT) == "發明專利"


def test_terms_are_one_opencc_dictionary_not_a_patch() -> None:
    from viewer.script_protect import with_terms

    config = with_terms("s2t", {"被发明": "被發明"})
    first = config["conversion_chain"][0]["dict"]
    assert first["dicts"][0] == {"type": "inline", "entries": {"被发明": "被發明"}}
    # Configs that segment first get the terms in their segmentation dictionary too.
    seg = with_terms("s2twp", {"被发明": "被發明"})["segmentation"]["dict"]
    assert seg["dicts"][0]["type"] == "inline"
