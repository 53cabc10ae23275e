"""The five bundled documents cleaned as the gold files expect."""

from __future__ import annotations

import re
import unicodedata

import pytest

from tests.conftest import RAW_DIR, load_gold
from viewer.ingest.clean import clean
from viewer.ingest.lexicon import t2s

GOLD = load_gold()
WS = re.compile(r"\s+")


def norm(value: object) -> str:
    return WS.sub("", t2s(unicodedata.normalize("NFKC", str(value or ""))))


@pytest.fixture(scope="module")
def cleaned() -> dict:
    return {g["file"]: clean((RAW_DIR / g["file"]).read_bytes(), g["file"]) for g in GOLD}


@pytest.mark.parametrize("gold", GOLD, ids=[g["file"][:3] for g in GOLD])
def test_metadata(gold: dict, cleaned: dict) -> None:
    art = cleaned[gold["file"]]
    if gold["title"] is not None:
        assert norm(art.title) == norm(gold["title"])
    else:
        assert art.title_derived
    assert art.published == gold["published"]
    if gold["source"]:
        assert norm(gold["source"]) in norm(art.source) or norm(art.source) in norm(gold["source"])
    else:
        assert art.source is None
    assert [norm(a) for a in art.authors] == [norm(a) for a in gold["authors"]]


@pytest.mark.parametrize("gold", GOLD, ids=[g["file"][:3] for g in GOLD])
def test_body(gold: dict, cleaned: dict) -> None:
    body = WS.sub("", cleaned[gold["file"]].body)
    assert body.startswith(WS.sub("", gold["body_starts_with"]))
    assert body.endswith(WS.sub("", gold["body_ends_with"]))
    missing = [s for s in gold["must_contain"] if WS.sub("", s) not in body]
    present = [s for s in gold["must_not_contain"] if WS.sub("", s) in body]
    assert missing == [] and present == []


def test_counts_and_warnings(cleaned: dict) -> None:
    repaired = sum(a.removed["garbled_repaired"] for a in cleaned.values())
    assert repaired == 15
    for art in cleaned.values():
        assert set(art.removed) == {
            "pinyin",
            "garbled_repaired",
            "garbled_unrecoverable",
            "spam_lines",
            "chrome_lines",
            "disclaimer_lines",
        }
        assert bool(art.warnings) == bool(art.removed["garbled_unrecoverable"])
        assert art.body == "\n".join(p.strip() for p in art.body.split("\n"))
