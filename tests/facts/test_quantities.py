"""Quantity facts: figures that count things, in both scripts, and the look-alikes that are not."""

from __future__ import annotations

import pytest

from viewer.facts import extract_facts
from viewer.facts.normalize import simplified_copy
from viewer.facts.quantities import find_quantities


def quantities(text: str) -> list[tuple[str, float, str, str]]:
    facts = find_quantities(text, simplified_copy(text))
    for f in facts:
        assert text[f.start : f.end] == f.text
    return [(f.text, f.get("value"), f.get("unit"), f.get("approx")) for f in facts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("累计培训干部600余人次，", ("600余人次", 600, "人次", "more")),
        ("为1.1万余名高考学生提供", ("1.1万余名", 11000, "名", "more")),
        ("推送崗位信息2.53萬個，", ("2.53萬個", 25300, "個", "exact")),
        ("推送岗位信息2.53万个，", ("2.53万个", 25300, "个", "exact")),
        ("支教队员43人来到", ("43人", 43, "人", "exact")),
        ("帶動4000畝標準化蔬菜", ("4000畝", 4000, "畝", "exact")),
        ("設立1600平方米銷售中心", ("1600平方米", 1600, "平方米", "exact")),
        ("生產雞蛋2060噸，", ("2060噸", 2060, "噸", "exact")),
        ("生豬出欄8556頭，", ("8556頭", 8556, "頭", "exact")),
        ("生产食用菌44.17吨，", ("44.17吨", 44.17, "吨", "exact")),
        ("有效率100%。", ("100%", 100, "%", "exact")),
        ("有效率１００％。", ("１００％", 100, "％", "exact")),
        ("面積約1300畝；", ("約1300畝", 1300, "畝", "about")),
        ("采購農副產品約2000余噸，", ("約2000余噸", 2000, "噸", "more")),
        ("就業崗位信息3萬個以上，", ("3萬個以上", 30000, "個", "more")),
        ("建成項目校不少于3所。", ("不少于3所", 3, "所", "atleast")),
        ("培训骨干教师400名以上，", ("400名以上", 400, "名", "more")),
        ("选取120多个教学点", ("120多个", 120, "个", "more")),
        ("共有近300户参加", ("近300户", 300, "户", "less")),
        ("至少5家企业", ("至少5家", 5, "家", "atleast")),
        ("超过20万人参与", ("超过20万人", 200_000, "人", "more")),
        ("逾百人", ("逾百人", 100, "人", "more")),
        ("用时3年，", ("3年", 3, "年", "exact")),
        ("打造15分鐘實踐圈", ("15分鐘", 15, "分鐘", "exact")),
        ("年龄在40岁以下的", ("40岁以下", 40, "岁", "less")),
        ("宣講6.88萬場次，", ("6.88萬場次", 68800, "場次", "exact")),
        ("培訓373批次", ("373批次", 373, "批次", "exact")),
        ("转移40.7万农村劳动力", ("40.7万", 407_000, "", "exact")),
        ("为期两个月的支教", ("两个月", 2, "个月", "exact")),
        ("已建成三層樓的中心", ("三層", 3, "層", "exact")),
        ("一個多月來", ("一個多月", 1, "個月", "more")),
        ("挂职半年左右", ("半年左右", 0.5, "年", "about")),
        ("治疗患者上千例，", ("上千例", 1000, "例", "more")),
        ("用时3至5年，", ("3至5年", 3, "年", "exact")),  # a range: one fact, its start
        ("覆盖5-10万人，", ("5-10万人", 50000, "人", "exact")),
        ("援藏时间为1年半，", ("1年半", 1.5, "年", "exact")),  # half a duration more
        ("驻点2天半，", ("2天半", 2.5, "天", "exact")),
        ("組織包車21趟次，", ("21趟次", 21, "趟次", "exact")),
        ("平均分提高了23.5分。", ("23.5分", 23.5, "分", "exact")),  # points
        # 千瓦, 千米, 千克, 千瓦时 and 万千瓦 are units: their 千 or 万 is not the number's
        ("总装机容量300千瓦，", ("300千瓦", 300, "千瓦", "exact")),
        ("總裝機容量300千瓦，", ("300千瓦", 300, "千瓦", "exact")),
        ("修建产业路12千米，", ("12千米", 12, "千米", "exact")),
        ("亩产提高3.5千克", ("3.5千克", 3.5, "千克", "exact")),
        ("年发电2000千瓦时，", ("2000千瓦时", 2000, "千瓦时", "exact")),
        ("装机规模10万千瓦，", ("10万千瓦", 10, "万千瓦", "exact")),
        ("装机300-500千瓦，", ("300-500千瓦", 300, "千瓦", "exact")),
        ("带动3千余人就业", ("3千余人", 3000, "人", "more")),  # 千 before a count still multiplies
        ("调处劳资纠纷27起，", ("27起", 27, "起", "exact")),  # cases
        ("路上就得三个小时，", ("三个小时", 3, "个小时", "exact")),
        ("先后选派6任挂职副县长", ("6任", 6, "任", "exact")),  # terms of office
    ],
)
def test_counted_figures(text: str, expected: tuple | None) -> None:
    got = quantities(text)
    if expected is None:
        assert got == []
    else:
        assert got == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "2023年完成生猪出栏",  # a calendar year
        "2021年7月17日，",  # a date
        "3月30日至31日",
        "下午13:52发布",  # a clock time
        "排名第3位",  # an ordinal
        "教育部简报〔2021〕第35期",  # a document number
        "咨询电话0851-86812345",  # a phone number
        "编号13912345678",
        "编号A3栋",
        "“十四五”规划",  # set phrases
        "实施“一对一”帮扶",
        "千里携手，共奔小康",
        "开展“三下乡”活动",
        "村“两委”班子",
        "‘一站十崗’模式",
        "可一次性容纳",
        "二级巡视员",  # a rank
        "一名学员说",  # the indefinite article
        "签约了“三个基地”",  # a slogan in quotes
        "上世纪80年代",
        "进一步加强",
        "做到两个维护",
        "三番五次地",
        "千家万户",
        "“十四五”規劃",  # the same in traditional script
        "實施“一對一”幫扶",
        "千里攜手，共奔小康",
        "開展“三下鄉”活動",
        "村“兩委”班子",
        "教育部簡報〔2021〕第35期",
        "二級巡視員",
        "今年上半年，增长",  # a part of the year, not half a year
        "下半年将继续",
        "一年也就两三万元",  # a rough range of neighbouring digits
        "需要两三个月",
        "上午8时30分开会",  # a clock time
        "占3分之一",
        "3分别为",
        "从5起步",
        "完成3任务",  # 任 starting another word
        "第3任书记",
    ],
)
def test_look_alikes_are_not_quantities(text: str) -> None:
    assert quantities(text) == []


def test_a_full_width_comma_is_not_a_thousands_separator() -> None:
    assert quantities("共8,500人") == [("8,500人", 8500, "人", "exact")]
    assert quantities("增长5，300家企业") == [("300家", 300, "家", "exact")]


def test_signed_is_not_about() -> None:
    assert quantities("簽約6名講師，") == [("6名", 6, "名", "exact")]
    assert quantities("最近3年，") == [("3年", 3, "年", "exact")]


def test_several_in_one_sentence_and_repeats() -> None:
    got = quantities("培訓干部2批共70余人次，結對6名，另有6名。")
    assert [g[0] for g in got] == ["2批", "70余人次", "6名", "6名"]


def test_subject_from_the_clause() -> None:
    text = "組織20個基層黨組織同羅甸縣結對，累計培訓干部600余人次。"
    facts = find_quantities(text, simplified_copy(text))
    assert [f.get("subject") for f in facts] == ["基層黨組織", "培訓干部"]
    text = "開展了為期兩個月的支教活動"
    assert [f.get("subject") for f in find_quantities(text, simplified_copy(text))] == ["支教活動"]


def test_money_and_dates_are_not_quantities() -> None:
    text = "2023年投入5萬元以上，100余萬元惠及2000余人，1000元/月/人。"
    facts = extract_facts(text)
    kinds = [(f.kind, f.text) for f in facts]
    assert ("quantity", "2000余人") in kinds
    assert not [t for k, t in kinds if k == "quantity" and t != "2000余人"]
