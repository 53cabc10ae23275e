"""Who helps or pairs with whom: one fact per distinct pair, at the level the text pairs it.

Parties come from the place mentions and the organizations (plus universities, hospitals and
companies found here by suffix); sentence patterns propose pairs; folding then applies the
conventions: a bureau, school or hospital of a jurisdiction paired with a place stands for its
jurisdiction (滨江社发局 -> 滨江区), an institution paired with an institution stays itself
(市二医 -> 罗甸县中医院), and a wider region is dropped when the text pairs a narrower one
inside it with the same partner (安康市 beside 石泉县).
"""

from __future__ import annotations

from viewer.facts.pairing_parties import Party, find_parties
from viewer.facts.pairing_patterns import RawPair, Reader
from viewer.facts.place_lexicon import FOLD, Lexicon, load
from viewer.facts.place_mention import contains
from viewer.facts.places import place_mentions
from viewer.model import Fact

Side = tuple[str, int, bool]  # canonical name, region id (-1 none), is a jurisdiction


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
            {"a": a[0], "b": b[0], "relation": p.relation},
        )
        for a, b, p in _fold(lex, raw)
    ]


def _side(lex: Lexicon, p: Party, other: Party) -> Side:
    if p.is_place:
        return (p.name, p.region, True)
    if p.home >= 0 and (p.body or other.is_place or other.body):
        return (lex.regions[p.home][0], p.home, True)
    return (p.name, -1, False)


def _fold(lex: Lexicon, raw: list[RawPair]) -> list[tuple[Side, Side, RawPair]]:
    pairs: list[tuple[Side, Side, RawPair]] = []
    seen: set[frozenset[str]] = set()
    for rp in raw:
        a, b = _side(lex, rp.a, rp.b), _side(lex, rp.b, rp.a)
        if a[0] == b[0] or _nested(lex, a, b):
            continue
        key = frozenset((a[0], b[0]))
        if key in seen:
            continue
        seen.add(key)
        pairs.append((a, b, rp))
    return [p for p in pairs if not _wider_duplicate(lex, p, pairs)]


def _nested(lex: Lexicon, a: Side, b: Side) -> bool:
    """A region paired with a place inside it is not a pairing (罗甸县 and its 沫阳镇)."""
    return a[2] and b[2] and (contains(lex, a[1], b[1]) or contains(lex, b[1], a[1]))


def _wider_duplicate(lex: Lexicon, pair, pairs) -> bool:
    """(X, 安康市) beside (X, 石泉县): the text pairs the county; the city adds nothing."""
    a, b, _ = pair
    for c, d, _ in pairs:
        for mine, partner in ((a, b), (b, a)):
            for theirs, their_partner in ((c, d), (d, c)):
                if partner[0] != their_partner[0] or mine[0] == theirs[0]:
                    continue
                if mine[2] and theirs[2] and contains(lex, mine[1], theirs[1]):
                    return True
    return False
