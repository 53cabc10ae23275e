"""People: names in name contexts, roles, bylines, middle-dot names and look-alikes."""

from __future__ import annotations

import pytest

from viewer.facts.entities import find_people
from viewer.facts.normalize import simplified_copy
from viewer.model import Fact


def people(text: str) -> list[Fact]:
    found = find_people(text, simplified_copy(text))
    for fact in found:
        assert text[fact.start : fact.end] == fact.text
        assert fact.kind == "person"
    return found


def names(text: str) -> list[str]:
    return [f.text for f in people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("南京大学教授、青年学者赵明远等5名专家授课。", ["赵明远"]),
        ("村党支部书记李春生说:“收获很大。”", ["李春生"]),
        ("互派干部何秀兰分享了感受。", ["何秀兰"]),
        ("乡党委书记郑玉芬深受触动。", ["郑玉芬"]),
        ("镇卫生院的孙立平赴省城学习。", ["孙立平"]),
        ("陈刚表示,将继续推进。", ["陈刚"]),
        ("学习贯彻邓小平同志的讲话。", ["邓小平"]),
        ("院士欧阳明辉作报告。", ["欧阳明辉"]),
        ("常州市教育局副局长周红梅表示,", ["周红梅"]),  # a given name that is a word
        ("市政府副市长白雪梅出席会议。", ["白雪梅"]),  # starts like a word (白雪), then attends
        ("学校党委副书记王建军在签约仪式上说,", ["王建军"]),
        ("医院院长包金山说:“过去要转院。”", ["包金山"]),
        ("返乡创业青年肖晓东在外务工8年。", ["肖晓东"]),
        ("中学教师次仁卓玛说。", ["次仁卓玛"]),  # names without a surname
        ("合作社理事长多杰才让说。", ["多杰才让"]),
        ("卫健委副主任乌云其木格说,", ["乌云其木格"]),
        ("（记者 韦丽萍 通讯员 林振华）", ["韦丽萍", "林振华"]),
    ],
)
def test_names_in_context(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_role_from_the_title_before_the_name() -> None:
    (person,) = people("邀请了市政协常委、市农业局二级巡视员韩建平授课。")
    assert person.text == "韩建平"
    assert person.get("role") == "市政协常委、市农业局二级巡视员"


def test_title_after_the_name_is_the_role() -> None:
    (person,) = people("认真学习邓小平同志的讲话。")
    assert person.get("role") == "同志"


def test_byline_names() -> None:
    assert names("新华网3月1日电 (胡晓东 钱芳)春耕开始。") == ["胡晓东", "钱芳"]


def test_every_mention_once_found() -> None:
    found = people("主任郭志强说,郭志强是本地人。")
    assert [f.text for f in found] == ["郭志强", "郭志强"]
    assert found[0].get("role") == "主任"
    assert "role" not in found[1].data


def test_traditional_text() -> None:
    assert names("黨支部書記劉曉輝說:“好。”") == ["劉曉輝"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("村委会主任阿不都·热合曼说。", ["阿不都·热合曼"]),
        ("党支部书记买买提·吐尔逊感受颇深。", ["买买提·吐尔逊"]),
    ],
)
def test_middle_dot_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "聘请专家顾问指导工作。",
        "建设生态文明,打造智慧工厂。",
        "推动高质量发展,培育王牌产品。",
        "干部周末到林业站,黄金时段。",
        "强化石榴籽服务站建设,常态化举办讲座。",
        "杭州市政协常委出席。",
        "学习马克思主义理论。",
        "确保干部能理解、能运用。",
        "与开发区负责同志座谈。",
        "开展“感党恩·走基层”活动。",
        "结成“援疆情·天山松”友谊村。",
        "相关负责人说,已累计培训。",
        "大家纷纷表示受益匪淺。",
        "到壶关站(完)开展调研。",
        "于都县还在东莞市长安镇、虎门镇设立工作站。",  # 市长 inside a place name
        "要求干部高质量、常态化服务群众。",
        "推动干部负责、担当。",
        "村干部文明实践。",
        "院长常态出席例会。",  # a common word after a title, before an attending verb
    ],
)
def test_look_alikes_are_not_people(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # roles that introduce a quoted person: 群众, 牧民, 农户, 脱贫户
        ("泾源县新民乡群众马秀花在合作社务工。", ["马秀花"]),
        ("脱贫户苏建英说,日子越过越好。", ["苏建英"]),
        ("养殖户韩志强表示,今年收入翻番。", ["韩志强"]),
        # Tibetan, Mongolian and Yi names, and transcribed names without a dot
        ("类乌齐县群众尼玛次仁告诉记者,", ["尼玛次仁"]),  # 尼玛 is also a county's short form
        ("卫生院院长泽旺拉姆说,", ["泽旺拉姆"]),
        ("村党支部书记江村罗布说,", ["江村罗布"]),
        ("牧民乌力吉巴特尔说,", ["乌力吉巴特尔"]),
        ("嘎查党支部书记额尔敦毕力格介绍,", ["额尔敦毕力格"]),
        ("合作社负责人图门吉日嘎拉说,", ["图门吉日嘎拉"]),
        ("村委会主任沙马日体说:“专家来了。”", ["沙马日体"]),
        ("副县长阿苏拉则介绍,", ["阿苏拉则"]),
        # a title, then an aside or a following word
        ("南京市委常委、副市长（挂职）吴德明表示,", ["吴德明"]),
        ("区长龙建波出席会议并讲话。", ["龙建波"]),
        ("县委书记林振东一行调研。", ["林振东"]),
        ("副教授李俊峰说,两校合作。", ["李俊峰"]),  # 李俊 is also a word
        ("副司长孙卫东介绍,", ["孙卫东"]),
        ("公司总经理朴英姬说,", ["朴英姬"]),
    ],
)
def test_names_in_more_contexts(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "提高群众满意度,坚持群众路线。",
        "群众利益无小事,群众安居乐业。",
        "带动农户增收,牧民定居点建成。",
        "选派干部融入当地。",  # 融入 begins with a surname character
        "主任曾多次前往村里。",
        "书记亲自部署,书记大力推进。",
        "脱贫户发展产业,群众纷纷点赞。",
        "领队带队前往,理事会议召开。",
    ],
)
def test_role_words_without_a_name(text: str) -> None:
    assert names(text) == []
