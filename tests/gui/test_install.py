"""Installation: the wheel carries the archive, icons, stylesheet, translations and desktop
entry, and the installed package runs (`python -m viewer`, the command line, the window)."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(RESOURCES / "archive-viewer.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_is_valid():
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "archive-viewer"
    assert entry["Icon"] == "archive-viewer"
    assert entry["Terminal"] == "false"
    for key in ("Categories", "Keywords"):
        assert entry[key].endswith(";")
    assert entry["Name[zh_TW]"] and entry["Name[zh_CN]"]
    validator = shutil.which("desktop-file-validate")
    if validator:
        run = subprocess.run(
            [validator, str(RESOURCES / "archive-viewer.desktop")], text=True, capture_output=True
        )
        assert run.returncode == 0, run.stdout + run.stderr


def test_icon_in_every_size():
    assert (RESOURCES / "icons" / "archive-viewer.svg").is_file()
    for size in SIZES:
        image = QImage(str(RESOURCES / "icons" / "png" / f"archive-viewer-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()


def test_readme_documents_the_desktop_install_and_the_archive_location():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "~/.local/share/applications/" in readme
    assert "ARCHIVE_VIEWER_HOME" in readme and "--archive" in readme
    assert "python -m viewer" in readme


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from a copy of the checkout, as `pip install .` builds it."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    skip = shutil.ignore_patterns(
        ".*", "__pycache__", "build", "dist", "*.egg-info", "tests", "benchmarks", "docs", "raw"
    )
    shutil.copytree(ROOT, src, ignore=skip)
    dist = tmp / "dist"
    command = [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist)]
    subprocess.run([*command, str(src)], check=True, capture_output=True)
    (built,) = dist.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path) -> Path:
    target = wheel.parent.parent / "installed"
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(target)
    return target.resolve()


@pytest.mark.slow
def test_wheel_holds_archive_icons_translations_and_styles(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = [
        "viewer/_bundled/archive.sqlite",
        "viewer/_resources/archive-viewer.desktop",
        "viewer/_resources/icons/archive-viewer.svg",
        "viewer/_resources/styles/app.qss",
        "viewer/_resources/translations/archive-viewer_zh_CN.qm",
        "viewer/_resources/translations/archive-viewer_zh_TW.qm",
        "viewer/commands/__init__.py",
        "viewer/gui/widgets/settings_dialog.py",
        *(f"viewer/_resources/icons/png/archive-viewer-{n}.png" for n in SIZES),
    ]
    missing = [n for n in wanted if n not in names]
    assert not missing, missing
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "archive-viewer = viewer.cli:main" in text


def _run(installed: Path, tmp: Path, *args: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "PYTHONPATH": str(installed),
        "QT_QPA_PLATFORM": "offscreen",
        "ARCHIVE_VIEWER_HOME": str(tmp / "home"),
        "XDG_CONFIG_HOME": str(tmp / "config"),
    }
    return subprocess.run(
        [sys.executable, "-m", "viewer", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp,
        timeout=120,
    )


@pytest.mark.slow
def test_installed_package_runs_from_python_m_viewer(installed: Path, tmp_path: Path):
    assert _run(installed, tmp_path, "--version").stdout.startswith("archive-viewer")
    page = tmp_path / "page.txt"
    page.write_text("标题\n2023年4月14日\n壶关县组织干部培训600余人次。\n", encoding="utf-8")
    run = _run(installed, tmp_path, "extract", str(page), "--json")
    assert run.returncode == 0, run.stderr
    assert '"facts"' in run.stdout


@pytest.mark.slow
def test_installed_window_opens_translated_with_its_archive(installed: Path, tmp_path: Path):
    picture = tmp_path / "shot.png"
    run = _run(
        installed, tmp_path, "--screenshot", str(picture), "--lang", "zh_TW", "--theme", "dark"
    )
    assert run.returncode == 0, run.stderr
    assert QImage(str(picture)).width() > 0
    copied = tmp_path / "home" / "archive.sqlite"
    assert copied.is_file(), "first launch copies the bundled archive to the user's folder"
    code = "from viewer.gui import i18n; print(i18n.translations_dir())"
    env = {**os.environ, "PYTHONPATH": str(installed)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path
    ).stdout.strip()
    assert Path(out).is_relative_to(installed) and (Path(out) / "archive-viewer_zh_TW.qm").is_file()
