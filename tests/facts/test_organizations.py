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
