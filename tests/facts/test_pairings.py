"""Pairings: who helps whom, at the level the text pairs them, and what is not a pairing."""

from __future__ import annotations

import pytest

from viewer.facts import extract_facts
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


def full_pairs(body: str) -> set[frozenset[str]]:
    """Pairs as the whole extractor finds them, with the entity finder's organizations."""
    return {frozenset((f.get("a"), f.get("b"))) for f in extract_facts(body) if f.kind == "pairing"}


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


def test_affiliated_hospital_of_a_university_is_taken_whole():
    body = "會上，首都醫科大學附屬北京朝陽醫院與巴林左旗醫院續簽了對口幫扶協議。"
    start = body.index("首都")
    orgs = [
        Fact("organization", "首都醫科大學附屬北京朝陽醫院", start, start + 14),
        Fact("organization", "巴林左旗醫院", start + 15, start + 21),
    ]
    assert pairs(body, orgs) == {pair("首都医科大学附属北京朝阳医院", "巴林左旗医院")}


def test_numbered_hospital_of_a_university_is_not_the_university():
    body = "兰州大学第二医院与积石山县人民医院签订结对帮扶协议。"
    assert full_pairs(body) == {
        pair("兰州大学第二医院", "积石山保安族东乡族撒拉族自治县人民医院"),
    }


def test_re_mention_by_the_tail_of_a_name_is_the_same_institution():
    body = (
        "首都醫科大學附屬北京朝陽醫院與巴林左旗醫院續簽協議。"
        "北京朝陽醫院累計派出專家53人次，幫助巴林左旗醫院開展新技術。"
    )
    assert full_pairs(body) == {pair("首都医科大学附属北京朝阳医院", "巴林左旗医院")}


def test_one_party_with_a_list_of_partners_pairs_each_at_its_own_level():
    body = "此外，包河區還與六安市金寨縣、安慶市岳西縣建立了結對協作關係。"
    facts = pairings(body)
    assert full_pairs(body) == {pair("包河区", "金寨县"), pair("包河区", "岳西县")}
    assert len({(f.start, f.end) for f in facts}) == 2  # each pair keeps its own span


def test_helper_with_a_list_of_counties_after_the_verb():
    body = (
        "國家林業和草原局定點幫扶廣西壯族自治區河池市羅城仫佬族自治縣和貴州省黔南州荔波縣、獨山縣。"
    )
    assert full_pairs(body) == {
        pair("国家林业和草原局", "罗城仫佬族自治县"),
        pair("国家林业和草原局", "荔波县"),
        pair("国家林业和草原局", "独山县"),
    }


def test_list_of_pairs_is_not_one_party_with_several():
    body = (
        "常州市第一中學與墨竹工卡縣中學、"
        "常州市局前街小學與墨竹工卡縣工卡鎮中心小學分別結爲幫扶對子。"
    )
    assert full_pairs(body) == {
        pair("常州市第一中学", "墨竹工卡县中学"),
        pair("常州市局前街小学", "墨竹工卡县工卡镇中心小学"),
    }


def test_towns_listed_as_a_group_stand_for_their_city():
    body = "于都縣人社局還與東莞市長安鎮、虎門鎮等6個鎮街簽訂了勞務協作框架協議。"
    assert full_pairs(body) == {pair("于都县", "东莞市")}


def test_town_beside_its_own_city_paired_with_the_same_partner_adds_nothing():
    body = "于都县与东莞市开展劳务协作。于都县人社局还与东莞市长安镇签订了劳务协作协议。"
    assert full_pairs(body) == {pair("于都县", "东莞市")}


def test_institutions_cooperating_in_a_medical_alliance():
    body = "包河區人民醫院還與臨泉縣中醫院組建醫聯體，每年選派醫生到臨泉坐診。"
    assert full_pairs(body) == {pair("包河区人民医院", "临泉县中医院")}


def test_programme_word_later_in_the_sentence():
    body = "2021年以來，西青區與澤庫縣圍繞“民生爲本、產業爲先”，累計投入援青資金2.1億元。"
    assert full_pairs(body) == {pair("西青区", "泽库县")}


def test_institution_named_after_the_partner_province_folds_into_its_pair():
    body = "江西省對口支援阿克陶縣以來成效明顯。江西師範大學與阿克陶縣教育局簽訂合作協議。"
    assert full_pairs(body) == {pair("江西省", "阿克陶县")}


def test_university_helping_a_county_keeps_its_own_name():
    body = "兰州大学第二医院与积石山县人民医院结对。兰州大学定点帮扶甘肃省临夏州积石山县。"
    assert pair("兰州大学", "积石山保安族东乡族撒拉族自治县") in full_pairs(body)


@pytest.mark.parametrize(
    "body",
    [
        # a firm of the district with a university: business, not a regional pairing
        "鼓樓區引導企業到西吉縣投資。廠長告訴記者，工廠還與寧夏大學合作，共建實驗室。",
        "此外，蘇州一家電子企業還與貴州大學合作建設實驗室。",
        # counted groups on both sides name nobody
        "上海市5家三級醫院分別與紅河州7個縣（市）的縣級醫院建立“一院幫一院”結對關係。",
        "江西省還組織12家省屬醫院與克州4個縣（市）的醫院建立了“一對一”幫扶關係。",
        "當地3家林業企業分別與廣州、深圳的採購商簽訂長期供貨協議。",
        "隆子縣3家合作社與拉薩一家超市簽訂了青稞供貨協議。",
        "此外，臨滄市一家茶葉公司與雲南農業大學合作研發新產品。",
    ],
)
def test_firms_and_counted_groups_are_not_parties(body):
    assert full_pairs(body) == set()


def test_units_of_a_jurisdiction_under_a_pairing_word_stay_with_it():
    body = "目前，包河區已有27個社區、企業與臨泉縣的村（社區）開展“結對共建”。"
    assert full_pairs(body) == {pair("包河区", "临泉县")}


def test_both_places_acting_together_help_nobody_new():
    body = (
        "崑山市對口幫扶碧江區。兩地人社部門建立了“銅仁出工、蘇州出崗”機制，"
        "去年幫助銅仁市農村勞動力到蘇州就業2.6萬人。"
    )
    assert full_pairs(body) == {pair("昆山市", "碧江区")}


def test_a_date_written_before_a_company_is_not_part_of_its_name():
    body = "会议通报，2022年华能集团帮扶宕昌县建成产业基地。"
    assert pairs(body) == {pair("华能集团", "宕昌县")}


def test_school_of_the_helped_county_folds_into_the_university_pair():
    body = (
        "四川农业大学与四川省凉山彝族自治州昭觉县签订校地合作协议。"
        "四川农业大学还与昭觉县民族中学结对，开展支教活动。"
    )
    assert pairs(body) == {pair("四川农业大学", "昭觉县")}


def test_institutions_paired_one_to_one_keep_their_own_entry():
    # two hospitals named one to one: neither is a university nor a jurisdiction
    body = "北京丰台医院与扎赉特旗蒙医医院结成帮扶对子，派驻医生8名。"
    assert pair("北京丰台医院", "扎赉特旗蒙医医院") in pairs(body)


def test_bounded_count_patterns_keep_their_results():
    from viewer.facts import pairing_clauses, pairing_parties

    assert pairing_clauses.COUNTED.search("还有12家企业")
    assert not pairing_clauses.COUNTED.search("第一书记")
    assert pairing_clauses._THING_AFTER.match("的3家采购商")
    assert not pairing_clauses._THING_AFTER.match("签订协议")
    assert pairing_parties._OWN_UNIT.search("兰州大学第二医院")
    assert not pairing_parties._OWN_UNIT.search("兰州大学第二医院分院")
    # a long run of digits is scanned in bounded steps and still finds a count at its end
    assert pairing_clauses.COUNTED.search("1" * 3000 + "家")
    assert not pairing_clauses.COUNTED.search("1" * 3000)


@pytest.mark.parametrize(
    "body",
    [
        "自结对以来，丰台区累计向扎赉特旗投入协作资金2.35亿元，共建产业园区2个。",
        "自結對以來，豐臺區累計向扎賚特旗投入協作資金2.35億元，共建產業園區2個。",
        "2022年，余杭区向松潘县拨付财政援助资金1800万元。",
    ],
)
def test_funds_of_a_programme_sent_to_a_place(body):
    assert len(pairs(body)) == 1


def test_funds_for_projects_in_a_named_place():
    body = "近年来，山东省安排援疆资金12亿元，在疏附县实施产业项目40个。"
    assert pairs(body) == {pair("山东省", "疏附县")}


@pytest.mark.parametrize(
    "body",
    [
        "丰台区向扎赉特旗学习草原保护经验。",
        "丰台区向银行申请贷款，用于扎赉特旗的厂房。",
        "山东省安排援疆资金12亿元，在会上通报了疏附县的情况。",
    ],
)
def test_money_or_words_sent_without_a_programme_are_no_pairing(body):
    assert pairs(body) == set()


@pytest.mark.parametrize(
    "body",
    [
        "教育方面，广州市每年选派骨干教师10名到工布江达县支教。",
        "教育方面，廣州市每年選派骨幹教師10名到工布江達縣支教。",
        "余杭区先后派出医生12名赴松潘县支医。",
    ],
)
def test_people_sent_to_teach_or_treat_in_a_place(body):
    assert len(pairs(body)) == 1


@pytest.mark.parametrize(
    "body",
    ["广州市每年选派骨干教师10名到北京市学习。", "余杭区派出代表团赴松潘县考察。"],
)
def test_people_sent_to_study_or_visit_are_no_pairing(body):
    assert pairs(body) == set()


@pytest.mark.parametrize(
    "body",
    [
        "广东省将继续支援林芝市医疗卫生事业发展。广东省对口支援林芝市巴宜区、工布江达县等地。",
        "廣東省將繼續支援林芝市醫療衛生事業發展。廣東省對口支援林芝市巴宜區、工布江達縣等地。",
    ],
)
def test_wider_region_that_is_itself_helped_is_kept(body):
    assert pairs(body) == {
        pair("广东省", "林芝市"),
        pair("广东省", "巴宜区"),
        pair("广东省", "工布江达县"),
    }


def test_wider_region_named_only_beside_a_county_is_still_dropped():
    body = "广东省对口支援林芝市巴宜区。广东省与林芝市、巴宜区共建产业园。"
    assert pairs(body) == {pair("广东省", "巴宜区")}


@pytest.mark.parametrize(
    "body",
    [
        "中国华能集团有限公司定点帮扶宕昌县。华能集团向宕昌县投入帮扶资金5600万元。",
        "中國華能集團有限公司定點幫扶宕昌縣。華能集團向宕昌縣投入幫扶資金5600萬元。",
    ],
)
def test_short_form_of_a_company_takes_the_longest_name_written(body):
    assert full_pairs(body) == {pair("中国华能集团有限公司", "宕昌县")}


def test_an_abbreviated_company_takes_the_longest_name_written():
    # 中铁集团 drops several runs of 中国中铁工程集团有限公司
    body = "中国中铁工程集团有限公司定点帮扶宕昌县。中铁集团还与兰州大学合作。"
    assert full_pairs(body) == {
        pair("中国中铁工程集团有限公司", "宕昌县"),
        pair("中国中铁工程集团有限公司", "兰州大学"),
    }


def test_a_company_is_no_short_form_of_its_branch():
    body = "华能集团甘肃分公司与宕昌县人民医院结对帮扶。华能集团定点帮扶宕昌县。"
    assert full_pairs(body) == {
        pair("华能集团甘肃分公司", "宕昌县人民医院"),
        pair("华能集团", "宕昌县"),
    }


@pytest.mark.parametrize(
    "body",
    [
        "宁波市今年已向延边州选派医疗专家16名。",  # people sent to the helped party
        "宁波市累计投入资金8600万元支持延边州卫生事业。",  # money in support of it
    ],
)
def test_people_or_money_sent_in_support_name_a_pair(body):
    assert pairs(body) == {pair("宁波市", "延边朝鲜族自治州")}


@pytest.mark.parametrize(
    "body",
    [
        "宁波市向北京市派出干部学习。",  # sent to study: no help
        "县财政投入资金500万元支持企业发展。",  # no party supported
    ],
)
def test_sending_or_funding_without_help_is_no_pair(body):
    assert pairs(body) == set()


def test_people_sent_by_the_party_opening_the_clause_before():
    body = (
        "华能集团甘肃分公司与宕昌县人民医院结对帮扶。"
        "会后，中铁集团向宕昌县人民医院捐赠设备，并选派2名干部到宕昌县挂职。"
    )
    assert pair("中铁集团", "宕昌县") in pairs(body)
    assert pair("华能集团甘肃分公司", "宕昌县") not in pairs(body)
