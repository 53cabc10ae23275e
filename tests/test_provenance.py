"""Archive provenance: what `archive-viewer build` records and the About box reads back;
and the cleaning report a reader sees beside the raw original. No Qt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from viewer import PIPELINE_VERSION
from viewer.archive import Archive
from viewer.cli import main
from viewer.gui.models.archive_info import archive_rows
from viewer.gui.models.cleaning_report import report, report_lines, summary
from viewer.model import Article

TEXT_A = "县校协作推动乡村振兴。两地干部交流学习，共同谋划发展。\n第二段说明合作的具体内容。"
TEXT_B = "鄉村振興需要人才。幹部培訓在四月舉行，參加的人很多。\n第二段介紹培訓的內容。"


@pytest.fixture
def built(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(f"来源：乡村干部报\n{TEXT_A}", encoding="utf-8")
    (raw / "b.txt").write_text(TEXT_B, encoding="utf-8")
    out = tmp_path / "archive.sqlite"
    assert main(["build", str(raw), "-o", str(out), "--jobs", "1"]) == 0
    return out


def test_build_records_provenance_in_the_metadata_table(built: Path) -> None:
    with Archive.open(built, readonly=True) as arc:
        meta = arc.metadata()
    assert meta["title"] and meta["description"]
    assert isinstance(json.loads(meta["sources"]), list)
    assert meta["built_at"].startswith("20") and meta["pipeline_version"] == PIPELINE_VERSION
    assert meta["article_count"] == "2"
    assert int(meta["fact_count"]) >= 0


def test_about_rows_and_counts_follow_deletions(built: Path) -> None:
    with Archive.open(built) as arc:
        rows = dict(archive_rows(arc, built))
        assert set(rows) >= {"Title", "Description", "Sources", "Built", "Pipeline version"}
        assert rows["Articles"] == "2" and rows["Pipeline version"] == PIPELINE_VERSION
        assert rows["Built"].endswith(" UTC") and "T" not in rows["Built"][:-4]
        assert rows["File"] == str(built)
        facts_before = arc.fact_count()
        arc.delete_article(arc.article_ids()[0])
        rows = dict(archive_rows(arc, built))
        assert rows["Articles"] == "1"
        assert arc.metadata()["article_count"] == "1"  # the stored count follows too
        assert int(rows["Facts"].replace(",", "")) <= facts_before


def test_about_rows_never_raise() -> None:
    class Broken:
        def metadata(self) -> dict:
            raise OSError("disk gone")

    rows = dict(archive_rows(Broken(), "x.sqlite"))
    assert rows == {"File": "x.sqlite", "Error": "disk gone"}


def _article(removed: dict, warnings: tuple[str, ...] = (), raw: str = "raw") -> Article:
    return Article(file="a.txt", body="正文", raw=raw, removed=removed, warnings=warnings)


def test_cleaning_report_in_words() -> None:
    a = _article(
        {
            "pinyin": 187,
            "garbled_repaired": 10,
            "garbled_unrecoverable": 1,
            "spam_lines": 1,
            "chrome_lines": 7,
            "disclaimer_lines": 0,
        },
        ("1 garbled character(s) could not be recovered and are shown as 〔?〕",),
    )
    # English source strings; the Chinese wording is checked in tests/gui/test_trust_reader.py
    assert report_lines(a) == [
        "Removed 187 pinyin annotations",
        "Repaired 10 garbled runs",
        "1 garbled runs could not be repaired and are marked 〔?〕",
        "Removed 7 lines of site menus and navigation",
        "Removed 1 lines of ads and promotion",
    ]
    assert summary(a) == (
        "Cleaning: pinyin 187, garbling repaired 10, garbling left 1, site chrome 7 lines, "
        "ads 1 lines"
    )
    full = report(a)
    assert "Removed 187 pinyin annotations" in full and "disclaimer" not in full.lower()
    assert "could not be recovered" in full


def test_cleaning_report_when_nothing_was_removed() -> None:
    a = _article({"pinyin": 0}, raw="")
    assert summary(a) == "Cleaning: none"
    assert "Nothing was removed or changed" in report(a) and "no raw original" in report(a)
    assert report_lines(_article({"new_kind": 2})) == ["new_kind: 2"]
