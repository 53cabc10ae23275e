"""Noise found on real portals, each beside content that looks like it and must survive."""

from __future__ import annotations

import pytest

from viewer.ingest.boilerplate import strip_boilerplate
from viewer.ingest.labels import labelled, parse_labels
from viewer.ingest.noise import is_meta, norm

CONTENT = "全区今年培训干部600余人次，成效明显。"


@pytest.mark.parametrize(
    ("noise", "content"),
    [
        ("【字体：大 中 小】", "老字号焕发新活力"),
        ("小字号", "大中小学校园里书声琅琅，孩子们在新教室上课。"),
        ("分享到：微信 微博 QQ空间", "他把经验分享到每个村，带动村民一起致富。"),
        ("扫一扫在手机打开当前页", "游客扫一扫二维码，就能下单购买。"),
        ("下一条：某县召开协作推进会", "乡村振兴的下一篇章，要写在田野上。"),
        ("版权所有 © 某某县人民政府  京ICP备12345678号", "会议强调，要加强版权保护。"),
        ("主办：某某县人民政府办公室", "活动由县人社局主办，吸引了30多家企业参加。"),
        ("地址：某某路866号  邮编：310058", "地址选在村口，方便群众办事。"),
        (
            "网站地图 | 联系我们 | 隐私声明",
            "茶厂设置了“品茶|研学|销售”三个区域，游客可以一站式体验。",
        ),
        ("阅读原文 阅读 5.2万 在看 386", "阅读成了村里年轻人的新习惯。"),
        ("举报/反馈", "群众可以通过热线反映问题。"),
        ("文汇报记者 黎启明 摄", "他用手机拍摄了村里的变化。"),
        ("W020230506123456.png", "照片里的村庄焕然一新。"),
        ("打开APP，阅读全文", "村民学会了用APP在网上卖农产品。"),
        ("返回人民网首页", "返乡创业的年轻人越来越多。"),
        ("本文来自【某某晨报】，仅代表作者观点。", "本文所说的协作，是指东西部协作。"),
        ("字級：小 中 大", "大中小學校園裡書聲琅琅，孩子們在新教室上課。"),
        ("分享至：Facebook LINE", "他把經驗分享至每個村，帶動村民一起致富。"),
        ("友善列印", "村民把報名表列印出來，交到村委會。"),
    ],
)
def test_chrome_goes_content_stays(noise: str, content: str) -> None:
    out = strip_boilerplate([CONTENT, noise, content])
    assert out.lines == [CONTENT, content]


@pytest.mark.parametrize(
    "spam",
    [
        "澳门新葡京娱乐场 官网注册送88元彩金",
        "日韩无码高清在线观看 免费看片",
        "同城约炮 附近的人 一夜情交友",
        "北京赛车PK10 稳赚计划",
    ],
)
def test_gambling_and_adult_spam(spam: str) -> None:
    content = "警方破获一起网络赌博案，涉案投注金额达300万元。"
    out = strip_boilerplate([CONTENT, spam, content])
    assert out.lines == [CONTENT, content] and out.spam_lines == 1


def test_related_heading_before_the_article_is_a_sidebar() -> None:
    out = strip_boilerplate(["热门推荐", "某县举办培训班", "某村发展庭院经济", CONTENT, CONTENT])
    assert out.lines == [CONTENT, CONTENT]
    article = [CONTENT] * 4
    out = strip_boilerplate([*article, "往期推荐", "某县举办培训班", CONTENT])
    assert out.lines == article


@pytest.mark.parametrize(
    ("line", "content"),
    [
        ("发布时间：2023-05-06 10:20  来源：某某日报", "时间过得真快，转眼帮扶工作已经三年。"),
        ("2021-07-09 09:15来源：某某网作者：张思远", "来源于东部的协作资金全部用于产业发展。"),
        ("某某晨报 2022-10-26 19:12:05", "2022年10月26日，培训班在长沙开班。"),
        ("（责编：张雪、王磊）", "责任落实到人，是这次帮扶工作的一大特点。"),
        ("本报记者 张三 通讯员 李四", "记者了解到，该县今年新建大棚200座。"),
        ("文/周珺  图/李堃", "文化下乡活动丰富了群众生活。"),
    ],
)
def test_meta_lines_and_content_that_starts_alike(line: str, content: str) -> None:
    assert is_meta(norm(line), line)
    assert not is_meta(norm(content), content)
    out = strip_boilerplate([CONTENT, line, content])
    assert out.lines == [CONTENT, content] and out.meta_lines == [line]


def test_labels_run_together_or_bracketed() -> None:
    assert labelled(["2021-07-09 09:15來源：光明網作者：張思遠"]) == {
        "source": "光明網",
        "author": "張思遠",
    }
    assert labelled(["（责编：张雪、王磊）"]) == {"editor": "张雪、王磊"}
    assert parse_labels("图片来源：某某大学") == [("other", "图片来源", "某某大学")]
    found = labelled(["文字：周雨桐　图片：钱浩　编辑：林可欣　审核：宋健"])
    assert found == {"author": "周雨桐", "editor": "林可欣", "other": "钱浩"}
    assert labelled(["来源：天山网　　2023-07-12 08:45:10"]) == {"source": "天山网"}


def test_bar_labels_pagers_and_reposted_titles() -> None:
    lines = [
        CONTENT,
        "上一页 1 2 下一页",
        "（本文来源：某某日报）",
        "编辑 | 周晓梅",
        "审核 | 陈刚",
        "共2页",
    ]
    out = strip_boilerplate(lines)
    assert out.lines == [CONTENT]
    assert out.editor == "周晓梅"
    assert labelled(out.meta_lines)["source"] == "某某日报"
    assert is_meta(norm("原标题：跨越三千公里的接力"))
    kept = ["投票结果为：赞成|反对|弃权三项，会议认为结果有效。", "第2页的表格列出了各村数据。"]
    assert strip_boilerplate(kept).lines == kept
