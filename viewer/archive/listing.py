"""The article list's order, read a page at a time by key (never by offset).

The list is ordered by (published, id), newest first by default, with undated articles
after the dated ones going down (SQLite sorts NULL lowest). That is exactly the order of
the listing indexes (`articles_by_date`, and `articles_by_source` / `_province` / `_year`
behind an equality filter), so a page is a range read from an index: the first page of
100,000 articles costs what the last does, and no query reads every id.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Key = tuple[str | None, str]  # (published, id) of a row: where the next page starts

_DATED = "published IS NOT NULL"
_UNDATED = "published IS NULL"


def _segments(descending: bool) -> list[bool]:
    """The two runs of the order, as `dated` flags: dated then undated going down."""
    return [True, False] if descending else [False, True]


def _after(dated: bool, key: Key, descending: bool) -> tuple[str, list[Any]]:
    """Rows of one run that come after `key` in the order."""
    op = "<" if descending else ">"
    if dated:
        return f"(published, id) {op} (?, ?)", [key[0], key[1]]
    return f"id {op} ?", [key[1]]


def page(
    db: Any,
    where: Sequence[str],
    params: Sequence[Any],
    descending: bool = True,
    after: Key | None = None,
    limit: int | None = None,
) -> list[Key]:
    """Up to `limit` keys (all with None) after `after`, in list order."""
    order = "DESC" if descending else "ASC"
    runs = _segments(descending)
    if after is not None:
        runs = runs[runs.index(after[0] is not None) :]
    out: list[Key] = []
    for n, dated in enumerate(runs):
        terms, args = [*where, _DATED if dated else _UNDATED], list(params)
        if after is not None and n == 0:
            cond, cargs = _after(dated, after, descending)
            terms.append(cond)
            args += cargs
        sql = (
            f"SELECT published, id FROM articles WHERE {' AND '.join(terms)} "
            f"ORDER BY {'published ' + order + ', ' if dated else ''}id {order}"
        )
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit - len(out))
        out += [(r[0], r[1]) for r in db.execute(sql, args)]
        if limit is not None and len(out) >= limit:
            break
    return out


def position(
    db: Any, aid: str, where: Sequence[str], params: Sequence[Any], descending: bool = True
) -> int | None:
    """The row of article `aid` in the list (None when the filters leave it out), counted
    on the index: the rows of the runs before its own, then those before it in its run."""
    found = db.execute(
        f"SELECT published FROM articles WHERE {' AND '.join([*where, 'id = ?'])}",
        [*params, aid],
    ).fetchone()
    if found is None:
        return None
    key: Key = (found[0], aid)
    before = 0
    for dated in _segments(descending):
        terms, args = [*where, _DATED if dated else _UNDATED], list(params)
        if dated == (key[0] is not None):
            # in its own run: rows after it going the other way are rows before it
            cond, cargs = _after(dated, key, not descending)
            terms.append(cond)
            args += cargs
        sql = f"SELECT count(*) FROM articles WHERE {' AND '.join(terms)}"
        before += db.execute(sql, args).fetchone()[0]
        if dated == (key[0] is not None):
            break
    return before
