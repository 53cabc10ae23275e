"""The archive's tables, its schema version and the migrations between versions.

Readable names for people browsing the file in sqlite3, sqlite-utils or Datasette:
`articles` (one row per article, with its raw original), `facts` (one row per fact, clustered
by article), `articles_search` (the full-text index over bigrams of the folded title and body,
contentless so the text is not stored twice) and `metadata` (key/value).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from viewer.archive.database import Database

SCHEMA_VERSION = 1

ARTICLES_SQL = """
CREATE TABLE articles (
  num INTEGER PRIMARY KEY,          -- stable integer key: the search index's rowid
  id TEXT NOT NULL UNIQUE,          -- content hash prefix: the same document is stored once
  title TEXT,
  title_derived INTEGER NOT NULL DEFAULT 0,
  published TEXT,                   -- YYYY-MM-DD (or YYYY-MM, YYYY)
  year INTEGER,
  source TEXT,
  authors TEXT,                     -- JSON list
  editor TEXT,
  script TEXT,                      -- hans or hant: the script the article is written in
  province TEXT,                    -- the article's main place, for faceting
  city TEXT,
  body TEXT NOT NULL,
  raw TEXT,                         -- the original document, for provenance
  warnings TEXT,                    -- JSON list
  removed TEXT,                     -- JSON object: what cleaning removed
  origin TEXT,                      -- the file it was imported from
  imported_at TEXT
)"""

FACTS_SQL = """
CREATE TABLE facts (
  article_id TEXT NOT NULL REFERENCES articles(id),
  seq INTEGER NOT NULL,             -- reading order within the article
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  value NUMERIC, unit TEXT, approx TEXT, yuan NUMERIC, iso TEXT,
  province TEXT, city TEXT, county TEXT,
  a TEXT, b TEXT, relation TEXT, role TEXT,
  data TEXT,                        -- JSON: every per-kind field, as in `extract --json`
  PRIMARY KEY (article_id, seq)
) WITHOUT ROWID"""

SEARCH_SQL = """
CREATE VIRTUAL TABLE articles_search USING fts5(
  title, body, content='', tokenize='unicode61 remove_diacritics 2'
)"""

METADATA_SQL = "CREATE TABLE metadata (key TEXT PRIMARY KEY, value TEXT)"

# Each listing index also holds the id, so that listing every id by date reads the index only
# (rows are large: the body and raw original sit in the same record).
INDEXES = [
    "CREATE INDEX articles_by_date ON articles(published, id)",
    "CREATE INDEX articles_by_source ON articles(source, published, id)",
    "CREATE INDEX articles_by_province ON articles(province, published, id)",
    "CREATE INDEX articles_by_year ON articles(year, published, id)",
    "CREATE INDEX facts_by_kind ON facts(kind)",
]

REQUIRED_TABLES = {"articles", "facts", "metadata", "articles_search"}

# MIGRATIONS[n] upgrades a version-n archive to version n + 1, inside one transaction.
Migration = Callable[[Database], None]
MIGRATIONS: dict[int, Migration] = {}


@contextmanager
def transaction(db: Database) -> Iterator[None]:
    """One write transaction; the connection runs in autocommit mode otherwise.

    BEGIN IMMEDIATE takes the write lock at the start, so a second writer waits (busy
    timeout) or fails at once instead of failing halfway.
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def create(db: Database) -> None:
    """Create every table and index of the current version in an empty database."""
    with transaction(db):
        for sql in (ARTICLES_SQL, FACTS_SQL, SEARCH_SQL, METADATA_SQL, *INDEXES):
            db.execute(sql)
        db.execute(
            "INSERT INTO metadata(key, value) VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
        )


def stored_version(db: Database) -> int | None:
    """The file's schema version, or None when it is not an archive at all."""
    names = set(db.table_names())
    if not names >= REQUIRED_TABLES:
        return None
    row = db.execute("SELECT value FROM metadata WHERE key = 'schema_version'").fetchone()
    try:
        return int(row[0]) if row else None
    except (TypeError, ValueError):
        return None


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.v{version}.bak")


def migrate(db: Database, path: Path, version: int) -> Path:
    """Copy the file next to itself, then upgrade it step by step; returns the backup path.

    The copy is made with SQLite's backup API so that it is consistent even in WAL mode.
    """
    backup = backup_path(path, version)
    tmp = backup.with_name(backup.name + ".part")
    dest = sqlite3.connect(tmp)
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    shutil.move(tmp, backup)
    with transaction(db):
        for step in range(version, SCHEMA_VERSION):
            MIGRATIONS[step](db)
        db.execute(
            "UPDATE metadata SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)]
        )
    return backup
