"""Organizations: suffix lexicon, where a name starts, and look-alikes that are not names."""

from __future__ import annotations

import pytest

from viewer.facts.entities import find_organizations
from viewer.facts.normalize import simplified_copy
from viewer.model import Fact


def orgs(text: str, places: list[Fact] | None = None) -> list[str]:
    found = find_organizations(text, simplified_copy(text), places or [])
    for fact in found:
        assert text[fact.start : fact.end] == fact.text
        assert fact.kind == "organization"
    return [f.text for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他们赴北京师范大学交流。", ["北京师范大学"]),
        ("依托成都理工大学地质学院开展研究。", ["成都理工大学地质学院"]),
        ("西南师范大学教育学部派出教师。", ["西南师范大学教育学部"]),  # a faculty of a university
        (
            "安化县卫生健康委员会主任表示,",
            ["安化县卫生健康委员会"],
        ),  # the full form
        ("与合肥市第一人民医院签订协议。", ["合肥市第一人民医院"]),
        ("持续推进南昌县第三中学建设。", ["南昌县第三中学"]),
        ("邀请了宁波市教育局的专家。", ["宁波市教育局"]),
        ("成立乡村产业发展领导小组。", ["乡村产业发展领导小组"]),
        ("岳阳县人民政府与企业座谈。", ["岳阳县人民政府"]),
        ("以及天河区委宣传部等部门。", ["天河区委宣传部"]),
        ("深入落实财政部关于帮扶的要求。", ["财政部"]),
        ("接收5名医生到县三医进修。", ["县三医"]),
        ("与海康智联、云鹊科技等企业签约。", ["云鹊科技"]),
        ("人民网北京3月5日电 会议召开。", ["人民网"]),
        ("来到青松小学和河口中心校支教。", ["青松小学", "河口中心校"]),
        ("山东省援疆指挥部安排专人。", ["山东省援疆指挥部"]),
        ("既有农业大学教授孙某,也有土专家。", ["农业大学"]),  # a title after the name
        ("商务局局长介绍,", ["商务局"]),
        ("平江县驻长沙劳务工作站站长说,", ["平江县驻长沙劳务工作站"]),
        ("为“复旦大学乡村振兴专家顾问团”授牌。", ["复旦大学乡村振兴专家顾问团"]),
        ("衡阳市卫生健康委主任表示,", ["衡阳市卫生健康委"]),
    ],
)
def test_names_and_their_extent(text: str, expected: list[str]) -> None:
    assert all(name in orgs(text) for name in expected), orgs(text)


def test_conjunction_inside_a_name_is_kept() -> None:
    assert orgs("进入发展与改革局、招商中心等单位。") == ["发展与改革局", "招商中心"]


def test_conjunction_between_two_parties_splits() -> None:
    assert orgs("南昌县与上海交通大学签订协议。") == ["上海交通大学"]


def test_longest_name_only() -> None:
    assert orgs("依托四川大学乡村振兴服务站开展实践。") == ["四川大学乡村振兴服务站"]


def test_traditional_text_keeps_spans_on_the_original() -> None:
    text = "與衡陽縣人民醫院簽訂協議,並赴湖南師範大學學習。"
    assert orgs(text) == ["衡陽縣人民醫院", "湖南師範大學"]


def test_attached_body_is_one_name() -> None:
    assert orgs("与中山大学附属第一医院签订协议。") == ["中山大学附属第一医院"]


def test_short_mention_of_a_named_body_is_not_listed_again() -> None:
    text = "湖南省委组织部主办培训。省委组织部有关负责同志表示,将跟进。"
    assert orgs(text) == ["湖南省委组织部"]


def test_outlet_speaking_of_itself_is_not_a_name() -> None:
    assert orgs("本报讯(记者 某某)11月28日,记者获悉") == []


def test_category() -> None:
    text = "合肥市第一人民医院和安徽大学。"
    found = find_organizations(text, simplified_copy(text), [])
    assert [f.get("category") for f in found] == ["hospital", "university"]


def test_place_facts_count_as_a_jurisdiction() -> None:
    text = "李庄镇人民政府召开会议。"
    place = Fact("place", "李庄镇", 0, 3, {})
    assert orgs(text, [place]) == ["李庄镇人民政府"]


@pytest.mark.parametrize(
    "text",
    [
        "做好战略部署,谋篇布局,形成新格局。",
        "打破结对关系局限,服从全局。",
        "加强内部管理,选派干部到总部学习。",
        "把乡村振兴作为中心任务。",
        "我在组织部的协调支持下引进设备。",
        "建立校党委统一领导、职能部门协同配合的机制。",
        "帮助人社部门开展培训。",
        "组织31所学校与30所学校结对。",
        "指导规范建设18个村党群服务中心。",
        "关爱中小学生健康成长,帮助大学生就业。",
        "对口支援省市前方指挥部沟通协调。",
        "建设石榴籽服务站,方便群众。",
        "互联网小镇和物联网小镇。",
        "坚持以人民为中心。",
        "其中中学教师15名。",  # 其中: not part of a name
        "与7个县的县级医院和5家三级医院结对。",  # a level, not a name
        "为泽库县改扩建寄宿制学校4所。",  # something being built
        "支持巴林左旗建设远程医疗中心。",
        "在都安县设立了消费帮扶分拨中心。",
        "到阿克陶县中小学任教。",  # schools in general
        "组成科技服务团,常年开展指导。",
        "发挥贵州贵阳工作站作用。",  # a station named only by where it is
        "在福州设立劳务工作站3个。",
    ],
)
def test_look_alikes_are_not_organizations(text: str) -> None:
    assert orgs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relation verb between two bodies ends the second name's stem
        ("江苏省人民医院组团式帮扶林周县人民医院。", ["江苏省人民医院", "林周县人民医院"]),
        ("遵义医科大学附属医院对口帮扶习水县中医院。", ["遵义医科大学附属医院", "习水县中医院"]),
        ("南京农业大学合作建设研发中心,计划明年投用。", ["南京农业大学"]),
        ("罗田县与中铁集团签约。", ["中铁集团"]),
        ("新疆和盛纺织有限公司吸纳就业。", ["新疆和盛纺织有限公司"]),  # 和 inside a name
        # bodies named after a place inside a larger body stay whole
        ("中国林业科学研究院亚热带林业研究所的专家", ["中国林业科学研究院亚热带林业研究所"]),
        # suffixes of stations, departments, prefectures, foundations and cooperatives
        ("与平武县畜牧站联合建设基地。", ["平武县畜牧站"]),
        ("云南省农业农村厅有关负责人", ["云南省农业农村厅"]),
        ("与省农业农村厅对接。", ["省农业农村厅"]),
        ("阿里地区行政公署有关负责人表示,", ["阿里地区行政公署"]),
        ("中国乡村发展基金会捐赠物资。", ["中国乡村发展基金会"]),
        ("温州市慈善总会和泰顺县红十字会共同设立基金。", ["温州市慈善总会", "泰顺县红十字会"]),
        ("成立了会泽县金穗马铃薯种植专业合作社。", ["会泽县金穗马铃薯种植专业合作社"]),
        ("2022年中铁集团投入资金。", ["中铁集团"]),  # the year is not part of it
        ("該縣與騰訊公司合作。", ["騰訊公司"]),
        ("據新華社報道,會議召開。", ["新華社"]),  # 据 introduces the outlet
        ("依托省住房和城乡建设厅开展。", ["省住房和城乡建设厅"]),  # 建设 inside a name
    ],
)
def test_names_next_to_other_parties(text: str, expected: list[str]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "浙江一家服装公司与高校合作。",  # counted or indefinite: no name
        "红河州一家咖啡公司负责人说,",
        "会泽县两所学校参加。",
        "企业出资建设的职业技能培训中心已培训工人。",  # described as built or set up
        "两地联合成立的劳务公司,今年组织输转劳动力。",
        "一些村还成立了劳务公司。",
        "普洱市援建的社区卫生服务中心已投用。",
        "帮助医院建成胸痛中心和卒中中心。",  # a list joined to a built one
        "医院已建成胸痛中心。",
        "与会泽县学校结对。",  # a school named only by where it sits
        "建成村级光伏电站3座,方便群众到火车站。",
        "村里新建了一个农民专业合作社。",
        "采用合作社加农户模式,3家合作社参与。",
        "在餐厅和大厅里。",
        "我们总会想办法。",
        "大家都愿意去医院看病。",
    ],
)
def test_generic_bodies_are_not_organizations(text: str) -> None:
    assert orgs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("国家林业和草原局定点帮扶。近日,国家林草局召开会议。", ["国家林业和草原局"]),
        ("中国铁路工程集团有限公司帮扶该县。中铁集团还投入资金。", ["中国铁路工程集团有限公司"]),
        ("中国长江三峡集团有限公司在当地投资,三峡集团还捐款。", ["中国长江三峡集团有限公司"]),
        ("西南大学动物科学学院与学校动物科学学院", ["西南大学动物科学学院"]),
        # different bodies whose names differ by one block, or by their suffix
        ("武汉大学与武汉理工大学", ["武汉大学", "武汉理工大学"]),
        ("会泽县娜姑镇中心小学和会泽县中学", ["会泽县娜姑镇中心小学", "会泽县中学"]),
    ],
)
def test_short_forms_of_a_name_given_in_full(text: str, expected: list[str]) -> None:
    assert orgs(text) == expected
