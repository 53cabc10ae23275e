"""A full-text index over the facts' words, so that a text filter need not read every fact.

`facts_search` is a contentless FTS5 table, like `articles_search`: overlapping bigrams of the
folded fact text and of the string values in its data (names, subject, relation). Letter and
digit words are indexed with all their suffixes, so that a prefix query finds any part of a
word. Each entry's rowid is the fact's key packed into one integer (the article's `num`, then
`seq`): facts are a WITHOUT ROWID table. The index only narrows the candidates; the exact
test (the scan's `instr`) still decides, so results are the scan's whenever the index finds
every fact the scan would.

The table is optional: built by `ensure_overview_indexes` on writable archives and kept up
to date by the store only when it exists.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from viewer.archive.bigrams import _RUNS
from viewer.archive.fold import fold

TABLE = "facts_search"
CREATE_SQL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
    "words, content='', tokenize='unicode61 remove_diacritics 2')"
)
SEQ_BITS = 20  # facts per article stay far below 2**20


def fact_key(num: int, seq: int) -> int:
    return (num << SEQ_BITS) | seq


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _index_words(folded: str) -> list[str]:
    out: list[str] = []
    for m in _RUNS.finditer(folded):
        run = m.group(1)
        if run is None:
            word = m.group(2)
            out.extend(word[i:] for i in range(len(word)))
        elif len(run) == 1:
            out.append(run)
        else:
            out.extend(run[i : i + 2] for i in range(len(run) - 1))
    return out


def fact_words(text: str | None, data: str | None) -> str:
    """What the index holds for one fact (given back verbatim to delete it)."""
    parts = [text or ""]
    if data:
        try:
            parts += [s for s in _strings(json.loads(data)) if not s.isascii()]
        except ValueError:
            parts.append(data)
    return " ".join(w for p in parts for w in _index_words(fold(p)))


def match_expression(text: str) -> str | None:
    """An FTS5 query every fact containing `text` matches; None when the index cannot help
    (only single Chinese characters). Each token is a quoted run of word characters, so no
    user text can change the query's syntax."""
    items = []
    for m in _RUNS.finditer(fold(text.strip())):
        run = m.group(1)
        if run is None:
            items.append(f'"{m.group(2)}"*')
        elif len(run) > 1:
            items.append('"' + " ".join(run[i : i + 2] for i in range(len(run) - 1)) + '"')
    return " AND ".join(items) if items else None


def exists(db: Any) -> bool:
    row = db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [TABLE]).fetchone()
    return row is not None


def _entries(rows: Iterable[tuple[int, int, str, str | None]]) -> Iterator[tuple[int, str]]:
    for num, seq, text, data in rows:
        yield fact_key(num, seq), fact_words(text, data)


def fill(db: Any) -> bool:
    """Create and fill the index when missing (inside the caller's transaction)."""
    if exists(db):
        return False
    db.execute(CREATE_SQL)
    rows = db.execute(
        "SELECT a.num, f.seq, f.text, f.data FROM facts f JOIN articles a ON a.id = f.article_id"
    ).fetchall()
    db.executemany(f"INSERT INTO {TABLE}(rowid, words) VALUES (?, ?)", _entries(rows))
    return True


def add_facts(db: Any, num: int, facts: list[dict[str, Any]]) -> None:
    """Index one new article's facts (rows as `rows.fact_rows` makes them)."""
    rows = [(num, f["seq"], f["text"], f.get("data")) for f in facts]
    db.executemany(f"INSERT INTO {TABLE}(rowid, words) VALUES (?, ?)", _entries(rows))


def delete_facts(db: Any, num: int, aid: str) -> None:
    """Remove one article's facts from the index, before the facts themselves go."""
    rows = db.execute("SELECT seq, text, data FROM facts WHERE article_id = ?", [aid]).fetchall()
    db.executemany(
        f"INSERT INTO {TABLE}({TABLE}, rowid, words) VALUES ('delete', ?, ?)",
        _entries((num, *r) for r in rows),
    )
