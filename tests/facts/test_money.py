"""Money facts: amounts in 元 / 万元 / 亿元 with the full amount in yuan."""

from __future__ import annotations

import pytest

from viewer.facts.money import find_money
from viewer.facts.normalize import simplified_copy


def money(text: str) -> list[tuple[str, float, str]]:
    facts = find_money(text, simplified_copy(text))
    for f in facts:
        assert text[f.start : f.end] == f.text
    return [(f.text, f.get("yuan"), f.get("approx")) for f in facts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("兌現各類分紅314.51萬元，", ("314.51萬元", 3145100, "exact")),
        ("兑现各类分红314.51万元，", ("314.51万元", 3145100, "exact")),
        ("捐赠资金、物资100余萬元，", ("100余萬元", 1_000_000, "more")),
        ("收入增加5萬元以上，", ("5萬元以上", 50000, "more")),
        ("按照1000元/月/人的标准", ("1000元", 1000, "exact")),
        ("让利金额共计7.46万元；", ("7.46万元", 74600, "exact")),
        ("投资约2.5亿元建设", ("约2.5亿元", 250_000_000, "about")),
        ("投資約2.5億元建設", ("約2.5億元", 250_000_000, "about")),
        ("补贴3千元", ("3千元", 3000, "exact")),
        ("总额1,200元", ("1,200元", 1200, "exact")),
        ("筹集三千万元", ("三千万元", 30_000_000, "exact")),
        ("近百万元", ("近百万元", 1_000_000, "less")),
        ("每月800-1000元补贴", ("800-1000元", 800, "exact")),
        ("奖励3-5万元", ("3-5万元", 30000, "exact")),
        ("收入达170萬元，", ("170萬元", 1_700_000, "exact")),
        ("人均不少于2000元", ("不少于2000元", 2000, "atleast")),
    ],
)
def test_amounts(text: str, expected: tuple | None) -> None:
    assert money(text) == ([expected] if expected else [])


@pytest.mark.parametrize(
    "text",
    [
        "一元化管理",
        "城乡二元结构",
        "多元化发展",
        "2023元旦",
        "第3元素",
        "单元楼",
        "编号A100元",
        "收入也就两三万元",
        "投资三五亿元",
    ],
)
def test_look_alikes_are_not_money(text: str) -> None:
    assert money(text) == []


def test_signed_contract_is_not_about() -> None:
    assert money("签约500万元项目") == [("500万元", 5_000_000, "exact")]
