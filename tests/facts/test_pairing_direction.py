"""Pairing direction: `a` helps, `b` is helped, and `directed` says whether the text or the
relation makes that clear (cooperation between equals keeps reading order, undirected)."""

from __future__ import annotations

import pytest

from viewer.facts import extract_facts
from viewer.facts.normalize import simplified_copy
from viewer.facts.pairing_direction import EAST, FRONTIER, mark
from viewer.facts.pairing_parties import Party
from viewer.facts.pairings import find_pairings
from viewer.facts.places import find_places
from viewer.model import Script
from viewer.script import convert


def directions(body: str) -> set[tuple[str, str, bool]]:
    """(a, b, directed) of every pairing the whole extractor finds."""
    out = set()
    for f in extract_facts(body):
        if f.kind == "pairing":
            assert body[f.start : f.end] == f.text
            assert isinstance(f.get("directed"), bool)
            out.add((f.get("a"), f.get("b"), f.get("directed")))
    return out


def both_scripts(simplified: str) -> list[str]:
    """The sentence as written in simplified characters and in traditional ones."""
    traditional = convert(simplified, Script.HANT)
    assert traditional != simplified
    return [simplified, traditional]


def helps(helper: str, helped: str) -> set[tuple[str, str, bool]]:
    return {(helper, helped, True)}


def together(first: str, second: str) -> set[tuple[str, str, bool]]:
    return {(first, second, False)}


# The two statements that used to come out reversed.
@pytest.mark.parametrize(
    "body", both_scripts("喀什地区积极与山东省援疆指挥部沟通联系，精心开发课程。")
)
def test_province_outside_xinjiang_helps_the_prefecture_inside(body):
    assert directions(body) == helps("山东省", "喀什地区")


@pytest.mark.parametrize("body", both_scripts("壶关县带队赴武汉大学，就县校合作事宜交流探讨。"))
def test_university_helps_the_county_in_county_university_cooperation(body):
    assert directions(body) == helps("武汉大学", "壶关县")


def test_find_pairings_writes_the_field_on_every_fact():
    body = "壺關縣帶隊赴武漢大學，就縣校合作事宜交流探討。"
    simplified = simplified_copy(body)
    (fact,) = find_pairings(body, simplified, find_places(body, simplified), [])
    assert (fact.get("a"), fact.get("b"), fact.get("directed")) == ("武汉大学", "壶关县", True)
    assert fact.to_json()["directed"] is True


# Rule: a help verb between the two states the direction, whatever the geography.
@pytest.mark.parametrize(
    "verb", ["帮扶", "支援", "援助", "对口支援", "定点帮扶", "援建", "捐赠", "捐建", "资助", "赠送"]
)
def test_help_verb_names_the_helper_before_it(verb):
    # two counties of one province: nothing but the verb says who helps
    for body in both_scripts(f"成都市金堂县{verb}甘孜藏族自治州泸定县。"):
        assert directions(body) == helps("金堂县", "泸定县")


def test_helper_named_by_the_verb_even_when_written_second_in_the_article():
    body = "泸定县召开座谈会。会上，金堂县对口支援泸定县的干部介绍了经验。"
    assert ("金堂县", "泸定县", True) in directions(body)


# Rule: 援疆 / 援藏 / 援青: the party outside the region helps the one inside.
@pytest.mark.parametrize(
    "body",
    [
        *both_scripts("林芝市积极与广东省援藏指挥部沟通对接。"),
        # two counties' schools, the helper's province not an eastern one
        *both_scripts("错那县中学与湘潭县第一中学结成帮扶对子。"),
    ],
)
def test_party_outside_tibet_helps_the_one_inside(body):
    helper = "广东省" if "廣東" in body or "广东" in body else "湘潭县第一中学"
    helped = "林芝市" if "林芝" in body else "错那县中学"
    assert directions(body) == helps(helper, helped)


@pytest.mark.parametrize(
    "body", both_scripts("泽库县与天津市西青区围绕民生累计投入援青资金2.1亿元。")
)
def test_party_outside_qinghai_helps_the_one_inside(body):
    assert directions(body) == helps("西青区", "泽库县")


# Rule: 东西部协作: the eastern party helps the western one.
@pytest.mark.parametrize("body", both_scripts("贵州省铜仁市与江苏省苏州市深化东西部协作。"))
def test_eastern_party_helps_in_east_west_cooperation(body):
    assert directions(body) == helps("苏州市", "铜仁市")


@pytest.mark.parametrize(
    "body", both_scripts("内蒙古自治区赤峰市巴林左旗与北京市朝阳区召开京蒙协作联席会议。")
)
def test_programme_named_by_two_province_abbreviations_is_east_west(body):
    assert directions(body) == helps("朝阳区", "巴林左旗")


def test_without_the_programme_name_the_same_meeting_is_undirected():
    body = "内蒙古自治区赤峰市巴林左旗与北京市朝阳区召开协作联席会议。"
    assert directions(body) == together("巴林左旗", "朝阳区")


# Rule: 定点帮扶 / 校地合作 / 县校合作: the ministry, enterprise or university helps.
@pytest.mark.parametrize(
    "simplified, helper, helped",
    [
        ("云南省镇康县与中国农业大学座谈定点帮扶工作。", "中国农业大学", "镇康县"),
        ("凉山州昭觉县与四川农业大学签订新一轮校地合作协议。", "四川农业大学", "昭觉县"),
        # a university seated in a city of the same level as its partner
        ("四川省雅安市与成都大学签订校地合作协议。", "成都大学", "雅安市"),
        (
            "甘肃省康乐县与中国建筑集团有限公司召开定点帮扶工作会。",
            "中国建筑集团有限公司",
            "康乐县",
        ),
        ("贵州省荔波县与国家林业和草原局召开定点帮扶座谈会。", "国家林业和草原局", "荔波县"),
    ],
)
def test_institution_helps_the_county_in_its_programme(simplified, helper, helped):
    for body in both_scripts(simplified):
        assert directions(body) == helps(helper, helped)


def test_national_institution_helps_a_local_one():
    body = "巴林左旗醫院與首都醫科大學附屬北京朝陽醫院續簽了對口幫扶協議。"
    assert directions(body) == helps("首都医科大学附属北京朝阳医院", "巴林左旗医院")


@pytest.mark.parametrize("body", both_scripts("宕昌县人民医院与甘肃省人民医院签订帮扶协议。"))
def test_wider_jurisdictions_institution_helps_a_narrower_ones(body):
    assert directions(body) == helps("甘肃省人民医院", "宕昌县人民医院")


# Rule: role words 受援 / 支援地 / 援方, which win where geography says nothing.
@pytest.mark.parametrize(
    "simplified",
    [
        "受援县泸定县与成都市签订协作协议。",
        "受援地泸定县与成都市签订协作协议。",
        "援方成都市与泸定县签订协作协议。",
        "支援地成都市与泸定县签订协作协议。",
    ],
)
def test_role_words_mark_the_helper_and_the_helped(simplified):
    for body in both_scripts(simplified):
        assert directions(body) == helps("成都市", "泸定县")


def test_without_role_words_the_same_agreement_is_undirected():
    body = "泸定县与成都市签订协作协议。"
    assert directions(body) == together("泸定县", "成都市")


def test_role_word_look_alikes():
    text = "受援方成都市与援方泸定县"
    parties = [Party(text.index(n), text.index(n) + 3, n, True) for n in ("成都市", "泸定县")]
    assert [mark(text, p) for p in parties] == [-1, 1]  # 受援方 is not 援方
    far = "受援地群众说，成都市"
    assert mark(far, Party(7, 10, "成都市", True)) == 0  # another clause


# Symmetric cooperation: reading order, undirected, whatever the geography.
@pytest.mark.parametrize(
    "simplified, first, second",
    [
        ("玛多县花石峡镇维日埂村与嘉定区马陆镇马陆村结对共建。", "维日埂村", "马陆村"),
        ("嘉定区马陆镇马陆村与玛多县花石峡镇维日埂村结对共建。", "马陆村", "维日埂村"),
        ("贵州省铜仁市与江苏省苏州市签订友好合作协议。", "铜仁市", "苏州市"),
        ("宁波大学与延边大学签署合作协议。", "宁波大学", "延边大学"),
        ("包河区人民医院还与临泉县中医院组建医联体。", "包河区人民医院", "临泉县中医院"),
    ],
)
def test_cooperation_between_equals_keeps_reading_order_undirected(simplified, first, second):
    for body in both_scripts(simplified):
        assert directions(body) == together(first, second)


def test_help_verb_of_equals_joined_by_hand_in_hand_is_undirected():
    body = "宁波大学携手延边大学开展人才培养。"
    assert directions(body) == together("宁波大学", "延边大学")


def test_later_statement_gives_the_direction_first_statement_keeps_the_span():
    body = "于都县与东莞市开展劳务协作。东莞市将继续帮助于都县转移就业。"
    facts = [f for f in extract_facts(body) if f.kind == "pairing"]
    assert len(facts) == 1
    fact = facts[0]
    assert (fact.get("a"), fact.get("b"), fact.get("directed")) == ("东莞市", "于都县", True)
    assert fact.text == "于都县与东莞市开展劳务协作"


def test_regions_of_the_lexicons_are_official_province_names():
    from viewer.facts.place_lexicon import PROVINCE, load

    provinces = {r[0] for r in load().regions if r[3] == PROVINCE}
    assert provinces >= EAST
    assert provinces >= FRONTIER
    assert not EAST & FRONTIER


@pytest.mark.parametrize(
    "body", both_scripts("自结对以来，丰台区累计向扎赉特旗投入协作资金2.35亿元。")
)
def test_the_party_sending_programme_funds_helps(body):
    assert directions(body) == helps("丰台区", "扎赉特旗")


@pytest.mark.parametrize(
    "body", both_scripts("近年来，山东省安排援疆资金12亿元，在疏附县实施产业项目40个。")
)
def test_programme_funds_spent_in_a_place_help_that_place(body):
    assert directions(body) == helps("山东省", "疏附县")


@pytest.mark.parametrize(
    "body", both_scripts("教育方面，广州市每年选派骨干教师10名到工布江达县支教。")
)
def test_the_party_posting_teachers_helps(body):
    assert directions(body) == helps("广州市", "工布江达县")


@pytest.mark.parametrize("body", both_scripts("广州市每年选派骨干教师10名到北京市学习。"))
def test_teachers_sent_to_study_state_no_help(body):
    assert directions(body) == set()


@pytest.mark.parametrize(
    "body",
    both_scripts(
        "广东省将继续支援林芝市医疗卫生事业发展。广东省对口支援林芝市巴宜区、工布江达县等地。"
    ),
)
def test_wider_region_helped_itself_keeps_its_direction(body):
    assert directions(body) == {
        ("广东省", "林芝市", True),
        ("广东省", "巴宜区", True),
        ("广东省", "工布江达县", True),
    }
