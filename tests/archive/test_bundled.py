"""The bundled archive: up to date with data/raw and the pipeline, and shipped in the wheel."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from viewer import PIPELINE_VERSION
from viewer.archive import Archive
from viewer.archive.fingerprint import raw_fingerprint, source_files

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "data" / "archive.sqlite"
REBUILD = "rebuild it: archive-viewer build data/raw -o data/archive.sqlite"


def test_bundled_archive_is_not_stale():
    with Archive.open(BUNDLED, readonly=True) as arc:
        meta = arc.metadata()
        count = arc.article_count()
    assert meta["pipeline_version"] == PIPELINE_VERSION, f"built by an older pipeline; {REBUILD}"
    assert meta["raw_fingerprint"] == raw_fingerprint(ROOT / "data" / "raw"), (
        f"built from other source files; {REBUILD}"
    )
    assert 0 < count <= len(source_files(ROOT / "data" / "raw"))


def test_bundled_archive_needs_no_write_access():
    """Shipped self-contained: no -wal journal mode, so it reads from a read-only place."""
    assert BUNDLED.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL


def test_fingerprint_follows_names_and_contents(tmp_path: Path):
    (tmp_path / "a.txt").write_text("一", encoding="utf-8")
    first = raw_fingerprint(tmp_path)
    (tmp_path / "a.txt").write_text("二", encoding="utf-8")
    second = raw_fingerprint(tmp_path)
    (tmp_path / "a.txt").rename(tmp_path / "b.txt")
    third = raw_fingerprint(tmp_path)
    (tmp_path / "ignored.pdf").write_bytes(b"x")
    assert len({first, second, third}) == 3 and raw_fingerprint(tmp_path) == third


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from a copy of the checkout, unpacked as pip would install it."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    skip = shutil.ignore_patterns(
        ".*", "__pycache__", "build", "dist", "*.egg-info", "tests", "benchmarks", "docs", "*.tmp"
    )
    shutil.copytree(ROOT, src, ignore=skip)
    dist = tmp / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(src),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as zf:
        assert zf.read("viewer/_bundled/archive.sqlite") == BUNDLED.read_bytes()
        zf.extractall(tmp / "installed")
    return (tmp / "installed").resolve()


@pytest.mark.slow
def test_wheel_ships_the_archive(installed: Path):
    with Archive.open(installed / "viewer" / "_bundled" / "archive.sqlite", readonly=True) as arc:
        assert arc.article_count() > 0


@pytest.mark.slow
def test_the_installed_app_finds_the_archive(installed: Path, tmp_path: Path):
    env = {**os.environ, "PYTHONPATH": str(installed)}
    code = "import viewer, viewer.paths as p; print(viewer.__file__); print(p.bundled_archive())"
    out = subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    ).stdout.splitlines()
    assert Path(out[0]).resolve().is_relative_to(installed)
    assert Path(out[1]).resolve() == installed / "viewer" / "_bundled" / "archive.sqlite"
