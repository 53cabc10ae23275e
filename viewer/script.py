"""Script conversion with OpenCC, keeping fact spans on the same words.

Converters are built on first use and cached: t2s costs about 3 ms and 2 MiB, s2t 45 ms
and 25 MiB (its phrase dictionary). The Taiwan and Hong Kong modes are s2t followed by the
small t2tw / t2hk variant dictionaries (1-6 ms, under 1 MiB each) rather than OpenCC's own
s2tw / s2hk, which rebuild the same phrase dictionary twice more (40-90 ms and 14-40 MiB
each) for the same output. `warm()` builds the expensive one ahead of need, after the
first paint. Conversion always starts from the stored original. Phrase configs (s2twp) change the
length of words, so text with spans is converted segment by segment: every span boundary
and every clause end is a segment boundary, and the offsets of each segment before and after
conversion are kept in a `SpanMap`. Qt counts UTF-16 units where Python counts code points;
`Utf16Index` translates between them.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from viewer.model import Script
from viewer.script_tables import DIRECTION, VARIANTS

_CHAINS: dict[Script, tuple[str, ...]] = {
    Script.HANS: ("t2s",),
    Script.HANT: ("s2t",),
    Script.TW: ("s2t", "t2tw"),
    Script.HK: ("s2t", "t2hk"),
}
_PHRASE_CHAINS: dict[Script, tuple[str, ...]] = {Script.TW: ("s2twp",)}
# Taiwan and Hong Kong readers expect corner brackets; one character each, so lengths hold.
_CORNER_QUOTES = str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"})
_CORNER_MODES = (Script.TW, Script.HK)
# No OpenCC phrase spans clause punctuation or a line break, so cutting there is free.
_CLAUSE_END = re.compile(r"(?<=[。，、；：！？\n])")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")

_converters: dict[str, Any] = {}
_lock = threading.Lock()


def chain_for(mode: Script, phrases: bool = False) -> tuple[str, ...]:
    """The OpenCC configs a mode applies, in order; none for the original."""
    mode = Script(mode)
    if phrases and mode in _PHRASE_CHAINS:
        return _PHRASE_CHAINS[mode]
    return _CHAINS.get(mode, ())


def converter(config: str) -> Any:
    """The cached converter for an OpenCC config, built on first use (thread-safe)."""
    conv = _converters.get(config)
    if conv is None:
        with _lock:
            conv = _converters.get(config)
            if conv is None:
                # Imported here: start-up never pays for OpenCC.
                from viewer.script_protect import display_converter

                conv = display_converter(config)
                _converters[config] = conv
    return conv


def is_built(mode: Script, phrases: bool = False) -> bool:
    """Whether converting to `mode` needs no converter to be built first."""
    return all(config in _converters for config in chain_for(mode, phrases))


def warm(modes: Iterable[Script] = (Script.HANT, Script.HANS)) -> None:
    """Build the converters `modes` need now, so that the first toggle to them is quick:
    each mode's chain and the names converter of its direction (protected names)."""
    from viewer.script_protect import names_converter

    for mode in modes:
        for config in chain_for(mode):
            converter(config)
        if mode in DIRECTION:
            names_converter(DIRECTION[mode])


def convert(text: str, mode: Script, phrases: bool = False) -> str:
    """`text` (the stored original) shown in `mode`; the original mode returns it unchanged."""
    chain = chain_for(mode, phrases)
    if not chain or not text:
        return text
    out = text
    for config in chain:
        out = converter(config).convert(out)
    if mode in _CORNER_MODES:
        out = out.translate(_CORNER_QUOTES)
    return out


@dataclass(frozen=True, slots=True)
class SpanMap:
    """Segment offsets before (`orig`) and after (`conv`) conversion, both in code points.

    Inside a segment whose length did not change, offsets map one to one; inside one that
    changed, an offset snaps to the segment's start.
    """

    orig: tuple[int, ...]
    conv: tuple[int, ...]

    def to_converted(self, i: int) -> int:
        return _map(i, self.orig, self.conv)

    def to_original(self, j: int) -> int:
        return _map(j, self.conv, self.orig)


def _map(i: int, src: Sequence[int], dst: Sequence[int]) -> int:
    k = bisect_right(src, i) - 1
    if k < 0:
        return 0
    if k >= len(src) - 1:
        return dst[-1]
    if src[k + 1] - src[k] == dst[k + 1] - dst[k]:
        return dst[k] + (i - src[k])
    return dst[k]


def convert_with_map(
    text: str,
    mode: Script,
    phrases: bool = False,
    cuts: Iterable[int] = (),
    names: Sequence[str] = (),
) -> tuple[str, SpanMap]:
    """Convert `text` in segments cut at `cuts` (span boundaries) and at clause ends.

    Each occurrence of one of `names` (longest first) is one segment, converted by the
    article's converter; a cut inside it is dropped, since a protected form has the name's
    length and offsets inside it map one to one.
    """
    if not chain_for(mode, phrases):
        return text, SpanMap((0, len(text)), (0, len(text)))
    bounds = {0, len(text)}
    bounds.update(m.start() for m in _CLAUSE_END.finditer(text))
    bounds.update(c for c in cuts if 0 <= c <= len(text))
    protected: dict[int, int] = {}
    article = None
    if names:
        from viewer.script_protect import article_converter, occurrences

        article = article_converter(names, DIRECTION[Script(mode)])
        kept = [n for n in names if n in article.forms]
        for a, b in occurrences(text, kept):
            protected[a] = b
            bounds.difference_update(range(a + 1, b))
            bounds.update((a, b))
    edges = sorted(bounds)
    pieces: list[str] = []
    conv_edges = [0]
    for a, b in pairwise(edges):
        if article is not None and protected.get(a) == b:
            piece = _convert_name(article, text[a:b], mode)
        else:
            piece = convert(text[a:b], mode, phrases)
        pieces.append(piece)
        conv_edges.append(conv_edges[-1] + len(piece))
    return "".join(pieces), SpanMap(tuple(edges), tuple(conv_edges))


def _convert_name(article: Any, name: str, mode: Script) -> str:
    """A name through the article's converter, then the mode's variant step (臺, 着)."""
    out = article.convert(name)
    variant = VARIANTS.get(Script(mode))
    return converter(variant).convert(out) if variant else out


def names_in(facts: Iterable[Any]) -> tuple[str, ...]:
    """The people, organizations and places among facts that conversion protects."""
    from viewer.script_protect import names_of

    return names_of(facts)


def convert_spans(
    text: str, spans: Sequence[tuple[int, int]], mode: Script, phrases: bool = False
) -> tuple[str, list[tuple[int, int]]]:
    """Converted text and each span moved onto the same words in it."""
    cuts = [x for span in spans for x in span]
    out, smap = convert_with_map(text, mode, phrases, cuts)
    return out, [(smap.to_converted(a), smap.to_converted(b)) for a, b in spans]


class Utf16Index:
    """Code-point offsets <-> UTF-16 offsets for one text (Qt positions count UTF-16 units)."""

    __slots__ = ("_astral", "_astral16")

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # UTF-16 offset of each astral character's first unit.
        self._astral16 = [p + k for k, p in enumerate(self._astral)]

    def to_utf16(self, i: int) -> int:
        return i + bisect_left(self._astral, i) if self._astral else i

    def to_codepoint(self, u: int) -> int:
        """The code point at or before UTF-16 offset `u` (the middle of a pair snaps back)."""
        if not self._astral:
            return u
        k = bisect_right(self._astral16, u - 1)
        # k astral characters start before u; a unit right after one's first unit is inside it.
        if k and self._astral16[k - 1] == u - 1:
            return self._astral[k - 1]
        return u - k


def utf16_len(text: str) -> int:
    """Length of `text` in UTF-16 units."""
    return len(text) + len(_ASTRAL.findall(text))
