"""Ranking the matches of a query with a bounded cost.

bm25 over every match of a very common term costs 120-200 ms at 100,000 articles, and bm25
of a multi-token phrase adds a full scan to count the phrase's documents. So matching and
scoring are split:

1. matches: the phrase query, newest first (highest rowid), at most WINDOW of them (or
   offset + limit when paging deeper), with the filters applied. This is cheap: no scoring.
2. scores: bm25 of the same tokens as a plain AND query (no phrase, so no extra scan),
   restricted to the rowid range of those matches and to SCORE_CAP rows newest first.
3. the matches are sorted by score (an unscored match ranks after the scored ones, newest
   first) and the page is cut.

Ranking is therefore exact for any query with at most WINDOW matches; a more common query
ranks its WINDOW most recently added matches.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from viewer.archive.database import Database

WINDOW = 1000
SCORE_CAP = 5000
TITLE_WEIGHT = 5.0


def _fts_error(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "fts5" in text or "syntax" in text


def ranked(
    db: Database,
    match: str,
    scoring: str,
    where: str,
    params: list[Any],
    limit: int,
    offset: int,
) -> list[int]:
    """Rowids of the page, best first; a query FTS5 cannot parse matches nothing."""
    window = max(WINDOW, offset + limit)
    scoring = scoring or match
    conds = " AND ".join(["articles_search MATCH ?"] + ([where] if where else []))
    try:
        matches = [
            r[0]
            for r in db.execute(
                "SELECT s.rowid FROM articles_search AS s JOIN articles AS a ON a.num = s.rowid "
                f"WHERE {conds} ORDER BY s.rowid DESC LIMIT ?",
                [match, *params, window],
            )
        ]
        if len(matches) <= 1:
            return matches[offset : offset + limit]
        scores = dict(
            db.execute(
                f"SELECT rowid, bm25(articles_search, {TITLE_WEIGHT}, 1.0) FROM articles_search "
                "WHERE articles_search MATCH ? AND rowid BETWEEN ? AND ? "
                "ORDER BY rowid DESC LIMIT ?",
                [scoring, matches[-1], matches[0], SCORE_CAP],
            )
        )
    except sqlite3.OperationalError as exc:
        if _fts_error(exc):
            return []
        raise
    order = sorted(range(len(matches)), key=lambda i: (scores.get(matches[i], float("inf")), i))
    return [matches[i] for i in order[offset : offset + limit]]
