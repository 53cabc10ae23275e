"""Full-text search in either script, over overlapping bigrams of the folded text.

A query is folded (t2s), split on spaces into terms, and each term becomes one FTS5 phrase of
its bigrams, every token quoted: whatever the user typed (quotes, AND, *, parentheses, SQL) is
searched as text. Terms that are a single Chinese character cannot use the bigram index; they
are checked by a scan over the newest articles, bounded by SCAN_LIMIT. Results are ranked with
bm25 (title weighted above body); snippets are built only for the page returned.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from viewer.archive.bigrams import Token, compact, tokens
from viewer.archive.database import Database
from viewer.archive.fold import fold, variants
from viewer.archive.ranking import ranked
from viewer.archive.records import SearchHit
from viewer.archive.snippet import make_snippet, marks_in

SCAN_LIMIT = 2000
MAX_QUERY_CHARS = 200


@dataclass
class Query:
    phrases: list[str] = field(default_factory=list)  # FTS5 phrases, ANDed
    chars: list[str] = field(default_factory=list)  # single characters to check by scan
    needles: list[str] = field(default_factory=list)  # folded terms to mark in snippets
    scoring: list[str] = field(default_factory=list)  # the phrases' tokens, for bm25


def _phrase(toks: list[Token]) -> str | None:
    """One quoted FTS5 phrase; a lone character at the edge of a longer term cannot be
    matched exactly against bigrams, so it becomes a prefix (at the end) or is left out."""
    prefix = False
    if len(toks) > 1 and toks[0].lone:
        toks = toks[1:]
    if len(toks) > 1 and toks[-1].lone:
        prefix = True
    if not toks:
        return None
    return '"' + " ".join(t.text.replace('"', "") for t in toks) + '"' + ("*" if prefix else "")


def parse(query: str) -> Query:
    out = Query()
    for term in fold(query[:MAX_QUERY_CHARS]).split():
        toks = tokens(term)
        if not toks:
            continue
        out.needles.append(compact(term))
        if len(toks) == 1 and toks[0].lone:
            out.chars.append(toks[0].text)
            continue
        phrase = _phrase(toks)
        if phrase:
            out.phrases.append(phrase)
            out.scoring += [f'"{t.text}"' for t in toks if not t.lone or len(toks) == 1]
    return out


def filters(
    source: str | None, province: str | None, year: int | None, alias: str = "a"
) -> tuple[str, list[Any]]:
    where, params = [], []
    for col, value in (("source", source), ("province", province), ("year", year)):
        if value is not None:
            where.append(f"{alias}.{col} = ?")
            params.append(value)
    return " AND ".join(where), params


def _char_condition(chars: list[str], alias: str = "a") -> tuple[str, list[Any]]:
    """Each single character, in any of its written forms, in the title or the body."""
    where, params = [], []
    for ch in chars:
        forms = variants(ch)
        ors = []
        for form in forms:
            ors.append(f"instr({alias}.title, ?) > 0 OR instr({alias}.body, ?) > 0")
            params += [form, form]
        where.append("(" + " OR ".join(ors) + ")")
    return " AND ".join(where), params


def _scanned_nums(
    db: Database,
    q: Query,
    source: str | None,
    province: str | None,
    year: int | None,
    limit: int,
    offset: int,
) -> list[int]:
    """Newest first among the newest SCAN_LIMIT articles that pass the filters."""
    where, params = filters(source, province, year)
    cond, cparams = _char_condition(q.chars)
    sql = (
        "SELECT num FROM (SELECT a.num, a.published, a.title, a.body FROM articles AS a "
        f"{'WHERE ' + where if where else ''} "
        "ORDER BY a.published DESC, a.num DESC LIMIT ?) AS a "
        f"WHERE {cond} ORDER BY a.published DESC, a.num DESC LIMIT ? OFFSET ?"
    )
    return [r[0] for r in db.execute(sql, [*params, SCAN_LIMIT, *cparams, limit, offset])]


def search(
    db: Database,
    query: str,
    source: str | None = None,
    province: str | None = None,
    year: int | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[SearchHit]:
    q = parse(query or "")
    if (not q.phrases and not q.chars) or limit <= 0:
        return []
    offset = max(offset, 0)
    if not q.phrases:
        return _hits(db, _scanned_nums(db, q, source, province, year, limit, offset), q.needles)
    where, params = filters(source, province, year)
    if q.chars:
        cond, cparams = _char_condition(q.chars)
        where = f"{where} AND {cond}" if where else cond
        params = params + cparams
    nums = ranked(db, " ".join(q.phrases), " ".join(q.scoring), where, params, limit, offset)
    return _hits(db, nums, q.needles)


def _hits(db: Database, nums: list[int], needles: list[str]) -> list[SearchHit]:
    hits = []
    for num in nums:
        row = db.execute(
            "SELECT id, title, published, source, script, body FROM articles WHERE num = ?", [num]
        ).fetchone()
        if row is None:
            continue
        aid, title, published, source, script, body = row
        snippet, marks = make_snippet(body, needles)
        hits.append(
            SearchHit(
                aid,
                title,
                published,
                source,
                snippet,
                marks,
                script or "hans",
                marks_in(title or "", needles),
            )
        )
    return hits
