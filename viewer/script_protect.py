"""Converters that keep names and curated news terms right, built from OpenCC configs.

Stock OpenCC guesses a one-to-many character by its default (余华 -> 餘華, t2s 徐乾學 ->
徐干学) and has a few phrases that capture news wording (被发 -> 被髮 turns 被发明 into
被髮明). Nothing here patches converted text; every fix is an OpenCC dictionary:

- Display converters are the stock configs with the curated news terms
  (`resources/opencc/news_terms.json`) as an inline dictionary placed first in the first
  step's short-circuit group, so a term wins where it matches.
- Names converters (one per direction, built once) are the stock configs with an inline
  dictionary placed between the phrases and the characters that maps each one-to-many
  character to itself where it is one of its own candidates (余 -> 余, 台 -> 台): a phrase
  that knows the name still decides (云南 -> 雲南, 余姚 -> 餘姚), a bare character is kept.
- An article converter holds the article's people, organizations and places with their
  protected forms as an inline dictionary over the character dictionaries. Building one
  takes about a millisecond (a stock config with its phrases takes 40-70 ms, since OpenCC
  shares no dictionary between converters), so it is built once per article and kept in
  a small LRU cache; `viewer.script` sends each occurrence of a name through it.

OpenCC reads configs from files only: each is written to a temporary file, read, removed.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from viewer.paths import resources_dir
from viewer.script_tables import (
    DIRECTION,
    character_files,
    dict_files,
    is_characters,
    one_to_many,
    stock_config,
)

NAME_KINDS = ("person", "organization", "place")
MIN_NAME = 2  # a one-character "name" would freeze that character everywhere
ARTICLE_CACHE = 32

_lock = threading.Lock()
_names: dict[str, Any] = {}
_articles: OrderedDict[tuple[Any, ...], Any] = OrderedDict()


@cache
def news_terms() -> dict[str, dict[str, str]]:
    """The curated terms per direction (s2t, t2s)."""
    data = json.loads((resources_dir() / "opencc" / "news_terms.json").read_text("utf-8"))
    return {k: dict(v) for k, v in data.items() if isinstance(v, dict)}


def direction_of(config: str) -> str | None:
    """s2t or t2s for a config whose first step converts between the scripts."""
    if config in ("s2t", "s2tw", "s2hk", "s2twp"):
        return "s2t"
    if config in ("t2s", "tw2s", "hk2s"):
        return "t2s"
    return None


def build(config: dict[str, Any]) -> Any:
    """An OpenCC converter from config data (written to a temporary file and removed)."""
    import opencc

    fd, path = tempfile.mkstemp(prefix="archive-viewer-opencc-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(config, f, ensure_ascii=False)
        return opencc.OpenCC(path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)


def _inline(entries: dict[str, str]) -> dict[str, Any]:
    return {"type": "inline", "entries": entries}


def _first_group(config: dict[str, Any]) -> list[dict[str, Any]]:
    """The member list of the first step's short-circuit group (made one if needed)."""
    step = config["conversion_chain"][0]
    node = step["dict"]
    if node.get("type") != "group" or node.get("match_policy") != "short_circuit":
        node = {"type": "group", "match_policy": "short_circuit", "dicts": [node]}
        step["dict"] = node
    return node["dicts"]


def with_terms(config: str, terms: dict[str, str]) -> dict[str, Any]:
    """A stock config with `terms` matched before everything else."""
    data = stock_config(config)
    data["name"] = f"{data.get('name', config)} + news terms"
    _first_group(data).insert(0, _inline(terms))
    seg = data.get("segmentation", {}).get("dict")
    if seg is not None:  # mmseg segments first: a term must be one segment to be matched
        data["segmentation"]["dict"] = {
            "type": "group",
            "match_policy": "union",
            "dicts": [_inline(terms), seg],
        }
    return data


def display_converter(config: str) -> Any:
    """The converter `viewer.script` uses for a config: stock, plus the curated terms."""
    import opencc

    direction = direction_of(config)
    terms = news_terms().get(direction or "", {})
    if not terms:
        return opencc.OpenCC(config)
    try:
        return build(with_terms(config, terms))
    except (OSError, RuntimeError, KeyError, ValueError):
        # No temporary folder, or an OpenCC without inline dictionaries: stock conversion
        # is still better than none.
        return opencc.OpenCC(config)


def kept_characters(direction: str) -> dict[str, str]:
    """Each one-to-many character that is one of its own candidates, mapped to itself."""
    return {ch: ch for ch, cands in one_to_many(direction).items() if ch in cands}


def names_config(direction: str) -> dict[str, Any]:
    data = stock_config(direction)
    data["name"] = f"{data.get('name', direction)}, names kept"
    group = _first_group(data)
    at = next(
        (i for i, node in enumerate(group) if any(map(is_characters, dict_files(node)))),
        len(group),
    )
    group.insert(at, _inline(kept_characters(direction)))
    return data


def names_converter(direction: str) -> Any:
    """The converter that computes protected forms (built once per direction)."""
    conv = _names.get(direction)
    if conv is None:
        with _lock:
            conv = _names.get(direction)
            if conv is None:
                try:
                    conv = build(names_config(direction))
                except (OSError, RuntimeError, KeyError, ValueError):
                    import opencc

                    conv = opencc.OpenCC(direction)  # names then convert like the text
                _names[direction] = conv
    return conv


def names_built(direction: str) -> bool:
    return direction in _names


@lru_cache(maxsize=8192)
def protected_form(name: str, direction: str) -> str:
    """How a name is written in the other script, keeping what the data cannot decide."""
    return names_converter(direction).convert(name)


def names_of(facts: Iterable[Any]) -> tuple[str, ...]:
    """The distinct names among an article's facts, longest first."""
    seen = {f.text for f in facts if f.kind in NAME_KINDS and len(f.text) >= MIN_NAME}
    return tuple(sorted(seen, key=lambda s: (-len(s), s)))


def article_config(direction: str, forms: dict[str, str]) -> dict[str, Any]:
    first = stock_config(direction)["conversion_chain"][0]["dict"]
    stems = set(character_files(direction))
    chars = [node for node in _leaves(first) if Path(node["file"]).stem in stems]
    return {
        "name": "article names",
        "conversion_chain": [
            {
                "dict": {
                    "type": "group",
                    "match_policy": "short_circuit",
                    "dicts": [_inline(forms), *chars],
                }
            }
        ],
    }


def _leaves(node: dict[str, Any]) -> list[dict[str, Any]]:
    if "file" in node:
        return [copy.deepcopy(node)]
    return [leaf for child in node.get("dicts", ()) for leaf in _leaves(child)]


class ArticleConverter:
    """One article's names and their protected forms, as an OpenCC inline dictionary."""

    def __init__(self, direction: str, forms: dict[str, str]) -> None:
        self.direction = direction
        self.forms = forms
        self._conv = None
        if forms:
            try:
                self._conv = build(article_config(direction, forms))
            except (OSError, RuntimeError, KeyError, ValueError):
                self.forms = {}  # the names then go through the display converter

    def convert(self, text: str) -> str:
        return self._conv.convert(text) if self._conv is not None else text


def article_converter(names: Sequence[str], direction: str) -> ArticleConverter:
    """The cached converter for these names (built once per article, LRU)."""
    key = (direction, tuple(names))
    with _lock:
        hit = _articles.get(key)
        if hit is not None:
            _articles.move_to_end(key)
            return hit
    forms = {}
    for name in names:
        form = protected_form(name, direction)
        if len(form) == len(name):  # offsets inside a name then map one to one
            forms[name] = form
    conv = ArticleConverter(direction, forms)
    with _lock:
        _articles[key] = conv
        while len(_articles) > ARTICLE_CACHE:
            _articles.popitem(last=False)
    return conv


def occurrences(text: str, names: Sequence[str]) -> list[tuple[int, int]]:
    """Every occurrence of a name in `text`, longest names first, none overlapping."""
    taken: list[tuple[int, int]] = []
    covered = bytearray(len(text))
    for name in names:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not any(covered[at:end]):
                taken.append((at, end))
                covered[at:end] = b"\x01" * len(name)
            at = text.find(name, end)
    return sorted(taken)


def protected_ranges(text: str, names: Sequence[str], mode: Any) -> list[tuple[int, int]]:
    """Where `viewer.script.convert_with_map` keeps names in `text` for `mode`."""
    direction = DIRECTION.get(mode)
    if not names or direction is None:
        return []
    forms = article_converter(names, direction).forms
    return occurrences(text, [n for n in names if n in forms])
