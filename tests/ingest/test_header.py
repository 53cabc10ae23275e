"""The top of a page: chrome above the headline dropped, headline and meta lines found."""

from __future__ import annotations

from viewer.ingest.header import headline_hint, split_header, title_main

PARA = "近年来，两地深化东西部协作，累计投入协作资金3.2亿元，带动12.6万名群众稳定增收。"


def test_menus_above_the_headline_are_dropped() -> None:
    lines = [
        "首页",
        "政务公开",
        "新闻中心",
        "两地协作结硕果",
        "发布时间：2023-05-06  来源：某某日报",
        PARA,
    ]
    head = split_header(lines)
    assert head.headline == "两地协作结硕果"
    assert head.lines == [PARA]
    assert head.meta == ["发布时间：2023-05-06  来源：某某日报"]
    assert head.dropped == ["首页", "政务公开", "新闻中心"]


def test_a_site_logo_in_h1_is_not_the_headline() -> None:
    title = "两地协作结硕果_某某新闻网"
    assert headline_hint("某某新闻网", title) is None
    assert headline_hint("两地协作结硕果", title) == "两地协作结硕果"
    lines = ["某某新闻网", "要闻", "两地协作结硕果", PARA]
    head = split_header(lines, None, title)
    assert head.headline == "两地协作结硕果" and head.lines == [PARA]


def test_todays_date_above_the_headline_is_not_the_article_date() -> None:
    lines = ["2024-01-02 09:00", "两地协作结硕果", "发布时间：2023-05-06", PARA]
    head = split_header(lines, None, "两地协作结硕果-某某网")
    assert head.meta == ["发布时间：2023-05-06"] and head.lines == [PARA]


def test_a_page_that_starts_with_its_text_is_left_alone() -> None:
    lines = [PARA, "发布时间：2023-05-06", PARA]
    assert split_header(lines).lines == lines


def test_title_main_drops_site_names_but_keeps_ranges() -> None:
    assert title_main("标题文字很长_某某县人民政府") == "标题文字很长"
    assert (
        title_main("某某规划(2021-2025年)发布 - 某某网 - 新闻中心") == "某某规划(2021-2025年)发布"
    )
    assert title_main("校地携手 | 专家团队扎根山区三十年") == "校地携手 | 专家团队扎根山区三十年"


def test_plain_text_that_opens_with_its_headline() -> None:
    head = split_header(["两地协作结硕果 山区群众稳定增收", PARA, PARA])
    assert head.headline == "两地协作结硕果 山区群众稳定增收" and head.lines == [PARA, PARA]
    # An outlet's name or a short line is not taken for a headline.
    assert split_header(["中国教育在线", PARA]).headline is None
    assert split_header(["一、产业协作", PARA]).headline is None
