"""Garbled GBK runs: realigned when certain, flagged when not, readable text untouched."""

from __future__ import annotations

import pytest

from viewer.ingest.garble import PLACEHOLDER, repair_garbled


def garble(run: str, lost_trail_marker: str = "") -> str:
    """What a GBK decode makes of `run` after losing its first byte."""
    data = run.encode("gb18030")[1:]
    whole = data[: len(data) - len(data) % 2]
    return whole.decode("gb18030") + lost_trail_marker


def test_run_after_lost_byte_is_realigned() -> None:
    original = "他說:“我們將立足實際,做好規劃"
    run = "“我們將立足實際"
    broken = "他說:" + garble(run) + "?,做好規劃"
    assert broken != original
    report = repair_garbled(broken)
    assert "我們將立足實" in report.text
    assert report.repaired == 1
    assert not any(c in report.text for c in garble(run)[1:4])


def test_leftover_annotation_confirms_the_last_character() -> None:
    broken = "他說:" + garble("“我們將立足實") + "(shí)際"
    report = repair_garbled(broken)
    assert report.text.endswith("我們將立足實(shí)際")
    assert report.unrecoverable == 0


def test_word_evidence_completes_a_lost_trail_byte() -> None:
    broken = "“學到了先進理念!" + garble("”今年") + "10月,他回到家鄉。"
    assert repair_garbled(broken).text == "“學到了先進理念!”今年10月,他回到家鄉。"


def test_unrecoverable_residue_becomes_a_placeholder_and_a_warning() -> None:
    broken = "建設美麗鄉村!" + garble("”。") + ",廣元市"
    report = repair_garbled("“" + broken)
    assert PLACEHOLDER in report.text
    assert report.unrecoverable == 1
    assert report.warnings and garble("”。") in report.warnings[0]


@pytest.mark.parametrize(
    "text",
    [
        "王喆和李堃在琍琍村調研,張犇、陳淼出席。",
        "麥提圖爾蓀·圖爾蓀尼亞孜說:“我們村的旅游產業搞起來了。”",
        "依克拉木·艾尔肯和阿卜杜热合曼·买买提在尕海镇、磴口县、筠连县考察。",
        "你好嗎?我很好。答案是 a?b。",
        "他用了“薄拔”二字,意為勇於擔當。",
        "汗德尕特蒙古族鄉、查干屯格鄉與巴彥淖爾的牧民。",
    ],
)
def test_readable_text_with_rare_characters_is_untouched(text: str) -> None:
    report = repair_garbled(text)
    assert report.text == text
    assert report.repaired == 0


def _lose_byte(text: str, before: str) -> str:
    """`text` as GBK with the first byte of `before` lost, decoded with replacement marks."""
    data = text.encode("gbk")
    cut = data.index(before.encode("gbk"))
    return (data[:cut] + data[cut + 1 :]).decode("gbk", errors="replace")


def test_a_lost_opening_quote_is_restored_when_its_closing_one_follows() -> None:
    text = "据介绍,两地采取“企业下单、政府买单、学校接单”的方式,培训3100余人。"
    report = repair_garbled(_lose_byte(text, "“企业"))
    assert "采取“企业下单、政府买单、学校接单”的方式" in report.text
    assert "取景" not in report.text


def test_a_run_hidden_behind_a_common_character_is_found() -> None:
    text = "“我们学到了很多新理念,回去后一定用起来!”学员说,收获很大。"
    report = repair_garbled(_lose_byte(text, "一定"))
    assert "回去后一定用起来!”" in report.text and report.unrecoverable == 0


def test_a_lone_replacement_mark_becomes_a_placeholder() -> None:
    report = repair_garbled("來自東部的專家\ufffd\ufffd授經驗。")
    assert report.text == f"來自東部的專家{PLACEHOLDER}授經驗。"
    assert report.unrecoverable == 1 and report.warnings
