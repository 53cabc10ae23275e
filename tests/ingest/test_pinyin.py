"""Pinyin annotations: removed only where the syllable is a reading of the character."""

from __future__ import annotations

import pytest

from viewer.ingest.pinyin import fits, strip_pinyin


@pytest.mark.parametrize(
    ("text", "expected", "count"),
    [
        ("壺關(guān)縣", "壺關縣", 1),
        ("學(xué)習", "學習", 1),
        ("村(社區(qū))", "村(社區)", 1),
        ("長(zhǎng)大與長(cháng)城", "長大與長城", 2),
        ("關(guan1)係", "關係", 1),
        ("綠(lv4)色", "綠色", 1),
        ("鄉鎮(街道)班子", "鄉鎮(街道)班子", 0),
        ("村(居)委會", "村(居)委會", 0),
        ("專項規劃(2022年-2025年)", "專項規劃(2022年-2025年)", 0),
        ("電 (侯正才 劉旭)鄉村", "電 (侯正才 劉旭)鄉村", 0),
        ("公司(CEO)表示", "公司(CEO)表示", 0),
        ("關(shí)係", "關(shí)係", 0),
    ],
)
def test_strip_pinyin(text: str, expected: str, count: int) -> None:
    assert strip_pinyin(text) == (expected, count)


def test_heteronyms_and_traditional_fallback() -> None:
    assert fits("行", "háng") and fits("行", "xíng")
    assert fits("區", "qū")
    assert not fits("區", "qù")
