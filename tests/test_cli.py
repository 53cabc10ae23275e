"""The command line's own behaviour: several files, JSON lines, stdout kept clean."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import RAW_DIR
from viewer.cli import main


def test_several_files_skip_the_refused_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    seed = sorted(RAW_DIR.glob("*.txt"))[3]
    assert main(["extract", str(empty), str(seed), "--json"]) == 2
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert [d["file"] for d in data] == [str(seed)]
    assert str(empty) in captured.err and "empty" in captured.err


def test_jsonl_streams_one_object_per_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    seed = sorted(RAW_DIR.glob("*.txt"))[1]
    assert main(["extract", str(seed), str(binary), "--jsonl"]) == 1
    lines = capsys.readouterr().out.splitlines()
    first, second = (json.loads(line) for line in lines)
    assert first["raw"] and first["facts"]
    assert second == {"file": str(binary), "error": "binary", "message": second["message"]}


def test_stdout_holds_only_the_json() -> None:
    """No library may print on stdout: the output is read by other programs."""
    seed = sorted(RAW_DIR.glob("*.txt"))[4]
    proc = subprocess.run(
        [sys.executable, "-m", "viewer", "extract", str(seed), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(proc.stdout)
    assert data["facts"] and proc.stdout.lstrip().startswith("{")


def test_unknown_command_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == 2


def test_import_takes_a_file_name_that_is_not_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    seed = sorted(RAW_DIR.glob("*.txt"))[3]
    odd = folder / os.fsdecode(b"\xff\xfe page.txt")
    odd.write_bytes(seed.read_bytes())
    archive = tmp_path / "a.sqlite"
    assert main(["import", str(folder), "--archive", str(archive), "--jobs", "1"]) == 0
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    from viewer.archive import Archive

    with Archive.open(archive, readonly=True) as arc:
        (only,) = arc.summaries(arc.article_ids())
        stored = arc.get_article(only.id)
        assert stored is not None and "\ufffd" in stored.origin
