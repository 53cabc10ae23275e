"""The build, import, search and export sub-commands: summaries, exit codes, formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from archive_helpers import make_article

from viewer import PIPELINE_VERSION
from viewer.archive import Archive
from viewer.archive.fingerprint import raw_fingerprint
from viewer.cli import main
from viewer.paths import user_archive

TEXT_A = "县校协作推动乡村振兴。两地干部交流学习，共同谋划发展。\n第二段说明合作的具体内容。"
TEXT_B = "鄉村振興需要人才。幹部培訓在四月舉行，參加的人很多。\n第二段介紹培訓的內容。"


@pytest.fixture
def raw_dir(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    (raw / "sub").mkdir(parents=True)
    (raw / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (raw / "sub" / "b.html").write_text(
        f"<html><body><p>{TEXT_B}</p></body></html>", encoding="utf-8"
    )
    (raw / "notes.pdf").write_bytes(b"%PDF-1.4 ignored")
    return raw


def _archive_with_facts(path: Path) -> Path:
    with Archive.open(path, create=True) as arc:
        arc.add_article(
            make_article("一二三四五", title="協作", source="鄉村報", province="山西省"), "a.txt"
        )
        arc.add_article(make_article("六七八九十", title="第二篇"), "b.txt")
    return path


def test_build_writes_a_complete_archive(raw_dir: Path, tmp_path: Path, capsys):
    out = tmp_path / "out" / "archive.sqlite"
    assert main(["build", str(raw_dir), "-o", str(out), "--jobs", "1"]) == 0
    assert "2 articles" in capsys.readouterr().err
    assert not list(out.parent.glob(".*tmp*")) and not Path(f"{out}-wal").exists()
    with Archive.open(out, readonly=True) as arc:
        meta = arc.metadata()
        assert arc.article_count() == 2
        assert meta["pipeline_version"] == PIPELINE_VERSION
        assert meta["raw_fingerprint"] == raw_fingerprint(raw_dir)
        assert meta["built_at"] and meta["article_count"] == "2"
        assert sorted(s.origin for s in map(arc.get_article, arc.article_ids())) == [
            "a.txt",
            "sub/b.html",
        ]


def test_build_in_parallel_matches_inline(raw_dir: Path, tmp_path: Path):
    for i in range(4):
        (raw_dir / f"more{i}.txt").write_text(f"第{i}篇。" + TEXT_A, encoding="utf-8")
    assert main(["build", str(raw_dir), "-o", str(tmp_path / "p.sqlite"), "--jobs", "2"]) == 0
    assert main(["build", str(raw_dir), "-o", str(tmp_path / "s.sqlite"), "--jobs", "1"]) == 0
    bodies = []
    for name in ("p.sqlite", "s.sqlite"):
        with Archive.open(tmp_path / name, readonly=True) as arc:
            bodies.append(sorted(arc.get_article(i).article.body for i in arc.article_ids()))
    assert bodies[0] == bodies[1] and len(bodies[0]) == 6


def test_build_refuses_a_missing_folder(tmp_path: Path, capsys):
    assert main(["build", str(tmp_path / "none"), "-o", str(tmp_path / "x.sqlite")]) == 2
    assert "no such folder" in capsys.readouterr().err


def test_import_summary_and_exit_codes(raw_dir: Path, tmp_path: Path, capsys):
    target = tmp_path / "mine.sqlite"
    assert main(["import", str(raw_dir), "--archive", str(target), "--jobs", "1"]) == 0
    assert "imported: 2, duplicates: 0, refused: 0" in capsys.readouterr().out
    assert main(["import", str(raw_dir / "a.txt"), "--archive", str(target)]) == 0
    assert "imported: 0, duplicates: 1, refused: 0" in capsys.readouterr().out
    (tmp_path / "empty.txt").write_bytes(b"")
    new = tmp_path / "new.txt"
    new.write_text("另一篇新的文章，讲述协作。", encoding="utf-8")
    code = main(
        [
            "import",
            str(tmp_path / "empty.txt"),
            str(new),
            str(tmp_path / "gone.txt"),
            "--archive",
            str(target),
        ]
    )
    out = capsys.readouterr().out
    assert code == 1
    assert "imported: 1, duplicates: 0, refused: 2" in out
    assert "empty.txt" in out and "gone.txt: no such file or folder" in out
    with Archive.open(target, readonly=True) as arc:
        assert arc.article_count() == 3


def test_import_into_a_bad_archive_is_exit_2(raw_dir: Path, tmp_path: Path, capsys):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database", encoding="utf-8")
    assert main(["import", str(raw_dir), "--archive", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.sqlite" in err and "not an archive" in err and "Traceback" not in err


def test_import_defaults_to_a_copy_of_the_bundled_archive(raw_dir, tmp_path, monkeypatch, capsys):
    bundled = _archive_with_facts(tmp_path / "bundled.sqlite")
    monkeypatch.setattr("viewer.commands.archives.bundled_archive", lambda: bundled)
    assert not user_archive().exists()
    assert main(["import", str(raw_dir / "a.txt"), "--jobs", "1"]) == 0
    with Archive.open(user_archive(), readonly=True) as arc:
        assert arc.article_count() == 3
    with Archive.open(bundled, readonly=True) as arc:
        assert arc.article_count() == 2


def test_import_jsonl_round_trip(tmp_path: Path, capsys):
    lines = [
        json.dumps(make_article(TEXT_A).to_json(with_raw=True), ensure_ascii=False),
        json.dumps({"file": "x.bin", "error": "binary", "message": "x.bin: binary data"}),
        "{not json",
        "",
        json.dumps(make_article(TEXT_A).to_json(with_raw=True), ensure_ascii=False),
    ]
    src = tmp_path / "out.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    target = tmp_path / "j.sqlite"
    assert main(["import", "--jsonl", str(src), "--archive", str(target)]) == 1
    out = capsys.readouterr().out
    assert "imported: 1, duplicates: 1, refused: 2" in out
    assert "x.bin: binary data" in out and "out.jsonl:3" in out
    with Archive.open(target, readonly=True) as arc:
        (aid,) = arc.article_ids()
        assert arc.get_article(aid).article.facts == make_article(TEXT_A).facts


def test_search_json_and_text(tmp_path: Path, capsys):
    path = _archive_with_facts(tmp_path / "a.sqlite")
    assert main(["search", "协作", "--archive", str(path), "--json"]) == 0
    (hit,) = json.loads(capsys.readouterr().out)
    assert hit["title"] == "協作" and hit["title_marks"] == [[0, 2]]
    assert main(["search", '"(AND', "--archive", str(path)]) == 0
    assert main(["search", "协作", "--archive", str(path)]) == 0
    assert "【協作】" in capsys.readouterr().out
    assert main(["search", "协作", "--archive", str(tmp_path / "none.sqlite")]) == 2


def test_export_csv_has_a_bom_and_reads_back(tmp_path: Path):
    path = _archive_with_facts(tmp_path / "a.sqlite")
    out = tmp_path / "facts.csv"
    assert main(["export", "--archive", str(path), "--format", "csv", "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 3
    place = next(r for r in rows if r["kind"] == "place")
    assert (place["title"], place["source"], place["published"], place["province"]) == (
        "協作",
        "鄉村報",
        "2023-04-14",
        "山西省",
    )


def test_export_script_and_kind(tmp_path: Path):
    path = _archive_with_facts(tmp_path / "a.sqlite")
    out = tmp_path / "facts.json"
    assert (
        main(
            [
                "export",
                "--archive",
                str(path),
                "--format",
                "json",
                "--script",
                "hans",
                "--kind",
                "place",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    (rec,) = json.loads(out.read_text(encoding="utf-8"))
    assert (rec["title"], rec["source"], rec["kind"]) == ("协作", "乡村报", "place")
    assert (
        main(
            [
                "export",
                "--archive",
                str(path),
                "--format",
                "json",
                "--script",
                "hant",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert {r["source"] for r in json.loads(out.read_text("utf-8"))} == {"鄉村報", "鄉村幹部報"}


def test_export_markdown_to_stdout(tmp_path: Path, capsysbinary):
    path = _archive_with_facts(tmp_path / "a.sqlite")
    assert main(["export", "--archive", str(path), "--format", "md"]) == 0
    text = capsysbinary.readouterr().out.decode("utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("| kind | text |") and len(lines) == 2 + 3
    assert "| 協作 | 鄉村報 | 2023-04-14 |" in text


def test_export_unknown_kind_is_exit_2(tmp_path: Path, capsys):
    path = _archive_with_facts(tmp_path / "a.sqlite")
    assert main(["export", "--archive", str(path), "--kind", "colour"]) == 2
    assert "unknown fact kind" in capsys.readouterr().err


def test_build_replaces_an_archive_and_its_leftover_journal(raw_dir: Path, tmp_path: Path):
    out = _archive_with_facts(tmp_path / "a.sqlite")
    Path(f"{out}-wal").write_bytes(b"left by a crash")
    assert main(["build", str(raw_dir), "-o", str(out), "--jobs", "1"]) == 0
    assert not Path(f"{out}-wal").exists()
    with Archive.open(out) as arc:
        assert arc.article_count() == 2
        assert arc.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
