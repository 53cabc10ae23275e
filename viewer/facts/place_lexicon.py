"""The administrative-division lexicon behind place recognition, built lazily and cached.

The source is the division table shipped by jionlp (province / prefecture / county with
adcodes and short names, then towns and villages). Parsing its ~700k lines takes seconds, so
the compact form is pickled once into the user's cache directory and later loads in a fraction
of that; nothing here runs at import time.
"""

from __future__ import annotations

import os
import pickle
import re
import threading
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import ahocorasick
import platformdirs

from viewer.facts.place_names import FOLD, town_stem, village_stem
from viewer.package_data import data_version, read_text

FORMAT = 6
PROVINCE, CITY, COUNTY = 0, 1, 2
_DIRECT = ("直辖",)  # "省直辖行政区划": county-level units with no prefecture above them


@dataclass
class Lexicon:
    """Plain tables (picklable) plus an Aho-Corasick automaton built on load.

    regions[i] = (name, short, adcode, level, province_id, city_id); city_id is -1 for a
    province or a county with no prefecture. towns[j] = (name, county_id). Index values are
    an int or a tuple of ints to keep the village table small.
    """

    regions: list[tuple[str, str, str | None, int, int, int]]
    region_keys: dict[str, list[tuple[int, bool]]]
    towns: list[tuple[str, int]]
    town_stems: dict[str, Any]
    village_stems: dict[str, Any]
    common_words: frozenset[str] = field(default_factory=frozenset)
    idioms: frozenset[str] = field(default_factory=frozenset)

    @cached_property
    def automaton(self) -> ahocorasick.Automaton:
        auto = ahocorasick.Automaton()
        for key, entries in self.region_keys.items():
            auto.add_word(key, (key, tuple(entries)))
        auto.make_automaton()
        return auto

    @staticmethod
    def ids(value: Any) -> tuple[int, ...]:
        if value is None:
            return ()
        return value if isinstance(value, tuple) else (value,)

    def towns_named(self, stem: str) -> tuple[int, ...]:
        return self.ids(self.town_stems.get(stem))

    def villages_named(self, stem: str) -> tuple[int, ...]:
        """Town ids holding a village with this stem."""
        return self.ids(self.village_stems.get(stem))


def _lines(name: str) -> list[str]:
    """Lines of one of jionlp's dictionaries, look-alike forms folded."""
    return read_text("jionlp", f"dictionary/{name}.txt").translate(FOLD).splitlines()


def _add(index: dict[str, Any], key: str, value: int) -> None:
    old = index.get(key)
    if old is None:
        index[key] = value
    elif isinstance(old, tuple):
        if value not in old:
            index[key] = (*old, value)
    elif old != value:
        index[key] = (old, value)


def build() -> Lexicon:
    """Parse the shipped table (a few seconds); `load` caches the result."""
    regions: list[tuple[str, str, str | None, int, int, int]] = []
    keys: dict[str, list[tuple[int, bool]]] = {}
    towns: list[tuple[str, int]] = []
    town_stems: dict[str, Any] = {}
    village_stems: dict[str, Any] = {}
    prov = city = county = town = -1
    for raw in _lines("china_location"):
        depth = len(raw) - len(raw.lstrip("\t"))
        parts = raw.strip().split("\t")
        name = parts[0].strip()
        if not name:
            continue
        if depth <= COUNTY:
            adcode = parts[1].strip() if len(parts) > 1 and parts[1].strip() else None
            short = parts[2].strip() if len(parts) > 2 and parts[2].strip() else name
            if depth == CITY and any(d in name for d in _DIRECT):
                city = -1
                continue
            if depth == COUNTY and any(d in name for d in _DIRECT) and city >= 0:
                county = city  # 东莞市: towns directly under a prefecture with no counties
                continue
            rid = len(regions)
            if depth == PROVINCE:
                prov, city = rid, -1
            elif depth == CITY:
                city = rid
            else:
                county = rid
            regions.append((name, short, adcode, depth, prov, city if depth else -1))
            if depth == CITY and name == regions[prov][0]:
                continue  # 北京市 under 北京市: the municipality itself, one entry is enough
            if _ZONE.search(name) or short in _GENERIC:
                continue  # development zones are not administrative places
            for key, is_short in _region_forms(name, short, depth):
                keys.setdefault(key, [])
                if (rid, is_short) not in keys[key]:
                    keys[key].append((rid, is_short))
        elif depth == 3:
            town = len(towns)
            towns.append((name, county))
            _add(town_stems, town_stem(name), town)
        elif depth == 4 and town >= 0:
            _add(village_stems, village_stem(name), town)
    words = {ln.split("\t", 1)[0] for ln in _lines("chinese_word_dictionary")}
    common = frozenset(w for w in words if 2 <= len(w) <= 4)
    idioms = {ln.split("\t", 1)[0] for ln in _lines("chinese_idiom")}
    idioms4 = frozenset(w for w in idioms if len(w) == 4)
    return Lexicon(regions, keys, towns, town_stems, village_stems, common, idioms4)


_ZONE = re.compile("开发区|园区|产业园|示范区|高新|工业区|直辖")
# Short names that are ordinary nouns everywhere in the country: only the full name counts.
_GENERIC = frozenset({"城区", "郊区", "矿区", "东区", "西区", "南区", "北区", "市中", "城中"})


def _region_forms(name: str, short: str, depth: int) -> list[tuple[str, bool]]:
    forms = [(name, False)]
    if short and short != name:
        forms.append((short, True))
        if name.endswith("自治州"):
            forms.append((short + "州", True))  # 黔南州
        elif name.endswith("自治县"):
            forms.append((short + "县", True))
    return forms


def _cache_path() -> Path:
    home = os.environ.get("ARCHIVE_VIEWER_HOME")
    base = Path(home) / "cache" if home else Path(platformdirs.user_cache_dir("archive-viewer"))
    return base / f"places-v{FORMAT}.pickle"


def _source_stamp() -> str:
    # The data moves with the package version; read it without importing jionlp.
    return f"{FORMAT}:{data_version('jionlp')}"


_LOCK = threading.Lock()
_LEXICON: Lexicon | None = None


def load() -> Lexicon:
    """The lexicon, built or read from the cache on first use and kept for the process."""
    global _LEXICON
    with _LOCK:
        if _LEXICON is None:
            _LEXICON = _load_uncached()
        return _LEXICON


def _load_uncached() -> Lexicon:
    path = _cache_path()
    stamp = _source_stamp()
    try:
        with path.open("rb") as fh:
            cached = pickle.load(fh)
        if cached[0] == stamp:
            return Lexicon(*cached[1:])
    except (OSError, pickle.PickleError, EOFError, IndexError, TypeError, ValueError):
        pass
    lex = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        payload = (
            stamp,
            lex.regions,
            lex.region_keys,
            lex.towns,
            lex.town_stems,
            lex.village_stems,
            lex.common_words,
            lex.idioms,
        )
        with tmp.open("wb") as fh:
            pickle.dump(payload, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for stale in path.parent.glob("places-v*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)  # an older format nobody reads any more
    except OSError:
        pass  # a read-only cache only costs the rebuild next time
    return lex
