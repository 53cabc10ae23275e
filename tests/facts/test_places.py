"""Places: full names, short forms, towns and villages resolved by context, and look-alikes."""

from __future__ import annotations

import pytest

from viewer.facts import place_lexicon
from viewer.facts.normalize import simplified_copy
from viewer.facts.places import find_place_mentions, find_places


def places(body: str):
    facts = find_places(body, simplified_copy(body))
    for f in facts:
        assert body[f.start : f.end] == f.text
        assert f.kind == "place"
    return facts


def texts(body: str) -> list[str]:
    return [f.text for f in places(body)]


def by_text(body: str) -> dict[str, dict]:
    return {f.text: dict(f.data) for f in places(body)}


def test_chain_in_traditional_text_resolves_every_level():
    got = by_text("廣元市朝天區搶抓機遇，與浙江省杭州市濱江區千里攜手。")
    assert list(got) == ["廣元市", "朝天區", "浙江省", "杭州市", "濱江區"]
    assert got["朝天區"] == {
        "province": "四川省",
        "city": "广元市",
        "county": "朝天区",
        "adcode": "510812",
    }
    assert got["浙江省"]["city"] is None and got["浙江省"]["adcode"] == "330000"


@pytest.mark.parametrize(
    ("body", "text", "full"),
    [
        ("新疆發揮援疆省市智力優勢。", "新疆", ("新疆维吾尔自治区", None, None)),
        ("深化與黔南州羅甸縣聯系協作。", "黔南州", ("贵州省", "黔南布依族苗族自治州", None)),
        ("2022年6月的浙江之行讓他受益匪淺。", "浙江", ("浙江省", None, None)),
    ],
)
def test_short_forms_get_official_full_names(body, text, full):
    data = by_text(body)[text]
    assert (data["province"], data["city"], data["county"]) == full


def test_short_form_folded_when_the_full_name_is_written():
    body = "壺關縣帶隊赴外地考察。壺關為學子提供食宿。"
    assert texts(body) == ["壺關縣"]
    mentions = find_place_mentions(body, simplified_copy(body))
    assert [m.text for m in mentions] == ["壺關縣", "壺關"]
    assert mentions[1].get("county") == "壶关县"


@pytest.mark.parametrize(
    "body",
    [
        "來自武漢大學的專家教授為學員授課。",
        "將浙江大學作為教學基地。",
        "中新網四川新聞11月30日電",
        "新增8家企業入駐“一碼貴州”平臺。",
        "積極探索武漢大學山西校友會合作新模式。",
        "武漢理工大學認真學習。",
        "企業山西迪奧普有限公司贈送平臺。",
    ],
)
def test_place_names_inside_proper_names_are_not_places(body):
    assert texts(body) == []


def test_jurisdiction_in_front_of_a_government_body_is_a_place():
    assert texts("與安康市科技局共建交流中心。") == ["安康市"]
    assert texts("喀什地區積極與山東省援疆指揮部溝通聯系。") == ["喀什地區", "山東省"]


@pytest.mark.parametrize(
    "body",
    [
        "打造三維數字鄉村，建設村級“星級化德治”試點。",  # 化德 (a county short name)
        "促進興農富民。",  # 富民
        "周末一起去泡溫泉。",  # 温泉
        "南疆村黨組織書記培訓示範班。",  # a region, not a division
        "太行山大峽谷旅游開發管理中心。",
        "將濱江互聯網小鎮、物聯網小鎮作為考察基地。",  # industrial towns; 濱江 only short
        "省市和縣三級聯動。",  # 和县 is a county, 和縣 here is "and county"
        "成功創建全國民主法治示範村。",
        "結成友誼鄉、友誼村。",
    ],
)
def test_ordinary_words_and_non_administrative_areas_are_not_places(body):
    assert texts(body) == []


def test_single_character_county_needs_its_parent():
    assert texts("安徽省和縣召開會議。") == ["安徽省", "和縣"]


def test_market_after_a_city_is_not_the_city_name():
    got = texts("促進羅甸縣產品在貴陽市場銷售。")
    assert "貴陽市" not in got
    assert "羅甸縣" in got


def test_villages_resolved_by_the_chain_written_before_them():
    got = by_text("四川省閬中市天宮鎮五龍村按照原則。")
    assert got["五龍村"]["county"] == "阆中市"  # one of 72 villages of that name
    assert got["天宮鎮"]["county"] == "阆中市"


def test_village_resolved_by_a_county_named_later_in_the_text():
    body = "到翁巖村掛職一個月。在貴州省貴陽市花溪區舉行觀摩會。"
    assert by_text(body)["翁巖村"]["county"] == "花溪区"
    other = "到翁巖村調研。黔東南州黃平縣召開會議。"
    assert by_text(other)["翁巖村"]["county"] == "黄平县"


def test_same_village_name_needs_context():
    assert texts("他在五龍村長大。") == []


def test_towns_matched_by_stem_when_regraded():
    # the table lists 李家乡 under 朝天区; the text writes 李家镇
    got = by_text("朝天區召開會議。李家鎮衛生院的醫生赴外地學習。")
    assert got["李家鎮"]["county"] == "朝天区"


def test_village_missing_from_the_table_accepted_after_its_town():
    got = by_text("昌吉回族自治州吉木薩爾縣新地鄉小分子村黨總支書記說。")
    assert got["小分子村"]["county"] == "吉木萨尔县"


def test_township_is_not_read_out_of_xiangcun():
    assert texts("對朝天區今後實施鄉村振興戰略。") == ["朝天區"]


def test_short_form_inside_a_village_name_is_not_a_place():
    got = texts("吐魯番市高昌區亞爾鎮新城西門村黨支部書記說。")
    assert got == ["吐魯番市", "高昌區", "亞爾鎮", "新城西門村"]


def test_lookalike_radical_is_folded():
    body = "廣⻄壯族自治區南寧市"
    assert [(f.text, f.get("province")) for f in places(body)] == [
        ("廣⻄壯族自治區", "广西壮族自治区"),
        ("南寧市", "广西壮族自治区"),
    ]


def test_simplified_and_traditional_give_the_same_places():
    trad = [f.get("county") for f in places("湖南省花垣縣十八洞村")]
    simp = [f.get("county") for f in places("湖南省花垣县十八洞村")]
    assert trad == simp == [None, "花垣县", "花垣县"]


def test_copy_of_a_different_length_is_refused():
    with pytest.raises(ValueError):
        find_places("壺關縣", "壶关")


@pytest.mark.slow
def test_lexicon_is_cached_on_disk_and_reloads(tmp_path, monkeypatch):
    lex = place_lexicon.load()
    assert place_lexicon.load() is lex
    monkeypatch.setenv("ARCHIVE_VIEWER_HOME", str(tmp_path))
    built = place_lexicon._load_uncached()  # writes the cache
    assert place_lexicon._cache_path().exists()
    again = place_lexicon._load_uncached()  # reads it back
    assert again.regions == built.regions and again.village_stems == built.village_stems


def test_full_name_beats_an_overlapping_short_form():
    # 从江 (a county's short form) starts one character earlier than 江西省
    assert texts("專列從江西省贛州市于都縣出發。") == ["江西省", "贛州市", "于都縣"]


@pytest.mark.parametrize(
    ("body", "glued"),
    [
        ("臨夏州的醫生開展義診和政策宣講。", "和政"),  # 和政县's short form, 政策 a word
        ("湖南省引導企業投資興業。", "資興"),  # 资兴市's short form inside 投资兴业
    ],
)
def test_county_short_form_glued_to_an_ordinary_word_is_not_a_place(body, glued):
    assert glued not in "".join(texts(body))


def test_county_short_form_not_glued_is_still_a_mention():
    body = "臨夏州和政縣召開會議，和政各鄉鎮積極響應。"
    mentions = [f.text for f in find_place_mentions(body, simplified_copy(body))]
    assert mentions == ["臨夏州", "和政縣", "和政"]


def test_city_short_forms_listed_beside_a_place_are_places():
    got = by_text("元陽縣屬紅河州。羣衆看大病要跑到蒙自、昆明。產品銷往拉薩、成都、長沙等地。")
    assert got["昆明"]["city"] == "昆明市"
    assert got["長沙"]["city"] == "长沙市"
    assert got["成都"]["city"] == "成都市"


def test_list_of_ordinary_words_gives_no_place():
    assert texts("各地做法大同小異、日子安寧。") == []


def test_towns_of_a_prefecture_without_counties_have_no_county():
    got = by_text("于都縣在東莞市長安鎮設立了勞務工作站。")
    assert got["長安鎮"]["city"] == "东莞市"
    assert got["長安鎮"]["county"] is None


def test_village_level_adjective_is_not_a_village():
    # 村级 / 镇级 is "at village level": the characters before 村 are no village name
    body = "甘肃省宕昌县哈达铺镇建成村级光伏电站3座，全部用于村级公益岗位。"
    assert texts(body) == ["甘肃省", "宕昌县", "哈达铺镇"]


def test_village_before_other_words_is_still_a_village():
    body = "甘肃省宕昌县哈达铺镇金木村，合作社带动86户群众。"
    assert "金木村" in texts(body)


@pytest.mark.parametrize(
    "body",
    [
        "南昌市经济发展良好。村里今年新建了一个农民专业合作社。",
        "江西省南昌市的工厂。村里新建成一座桥，又新建起3个大棚。",
    ],
)
def test_county_short_form_that_is_a_verb_is_not_a_place(body):
    assert not any(t.startswith("新建") for t in texts(body))


def test_county_short_form_before_a_noun_is_still_a_place():
    body = "江西省南昌市新建区。新建区的群众说，新建成为了样板。"
    assert "新建区" in texts(body)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("四川省昭觉县引进了成都一家农业科技公司。", "成都"),
        ("深圳市一家醫療器械公司捐贈設備。", "深圳市"),
        ("杭州市3家企业到当地考察。", "杭州市"),
    ],
)
def test_place_before_a_counted_company_stands_alone(body, place):
    assert place in texts(body)


@pytest.mark.parametrize("body", ["成都农业科技公司捐赠设备。", "深圳市医疗器械公司捐赠设备。"])
def test_place_inside_a_company_name_is_still_part_of_it(body):
    assert texts(body) == []
