"""`extract_facts` merging: spans fit, reading order, one span once, numeric overlaps."""

from __future__ import annotations

from viewer.facts import extract_facts, merge_facts
from viewer.model import Fact

BODY = "投入5萬元以上，在三门峡市2023年培训43人。"


def test_overlaps_resolved_money_then_date_then_place() -> None:
    facts = [
        Fact("quantity", "5萬", 2, 4, {"value": 50000, "unit": ""}),
        Fact("money", "5萬元以上", 2, 7, {"yuan": 50000}),
        Fact("quantity", "三门", 9, 11, {"value": 3, "unit": "门"}),
        Fact("place", "三门峡市", 9, 13, {}),
        Fact("quantity", "2023年", 13, 18, {"value": 2023, "unit": "年"}),
        Fact("date", "2023年", 13, 18, {"iso": "2023"}),
        Fact("quantity", "43人", 20, 23, {"value": 43, "unit": "人"}),
    ]
    merged = merge_facts(BODY, facts)
    assert [(f.kind, f.text) for f in merged] == [
        ("money", "5萬元以上"),
        ("place", "三门峡市"),
        ("date", "2023年"),
        ("quantity", "43人"),
    ]


def test_misplaced_and_repeated_facts_dropped() -> None:
    facts = [
        Fact("quantity", "43人", 20, 23, {}),
        Fact("quantity", "43人", 20, 23, {}),
        Fact("quantity", "43人", 0, 3, {}),  # text not at that span
        Fact("person", "43人", 20, 23, {}),  # another kind may share the span
    ]
    merged = merge_facts(BODY, facts)
    assert [(f.kind, f.start) for f in merged] == [("quantity", 20), ("person", 20)]


def test_extract_facts_in_reading_order() -> None:
    body = "2021年7月17日，支教队员43人来到，费用1000元/月/人。"
    facts = extract_facts(body)
    numeric = [(f.kind, f.text) for f in facts if f.kind in ("quantity", "money", "date")]
    assert numeric == [("date", "2021年7月17日"), ("quantity", "43人"), ("money", "1000元")]
    assert all(body[f.start : f.end] == f.text for f in facts)


def test_empty_body() -> None:
    assert extract_facts("") == []


SAMPLE = (
    "北京5月12日电 截至4月底，已累计培训农民超过500万人次，其中2022年培训76.3万人，"
    "同比增长12.5%。2021年至2023年累计投入约320亿元。全县脱贫户3,256户、11,342人，"
    "流转土地1200余亩，年产蔬菜3000吨左右，每亩收益8000元以上，带动200多人就业。"
    "上午9时30分在三楼召开，电话010-12345678。近3年新建学校26所，40岁以下的占70%以上。"
)


def test_same_numeric_facts_in_either_script() -> None:
    from viewer.model import Script
    from viewer.script import convert

    def numeric(text: str) -> list[tuple]:
        return [
            (f.kind, f.start, f.end, f.get("value"), f.get("yuan"), f.get("iso"), f.get("approx"))
            for f in extract_facts(text, "2023-05-12")
            if f.kind in ("quantity", "money", "date")
        ]

    traditional = convert(SAMPLE, Script.HANT)
    assert len(traditional) == len(SAMPLE)
    simplified = numeric(SAMPLE)
    assert len(simplified) == 18
    assert numeric(traditional) == simplified
