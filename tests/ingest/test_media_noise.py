"""Player controls, captions, attachments, ads, app prompts and keyword lists, with look-alikes."""

from __future__ import annotations

import pytest

from viewer.ingest.media_noise import is_keyword_list, is_media_noise
from viewer.ingest.noise import norm


@pytest.mark.parametrize(
    "line",
    [
        "播放 00:00 / 02:36 全屏",
        "您的浏览器不支持 video 标签。",
        "图为村民在合作社分拣茶叶。（新华社记者 某某 摄）",
        "相关附件：P020240412587401239845.xlsx",
        "附件下载：实施方案.docx",
        "广告 双11预售开启 家电爆款低至5折 点击立即抢购>>",
        "【推广】夏季清仓 全场包邮",
        "打开某某新闻APP，查看更多精彩评论",
    ],
)
def test_media_noise_lines_are_dropped(line: str) -> None:
    assert is_media_noise(norm(line), line)


@pytest.mark.parametrize(
    "line",
    [
        "广告牌林立的商业街上，游客络绎不绝。",
        "广告业务收入同比增长12%",
        "活动从09:00/10:30分两批进行，全程播放宣传片，场面热烈，群众纷纷点赞叫好。",
        "附件：1.某县2024年产业帮扶项目计划表",
        "图为航拍的新建产业园区。",
        "他说，以后要下载APP学习种植技术，再把经验讲给乡亲们听。",
        "目前已有27所学校结对，每学期开设同步课程400余节。",
    ],
)
def test_look_alike_content_is_kept(line: str) -> None:
    assert not is_media_noise(norm(line), line)


def test_keyword_lists_on_one_line() -> None:
    spam = "热门关键词：苹果批发价格,冰糖心苹果哪里买,某县房价,二手房出售,旅游攻略"
    bare = "苹果批发价格,冰糖心苹果哪里买,某县房价,二手房出售,旅游攻略,手机维修"
    assert is_keyword_list(norm(spam), spam)
    assert is_keyword_list(norm(bare), bare)


@pytest.mark.parametrize(
    "line",
    [
        "茶叶，食用菌，生态畜牧，中药材，特色水果，五大产业齐头并进",
        "金秋时节，果园里，枝头上，田野间，处处是丰收的景象。",
        "项目涉及茶叶、食用菌、生态畜牧、中药材、特色水果",
    ],
)
def test_content_with_commas_is_not_a_keyword_list(line: str) -> None:
    assert not is_keyword_list(norm(line), line)
