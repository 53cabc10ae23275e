"""The administrative-division lexicon behind place recognition, built lazily and cached.

The source is the division table shipped by jionlp (province / prefecture / county with
adcodes and short names, then towns and villages). Parsing its ~700k lines takes seconds, so
the compact form is pickled once into the user's cache directory and later loads in a fraction
of that; nothing here runs at import time.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import io
import os
import pickle
import re
import threading
import unicodedata
import zipfile
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import ahocorasick
import platformdirs

FORMAT = 5
PROVINCE, CITY, COUNTY = 0, 1, 2
_DIRECT = ("直辖",)  # "省直辖行政区划": county-level units with no prefecture above them

# Radicals-supplement look-alikes have no decomposition, so NFKC alone leaves them in place.
_LOOKALIKES = {
    "⻄": "西",
    "⻅": "见",
    "⻓": "长",
    "⻔": "门",
    "⻢": "马",
    "⻛": "风",
    "⻜": "飞",
    "⻥": "鱼",
    "⻋": "车",
    "⻉": "贝",
    "⻩": "黄",
    "⻰": "龙",
    "⻚": "页",
    "⻆": "角",
    "⻊": "足",
    "⻝": "食",
    "⻨": "麦",
    "⻬": "齐",
    "⻦": "鸟",
    "⻳": "龟",
}


def _fold_table() -> dict[int, str]:
    table = {ord(k): v for k, v in _LOOKALIKES.items()}
    for lo, hi in ((0x2F00, 0x2FD6), (0xF900, 0xFB00), (0xFF01, 0xFF5F)):
        for cp in range(lo, hi):
            folded = unicodedata.normalize("NFKC", chr(cp))
            if len(folded) == 1 and folded != chr(cp):
                table[cp] = folded
    return table


FOLD = _fold_table()

TOWN_SUFFIXES = ("社区服务中心", "街道办事处", "地区办事处", "办事处", "街道", "苏木", "镇", "乡")
VILLAGE_SUFFIXES = ("村民委员会", "居民委员会", "村委会", "居委会", "社区", "嘎查", "村")


def town_stem(name: str) -> str:
    """`李家镇`, `李家乡` and `李家街道` share a stem: towns are often re-graded or renamed."""
    for suffix in TOWN_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            # ethnic townships: 孟关苗族布依族乡 -> 孟关
            while stem.endswith("族") and len(stem) > 3:
                cut = _ethnic_cut(stem)
                if cut is None:
                    break
                stem = cut
            return stem
    return name


def _ethnic_cut(stem: str) -> str | None:
    for n in (5, 4, 3, 2):  # 柯尔克孜族 / 蒙古族 / 布依族 / 苗族 ...
        if len(stem) > n + 1 and stem.endswith("族"):
            head = stem[:-n]
            if len(head) >= 2 and stem[-n:] in _ETHNIC:
                return head
    return None


_ETHNIC = {
    "蒙古族",
    "回族",
    "藏族",
    "维吾尔族",
    "苗族",
    "彝族",
    "壮族",
    "布依族",
    "朝鲜族",
    "满族",
    "侗族",
    "瑶族",
    "白族",
    "土家族",
    "哈尼族",
    "哈萨克族",
    "傣族",
    "黎族",
    "傈僳族",
    "佤族",
    "畲族",
    "拉祜族",
    "水族",
    "东乡族",
    "纳西族",
    "景颇族",
    "柯尔克孜族",
    "土族",
    "达斡尔族",
    "仫佬族",
    "羌族",
    "布朗族",
    "撒拉族",
    "毛南族",
    "仡佬族",
    "锡伯族",
    "阿昌族",
    "普米族",
    "塔吉克族",
    "怒族",
    "乌孜别克族",
    "俄罗斯族",
    "鄂温克族",
    "德昂族",
    "保安族",
    "裕固族",
    "京族",
    "塔塔尔族",
    "独龙族",
    "鄂伦春族",
    "赫哲族",
    "门巴族",
    "珞巴族",
    "基诺族",
}


def village_stem(name: str) -> str:
    for suffix in VILLAGE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


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


def _jionlp_zip(name: str) -> bytes:
    # Located without importing jionlp: its import costs 0.4 s and prints a banner on stdout.
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the jionlp package (place data) is not installed")
    root = Path(next(iter(spec.submodule_search_locations)))
    return (root / "dictionary" / f"{name}.zip").read_bytes()


def _lines(blob: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".txt"))
        return zf.read(name).decode("utf-8").translate(FOLD).splitlines()


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
    for raw in _lines(_jionlp_zip("china_location")):
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
    words = {ln.split("\t", 1)[0] for ln in _lines(_jionlp_zip("chinese_word_dictionary"))}
    common = frozenset(w for w in words if 2 <= len(w) <= 4)
    idioms = {ln.split("\t", 1)[0] for ln in _lines(_jionlp_zip("chinese_idiom"))}
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
    return f"{FORMAT}:{importlib.metadata.version('jionlp')}"


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
    except OSError:
        pass  # a read-only cache only costs the rebuild next time
    return lex
