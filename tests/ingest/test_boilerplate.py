"""Boilerplate rules, each beside content that looks like it and must survive."""

from __future__ import annotations

import pytest

from viewer.ingest.boilerplate import fix_broken_entities, strip_boilerplate

CONTENT = "全區今年培訓干部600余人次,成效明顯。"


def kept(lines: list[str]) -> list[str]:
    return strip_boilerplate(lines).lines


def test_seo_spam_block_one_per_line_and_many_on_a_line() -> None:
    out = strip_boilerplate(
        [CONTENT, "主站蜘蛛池模板:", "黑河市|", "思南县|", "铜川市| 焦作市| 柏乡县| 博客|"]
    )
    assert out.lines == [CONTENT] and out.spam_lines == 4


def test_pipes_inside_content_survive() -> None:
    line = "投票結果為:贊成|反對|棄權三項,會議認為結果有效。"
    assert kept([line]) == [line]


def test_gambling_spam_line_and_content_about_gambling() -> None:
    content = "警方破獲一起網絡賭博案,涉案投注金額達300萬元。"
    assert kept(["某某娛樂城 百家樂 開戶送彩金", content]) == [content]


def test_spam_inside_a_broken_entity() -> None:
    assert fix_broken_entities("發展成效& 某某投注法 hellip;明顯") == ("發展成效…明顯", 1)
    assert kept(["發展成效& 某某投注法 hellip;明顯"]) == ["發展成效…明顯"]


@pytest.mark.parametrize(
    ("noise", "content"),
    [
        ("鄉村干部報網 微信公眾號", "他在微信公眾號上發布了培訓課程,吸引了大批干部學習。"),
        ("官方微博", "縣委通過官方微博及時發布防汛信息,群眾紛紛點贊。"),
        ("APP下载", "村民學會了下載APP,在網上銷售農產品,收入翻了一番。"),
        ("1", "1154個就業崗位已經落實。"),
        ("您当前的位置:首页 >> 新闻中心", "首页的位置很重要,他説。"),
        ("[列印] [關閉]", "他把文件列印出來,分發給每位村民。"),
        ("我要分享", "我要分享的是這幾年的脫貧經驗,他笑着說。"),
        ("上一篇:某某新闻", "上一篇報道發表后,村民反響熱烈。"),
        ("新华社记者 王某 摄", "他用手機拍攝了村里的變化。"),
        ("IMG_2031.jpg", "照片里的村莊煥然一新。"),
    ],
)
def test_chrome_goes_content_stays(noise: str, content: str) -> None:
    out = strip_boilerplate([CONTENT, noise, content])
    assert out.lines == [CONTENT, content]
    assert out.chrome_lines == 1


def test_disclaimer_and_its_clauses() -> None:
    out = strip_boilerplate(
        [
            CONTENT,
            "免责声明:",
            "① 凡本站注明“稿件来源:某网”的所有文字,版权均属本网所有。",
            "② 本站转载稿件出于非商业目的。",
        ]
    )
    assert out.lines == [CONTENT] and out.disclaimer_lines == 3


def test_content_about_copyright_stays() -> None:
    line = "會議強調,要加強版權保護,嚴厲打擊侵權盜版行為,維護創作者權益。"
    assert kept([line]) == [line]


def test_related_news_tail_is_cut() -> None:
    out = strip_boilerplate([CONTENT, "相关新闻", "某某新闻标题一", "某某新闻标题二"])
    assert out.lines == [CONTENT]
    line = "相關新聞發布會上,負責人介紹了培訓情況。"
    assert kept([line, CONTENT]) == [line, CONTENT]


def test_editor_line_becomes_metadata() -> None:
    out = strip_boilerplate([CONTENT, "責編:車婧"])
    assert out.lines == [CONTENT] and out.editor == "車婧"
    line = "編輯部的同事們說,責編的工作很辛苦。"
    assert kept([line]) == [line]


def test_meta_lines_are_set_aside() -> None:
    out = strip_boilerplate(
        [
            "2023-04-14 09:17:00  來源:某某報  作者:通訊員 某某",
            "發布時間:2021-12-29",
            "索引號:000014349/2021-00123",
            CONTENT,
        ]
    )
    assert out.lines == [CONTENT]
    assert len(out.meta_lines) == 3


def test_repeated_outlet_header() -> None:
    out = strip_boilerplate(["某某在線", "某某在線", CONTENT, "一段標題", CONTENT])
    assert out.lines == [CONTENT, "一段標題", CONTENT]
