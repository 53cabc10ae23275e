"""Archive: the one object the GUI and the command line use to read and write an archive.

Every write is one explicit transaction (WAL mode, BEGIN IMMEDIATE), so a crash keeps each
article committed before it and never leaves half an article or a half-updated index.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from viewer.archive import errors, fact_search, listing, rows, schema
from viewer.archive import search as searching
from viewer.archive.bigrams import index_text
from viewer.archive.database import Database
from viewer.archive.errors import ArchiveError
from viewer.archive.fold import fold
from viewer.archive.listing import Key
from viewer.archive.opening import as_archive_error, check_file, connect, guarded
from viewer.archive.records import ArticleSummary, Facets, SearchHit, StoredArticle
from viewer.model import Article, Fact


def _list_filters(
    source: str | None, province: str | None, year: int | None
) -> tuple[list[str], list[Any]]:
    where, params = searching.filters(source, province, year, alias="articles")
    return ([where] if where else []), params


def _summary(row: sqlite3.Row | tuple) -> ArticleSummary:
    aid, title, derived, published, source, province, city, script = row
    return ArticleSummary(
        aid, title, bool(derived), published, source, province, city, script or "hans"
    )


class Archive:
    """An open archive file. Use `Archive.open`; also a context manager."""

    def __init__(self, db: Database, path: Path, readonly: bool) -> None:
        self.db = db
        self.path = path
        self.readonly = readonly
        self.backup: Path | None = None  # set when opening migrated an older version

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, readonly: bool = False, create: bool = False) -> Archive:
        """Open (or with `create`, make) an archive; ArchiveError says why it cannot be used."""
        path = Path(path)
        fresh = create and not readonly and (not path.exists() or path.stat().st_size == 0)
        if fresh:
            path.parent.mkdir(parents=True, exist_ok=True)
        else:
            check_file(path)
        try:
            conn = connect(path, readonly)
        except sqlite3.Error as exc:
            raise as_archive_error(path, exc) from None
        db = Database(conn)
        archive = cls(db, path, readonly)
        try:
            with guarded(path):
                archive._prepare(fresh)
        except BaseException:
            conn.close()
            raise
        return archive

    def _prepare(self, fresh: bool) -> None:
        if not self.readonly:
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
        if fresh:
            schema.create(self.db)
            self.set_metadata(article_count=0, fact_count=0)
            return
        version = schema.stored_version(self.db)
        if version is None:
            raise ArchiveError(
                self.path,
                errors.NOT_ARCHIVE,
                "not an archive (a SQLite database without the archive's tables)",
            )
        if version > schema.SCHEMA_VERSION:
            raise ArchiveError(
                self.path,
                errors.NEWER,
                f"the archive was written by a newer version of archive-viewer (schema "
                f"{version}; this version reads up to {schema.SCHEMA_VERSION}): please update",
            )
        if version < schema.SCHEMA_VERSION:
            if self.readonly:
                raise ArchiveError(
                    self.path,
                    errors.OLDER,
                    f"the archive has an older schema ({version}) and is opened read-only; "
                    "open it for writing once to upgrade it",
                )
            self.backup = schema.migrate(self.db, self.path, version)
        elif not self.readonly:
            # Take the write lock once now, so that a busy file is reported at opening.
            with schema.transaction(self.db):
                pass

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------
    def add_article(self, article: Article, origin: str) -> tuple[str, bool]:
        """Store one article with its facts; (id, False) when it was already there."""
        return self.add_articles([(article, origin)])[0]

    def add_articles(self, items: Iterable[tuple[Article, str]]) -> list[tuple[str, bool]]:
        """Store several articles in one transaction: all of them or none."""
        self._writable()
        now = datetime.now(UTC).isoformat(timespec="seconds")
        results: list[tuple[str, bool]] = []
        with guarded(self.path), schema.transaction(self.db):
            added_facts = 0
            for article, origin in items:
                aid, new, nfacts = self._insert(article, origin, now)
                results.append((aid, new))
                added_facts += nfacts
            added = sum(1 for _, new in results if new)
            if added:
                self._bump("article_count", added)
                self._bump("fact_count", added_facts)
        return results

    def _insert(self, article: Article, origin: str, now: str) -> tuple[str, bool, int]:
        aid = rows.article_id(article)
        row = rows.article_row(article, aid, origin, now)
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        cur = self.db.execute(
            f"INSERT OR IGNORE INTO articles ({cols}) VALUES ({marks})", list(row.values())
        )
        if cur.rowcount == 0:
            return aid, False, 0
        num = cur.lastrowid
        self.db.execute(
            "INSERT INTO articles_search(rowid, title, body) VALUES (?, ?, ?)",
            [num, index_text(fold(article.title or "")), index_text(fold(article.body))],
        )
        facts = rows.fact_rows(aid, article.facts)
        if facts:
            fcols = ", ".join(f'"{c}"' for c in facts[0])
            fmarks = ", ".join("?" for _ in facts[0])
            self.db.conn.executemany(
                f"INSERT INTO facts ({fcols}) VALUES ({fmarks})", [list(f.values()) for f in facts]
            )
            if fact_search.exists(self.db):
                fact_search.add_facts(self.db, num, facts)
        return aid, True, len(facts)

    def delete_article(self, aid: str) -> bool:
        """Remove an article, its facts and its index entries; False when there was none.

        The index is contentless, so its entries are removed by giving back the indexed text,
        folded again from the stored title and body.
        """
        self._writable()
        with guarded(self.path), schema.transaction(self.db):
            row = self.db.execute(
                "SELECT num, title, body FROM articles WHERE id = ?", [aid]
            ).fetchone()
            if row is None:
                return False
            num, title, body = row
            self.db.execute(
                "INSERT INTO articles_search(articles_search, rowid, title, body) "
                "VALUES ('delete', ?, ?, ?)",
                [num, index_text(fold(title or "")), index_text(fold(body))],
            )
            if fact_search.exists(self.db):
                fact_search.delete_facts(self.db, num, aid)
            nfacts = self.db.execute("DELETE FROM facts WHERE article_id = ?", [aid]).rowcount
            self.db.execute("DELETE FROM articles WHERE num = ?", [num])
            self._bump("article_count", -1)
            self._bump("fact_count", -nfacts)
        return True

    def seal(self) -> None:
        """Merge the index into one segment and leave one self-contained file (no -wal),
        ready to be shipped and read from a read-only place."""
        self._writable()
        with guarded(self.path):
            with schema.transaction(self.db):
                self.db.execute("INSERT INTO articles_search(articles_search) VALUES ('optimize')")
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.db.execute("PRAGMA journal_mode = DELETE")

    def set_metadata(self, **values: Any) -> None:
        """Set metadata entries (lists and dicts are stored as JSON)."""
        self._writable()
        with guarded(self.path), schema.transaction(self.db):
            for key, value in values.items():
                if isinstance(value, list | dict | tuple):
                    value = json.dumps(value, ensure_ascii=False)
                self.db.execute(
                    "INSERT OR REPLACE INTO metadata(key, value) VALUES (?, ?)",
                    [key, None if value is None else str(value)],
                )

    def _bump(self, key: str, delta: int) -> None:
        self.db.execute(
            "INSERT INTO metadata(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
            "SET value = CAST(value AS INTEGER) + excluded.value",
            [key, delta],
        )

    def _writable(self) -> None:
        if self.readonly:
            raise ArchiveError(self.path, errors.READONLY, "the archive is opened read-only")

    # -- reading -----------------------------------------------------------------------
    def article_count(
        self, source: str | None = None, province: str | None = None, year: int | None = None
    ) -> int:
        """Articles in the archive, or those the list's filters let through (on an index)."""
        where, params = _list_filters(source, province, year)
        sql = f"SELECT count(*) FROM articles {'WHERE ' + where[0] if where else ''}"
        with guarded(self.path):
            return self.db.execute(sql, params).fetchone()[0]

    def fact_count(self) -> int:
        with guarded(self.path):
            return self.db.execute("SELECT count(*) FROM facts").fetchone()[0]

    def metadata(self) -> dict[str, str]:
        with guarded(self.path):
            return dict(self.db.execute("SELECT key, value FROM metadata").fetchall())

    def article_ids(
        self,
        source: str | None = None,
        province: str | None = None,
        year: int | None = None,
        descending: bool = True,
    ) -> list[str]:
        """Every id in list order (newest first by default), optionally filtered."""
        return [k[1] for k in self.article_keys(source, province, year, descending, limit=None)]

    def article_keys(
        self,
        source: str | None = None,
        province: str | None = None,
        year: int | None = None,
        descending: bool = True,
        after: Key | None = None,
        limit: int | None = 100,
    ) -> list[Key]:
        """One page of the list: (published, id) of the articles after the key `after`,
        by publication date and then id, read from an index (see `viewer.archive.listing`)."""
        where, params = _list_filters(source, province, year)
        with guarded(self.path):
            return listing.page(self.db, where, params, descending, after, limit)

    def article_position(
        self,
        aid: str,
        source: str | None = None,
        province: str | None = None,
        year: int | None = None,
        descending: bool = True,
    ) -> int | None:
        """The row of an article in the list, None when the filters leave it out."""
        where, params = _list_filters(source, province, year)
        with guarded(self.path):
            return listing.position(self.db, aid, where, params, descending)

    def summaries(self, ids: Iterable[str]) -> list[ArticleSummary]:
        """Summaries in the order of `ids` (unknown ids are skipped)."""
        sql = (
            f"SELECT {', '.join('a.' + c.strip() for c in rows.SUMMARY_COLUMNS.split(','))} "
            "FROM json_each(?) AS j JOIN articles AS a ON a.id = j.value ORDER BY j.key"
        )
        with guarded(self.path):
            return [_summary(r) for r in self.db.execute(sql, [json.dumps(list(ids))])]

    def get_article(self, aid: str) -> StoredArticle | None:
        with guarded(self.path):
            cur = self.db.execute("SELECT * FROM articles WHERE id = ?", [aid])
            values = cur.fetchone()
            if values is None:
                return None
            row = dict(zip([d[0] for d in cur.description], values, strict=True))
            fcur = self.db.execute("SELECT * FROM facts WHERE article_id = ? ORDER BY seq", [aid])
            names = [d[0] for d in fcur.description]
            facts = tuple(rows.fact_from_row(dict(zip(names, f, strict=True))) for f in fcur)
        article = rows.article_from_row(row, facts)
        return StoredArticle(aid, article, row["origin"], row["imported_at"])

    def facets(self) -> Facets:
        """Sources, provinces and years with their article counts, most frequent first."""

        def count(col: str) -> list[tuple[Any, int]]:
            sql = (
                f"SELECT {col}, count(*) AS n FROM articles WHERE {col} IS NOT NULL "
                f"GROUP BY {col} ORDER BY n DESC, {col}"
            )
            return [(v, n) for v, n in self.db.execute(sql)]

        with guarded(self.path):
            return Facets(count("source"), count("province"), count("year"))

    def search(
        self,
        query: str,
        source: str | None = None,
        province: str | None = None,
        year: int | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[SearchHit]:
        """Ranked hits for any user text, in either script (see `viewer.archive.search`)."""
        with guarded(self.path):
            return searching.search(self.db, query, source, province, year, limit, offset)

    def all_facts(
        self, kind: str | None = None, article_ids: Iterable[str] | None = None
    ) -> Iterator[tuple[ArticleSummary, Fact]]:
        """Every fact with its article's summary, newest article first, in reading order."""
        where, params = [], []
        if kind is not None:
            where.append("f.kind = ?")
            params.append(kind)
        if article_ids is not None:
            where.append("f.article_id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(list(article_ids)))
        cols = ", ".join("a." + c.strip() for c in rows.SUMMARY_COLUMNS.split(","))
        sql = (
            f'SELECT {cols}, f.kind, f.text, f.start, f."end", f.data FROM facts AS f '
            "JOIN articles AS a ON a.id = f.article_id "
            f"{('WHERE ' + ' AND '.join(where)) if where else ''} "
            "ORDER BY a.published DESC, a.num DESC, f.seq"
        )
        with guarded(self.path):
            cur = self.db.execute(sql, params)
            last: ArticleSummary | None = None
            for r in cur:
                summary = _summary(r[:8])
                if last is None or last.id != summary.id:
                    last = summary
                kind_, text, start, end, data = r[8:]
                yield last, Fact(kind_, text, start, end, json.loads(data) if data else {})
