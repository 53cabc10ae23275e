"""One recognised place mention and how it relates to others in the division tree."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from viewer.facts.place_lexicon import COUNTY, Lexicon

TOWN, VILLAGE = 3, 4


@dataclass(slots=True)
class Mention:
    """A span of the simplified copy naming a place.

    `region` is the region id (the county for towns and villages; -1 when the data cannot
    say which one), `town` a town id or -1. `short` marks a short form (壶关 for 壶关县);
    `tentative` a short form still waiting for evidence that it means the place.
    """

    start: int
    end: int
    level: int
    region: int
    name: str
    town: int = -1
    form: str = ""
    short: bool = False
    tentative: bool = False

    @property
    def resolved(self) -> bool:
        return self.region >= 0


def lineage(lex: Lexicon, rid: int) -> tuple[int, int, int]:
    """(province, city, county) ids of a region, -1 where not applicable."""
    if rid < 0:
        return (-1, -1, -1)
    _, _, _, level, prov, city = lex.regions[rid]
    return (prov, city, rid if level == COUNTY else -1)


def related(lex: Lexicon, a: int, b: int) -> int:
    """3 same place, 2 one contains the other or both share a prefecture, 1 same province."""
    if a < 0 or b < 0:
        return 0
    if a == b:
        return 3
    pa, pb = lineage(lex, a), lineage(lex, b)
    if a in pb or b in pa:
        return 2
    if pa[1] >= 0 and pa[1] == pb[1]:
        return 2
    return 1 if pa[0] == pb[0] else 0


def contains(lex: Lexicon, outer: int, inner: int) -> bool:
    """Whether region `inner` lies within (or is) region `outer`."""
    return outer >= 0 and (outer == inner or outer in lineage(lex, inner))


def fields(lex: Lexicon, m: Mention) -> dict[str, Any]:
    """The JSON fields of a place fact: simplified official names and the best adcode."""
    if not m.resolved:
        county = m.name if m.level == COUNTY else None
        return {"province": None, "city": None, "county": county, "adcode": None}
    prov, city, county = lineage(lex, m.region)
    name = lambda rid: lex.regions[rid][0] if rid >= 0 else None  # noqa: E731
    return {
        "province": name(prov),
        "city": name(city),
        "county": name(county),
        "adcode": lex.regions[m.region][2],
    }
