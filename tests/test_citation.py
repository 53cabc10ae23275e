"""Fact lines, GB/T 7714 references and the facts table, without Qt."""

from __future__ import annotations

from viewer.citation import (
    TABLE_HEADER,
    Work,
    fact_line,
    fact_value,
    fact_with_citation,
    facts_table,
    reference,
    to_html,
    to_tsv,
)
from viewer.model import Article, Fact, Script

WORK = Work("新疆:抓培訓強本領 學以致用興鄉村", "乡村干部报", "2023-04-14", ("謝令",))
PLACE = Fact("place", "壺關縣", 0, 3, {"province": "山西省", "city": "长治市", "county": "壶关县"})
QUANTITY = Fact(
    "quantity",
    "600余人次",
    0,
    6,
    {"value": 600, "unit": "人次", "approx": "more", "subject": "培训干部"},
)


def test_values_per_kind() -> None:
    assert fact_value(QUANTITY) == "600+ 人次"
    assert fact_value(Fact("money", "314.51萬元", 0, 8, {"yuan": 3145100})) == "3,145,100 元"
    assert fact_value(Fact("date", "2021年7月17日", 0, 10, {"iso": "2021-07-17"})) == "2021-07-17"
    assert fact_value(PLACE) == "山西省长治市壶关县"
    assert fact_value(Fact("place", "北京市", 0, 3, {"province": "北京市", "city": "北京市"})) == (
        "北京市"
    )
    assert fact_value(Fact("organization", "武漢大學", 0, 4)) == ""
    pair = Fact(
        "pairing", "县校合作", 0, 4, {"a": "武汉大学", "b": "壶关县", "relation": "县校合作"}
    )
    assert fact_value(pair) == "武汉大学 → 壶关县"  # stored before `directed`: as directed
    helps = {"a": "武汉大学", "b": "壶关县", "relation": "县校合作", "directed": True}
    assert fact_value(Fact("pairing", "县校合作", 0, 4, helps)) == "武汉大学 → 壶关县"
    equals = {"a": "甲村", "b": "乙村", "relation": "结对共建", "directed": False}
    assert fact_value(Fact("pairing", "结对共建", 0, 4, equals)) == "甲村 ↔ 乙村"
    assert (
        fact_value(
            Fact("quantity", "半年左右", 0, 4, {"value": 0.5, "unit": "年", "approx": "about"})
        )
        == "~0.5 年"
    )


def test_fact_line_in_original() -> None:
    line = fact_line(QUANTITY, WORK)
    expected = "600余人次（600+ 人次；培训干部）——《新疆:抓培訓強本領 學以致用興鄉村》"
    assert line == expected + "，乡村干部报，2023-04-14"


def test_fact_line_follows_script() -> None:
    line = fact_line(PLACE, WORK, Script.HANS)
    assert line.startswith("壶关县（山西省长治市壶关县）——《新疆:抓培训强本领 学以致用兴乡村》")
    assert " " not in line.split("——")[0]  # Chinese parts are joined without spaces


def test_reference_names_the_original_title_in_any_script() -> None:
    text = fact_with_citation(PLACE, WORK, Script.HANS)
    assert (
        text.splitlines()[1]
        == "謝令. 新疆:抓培訓強本領 學以致用興鄉村[N/OL]. 乡村干部报, 2023-04-14."
    )


def test_reference_without_authors_or_date() -> None:
    assert reference(Work("题名", "中新网")) == "题名[N/OL]. 中新网."
    assert reference(Work(None)) == "无题[N/OL]."


def test_reference_with_many_authors() -> None:
    work = Work("题名", "报", "2020", ("甲", "乙", "丙", "丁"))
    assert reference(work) == "甲, 乙, 丙, 等. 题名[N/OL]. 报, 2020."


def test_work_of_article() -> None:
    article = Article(file="f", body="b", title="t", source="s", published="2020", authors=["a"])
    assert Work.of(article) == Work("t", "s", "2020", ("a",))


def test_table_as_tsv_and_html() -> None:
    table = facts_table([(PLACE, WORK), (QUANTITY, WORK)], Script.HANS)
    assert table[0] == TABLE_HEADER
    assert table[1][:3] == ("地点", "壶关县", "山西省长治市壶关县")
    assert table[1][4] == WORK.title  # the title stays original
    tsv = to_tsv(table)
    lines = tsv.splitlines()
    assert len(lines) == 3
    assert all(len(line.split("\t")) == len(TABLE_HEADER) for line in lines)
    assert lines[2].split("\t")[3] == "培训干部"
    html = to_html(table)
    assert html.count("<tr>") == 3
    assert "<td>壶关县</td>" in html


def test_cells_never_break_the_table() -> None:
    odd = Fact("organization", "A\tB", 0, 3)
    tsv = to_tsv(facts_table([(odd, Work("x<y>\nz"))]))
    assert tsv.splitlines()[1].split("\t")[1:2] == ["A B"]
    assert len(tsv.splitlines()) == 2
    assert "x&lt;y&gt;" in to_html(facts_table([(odd, Work("x<y>"))]))


def test_a_pairings_direction_in_the_exported_rows() -> None:
    """`archive-viewer export` writes `directed` as its own column (true / false), beside the
    fact line's → / ↔, and leaves it empty for the other kinds."""
    import csv
    import io
    import json

    from viewer.commands.export import to_csv, to_json, to_markdown

    base = {"article_id": "x", "title": "题", "source": "报", "published": "2022-01-01"}
    records = [
        {**base, "kind": "pairing", "text": "甲村与乙村结对共建", "a": "甲村", "b": "乙村",
         "relation": "结对共建", "directed": False},
        {**base, "kind": "pairing", "text": "武汉大学帮扶壶关县", "a": "武汉大学", "b": "壶关县",
         "relation": "帮扶", "directed": True},
        {**base, "kind": "place", "text": "壶关县", "province": "山西省"},
    ]  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(to_csv(records).lstrip("\ufeff"))))
    assert [r["directed"] for r in rows] == ["false", "true", ""]
    assert [r.get("directed") for r in json.loads(to_json(records))] == [False, True, None]
    lines = to_markdown(records).splitlines()
    column = lines[0].split(" | ").index("directed")
    assert [line.split(" | ")[column] for line in lines[2:]] == ["false", "true", ""]
