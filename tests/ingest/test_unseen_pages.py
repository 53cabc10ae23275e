"""Realistic scraped pages beside their hand-written expectations (tests/ingest/pages and pages2).

Each `NAME.expect.json` describes what a reader takes from `NAME.*`: the headline, the date
the page states, the outlet, the byline, the editor, where the article text starts and ends,
snippets that must survive cleaning and snippets of noise that must not. The pages imitate
the kinds of noise real sites carry (portal chrome, legacy encodings, inline pinyin, garbled
GBK runs, spam) without being any page the pipeline was tuned on.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from viewer.ingest.clean import clean
from viewer.ingest.lexicon import t2s
from viewer.model import Article

HERE = Path(__file__).resolve().parent
FOLDERS = (HERE / "pages", HERE / "pages2")
EXPECTS = sorted(p for folder in FOLDERS for p in folder.glob("*.expect.json"))
WS = re.compile(r"\s+")
IDS = [p.name.split(".")[0] for p in EXPECTS]
# Known gaps, one expectation each: strict, so a fix shows up as a failure to remove them.
KNOWN_GAPS = {
    (
        "keeps",
        "p16_county_xxgk",
    ): "a document's closing signature (issuing office, then its date) is dropped: the office "
    "repeats a header table cell and a lone date line reads as meta",
}


def params(test: str) -> list:
    """EXPECTS as parameters, with a strict xfail on the known gaps of `test`."""
    out = []
    for page, page_id in zip(EXPECTS, IDS, strict=True):
        reason = KNOWN_GAPS.get((test, page_id))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(page, id=page_id, marks=marks))
    return out


def norm(value: object) -> str:
    """Compared as the gold scorer does: NFKC, simplified, no white space."""
    return WS.sub("", t2s(unicodedata.normalize("NFKC", str(value or ""))))


def _page(expect: Path) -> Path:
    stem = expect.name.removesuffix(".expect.json")
    found = [p for p in expect.parent.glob(stem + ".*") if not p.name.endswith(".expect.json")]
    assert len(found) == 1, f"one page for {expect.name}"
    return found[0]


@pytest.fixture(scope="module")
def cleaned() -> dict[str, tuple[dict, Article]]:
    out = {}
    for expect in EXPECTS:
        page = _page(expect)
        out[expect.name] = (
            json.loads(expect.read_text(encoding="utf-8")),
            clean(page.read_bytes(), page.name),
        )
    return out


def test_there_are_enough_pages() -> None:
    assert len(EXPECTS) >= 10


@pytest.mark.parametrize("expect", EXPECTS, ids=IDS)
def test_title(expect: Path, cleaned: dict) -> None:
    want, art = cleaned[expect.name]
    assert art.title_derived == want.get("title_derived", False)
    assert norm(art.title) == norm(want["title"])


@pytest.mark.parametrize("expect", EXPECTS, ids=IDS)
def test_published_source_authors_editor(expect: Path, cleaned: dict) -> None:
    want, art = cleaned[expect.name]
    got = (art.published, norm(art.source), [norm(a) for a in art.authors], norm(art.editor))
    assert got == (
        want["published"],
        norm(want["source"]),
        [norm(a) for a in want["authors"]],
        norm(want["editor"]),
    )


@pytest.mark.parametrize("expect", EXPECTS, ids=IDS)
def test_body_bounds(expect: Path, cleaned: dict) -> None:
    want, art = cleaned[expect.name]
    body = WS.sub("", art.body)
    assert body[:40].startswith(WS.sub("", want["body_starts_with"]))
    assert body[-40:].endswith(WS.sub("", want["body_ends_with"]))


@pytest.mark.parametrize("expect", params("keeps"))
def test_body_keeps_content_and_drops_noise(expect: Path, cleaned: dict) -> None:
    want, art = cleaned[expect.name]
    body = WS.sub("", art.body)
    missing = [s for s in want["must_contain"] if WS.sub("", s) not in body]
    present = [s for s in want["must_not_contain"] if WS.sub("", s) in body]
    assert (missing, present) == ([], [])


@pytest.mark.parametrize("expect", EXPECTS, ids=IDS)
def test_lines_are_tidy(expect: Path, cleaned: dict) -> None:
    _, art = cleaned[expect.name]
    assert art.body == "\n".join(p.strip() for p in art.body.split("\n") if p.strip())
    assert "\ufffd" not in art.body and "&nbsp;" not in art.body
