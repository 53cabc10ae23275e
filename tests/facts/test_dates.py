"""Date facts: calendar references, ranges as one fact, `iso` only when the year is known."""

from __future__ import annotations

import pytest

from viewer.facts.dates import find_dates
from viewer.facts.normalize import simplified_copy


def dates(text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    facts = find_dates(text, simplified_copy(text), published)
    for f in facts:
        assert text[f.start : f.end] == f.text
    return [(f.text, f.get("iso")) for f in facts]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("2021年7月17日，", None, [("2021年7月17日", "2021-07-17")]),
        ("2022年7月,來自", None, [("2022年7月", "2022-07")]),
        ("2023年以來，全市", None, [("2023年", "2023")]),
        ("朝天區2021年中青年干部", None, [("2021年", "2021")]),
        ("3月30日至31日，", None, [("3月30日至31日", None)]),
        ("3月30日至31日，", "2022-05-01", [("3月30日至31日", "2022-03-30")]),
        ("專項規劃(2022年-2025年)", None, [("2022年-2025年", "2022")]),
        ("去年4月，武漢大學", None, [("去年4月", None)]),
        ("去年4月，武漢大學", "2023-04-14", [("去年4月", "2022-04")]),
        ("今年10月，", "2021-11-30", [("今年10月", "2021-10")]),
        ("今年10月—11月，", "2021-11-30", [("今年10月—11月", "2021-10")]),
        ("四川新聞11月30日電", "2021-11-30", [("11月30日", "2021-11-30")]),
        ("2月28日，阿勒泰", "2023-04-14", [("2月28日", "2023-02-28")]),
        ("2月28日，阿勒泰", None, [("2月28日", None)]),
        ("范村。月23日，在", "2023-04-14", [("23日", None)]),
        ("12月，", "2021-12-29", [("12月", "2021-12")]),
        ("10月5号出发", "2021-12-29", [("10月5号", "2021-10-05")]),
        ("10月5號出發", "2021-12-29", [("10月5號", "2021-10-05")]),
        ("发布于2021-12-29", None, [("2021-12-29", "2021-12-29")]),
        ("二〇二一年十月", None, [("二〇二一年", "2021")]),
        ("1-6月，全市", "2023-07-01", [("1-6月", "2023-01")]),
        ("2021年1至6月，", None, [("2021年1至6月", "2021-01")]),
        ("3月30-31日，", None, [("3月30-31日", None)]),
        ("2019-2021年，", None, [("2019-2021年", "2019")]),
        ("2019—2021年，", None, [("2019—2021年", "2019")]),
        ("2021年7月至2022年3月", None, [("2021年7月至2022年3月", "2021-07")]),
    ],
)
def test_dates(text: str, published: str | None, expected: list) -> None:
    assert dates(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "今年以來，",  # relative without a month
        "去年，",
        "近日，",
        "教育部简报〔2021〕第35期",  # a year inside a document number
        "为期3个月",  # a duration
        "20世纪80年代",
        "13月5日",  # not a month
        "2月30日",  # no such day
        "住在5号楼",
        "电话0851-86812345",
        "用时3年",
        "第3日",
        "1000元/月/人",
    ],
)
def test_look_alikes_are_not_dates(text: str) -> None:
    assert dates(text) == []


def test_each_occurrence_once() -> None:
    got = dates("2023年完成，2023年以来。")
    assert got == [("2023年", "2023"), ("2023年", "2023")]
