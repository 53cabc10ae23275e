"""Script conversion: modes, lazy converters, spans that follow their words, UTF-16 offsets."""

from __future__ import annotations

import subprocess
import sys

import pytest

from viewer import script
from viewer.model import Script
from viewer.script import Utf16Index, convert, convert_spans, convert_with_map, utf16_len


def test_each_mode_converts_from_the_original() -> None:
    assert convert("壺關縣", Script.ORIGINAL) == "壺關縣"
    assert convert("壺關縣", Script.HANS) == "壶关县"
    assert convert("壶关县", Script.HANT) == "壺關縣"
    assert convert("壶关县", Script.TW) == "壺關縣"
    assert convert("壶关县", Script.HK) == "壺關縣"


def test_phrases_only_when_asked() -> None:
    assert convert("签约项目", Script.TW) == "簽約項目"
    assert convert("签约项目", Script.TW, phrases=True) == "簽約專案"
    # Phrase localisation exists for Taiwan only; other modes ignore the option.
    assert convert("签约项目", Script.HANT, phrases=True) == "簽約項目"


def test_corner_quotes_for_taiwan_and_hong_kong_only() -> None:
    assert convert("“好”", Script.TW) == "「好」"
    assert convert("“好”", Script.HK) == "「好」"
    assert convert("“好”", Script.HANT) == "“好”"


def test_converters_are_not_built_at_import() -> None:
    code = "import sys, viewer.script; print('opencc' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_converter_is_cached() -> None:
    assert script.converter("t2s") is script.converter("t2s")
    convert("发", Script.HANT)
    assert script.is_built(Script.HANT)


def test_spans_follow_words_when_phrases_change_length() -> None:
    text = "插上U盘后，签约项目在壶关县。"
    place = (text.index("壶关县"), text.index("壶关县") + 3)
    out, [span] = convert_spans(text, [place], Script.TW, phrases=True)
    assert "隨身碟" in out  # U盘 (2) became 隨身碟 (3): everything after moved
    assert len(out) != len(text)
    assert out[span[0] : span[1]] == "壺關縣"


def test_spans_cover_converted_phrase_inside_fact() -> None:
    text = "共有3个U盘丢失"
    fact = (2, 6)  # 3个U盘
    out, [(a, b)] = convert_spans(text, [fact], Script.TW, phrases=True)
    assert out[a:b] == "3個隨身碟"


def test_overlapping_spans() -> None:
    text = "武汉大学与壶关县开展县校合作。"
    spans = [(0, 4), (5, 8), (0, 14)]
    out, moved = convert_spans(text, spans, Script.HANT)
    assert [out[a:b] for a, b in moved] == ["武漢大學", "壺關縣", "武漢大學與壺關縣開展縣校合作"]


def test_original_mode_is_identity_map() -> None:
    out, smap = convert_with_map("abc", Script.ORIGINAL)
    assert out == "abc"
    assert smap.to_converted(2) == 2
    assert smap.to_original(3) == 3


def test_map_back_to_original_inside_equal_length_segment() -> None:
    text = "壶关县的发展，很好。"
    out, smap = convert_with_map(text, Script.HANT)
    j = out.index("發")
    assert text[smap.to_original(j)] == "发"


def test_map_snaps_inside_changed_segment() -> None:
    text = "用U盘，好"
    out, smap = convert_with_map(text, Script.TW, phrases=True)
    assert out == "用隨身碟，好"
    # Inside the changed clause an offset snaps to the clause start; after it, exact again.
    assert smap.to_original(2) == 0
    assert smap.to_original(out.index("好")) == text.index("好")


@pytest.mark.parametrize("mode", list(Script))
def test_non_bmp_character_before_fact(mode: Script) -> None:
    text = "周𫖮说，壶关县的“项目”很好。"
    start = text.index("壶关县")
    out, [(a, b)] = convert_spans(text, [(start, start + 3)], mode)
    assert convert("壶关县", mode) == out[a:b]
    index = Utf16Index(out)
    ua, ub = index.to_utf16(a), index.to_utf16(b)
    encoded = out.encode("utf-16-le")
    assert encoded[2 * ua : 2 * ub].decode("utf-16-le") == out[a:b]
    assert index.to_codepoint(ua) == a


def test_utf16_index_round_trip() -> None:
    text = "a𫖮b𠀀𠀁c"
    index = Utf16Index(text)
    assert [index.to_utf16(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 8, 9]
    for i in range(len(text) + 1):
        assert index.to_codepoint(index.to_utf16(i)) == i
    assert index.to_codepoint(2) == 1  # the middle of a surrogate pair snaps back
    assert utf16_len(text) == 9
    assert Utf16Index("普通文字").to_utf16(3) == 3


REGIONAL_SAMPLE = (
    "为了着眼于群众，村里清理了线路、修缮了裏面的床铺，说话的着落在于台湾与香港的"
    "秘鲁、温州、为什么。发展乡村产业，峰会着重讨论了里程碑与“四个赋能”。"
)


def test_regional_modes_match_opencc_own_configs() -> None:
    """Taiwan and Hong Kong are s2t then the variant dictionaries: same output, cheaper."""
    import opencc

    for mode, config in ((Script.TW, "s2tw"), (Script.HK, "s2hk")):
        direct = opencc.OpenCC(config).convert(REGIONAL_SAMPLE).translate(script._CORNER_QUOTES)
        assert convert(REGIONAL_SAMPLE, mode) == direct
    assert convert("着眼", Script.TW) != convert("着眼", Script.HK)  # the variants differ


def test_warm_builds_what_a_toggle_needs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(script, "_converters", {})
    assert not script.is_built(Script.HANT)
    script.warm([Script.HANT])
    assert script.is_built(Script.HANT)
    assert not script.is_built(Script.TW)  # also needs t2tw
    script.warm([Script.TW])
    assert script.is_built(Script.TW) and not script.is_built(Script.HANS)
    assert script.chain_for(Script.ORIGINAL) == () and script.is_built(Script.ORIGINAL)
