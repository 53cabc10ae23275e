"""Administrative places resolved to province, city, county and adcode.

Matching runs on the same-length simplified copy (look-alike radicals folded once more here),
so every span found there is the same span of the body. The lexicon loads on the first call.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from viewer.facts.place_lexicon import FOLD, load
from viewer.facts.place_local import find_local
from viewer.facts.place_mention import Mention, fields
from viewer.facts.place_regions import find_regions, settle
from viewer.model import Fact


@lru_cache(maxsize=8)
def place_mentions(simplified: str) -> tuple[Mention, ...]:
    """Every place mention in reading order, short forms included (pairings use them)."""
    lex = load()
    text = simplified.translate(FOLD)
    regions = find_regions(lex, text)
    local = find_local(lex, text, regions)
    mentions = sorted([*regions, *local], key=lambda m: m.start)
    # a short form swallowed by a town or village name (新城 in 新城西门村) is not a mention
    mentions = [m for m in mentions if not (m.tentative and _covered(m, local))]
    return tuple(settle(lex, mentions, text))


def _covered(m: Mention, local: list[Mention]) -> bool:
    # towns and villages never overlap one another: only the last one starting at or before
    # m can hold it
    i = bisect_right(local, m.start, key=lambda o: o.start) - 1
    return i >= 0 and m.end <= local[i].end


def find_place_mentions(body: str, simplified: str) -> list[Fact]:
    """A fact for every mention, short forms too (for highlighting every occurrence)."""
    lex = load()
    return [_fact(lex, body, m) for m in place_mentions(simplified)]


def find_places(body: str, simplified: str) -> list[Fact]:
    """Place facts with spans in `body`; `simplified` is a same-length simplified copy.

    A short form (壶关) is folded into the full name (壶关县) when the article also writes
    the full name: the place is listed once under its full name, as the gold files expect.
    """
    if len(body) != len(simplified):
        raise ValueError("the simplified copy must have the body's length")
    lex = load()
    mentions = place_mentions(simplified)
    full = {m.region for m in mentions if not m.short and m.resolved}
    return [_fact(lex, body, m) for m in mentions if not (m.short and m.region in full)]


def _fact(lex, body: str, m: Mention) -> Fact:
    return Fact("place", body[m.start : m.end], m.start, m.end, fields(lex, m))
