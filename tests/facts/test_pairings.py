"""Pairings: who helps whom, at the level the text pairs them, and what is not a pairing."""

from __future__ import annotations

from viewer.facts.normalize import simplified_copy
from viewer.facts.pairings import find_pairings
from viewer.facts.places import find_places
from viewer.model import Fact


def pairings(body: str, organizations: list[Fact] | None = None):
    simplified = simplified_copy(body)
    facts = find_pairings(body, simplified, find_places(body, simplified), organizations or [])
    for f in facts:
        assert body[f.start : f.end] == f.text
        assert f.kind == "pairing"
    return facts


def pairs(body: str, organizations: list[Fact] | None = None) -> set[frozenset[str]]:
    return {frozenset((f.get("a"), f.get("b"))) for f in pairings(body, organizations)}


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


def test_district_paired_with_district_not_with_its_province():
    body = "今年以來，廣元市朝天區搶抓東西部協作機遇，與浙江省杭州市濱江區千里攜手。"
    facts = pairings(body)
    assert {frozenset((f.get("a"), f.get("b"))) for f in facts} == {pair("朝天区", "滨江区")}
    assert facts[0].get("relation") == "东西部协作"
    assert facts[0].text == "廣元市朝天區搶抓東西部協作機遇，與浙江省杭州市濱江區千里攜手"


def test_bureaus_and_firms_of_the_partner_fold_into_one_pair():
    body = (
        "朝天區與濱江區積極協作。朝天區與濱江社發局簽訂衛生健康合作協議。"
        "還與濱江教育局簽訂教育協作協議。"
    )
    assert pairs(body) == {pair("朝天区", "滨江区")}


def test_county_level_party_beside_its_own_township():
    body = "花溪區與羅甸縣沫陽鎮深化黨建協作工程。"
    facts = pairings(body)
    assert pairs(body) == {pair("花溪区", "沫阳镇")}
    assert facts[0].get("relation") == "党建协作"


def test_university_and_county():
    body = "武漢大學與壺關縣開展縣校合作，壺關與武漢大學馬克思學院簽訂合作協議。"
    facts = pairings(body)
    assert pairs(body) == {pair("武汉大学", "壶关县")}
    assert facts[0].get("relation") == "县校合作"


def test_helper_named_only_at_the_start_of_the_article():
    body = (
        "武汉理工大学认真学习讲话精神，助力陕西省石泉县乡村振兴。\n与石泉县建立定期互访交流机制。"
    )
    assert pairs(body) == {pair("武汉理工大学", "石泉县")}


def test_wider_region_beside_a_paired_county_adds_nothing():
    body = "武汉理工大学定点帮扶石泉县。与石泉县人民政府、安康市科技局共建科技成果交流中心。"
    assert pairs(body) == {pair("武汉理工大学", "石泉县")}


def test_one_party_with_several_others():
    body = (
        "積極探索武漢大學、武漢大學山西校友會、全國總工會駐壺工作隊和壺關縣“四方”合作共建新模式。"
    )
    assert pairs(body) == {
        pair("武汉大学", "壶关县"),
        pair("武汉大学山西校友会", "壶关县"),
        pair("全国总工会", "壶关县"),
    }


def test_pairing_stated_across_two_sentences():
    body = (
        "學員趕往湖南省花垣縣十八洞村觀摩學習。“十八洞村是我們村的結對共建村，收獲很大。”"
        "吐魯番市高昌區亞爾鎮新城西門村黨支部書記說。"
    )
    facts = pairings(body)
    assert pairs(body) == {pair("十八洞村", "新城西门村")}
    assert facts[0].get("relation") == "结对共建"
    assert facts[0].text.startswith("十八洞村是我們村") and facts[0].text.endswith("書記說")


def test_hospital_to_hospital_pairing_keeps_the_institutions():
    body = (
        "今年來貴陽市深化與黔南州羅甸縣聯系協作。與羅甸縣中醫院、婦幼保健院實施對口幫扶。"
        "目前，已明確市二醫結對幫扶羅甸縣中醫院。"
    )
    assert pairs(body) == {
        pair("贵阳市", "罗甸县"),
        pair("贵阳市第二人民医院", "罗甸县中医院"),
    }


def test_province_body_folds_to_the_province():
    body = "喀什地區積極與山東省援疆指揮部溝通聯系，精心開發課程。"
    facts = pairings(body)
    assert pairs(body) == {pair("喀什地区", "山东省")}
    assert facts[0].get("relation") == "援疆"


def test_donor_company_named_before_the_verb():
    body = "壺關縣召開會議。武漢大學校友任職企業山西迪奧普有限公司，贈送壺關數字鄉村服務平臺。"
    assert pair("山西迪奥普有限公司", "壶关县") in pairs(body)


def test_organizations_from_the_entity_finder_are_used():
    body = "壺關縣帶隊赴武漢大學政治與公共管理學院，就縣校合作事宜交流探討。"
    start = body.index("武漢大學")
    org = Fact("organization", "武漢大學政治與公共管理學院", start, start + 13)
    assert pairs(body, [org]) == {pair("壶关县", "武汉大学")}


def test_one_entry_per_unordered_pair():
    body = "朝天區與濱江區積極協作。濱江區與朝天區簽訂合作協議。朝天區攜手濱江區醫療專家團隊。"
    assert len(pairings(body)) == 1


def test_not_pairings():
    assert pairs("浙江和四川的代表出席了會議。") == set()  # no relation word
    assert pairs("武漢大學政治與公共管理學院召開座談會。") == set()  # 与 inside a name
    assert pairs("羅甸縣與沫陽鎮加強協作。") == set()  # a county and its own township
    assert pairs("新疆發揮援疆省市智力優勢，赴對口支援省市輪訓。") == set()  # no named partner
    assert pairs("幫助企業提升核心競爭力。") == set()
