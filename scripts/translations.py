"""Interface translations: update the .ts sources, derive 繁體 from 简体, compile the .qm files.

    .venv/bin/python scripts/translations.py           # update, derive, compile
    .venv/bin/python scripts/translations.py --check   # also fail on an untranslated string

1. `pyside6-lupdate` collects every string marked with tr() / translate() in viewer/gui into
   resources/translations/archive-viewer_zh_CN.ts, keeping the translations already there
   (edit that file, by hand or in Qt Linguist, to translate a new string).
2. archive-viewer_zh_TW.ts is derived from it with OpenCC s2twp (Taiwan characters and
   interface vocabulary: 文件 -> 檔案, 默认 -> 預設), then `TW_FIXES` corrects what the
   phrase tables get wrong for an interface. The script labels (原文 / 简体 / 繁體 / 臺灣正體 /
   香港繁體) are cut out before conversion and put back unchanged.
3. `pyside6-lrelease` compiles both to .qm, the files the app loads.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "translations"
SOURCES = ROOT / "viewer" / "gui"
SIMPLIFIED = OUT / "archive-viewer_zh_CN.ts"
TRADITIONAL = OUT / "archive-viewer_zh_TW.ts"
NEVER_CONVERTED = (
    "原文",
    "简体",
    "繁體",
    "臺灣正體",
    "香港繁體",
    "臺灣詞彙",
    "项目 → 專案",  # examples of a conversion show both sides as they are
    "数据库 → 資料庫",
    "发 → 發 或 髮",
)
# s2twp output checked by eye; these read wrong in a Taiwan interface.
TW_FIXES = {
    "型別": "類型",  # a kind of fact, not a programming type
    "查詢": "尋找",  # find in a text, not a database query
    "首選項": "偏好設定",
    "退出(": "結束(",
    "幫助(": "說明(",
    "字號": "字級",
    "報道": "報導",
    "撤銷": "復原",
    "原始檔": "來源檔案",
    " 磅": " 點",
    "只讀": "唯讀",
    "隨應用附帶": "隨應用程式附帶",
    "二進位制": "二進位",  # binary (a file), not the binary system
    "免責宣告": "免責聲明",  # a disclaimer, not a declaration
}


def tool(name: str) -> str:
    """pyside6-lupdate / -lrelease from the environment running this script."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = here if here.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} not found: install PySide6-Essentials")
    return str(found)


def update_sources() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))
    cmd = [tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", *files]
    subprocess.run([*cmd, "-ts", str(SIMPLIFIED.relative_to(ROOT))], check=True, cwd=ROOT)
    root = ET.parse(SIMPLIFIED).getroot()
    root.set("language", "zh_CN")
    root.set("sourcelanguage", "en")
    write(root, SIMPLIFIED)


def to_taiwan(text: str, convert) -> str:
    """s2twp over everything but the script labels, which stay as written."""
    pieces = [text]
    for label in NEVER_CONVERTED:
        pieces = [part for piece in pieces for part in _split_keep(piece, label)]
    out = "".join(p if p in NEVER_CONVERTED else convert(p) for p in pieces)
    for wrong, right in TW_FIXES.items():
        out = out.replace(wrong, right)
    return out


def _split_keep(text: str, label: str) -> list[str]:
    if text in NEVER_CONVERTED or label not in text:
        return [text]
    parts = text.split(label)
    out: list[str] = []
    for i, part in enumerate(parts):
        if i:
            out.append(label)
        if part:
            out.append(part)
    return out


def derive_traditional() -> None:
    import opencc

    converter = opencc.OpenCC("s2twp")
    tree = ET.parse(SIMPLIFIED)
    root = tree.getroot()
    root.set("language", "zh_TW")
    for translation in root.iter("translation"):
        if translation.text:
            translation.text = to_taiwan(translation.text, converter.convert)
        for form in translation.iter("numerusform"):
            if form.text:
                form.text = to_taiwan(form.text, converter.convert)
    write(root, TRADITIONAL)


def write(root: ET.Element, path: Path) -> None:
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def unfinished(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    missing = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            t = message.find("translation")
            empty = t is None or not ("".join(t.itertext()).strip())
            if empty or (t is not None and t.get("type") == "unfinished"):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
    return missing


def compile_all() -> None:
    for ts in (SIMPLIFIED, TRADITIONAL):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail on untranslated strings")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    update_sources()
    derive_traditional()
    compile_all()
    missing = unfinished(SIMPLIFIED)
    for line in missing:
        print(f"untranslated: {line}")
    print(f"{len(missing)} untranslated strings")
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
