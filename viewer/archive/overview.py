"""Archive-wide overview: every number the overview shows, computed by SQL.

`Overview(archive)` answers four questions: the facts of the whole archive (filtered, sorted
and paged by key, never by offset), the pairings (who helps whom, how many articles say so,
first and last date), articles and facts per province / prefecture / county, and articles and
dated facts per month. No Qt here. The indexes that keep these queries fast at 100,000
articles are added by `ensure_overview_indexes`, idempotently and without a schema change; a
read-only archive simply goes without them.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from viewer.archive import fact_search, schema
from viewer.archive.fold import fold
from viewer.archive.opening import connect, guarded
from viewer.model import Fact, Script
from viewer.script import convert

OVERVIEW_INDEXES = [
    "CREATE INDEX IF NOT EXISTS facts_overview_place "
    "ON facts(kind, province, city, county, article_id)",
    "CREATE INDEX IF NOT EXISTS facts_overview_pairing ON facts(kind, a, b, relation, article_id)",
    # the pairings whose text does not say who helps (see UNDIRECTED); `kind` and `data` are
    # in it so that it covers the query (SQLite reads no facts row for them)
    "CREATE INDEX IF NOT EXISTS facts_overview_undirected_pairs "
    "ON facts(a, b, relation, article_id, kind, data) "
    "WHERE kind = 'pairing' AND json_extract(data, '$.directed') = 0",
    "CREATE INDEX IF NOT EXISTS facts_overview_iso ON facts(kind, iso)",
    "CREATE INDEX IF NOT EXISTS facts_overview_unit ON facts(unit)",
    "CREATE INDEX IF NOT EXISTS facts_overview_text ON facts(text)",
    "CREATE INDEX IF NOT EXISTS facts_overview_value ON facts(coalesce(value, yuan))",
    "CREATE INDEX IF NOT EXISTS facts_overview_subject ON facts(json_extract(data, '$.subject'))",
    "CREATE INDEX IF NOT EXISTS facts_overview_own_place "
    "ON facts(province || ifnull(city, '') || ifnull(county, ''))",
    "CREATE INDEX IF NOT EXISTS articles_overview_title ON articles(title, id)",
    "CREATE INDEX IF NOT EXISTS articles_overview_dates ON articles(id, published)",
]
# Past this many matching facts, a page in an article order is found faster by walking the
# articles in that order than by sorting every match.
WALK_ABOVE = 2000
# Past this many facts found by the full-text index, the text filter scans instead (see
# `Overview._indexed`).
DENSE_TEXT = 2000

# Sortable columns: name -> the ORDER BY terms (f = facts, a = articles), chosen so that each
# order is an index's order (every facts index ends with the key article_id, seq), and a
# page is read from the index instead of sorting every fact. "place" sorts by the fact's own
# place (facts without one last going down).
_FACT_TAIL = ("f.article_id", "f.seq")
SORTS: dict[str, tuple[str, ...]] = {
    "kind": ("f.kind", *_FACT_TAIL),
    "text": ("f.text", *_FACT_TAIL),
    "value": ("coalesce(f.value, f.yuan)", *_FACT_TAIL),
    "unit": ("f.unit", *_FACT_TAIL),
    "subject": ("json_extract(f.data, '$.subject')", *_FACT_TAIL),
    "place": ("f.province || ifnull(f.city, '') || ifnull(f.county, '')", *_FACT_TAIL),
    "title": ("a.title", "a.id", "f.seq"),
    "source": ("a.source", "a.published", "a.id", "f.seq"),
    "date": ("a.published", "a.id", "f.seq"),
}
SORT_KEYS = tuple(SORTS)
LEVELS = ("province", "city", "county")
# The reader's list order (newest first, then by id: `viewer.archive.listing`), so that a
# click-through shows its articles as the list would.
LIST_ORDER = "a.published DESC, a.id DESC"


def _index_names(sqls: list[str]) -> set[str]:
    return {sql.split(" IF NOT EXISTS ")[1].split(" ")[0] for sql in sqls}


def needs_overview_indexes(archive: Any) -> bool:
    """Whether a writable archive still lacks some of the overview's indexes."""
    if archive.readonly:
        return False
    with guarded(archive.path):
        rows = archive.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        have = {r[0] for r in rows}
        if not fact_search.exists(archive.db):
            return True
    return not _index_names(OVERVIEW_INDEXES) <= have


def build_overview_indexes(path: Path | str) -> None:
    """Add the indexes through a connection of its own, so that it can run on a worker
    thread (about 15 s at 100,000 articles) while the app goes on reading the archive."""
    path = Path(path)
    conn = connect(path, readonly=False)
    try:
        with guarded(path):
            conn.execute("BEGIN IMMEDIATE")
            try:
                for sql in OVERVIEW_INDEXES:
                    conn.execute(sql)
                fact_search.fill(conn)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
    finally:
        conn.close()


def ensure_overview_indexes(archive: Any) -> bool:
    """Add the overview's indexes when missing; False when the archive is read-only."""
    if archive.readonly:
        return False
    with guarded(archive.path), schema.transaction(archive.db):
        for sql in OVERVIEW_INDEXES:
            archive.db.execute(sql)
        fact_search.fill(archive.db)
    return True


@dataclass(frozen=True, slots=True)
class FactFilter:
    """Facts to show: each field narrows. `province`, `source` and `year` are the article's
    (its main province, as in the reader's list); `text` is looked for in the fact's words
    and, in either script, in its names, subject and relation."""

    kind: str | None = None
    unit: str | None = None
    province: str | None = None
    source: str | None = None
    year: int | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class FactRow:
    """One fact with what the table shows of its article."""

    article_id: str
    seq: int
    fact: Fact
    title: str | None
    source: str | None
    published: str | None
    place: str  # the fact's own place, else its article's main place
    key: tuple[Any, ...] = field(default=(), compare=False)  # where the next page starts


# Pairing facts that carry `directed: false` (cooperation between equals, a and b in reading
# order); the same terms as the partial index, so that SQLite reads them from it.
UNDIRECTED = "f.kind = 'pairing' AND json_extract(f.data, '$.directed') = 0"
UNDIRECTED_BARE = "kind = 'pairing' AND json_extract(data, '$.directed') = 0"  # no alias
PAIRING = "f.kind = 'pairing'"


@dataclass(frozen=True, slots=True)
class Pairing:
    a: str  # the helping side (reading order when not directed)
    b: str  # the helped side
    relation: str
    articles: int
    first: str | None
    last: str | None
    # False when no article says who helps; facts stored before direction was known count
    # as directed, as they were shown
    directed: bool = True


@dataclass(frozen=True, slots=True)
class PlaceCount:
    province: str
    city: str | None
    county: str | None
    articles: int
    facts: int

    @property
    def name(self) -> str:
        return self.county or self.city or self.province


@dataclass(frozen=True, slots=True)
class MonthCount:
    month: str  # YYYY-MM
    articles: int
    dated_facts: int


def _variants(text: str) -> list[str]:
    """The query as it may be written in stored text: simplified and the traditional forms."""
    text = text.strip().encode("utf-8", "replace").decode("utf-8")  # lone surrogates: "?"
    simple = fold(text)
    forms = {text, simple}
    for mode in (Script.HANT, Script.TW, Script.HK):
        forms.add(convert(simple, mode))
    return sorted(f for f in forms if f)


def fact_where(
    flt: FactFilter, walk: bool = False, indexed: bool = False
) -> tuple[list[str], list[Any]]:
    """WHERE terms; `walk` keeps SQLite from using the facts' indexes for kind and unit
    (a unary +), so that it walks the articles in the order asked for. `indexed`: the facts'
    full-text index exists, and a text of 2+ characters first narrows to the articles it
    finds there (the exact test below still decides)."""
    where, params = [], []
    plus = "+" if walk else ""
    for expr, value in (
        (f"{plus}f.kind = ?", flt.kind),
        (f"{plus}f.unit = ?", flt.unit),
        ("a.source = ?", flt.source),
        ("a.year = ?", flt.year),
    ):
        if value is not None:
            where.append(expr)
            params.append(value)
    if flt.province is not None:
        where.append("a.province = ?")
        params.append(flt.province)
    if flt.text.strip():
        match = fact_search.match_expression(flt.text) if len(flt.text.strip()) > 1 else None
        if indexed and match is not None:
            where.append(
                "f.article_id IN (SELECT id FROM articles WHERE num IN (SELECT rowid >> "
                f"{fact_search.SEQ_BITS} FROM {fact_search.TABLE} "
                f"WHERE {fact_search.TABLE} MATCH ?))"
            )
            params.append(match)
        ors = []
        for form in _variants(flt.text):
            ors.append("instr(f.text, ?) > 0")
            params.append(form)
            if not form.isascii():  # names, subjects and relations live in `data`
                ors.append("instr(f.data, ?) > 0")
                params.append(form)
        where.append("(" + " OR ".join(ors) + ")")
    return where, params


def keyset(parts: Sequence[tuple[str, bool]], last: Sequence[Any]) -> tuple[str, list[Any]]:
    """Rows after `last` in ORDER BY `parts` ((expression, descending) each), NULL-safe.

    SQLite sorts NULL lowest: first going up, last going down.
    """
    ors, params = [], []
    for i, (expr, desc) in enumerate(parts):
        ands = []
        for prev, value in zip(parts[:i], last[:i], strict=True):
            ands.append(f"{prev[0]} IS ?")
            params.append(value)
        value = last[i]
        if value is None:
            if desc:
                continue  # nothing comes after NULL going down
            ands.append(f"{expr} IS NOT NULL")
        elif desc:
            ands.append(f"({expr} < ? OR {expr} IS NULL)")
            params.append(value)
        else:
            ands.append(f"{expr} > ?")
            params.append(value)
        ors.append("(" + " AND ".join(ands) + ")")
    return ("(" + " OR ".join(ors) + ")" if ors else "0"), params


def _place(fact_province: Any, fact_city: Any, county: Any, province: Any, city: Any) -> str:
    names: list[str] = []
    own = [fact_province, fact_city, county]
    for name in own if any(own) else [province, city]:
        if name and name not in names:
            names.append(name)
    return "".join(names)


class Overview:
    """Read-only queries over one open `Archive` (safe to call from a worker thread)."""

    PAGE = 200

    def __init__(self, archive: Any) -> None:
        self.archive = archive
        self.db = archive.db

    def _dates_hint(self) -> str:
        """Read the dates from the (id, published) index when there is one: SQLite would
        otherwise pick the unique index on id and read every article's row."""
        return self._hint("articles_overview_dates")

    def _hint(self, index: str) -> str:
        found = self._rows("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", [index])
        return f"INDEXED BY {index}" if found else ""

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        with guarded(self.archive.path):
            return list(self.db.execute(sql, list(params)).fetchall())

    # Facts table ------------------------------------------------------------------------
    def fact_choices(self) -> dict[str, list[tuple[Any, int]]]:
        """Values each filter offers, with their number of facts, most frequent first."""
        q = {
            "kind": "SELECT kind, count(*) n FROM facts GROUP BY kind",
            "unit": "SELECT unit, count(*) n FROM facts WHERE unit IS NOT NULL GROUP BY unit",
            "province": "SELECT province, count(*) n FROM articles "
            "WHERE province IS NOT NULL GROUP BY province",
            "source": "SELECT source, count(*) n FROM articles "
            "WHERE source IS NOT NULL GROUP BY source",
            "year": "SELECT year, count(*) n FROM articles WHERE year IS NOT NULL GROUP BY year",
        }
        return {k: self._rows(sql + " ORDER BY n DESC, 1") for k, sql in q.items()}

    def _indexed(self, flt: FactFilter) -> bool:
        """Whether the text is better found through the facts' full-text index: when it
        exists and the text is rare there (a common text is found sooner by the scan, which
        stops at the first page's rows, than by sorting every match)."""
        text = flt.text.strip()
        match = fact_search.match_expression(text) if len(text) > 1 else None
        if match is None:
            return False
        with guarded(self.archive.path):
            if not fact_search.exists(self.db):
                return False
            sql = (
                f"SELECT count(*) FROM (SELECT rowid FROM {fact_search.TABLE} "
                f"WHERE {fact_search.TABLE} MATCH ? LIMIT ?)"
            )
            return self.db.execute(sql, [match, DENSE_TEXT + 1]).fetchone()[0] <= DENSE_TEXT

    def fact_count(self, flt: FactFilter = FactFilter()) -> int:
        where, params = fact_where(flt, indexed=self._indexed(flt))
        join = (
            ""
            if not any(re.search(r"\ba\.", w) for w in where)
            else "JOIN articles a ON a.id = f.article_id"
        )
        sql = (
            f"SELECT count(*) FROM facts f {join} {'WHERE ' + ' AND '.join(where) if where else ''}"
        )
        return self._rows(sql, params)[0][0]

    def _many(self, flt: FactFilter) -> bool:
        """Whether a kind or unit filter lets many facts through (counted on their index)."""
        if flt.kind is None and flt.unit is None:
            return False
        return self.fact_count(FactFilter(kind=flt.kind, unit=flt.unit)) > WALK_ABOVE

    def fact_page(
        self,
        flt: FactFilter = FactFilter(),
        sort: str = "date",
        descending: bool = True,
        after: tuple[Any, ...] | None = None,
        limit: int | None = None,
    ) -> list[FactRow]:
        """One page of facts in the given order, starting after the row whose key is `after`."""
        # Reading order within an article for the article sorts; one direction otherwise.
        terms = SORTS[sort]
        by_article = terms[0].startswith("a.")
        parts = [(t, descending and not (by_article and t == "f.seq")) for t in terms]
        walk = by_article and self._many(flt)
        where, params = fact_where(flt, walk=walk, indexed=self._indexed(flt))
        if after is not None:
            cond, cparams = keyset(parts, after)
            where.append(cond)
            params += cparams
        order = ", ".join(f"{e} {'DESC' if d else 'ASC'}" for e, d in parts)
        sql = (
            'SELECT f.article_id, f.seq, f.kind, f.text, f.start, f."end", f.data, a.title, '
            "a.source, a.published, f.province, f.city, f.county, a.province, a.city, "
            f"{', '.join(terms)} FROM facts f JOIN articles a ON a.id = f.article_id "
            f"{'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order}"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        out = []
        for r in self._rows(sql, params):
            aid, seq, kind, text, start, end, data = r[:7]
            fact = Fact(kind, text, start, end, json.loads(data) if data else {})
            out.append(FactRow(aid, seq, fact, r[7], r[8], r[9], _place(*r[10:15]), tuple(r[15:])))
        return out

    # Pairings ---------------------------------------------------------------------------
    def pairings(self, relation: str | None = None, year: int | None = None) -> list[Pairing]:
        """Every (a, b, relation) with its articles, most reported first; `directed` is False
        when none of those articles says which side helps."""
        where, params = ["f.a IS NOT NULL", "f.b IS NOT NULL"], []
        if relation is not None:
            where.append("f.relation = ?")
            params.append(relation)
        group = "GROUP BY f.a, f.b, f.relation"
        in_year = "f.article_id IN (SELECT id FROM articles WHERE year = ?)"
        sql = (
            "SELECT f.a, f.b, ifnull(f.relation, ''), count(DISTINCT f.article_id), "
            f"min(a.published), max(a.published) FROM facts f JOIN articles a {self._dates_hint()} "
            f"ON a.id = f.article_id WHERE {' AND '.join([PAIRING, *where])} "
            f"{'AND a.year = ? ' if year is not None else ''}{group} ORDER BY 4 DESC, 1, 2, 3"
        )
        undirected_sql = (
            "SELECT f.a, f.b, ifnull(f.relation, ''), count(DISTINCT f.article_id) FROM facts f "
            f"{self._hint('facts_overview_undirected_pairs')} "
            f"WHERE {' AND '.join([UNDIRECTED, *where])} "
            f"{'AND ' + in_year if year is not None else ''} {group}"
        )
        if year is not None:
            params.append(year)
        undirected = {tuple(r[:3]): r[3] for r in self._rows(undirected_sql, params)}
        return [
            Pairing(*r, directed=undirected.get(tuple(r[:3]), 0) < r[3])
            for r in self._rows(sql, params)
        ]

    def pairing_articles(
        self, a: str | None = None, b: str | None = None, relation: str | None = None
    ) -> list[str]:
        """Articles reporting a pairing: of a node (a or b alone, either side) or an edge.
        An edge (a and b, no relation) also has the articles that name the two the other way
        round without saying who helps, as the network draws them on the same line."""
        where, params = ["kind = 'pairing'"], []
        if a is not None and b is not None:
            where += ["a = ?", "b = ?"]
            params += [a, b]
        elif a is not None or b is not None:
            where.append("(a = ? OR b = ?)")
            params += [a or b, a or b]
        if relation is not None:
            where.append("relation = ?")
            params.append(relation)
        facts = f"SELECT article_id FROM facts WHERE {' AND '.join(where)}"
        if a is not None and b is not None and relation is None:
            # a second indexed look-up: an OR of the two would read every pairing
            facts += (
                f" UNION SELECT article_id FROM facts WHERE a = ? AND b = ? AND {UNDIRECTED_BARE}"
            )
            params += [b, a]
        sql = f"SELECT id FROM articles a WHERE id IN ({facts}) ORDER BY {LIST_ORDER}"
        return [r[0] for r in self._rows(sql, params)]

    def provinces_of(self, names: Sequence[str]) -> dict[str, str | None]:
        """The province each name lies in, from the archive's own place facts (None: unknown,
        e.g. an institution)."""
        seen: dict[str, Counter[str]] = defaultdict(Counter)
        wanted = set(names)
        sql = (
            "SELECT province, city, county, count(*) FROM facts WHERE kind = 'place' "
            "AND province IS NOT NULL GROUP BY province, city, county"
        )
        for province, city, county, n in self._rows(sql):
            for name in {province, city, county} & wanted:
                seen[name][province] += n
        return {n: (seen[n].most_common(1)[0][0] if seen[n] else None) for n in names}

    # Places -----------------------------------------------------------------------------
    def place_counts(self) -> list[PlaceCount]:
        """Per province, prefecture and county: the articles that mention it and its place
        facts (mentions of it or of a place inside it). Parents before children.

        One grouped query per level, each read from the covering place index when the
        overview's indexes exist (a level's distinct articles cannot be summed from the next).
        """
        out: list[PlaceCount] = []
        for depth in range(1, 4):
            cols = ", ".join(LEVELS[:depth])
            sql = (
                f"SELECT {cols}, count(DISTINCT article_id), count(*) FROM facts "
                f"WHERE kind = 'place' AND "
                f"{' AND '.join(f'{c} IS NOT NULL' for c in LEVELS[:depth])} GROUP BY {cols}"
            )
            for r in self._rows(sql):
                names = [*r[:depth], None, None][:3]
                out.append(PlaceCount(names[0], names[1], names[2], r[depth], r[depth + 1]))
        out.sort(key=lambda p: (p.province, p.city or "", p.county or ""))
        return out

    def place_article_ids(
        self, province: str, city: str | None = None, county: str | None = None
    ) -> list[str]:
        where, params = ["kind = 'place'", "province = ?"], [province]
        for col, value in (("city", city), ("county", county)):
            if value is not None:
                where.append(f"{col} = ?")
                params.append(value)
        # The distinct articles from the covering place index, each one's date from the
        # (id, published) index: no article row is read (14,000 articles in about 25 ms).
        sql = (
            "SELECT a.id FROM (SELECT DISTINCT article_id FROM facts WHERE "
            f"{' AND '.join(where)}) AS f JOIN articles AS a {self._dates_hint()} "
            f"ON a.id = f.article_id ORDER BY {LIST_ORDER}"
        )
        return [r[0] for r in self._rows(sql, params)]

    # Timeline ---------------------------------------------------------------------------
    def months(self) -> list[MonthCount]:
        """Articles published and dated facts per month, oldest first (months with neither
        are left out; the chart spaces months by the calendar)."""
        arts = dict(
            self._rows(
                "SELECT substr(published, 1, 7) AS m, count(*) FROM articles "
                "WHERE published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' GROUP BY m"
            )
        )
        dated = dict(
            self._rows(
                "SELECT substr(iso, 1, 7) AS m, count(*) FROM facts WHERE kind = 'date' "
                "AND iso GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' GROUP BY m"
            )
        )
        return [MonthCount(m, arts.get(m, 0), dated.get(m, 0)) for m in sorted({*arts, *dated})]

    def month_article_ids(self, first: str, last: str | None = None) -> list[str]:
        """Articles published in the months `first` .. `last` (YYYY-MM, inclusive)."""
        sql = (
            "SELECT id FROM articles a WHERE published >= ? AND published < ? "
            f"ORDER BY {LIST_ORDER}"
        )
        return [r[0] for r in self._rows(sql, [first, (last or first) + "~"])]
