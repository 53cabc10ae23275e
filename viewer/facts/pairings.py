"""Who helps or pairs with whom: one fact per distinct pair, at the level the text pairs it.

Parties come from the place mentions and the organizations (plus universities, hospitals and
companies found here by suffix); sentence patterns propose pairs; folding then applies the
conventions: a bureau, school or hospital of a jurisdiction paired with a place stands for its
jurisdiction (滨江社发局 -> 滨江区), an institution paired with an institution stays itself
(市二医 -> 罗甸县中医院), and a wider region is dropped when the text pairs a narrower one
inside it with the same partner (安康市 beside 石泉县).
"""

from __future__ import annotations

from typing import NamedTuple

from viewer.facts.pairing_parties import Party, find_parties
from viewer.facts.pairing_patterns import RawPair, Reader
from viewer.facts.place_lexicon import COUNTY, FOLD, Lexicon, load
from viewer.facts.place_mention import contains
from viewer.facts.places import place_mentions
from viewer.model import Fact


class Side(NamedTuple):
    """One side of a pair as reported: canonical name, region id (-1 none), whether it is a
    jurisdiction, whether that is a town or village, and an institution's seat region."""

    name: str
    region: int
    jurisdiction: bool
    local: bool = False
    seat: int = -1


def find_pairings(
    body: str, simplified: str, places: list[Fact], organizations: list[Fact]
) -> list[Fact]:
    """Pairing facts: `a`, `b` (simplified canonical names) and `relation`."""
    if len(body) != len(simplified):
        raise ValueError("the simplified copy must have the body's length")
    lex = load()
    text = simplified.translate(FOLD)
    mentions = place_mentions(simplified)
    orgs = [(f.start, f.end) for f in organizations]
    parties = find_parties(lex, text, mentions, orgs)
    raw = Reader(text, parties).run()
    return [
        Fact(
            "pairing",
            body[p.start : p.end],
            p.start,
            p.end,
            {"a": a.name, "b": b.name, "relation": p.relation},
        )
        for a, b, p in _fold(lex, raw)
    ]


def _side(lex: Lexicon, p: Party, other: Party) -> Side:
    if p.is_place:
        return Side(p.name, p.region, True, p.level > COUNTY)
    if p.home >= 0 and (p.body or other.is_place or other.body):
        return Side(lex.regions[p.home][0], p.home, True)
    return Side(p.name, -1, False, seat=p.seat)


def _fold(lex: Lexicon, raw: list[RawPair]) -> list[tuple[Side, Side, RawPair]]:
    pairs: list[tuple[Side, Side, RawPair]] = []
    seen: set[frozenset[str]] = set()
    for rp in raw:
        a, b = _side(lex, rp.a, rp.b), _side(lex, rp.b, rp.a)
        if a.name == b.name or _nested(lex, a, b):
            continue
        key = frozenset((a.name, b.name))
        if key in seen:
            continue
        seen.add(key)
        pairs.append((a, b, rp))
    pairs = [p for p in pairs if not _wider_duplicate(lex, p, pairs)]
    return [p for p in pairs if not _within_programme(lex, p, pairs)]


def _within_programme(lex: Lexicon, pair, pairs) -> bool:
    """江西师范大学 with 阿克陶县 beside 江西省 with 阿克陶县: an institution named after the
    partner jurisdiction acts within its programme and folds into that pair."""
    a, b, _ = pair
    for inst, partner in ((a, b), (b, a)):
        if inst.jurisdiction or inst.seat < 0 or not partner.jurisdiction:
            continue
        for c, d, _ in pairs:
            for mine, theirs in ((c, d), (d, c)):
                same = theirs.name == partner.name and mine.jurisdiction and not mine.local
                if same and contains(lex, mine.region, inst.seat):
                    return True
    return False


def _nested(lex: Lexicon, a: Side, b: Side) -> bool:
    """A region paired with a place inside it is not a pairing (罗甸县 and its 沫阳镇)."""
    if not (a.jurisdiction and b.jurisdiction):
        return False
    return contains(lex, a.region, b.region) or contains(lex, b.region, a.region)


def _wider_duplicate(lex: Lexicon, pair, pairs) -> bool:
    """(X, 安康市) beside (X, 石泉县): the text pairs the county; the city adds nothing. But
    (X, 长安镇) beside (X, 东莞市): a town acting within its city's pairing adds nothing."""
    a, b, _ = pair
    for c, d, _ in pairs:
        for mine, partner in ((a, b), (b, a)):
            for theirs, their_partner in ((c, d), (d, c)):
                if partner.name != their_partner.name or mine.name == theirs.name:
                    continue
                if not (mine.jurisdiction and theirs.jurisdiction):
                    continue
                if mine.local and not theirs.local and contains(lex, theirs.region, mine.region):
                    return True
                if (
                    not mine.local
                    and not theirs.local
                    and contains(lex, mine.region, theirs.region)
                ):
                    return True
    return False
