"""Export from the app, read back: facts as CSV (with BOM), JSON and Markdown for the
article, the search results or the archive, in the chosen script; one article as Markdown
or plain text with its citation. Also delete (with confirmation) and undo of an import."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from tests.conftest import RAW_DIR
from viewer.gui.widgets import export_dialog
from viewer.model import Script

RAW = sorted(RAW_DIR.glob("*.txt"))


def _csv(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # spreadsheet programs need the BOM
    return list(csv.DictReader(data.decode("utf-8-sig").splitlines()))


def test_facts_of_the_article_as_csv_in_simplified(
    window: Any, tmp_path: Path, article_ids: dict
) -> None:
    window.list_pane.select(article_ids["trad.txt"])
    out = window.exporter.write_facts(tmp_path / "f.csv", "article", "csv", Script.HANS)
    rows = _csv(out)
    assert len(rows) == 6 and {r["article_id"] for r in rows} == {article_ids["trad.txt"]}
    assert rows[0]["text"] == "壶关县" and rows[0]["title"] == "壶关县：抓培训强本领"
    assert rows[0]["province"] == "山西省" and rows[0]["published"] == "2023-04-14"
    money = next(r for r in rows if r["kind"] == "money")
    assert money["yuan"] == "3145100" and money["text"] == "314.51万元"


def test_facts_of_search_results_and_archive(
    window: Any, tmp_path: Path, article_ids: dict
) -> None:
    window.list_pane.search_bar.setText("签约项目")
    window.list_pane.search_bar.run_now()
    assert window.list_pane.in_search()
    out = window.exporter.write_facts(tmp_path / "r.json", "results", "json", Script.HANT)
    records = json.loads(out.read_text(encoding="utf-8"))
    assert {r["article_id"] for r in records} == {article_ids["simp.txt"]}
    assert [r["text"] for r in records] == ["周顗", "壺關縣", "1200人"]  # s2t: 𫖮 -> 顗
    out = window.exporter.write_facts(tmp_path / "all.md", "archive", "md", Script.ORIGINAL)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("| kind | text |") and len(lines) == 2 + 9
    assert any("| 314.51萬元 |" in line for line in lines)


def test_export_facts_through_the_dialog(
    window: Any, tmp_path: Path, monkeypatch: Any, article_ids: dict
) -> None:
    target = tmp_path / "chosen"  # no suffix: the format's is added
    seen: dict[str, Any] = {}

    def exec_(dialog: Any) -> int:
        seen["scopes"] = {k: b.isEnabled() for k, b in dialog.scope_buttons.items()}
        dialog.scope_buttons["archive"].setChecked(True)
        dialog.format.setCurrentIndex(dialog.format.findData("json"))
        dialog.script.setCurrentIndex(dialog.script.findData("tw"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_facts_action.trigger()
    assert seen["scopes"] == {"article": True, "results": False, "archive": True}
    records = json.loads((tmp_path / "chosen.json").read_text(encoding="utf-8"))
    assert len(records) == 9
    assert "壺關縣" in {r["text"] for r in records}  # s2tw of 壶关县
    assert window.settings.get(export_dialog.S.EXPORT_DIR) == str(tmp_path)


def test_cancelled_dialog_asks_for_no_file(window: Any, monkeypatch: Any) -> None:
    asked: list[str] = []
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: asked.append("save"))
    assert window.exporter.export_facts() is None
    assert window.exporter.export_article() is None
    assert asked == []


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_export_article_with_citation(
    window: Any, tmp_path: Path, article_ids: dict, fmt: str
) -> None:
    window.list_pane.select(article_ids["trad.txt"])
    out = window.exporter.write_article(tmp_path / f"a.{fmt}", fmt, Script.HANS)
    text = out.read_text(encoding="utf-8")
    first = text.splitlines()[0]
    assert first == ("# 壶关县：抓培训强本领" if fmt == "md" else "壶关县：抓培训强本领")
    assert "山西省壶关县组织干部培训600余人次" in text
    assert "武汉大学与壶关县开展县校合作" in text
    # The citation keeps the title as published, so it finds the source.
    assert text.rstrip().endswith("引用：謝令. 壺關縣：抓培訓強本領[N/OL]. 乡村干部报, 2023-04-14.")


def test_export_article_through_the_dialog(
    window: Any, tmp_path: Path, monkeypatch: Any, article_ids: dict
) -> None:
    window.list_pane.select(article_ids["simp.txt"])

    def exec_(dialog: Any) -> int:
        assert not dialog.scope_buttons
        dialog.format.setCurrentIndex(dialog.format.findData("md"))
        dialog.script.setCurrentIndex(dialog.script.findData("hk"))
        return QDialog.DialogCode.Accepted

    names: list[str] = []

    def save(parent: Any, title: str, suggested: str, filters: str) -> tuple[str, str]:
        names.append(suggested)
        return str(tmp_path / Path(suggested).name), filters

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    window.export_article_action.trigger()
    assert Path(names[0]).name == "周𫖮谈签约项目.md"
    text = (tmp_path / "周𫖮谈签约项目.md").read_text(encoding="utf-8")
    assert text.startswith("# 周")
    assert "簽約項目" in text and "數據庫" in text  # s2hk: characters, not vocabulary


def test_export_error_becomes_a_dialog(window: Any, dialogs: list, tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "folder" / "f.csv"
    assert window.exporter.write_facts(missing, "archive", "csv", Script.HANS) is None
    assert window.exporter.write_article(missing, "md", Script.HANS) is None
    assert [k for k, _ in dialogs] == ["warning", "warning"]
    assert all(str(missing) in text for _, text in dialogs)


def _answer(monkeypatch: Any, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(parent: Any, title: str, text: str, *args: Any) -> Any:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_delete_article_asks_first(window: Any, monkeypatch: Any, article_ids: dict) -> None:
    window.list_pane.select(article_ids["simp.txt"])
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    window.delete_action.trigger()
    assert "周𫖮谈签约项目" in asked[0] and window.archive.article_count() == 3
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert window.archive.get_article(article_ids["simp.txt"]) is None
    assert window.archive.article_count() == 2 and window.archive.fact_count() == 6
    assert window.articles.rowCount() == 2
    assert window.stored.id == article_ids["long.txt"]  # the next one took its place
    assert "2 articles" in window.status.text()
    assert window.archive.search("签约项目") == []


def test_undo_last_import(window: Any, monkeypatch: Any) -> None:
    assert not window.undo_import_action.isEnabled()
    window.importer.start([RAW[3], RAW[4]])
    assert window.undo_import_action.isEnabled()
    assert window.undo_import_action.text() == "&Undo last import (2 articles)"
    new = window.importer.last_report.new_ids
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.undo_import_action.trigger()
    assert "2 articles added by the last import" in asked[0]
    assert window.archive.article_count() == 3 and window.articles.rowCount() == 3
    assert all(window.archive.get_article(a) is None for a in new)
    assert not window.undo_import_action.isEnabled()
    assert window.stored.id not in new


def test_undo_after_an_import_of_duplicates_only(window: Any) -> None:
    window.importer.start([RAW[3]])
    window.importer.start([RAW[3]])
    report = window.importer.last_report
    assert report.imported == 0 and report.duplicates == 1
    assert not window.undo_import_action.isEnabled()
    assert window.editor.undo_import() == 0 and window.archive.article_count() == 4


def test_no_undo_of_an_import_into_another_archive(
    window: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    window.importer.start([RAW[3]])
    assert window.editor.undoable()
    other = tmp_path / "other.sqlite"
    from viewer.archive import Archive

    with Archive.open(other, create=True) as arc:  # the same article in another archive
        arc.add_article(window.archive.get_article(window.stored.id).article, "x")
    assert window.open_archive(other)
    assert window.editor.undoable() == [] and not window.undo_import_action.isEnabled()
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert window.editor.undo_import() == 0 and window.archive.article_count() == 1
