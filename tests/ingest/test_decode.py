"""Decoding: encodings detected, damaged edges tolerated, unusable input refused."""

from __future__ import annotations

import pytest

from viewer.errors import InputRefused
from viewer.ingest.decode import decode

TEXT = "鄉村振興,人才是關鍵。今年以來,全区培训干部六百余人次,成效明显。"


@pytest.mark.parametrize(
    "raw",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        b"\xff\xfe" + TEXT.encode("utf-16-le"),
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
        TEXT.encode("gb18030"),
    ],
)
def test_encodings_are_detected(raw: bytes) -> None:
    assert decode(raw, "a.txt") == TEXT


def test_big5_is_detected() -> None:
    text = "臺灣新聞報導:今年的農業產量創下新高,農民收入明顯增加。"
    assert decode(text.encode("big5"), "b.txt") == text


def test_stray_nul_and_truncated_last_character_keep_the_article() -> None:
    raw = TEXT.encode("utf-8")
    damaged = raw[:10] + b"\x00" + raw[10:] + "關".encode()[:2]
    assert decode(damaged, "c.txt") == TEXT


def test_truncated_gb18030_keeps_the_article() -> None:
    raw = TEXT.encode("gb18030") + "關".encode("gb18030")[:1]
    assert decode(raw, "d.txt") == TEXT


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t \r\n", "empty"),
        ("\u3000\n".encode(), "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"),
        (bytes(range(256)) * 4, "binary"),
        (b"Only English text here, nothing else.", "not-chinese"),
    ],
)
def test_unusable_input_is_refused_with_a_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(InputRefused) as info:
        decode(raw, "bad.bin")
    assert info.value.reason == reason
    assert "bad.bin" in str(info.value)


def test_utf16_without_bom_and_latin1_mojibake() -> None:
    text = "乡村振兴，人才是关键。East-west 2023\n" * 5
    assert decode(text.encode("utf-16-le"), "a.txt") == text
    assert decode(text.encode("utf-16-be"), "a.txt") == text
    assert decode(text.encode("utf-8").decode("latin-1").encode("utf-8"), "a.txt") == text
    assert decode(text.encode("gbk").decode("latin-1").encode("utf-8"), "a.txt") == text
    accented = "Café naïve résumé Ångström 北京"
    assert decode(accented.encode("utf-8"), "a.txt") == accented
