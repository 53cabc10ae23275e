"""`archive-viewer extract`: one-line refusals with exit code 2, JSON for a real page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import RAW_DIR
from viewer.cli import main


@pytest.mark.parametrize(
    ("content", "word"),
    [(b"", "empty"), (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary"), (None, "no such")],
)
def test_refused_files_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, word: str
) -> None:
    path = tmp_path / "page.txt"
    if content is not None:
        path.write_bytes(content)
    assert main(["extract", str(path), "--json"]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and str(path) in err and word in err
    assert "Traceback" not in err


def test_seed_gives_json(capsys: pytest.CaptureFixture[str]) -> None:
    path = sorted(RAW_DIR.glob("*.txt"))[3]
    assert main(["extract", str(path), "--json"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert data["source"] and data["body"] and data["removed"]["disclaimer_lines"] > 0
