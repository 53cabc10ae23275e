"""Arbitrary input: clean() returns an Article or refuses with InputRefused, nothing else."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.errors import InputRefused
from viewer.ingest.clean import clean
from viewer.model import Article

CHINESE = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
ANY_CHAR = st.characters(codec=None, exclude_categories=())
NOISE = st.sampled_from(
    [
        "\x00",
        "?",
        "(guān)",
        "<p>",
        "</div>",
        "&lt;",
        "& x hellip;",
        "|",
        "\n",
        "責編:",
        "免责声明",
        "\ud800",
        "薄拔覍",
        "。",
        "“",
        "11月30日電",
    ]
)
TEXTS = st.lists(st.one_of(CHINESE, ANY_CHAR, NOISE), max_size=80).map("".join)

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(raw: bytes) -> None:
    try:
        art = clean(raw, "doc.txt")
    except InputRefused as exc:
        assert exc.reason in {"empty", "binary", "not-chinese", "no-article", "unreadable"}
        assert "doc.txt" in str(exc)
    else:
        assert isinstance(art, Article) and art.body


@SETTINGS
@given(st.binary(max_size=400))
def test_arbitrary_bytes(raw: bytes) -> None:
    _check(raw)


@SETTINGS
@given(TEXTS, st.sampled_from(["utf-8", "utf-16", "gb18030", "big5"]))
def test_arbitrary_text_in_any_encoding(text: str, codec: str) -> None:
    _check(text.encode(codec, errors="surrogatepass" if codec.startswith("utf") else "replace"))


@settings(max_examples=5, deadline=None)
@given(st.integers(min_value=20_000, max_value=60_000))
def test_huge_single_line(n: int) -> None:
    _check(("鄉村振興" * n + "。").encode())
