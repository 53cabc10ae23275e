"""Scoring extracted facts against the gold files, with the matching rules of tests/gold/README.

Strings are compared after NFKC, traditional-to-simplified conversion and whitespace removal.
Quantities match by value and unit (a gold unit of null matches any unit) as a multiset, and
predictions matching a `quantities_optional` entry count neither way; money matches by yuan;
dates by text, a prediction containing or contained in the gold text (4+ characters) also
matching; places, organizations and people by name, a shorter or longer form (at least half
as long) also matching; pairings as unordered pairs under the same name rule.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from viewer.script import converter

KINDS = ("quantities", "money", "dates", "places", "organizations", "people", "pairings")
PRED_KIND = {
    "quantity": "quantities", "money": "money", "date": "dates", "place": "places",
    "organization": "organizations", "person": "people", "pairing": "pairings",
}  # fmt: skip
_WS = re.compile(r"\s+")

Counts = tuple[int, int, int]  # hits, gold entries, predictions


def norm(value: Any) -> str:
    text = unicodedata.normalize("NFKC", str(value or ""))
    return _WS.sub("", converter("t2s").convert(text))


def contains_match(a: str, b: str) -> bool:
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 2 and short in long_ and len(short) / len(long_) >= 0.5


def _num(value: Any) -> float | None:
    try:
        return round(float(value), 2)
    except (TypeError, ValueError):
        return None


def _greedy(gold: list, pred: list, eq: Callable[[Any, Any], bool]) -> int:
    used = [False] * len(pred)
    hits = 0
    for g in gold:
        for i, p in enumerate(pred):
            if not used[i] and eq(g, p):
                used[i] = True
                hits += 1
                break
    return hits


def _quantities(gold: Mapping[str, Any], preds: list[Mapping[str, Any]]) -> Counts:
    def key(q: Mapping[str, Any]) -> tuple[float | None, str | None]:
        return _num(q.get("value")), norm(q["unit"]) if q.get("unit") else None

    required = [key(q) for q in gold.get("quantities", [])]
    optional = [key(q) for q in gold.get("quantities_optional", [])]
    pred = [(_num(f.get("value")), norm(f.get("unit"))) for f in preds]

    def eq(g: tuple, p: tuple) -> bool:
        return g[0] == p[0] and (g[1] is None or g[1] == p[1])

    used = [False] * len(pred)
    hits = 0
    for g in required:
        for i, p in enumerate(pred):
            if not used[i] and eq(g, p):
                used[i] = True
                hits += 1
                break
    opt_used = [False] * len(optional)
    n_pred = 0
    for i, p in enumerate(pred):
        if used[i]:
            n_pred += 1
            continue
        j = next((j for j, g in enumerate(optional) if not opt_used[j] and eq(g, p)), None)
        if j is None:
            n_pred += 1
        else:
            opt_used[j] = True
    return hits, len(required), n_pred


def score_document(gold: Mapping[str, Any], facts: Iterable[Mapping[str, Any]]) -> dict:
    """{kind: (hits, gold entries, predictions)} for one document's facts (JSON form)."""
    by: dict[str, list[Mapping[str, Any]]] = {k: [] for k in KINDS}
    for f in facts:
        kind = PRED_KIND.get(f.get("kind", ""))
        if kind:
            by[kind].append(f)
    res: dict[str, Counts] = {"quantities": _quantities(gold, by["quantities"])}
    gm = [_num(m["yuan"]) for m in gold.get("money", [])]
    pm = [_num(f.get("yuan")) for f in by["money"]]
    res["money"] = (sum((Counter(gm) & Counter(pm)).values()), len(gm), len(pm))
    gd = [norm(d["text"]) for d in gold.get("dates", [])]
    pd = list(dict.fromkeys(norm(f.get("text")) for f in by["dates"]))
    res["dates"] = (
        _greedy(gd, pd, lambda a, b: a == b or (len(a) >= 4 and (a in b or b in a))),
        len(gd),
        len(pd),
    )
    for k in ("places", "organizations", "people"):
        g = list(dict.fromkeys(norm(x["text"] if isinstance(x, dict) else x) for x in gold[k]))
        p = list(dict.fromkeys(norm(f.get("text")) for f in by[k]))
        if k == "people":  # byline names may be reported without being required
            byline = [norm(a) for a in gold.get("authors", [])]
            p = [
                x
                for x in p
                if any(contains_match(x, y) for y in g)
                or not any(contains_match(x, a) for a in byline)
            ]
        res[k] = (_greedy(g, p, contains_match), len(g), len(p))
    gp = [(x["a"], x["b"]) for x in gold.get("pairings", [])]
    pp = list(dict.fromkeys((f.get("a", ""), f.get("b", "")) for f in by["pairings"]))

    def pair_eq(g: tuple[str, str], p: tuple[str, str]) -> bool:
        return (contains_match(g[0], p[0]) and contains_match(g[1], p[1])) or (
            contains_match(g[0], p[1]) and contains_match(g[1], p[0])
        )

    res["pairings"] = (_greedy(gp, pp, pair_eq), len(gp), len(pp))
    return res


def f1(hits: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    """Precision, recall and F1 with the empty cases counted as perfect."""
    precision = hits / n_pred if n_pred else (1.0 if n_gold == 0 else 0.0)
    recall = hits / n_gold if n_gold else 1.0
    f = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f
