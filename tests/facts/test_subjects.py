"""Quantity subjects: what a figure counts, read from its clause in either script, never cut
inside a word, and empty rather than wrong."""

from __future__ import annotations

import pytest

from viewer.facts.normalize import simplified_copy
from viewer.facts.quantities import find_quantities


def subjects(text: str) -> dict[str, str]:
    facts = find_quantities(text, simplified_copy(text))
    return {f.text: f.get("subject") for f in facts}


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # the noun phrase after a measure word, up to the verb that follows it
        ("對全縣200余名黨組織書記開展了黨性修養培訓", "200余名", "黨組織書記"),
        ("16名鄉鎮黨委書記結合在四川省的學習", "16名", "鄉鎮黨委書記"),
        ("鞏留縣50名村(社區)“兩委”正職分享了基層治理經驗", "50名", "村(社區)“兩委”正職"),
        ("全區356個鄉鎮、1567個村(社區)與對口支援省市結對", "1567個", "村(社區)"),
        ("全区356个乡镇、1567个村(社区)与对口支援省市结对", "356个", "乡镇"),
        ("选派130名乡村干部到援疆省市挂职锻炼", "130名", "乡村干部"),
        ("濱江區委宣傳部等6個黨政部門作為跟崗實踐基地", "6個", "黨政部門"),
        ("促進羅甸籍1420名勞動力轉移至貴陽就業", "1420名", "勞動力"),
        ("带动1.2万名脱贫群众在家门口增收", "1.2万名", "脱贫群众"),
        ("指导规范建设18个村党群服务中心。", "18个", "村党群服务中心"),
        ("帮助建设2个县域医疗次中心，", "2个", "县域医疗次中心"),
        ("带动周边5个村480户农户每户年均增收", "480户", "农户"),
        # 的 after the figure: the phrase it describes, past a short modifier of its own
        ("開展了為期兩個月的實習實踐和掛職鍛煉工作", "兩個月", "實習實踐"),
        ("开展150人次的有针对性的职业技能培训", "150人次", "职业技能培训"),
        ("为40岁以下的务工人员提供培训", "40岁以下", "务工人员"),
        # a figure that ends its clause: the predicate before it
        ("村(居)委會主任、婦聯主席赴疆外培訓373批次17097人，", "373批次", "赴疆外培訓"),
        ("村(居)委會主任、婦聯主席赴疆外培訓373批次17097人，", "17097人", "赴疆外培訓"),
        ("累计培训干部600余人次，", "600余人次", "培训干部"),
        ("已累计培训1600余人。", "1600余人", "培训"),
        ("点对点培训干部2批共70余人次。", "70余人次", "点对点培训干部"),
        ("組織學習考察返回的基層干部開展宣講6.88萬場次，", "6.88萬場次", "宣講"),
        ("全市组织系统与罗甸县沟通对接100余次，", "100余次", "与罗甸县沟通对接"),
        ("元阳县人民医院培养本土骨干医生45名，", "45名", "培养本土骨干医生"),
        ("帮助六枝特区农村劳动力转移就业3860人。", "3860人", "农村劳动力转移就业"),
        # things keep the object of the verb, unless the verb is all that qualifies a noun
        ("促成產業幫扶對子698個。", "698個", "產業幫扶對子"),
        ("共同打造干部實訓基地122個。", "122個", "干部實訓基地"),
        ("在福州设立劳务工作站3个，", "3个", "劳务工作站"),
        ("园区已落户企业23家，", "23家", "落户企业"),
        ("累计采购销售罗甸县农副产品约2000余吨，", "约2000余吨", "罗甸县农副产品"),
        ("实施帮扶项目47个。", "47个", "帮扶项目"),
        ("新增学位1200个。", "1200个", "新增学位"),
        # rates and durations keep what changes or lasts
        ("培训合格率达到96.5%。", "96.5%", "培训合格率"),
        ("墨竹工卡县中学中考平均分提高了23.5分。", "23.5分", "中考平均分提高"),
        ("甘蔗亩产提高到6.5吨。", "6.5吨", "甘蔗亩产提高"),
        ("派驻时间均在1年以上。", "1年以上", "派驻时间"),
        ("援青期限为3年。", "3年", "援青期限"),
        ("每批驻点时间不少于6个月。", "不少于6个月", "驻点时间"),
        ("西青区选派的第五批援青干部人才共37名，", "37名", "援青干部人才"),
    ],
)
def test_subject(text: str, figure: str, subject: str) -> None:
    assert subjects(text)[figure] == subject


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("八年来，兰州大学累计投入", "八年"),  # a time frame, not a count
        ("计划3年内再培养学科带头人", "3年"),
        ("其中860人走上了工地", "860人"),  # only a new predicate follows
        ("实施帮扶项目23个，比上年增加4个。", "4个"),  # a change with nothing to say it of
        ("社员从最初的12户发展到208户。", "208户"),
        ("先后选派3批共28名医疗专家", "3批"),
        ("该院心内科主任医师韩晓东已经连续3次报名援蒙", "3次"),  # never part of a name
        ("为期7天，共安排专题课程", "7天"),
    ],
)
def test_no_subject_rather_than_a_wrong_one(text: str, figure: str) -> None:
    assert subjects(text)[figure] == ""


def test_subject_is_cut_from_the_body_and_never_inside_a_word() -> None:
    text = "村(居)委會主任、婦聯主席赴疆外培訓373批次17097人，選派鄉鎮黨政正職赴疆外學習考察364人。"
    facts = find_quantities(text, simplified_copy(text))
    for fact in facts:
        subject = fact.get("subject")
        assert subject in text  # the body's own script
        assert len(subject) <= 12
    assert [f.get("subject") for f in facts] == ["赴疆外培訓", "赴疆外培訓", "赴疆外學習考察"]


def test_long_phrases_are_shortened_at_a_word() -> None:
    got = subjects("提供機械制造、后勤服務等領域就業崗位1154個。")["1154個"]
    assert got == "領域就業崗位"
    got = subjects("西吉县农村劳动力转移就业1.2万余人，")["1.2万余人"]
    assert len(got) <= 12 and got.endswith("转移就业") and got.startswith("西吉县")
