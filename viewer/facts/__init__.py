"""Facts with exact spans in a cleaned body: figures, money, dates, places, names, pairings.

`extract_facts` runs every extractor on one simplified copy of the body and merges their
results under three guarantees: `body[start:end] == text` for every fact, reading order
(start, then kind order), and no span reported twice for a kind. Numeric kinds compete for
the same characters: money wins over a quantity, a date is never a quantity, and neither is a
numeral inside a place name (三门峡). Dictionaries (OpenCC, the measure words, the place
data) load on first use, never at import.
"""

from __future__ import annotations

from viewer.facts import entities, pairings, places
from viewer.facts.dates import find_dates
from viewer.facts.money import find_money
from viewer.facts.normalize import simplified_copy
from viewer.facts.quantities import find_quantities
from viewer.facts.spans import SpanIndex
from viewer.model import FACT_KINDS, Fact

__all__ = ["extract_facts", "merge_facts"]

_KIND_ORDER = {kind: i for i, kind in enumerate(FACT_KINDS)}


def extract_facts(body: str, published: str | None = None) -> list[Fact]:
    """Every fact of `body` in reading order; `published` (YYYY[-MM[-DD]]) anchors years."""
    if not body:
        return []
    simplified = simplified_copy(body)
    money = find_money(body, simplified)
    dates = find_dates(body, simplified, published)
    quantities = find_quantities(body, simplified)
    found_places = places.find_places(body, simplified)
    organizations = entities.find_organizations(body, simplified, found_places)
    people = entities.find_people(body, simplified)
    pairs = pairings.find_pairings(body, simplified, found_places, organizations)
    return merge_facts(
        body, [*money, *dates, *quantities, *found_places, *organizations, *people, *pairs]
    )


def merge_facts(body: str, facts: list[Fact]) -> list[Fact]:
    """Facts that fit `body`, numeric overlaps resolved, each span once per kind, sorted."""
    fitting = [f for f in facts if 0 <= f.start <= f.end and body[f.start : f.end] == f.text]
    # A figure inside a place name (三门峡, 五家渠) is part of the name, not a count.
    claimed = SpanIndex((f.start, f.end) for f in fitting if f.kind in ("money", "date", "place"))
    money = SpanIndex((f.start, f.end) for f in fitting if f.kind == "money")
    seen: set[tuple[str, int, int]] = set()
    out: list[Fact] = []
    for fact in fitting:
        key = (fact.kind, fact.start, fact.end)
        if key in seen:
            continue
        if fact.kind == "quantity" and claimed.overlaps(fact.start, fact.end):
            continue
        if fact.kind == "date" and money.overlaps(fact.start, fact.end):
            continue
        seen.add(key)
        out.append(fact)
    out.sort(key=lambda f: (f.start, _KIND_ORDER[f.kind], f.end))
    return out
