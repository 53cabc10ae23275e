"""Who helps or pairs with whom: one fact per distinct pair, at the level the text pairs it.

Parties come from the place mentions and the organizations (plus universities, hospitals and
companies found here by suffix); sentence patterns propose pairs; folding then applies the
conventions: a bureau, school or hospital of a jurisdiction paired with a place stands for its
jurisdiction (滨江社发局 -> 滨江区), an institution paired with an institution stays itself
(市二医 -> 罗甸县中医院), and a wider region is dropped when the text pairs a narrower one
inside it with the same partner (安康市 beside 石泉县), unless a help verb or a grant names
the wider region itself (广东省支援林芝市 beside 广东省对口支援巴宜区).
"""

from __future__ import annotations

from typing import NamedTuple

from viewer.facts.pairing_direction import helper_first, where
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


Pairing = tuple[Side, Side, RawPair, bool]  # helper, helped (or reading order), directed


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
            {"a": a.name, "b": b.name, "relation": p.relation, "directed": directed},
        )
        for a, b, p, directed in _fold(lex, text, raw)
    ]


def _oriented(lex: Lexicon, text: str, rp: RawPair, a: Side, b: Side) -> tuple[Side, Side, bool]:
    """(helper, helped, True) when the text or the relation says who helps; otherwise the two
    sides in reading order and False."""
    sides = (
        where(lex, rp.a, a.region, a.jurisdiction, a.seat),
        where(lex, rp.b, b.region, b.jurisdiction, b.seat),
    )
    statement = text[rp.start : rp.end]
    first = helper_first(text, (rp.a, rp.b), sides, rp.relation, statement, rp.verb)
    if first is None:
        return (a, b, False) if rp.a.start <= rp.b.start else (b, a, False)
    return (a, b, True) if first else (b, a, True)


def _side(lex: Lexicon, p: Party, other: Party) -> Side:
    if p.is_place:
        return Side(p.name, p.region, True, p.level > COUNTY)
    if p.home >= 0 and (p.body or other.is_place or other.body):
        return Side(lex.regions[p.home][0], p.home, True)
    return Side(p.name, -1, False, seat=p.seat)


def _fold(lex: Lexicon, text: str, raw: list[RawPair]) -> list[Pairing]:
    """One entry per unordered pair, spanning its first statement; when only a later
    statement says who helps, the entry takes that direction."""
    pairs: list[Pairing] = []
    seen: dict[frozenset[str], int] = {}
    stated: set[tuple[str, str]] = set()  # (side, partner): the statement names the side
    for rp in raw:
        a, b = _side(lex, rp.a, rp.b), _side(lex, rp.b, rp.a)
        if a.name == b.name or _nested(lex, a, b):
            continue
        if rp.stated and rp.b.is_place:
            stated.add((b.name, a.name))
        if rp.stated and rp.a.is_place and rp.start <= rp.a.start < rp.end:
            stated.add((a.name, b.name))  # the helper is written in the statement itself
        a, b, directed = _oriented(lex, text, rp, a, b)
        key = frozenset((a.name, b.name))
        if key in seen:
            first = pairs[seen[key]]
            if directed and not first[3]:
                pairs[seen[key]] = (a, b, first[2], True)
            continue
        seen[key] = len(pairs)
        pairs.append((a, b, rp, directed))
    pairs = [p for p in pairs if not _wider_duplicate(lex, p, pairs, stated)]
    return [p for p in pairs if not _within_programme(lex, p, pairs)]


def _within_programme(lex: Lexicon, pair, pairs) -> bool:
    """江西师范大学 with 阿克陶县 beside 江西省 with 阿克陶县: an institution named after the
    partner jurisdiction acts within its programme and folds into that pair; so does an
    institution of the helped county paired with the county's university or jurisdiction."""
    a, b = pair[0], pair[1]
    for inst, partner in ((a, b), (b, a)):
        if inst.jurisdiction or inst.seat < 0 or not _programme_party(partner):
            continue
        for c, d, *_ in pairs:
            for mine, theirs in ((c, d), (d, c)):
                same = theirs.name == partner.name and mine.jurisdiction and not mine.local
                if same and contains(lex, mine.region, inst.seat):
                    return True
    return False


def _programme_party(side: Side) -> bool:
    """A jurisdiction or a university runs a programme whose partner county's schools and
    hospitals fold into the county (四川农业大学 with 昭觉县民族中学 beside 昭觉县)."""
    return side.jurisdiction or side.name.endswith(("大学", "学院"))


def _nested(lex: Lexicon, a: Side, b: Side) -> bool:
    """A region paired with a place inside it is not a pairing (罗甸县 and its 沫阳镇)."""
    if not (a.jurisdiction and b.jurisdiction):
        return False
    return contains(lex, a.region, b.region) or contains(lex, b.region, a.region)


def _wider_duplicate(lex: Lexicon, pair, pairs, stated: set[tuple[str, str]]) -> bool:
    """(X, 安康市) beside (X, 石泉县): the text pairs the county; the city adds nothing. But
    (X, 长安镇) beside (X, 东莞市): a town acting within its city's pairing adds nothing.
    A region that is itself the object of the help (X 支援安康市) is kept."""
    a, b = pair[0], pair[1]
    for c, d, *_ in pairs:
        for mine, partner in ((a, b), (b, a)):
            if (mine.name, partner.name) in stated:
                continue
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
