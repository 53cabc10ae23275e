"""Quotation marks per mode: corner brackets for Taiwan and Hong Kong only, spans intact."""

from __future__ import annotations

import pytest

from viewer.model import Script
from viewer.script import convert, convert_spans

TEXT = "他说：“这是‘新’项目。”余华说。"


@pytest.mark.parametrize("mode", [Script.TW, Script.HK])
def test_corner_brackets(mode: Script) -> None:
    out = convert(TEXT, mode)
    assert "「" in out and "」" in out and "『新』" in out
    assert not set("“”‘’") & set(out)


@pytest.mark.parametrize("mode", [Script.ORIGINAL, Script.HANS, Script.HANT])
def test_quotes_kept_as_written(mode: Script) -> None:
    out = convert(TEXT, mode)
    assert [c for c in out if c in "“”‘’"] == ["“", "‘", "’", "”"]


@pytest.mark.parametrize("mode", list(Script))
def test_spans_line_up_across_quotes(mode: Script) -> None:
    a = TEXT.index("“")
    b = TEXT.index("”") + 1
    name = (TEXT.index("余华"), TEXT.index("余华") + 2)
    out, [(x, y), (u, v)] = convert_spans(TEXT, [(a, b), name], mode)
    assert len(out) == len(TEXT)
    assert (x, y) == (a, b)
    assert out[x] in "“「" and out[y - 1] in "”」"
    assert (u, v) == name


def test_phrase_mode_keeps_brackets_on_their_words() -> None:
    text = "“U盘”很好"
    out, [(a, b)] = convert_spans(text, [(0, 4)], Script.TW, phrases=True)
    assert out[a:b] == "「隨身碟」"
