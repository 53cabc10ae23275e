"""Metadata: only what the page states; no guessed year; editors are not authors."""

from __future__ import annotations

from viewer.ingest.metadata import detect_script, extract_metadata


def meta(body: str, meta_lines=(), repeated=(), editor=None, title=None):
    return extract_metadata(body, list(meta_lines), list(repeated), editor, title, None)


def test_header_date_source_and_byline() -> None:
    m = meta(
        "新疆發揮優勢。",
        ["2023-04-14 09:17:00  來源:某某干部報  作者:通訊員 謝令"],
        editor="車婧",
        title="新疆:抓培訓",
    )
    assert (m.published, m.source, m.authors, m.editor) == (
        "2023-04-14",
        "某某干部報",
        ("謝令",),
        "車婧",
    )
    assert m.title == "新疆:抓培訓" and not m.title_derived


def test_empty_author_gives_none() -> None:
    assert meta("正文。", ["2021-12-29 13:52", "作者:"]).authors == ()


def test_dateline_year_from_this_year_sentence() -> None:
    body = (
        "某某新聞網11月30日電 (張三 李四)鄉村振興,人才是關鍵。"
        "今年10月,全區2021年中青年干部培訓班開班。"
    )
    m = meta(body)
    assert m.published == "2021-11-30"
    assert m.source == "某某新聞網"
    assert m.authors == ("張三", "李四")
    assert m.title == "鄉村振興,人才是關鍵" and m.title_derived


def test_dateline_without_year_evidence_gives_no_date() -> None:
    body = "某某網11月30日電 今年以來,全區培訓干部。2019年和2020年的數據相比有所增加。"
    assert meta(body).published is None


def test_repeated_header_is_the_source() -> None:
    assert meta("正文。", repeated=["某某教育在线"]).source == "某某教育在线"


def test_script() -> None:
    assert detect_script("鄉村振興,人才是關鍵。") == "hant"
    assert detect_script("乡村振兴,人才是关键。") == "hans"
    assert detect_script("乡村振兴,人才是關鍵,鄉村發展。") == "mixed"


def test_derived_title_skips_a_leading_date_and_stays_headline_sized() -> None:
    m = meta(
        "3月30日至31日,某縣帶隊赴某某大學政治與公共管理學院、學生就業指導與服務中心等單位,交流探討。"
    )
    assert m.title == "某縣帶隊赴某某大學政治與公共管理學院" and m.title_derived
    assert (
        meta("近日，某县举办乡村振兴培训班。学员们说收获很大。").title == "某县举办乡村振兴培训班"
    )
    # A date that is the sentence's subject, not a clause of its own, stays.
    assert meta("2023年是协作十周年。").title == "2023年是协作十周年"
    long = "“以前只知道偏远村寨工作不好干,没想到省会城市的基层也不简单,到村里挂职一个月。”"
    assert not meta(long).title.startswith("“")
    assert len(meta(long).title) <= 30


def test_outlet_printed_beside_the_date() -> None:
    m = meta("正文。", ["某某晨报 2022-10-26 19:12:05"])
    assert (m.source, m.published) == ("某某晨报", "2022-10-26")
    assert meta("正文。", ["来源：人民网－新疆频道"]).source == "人民网"
