"""SQLite archive: articles, facts, search index and metadata, through sqlite-utils.

`Archive` and `ArchiveError` are the whole public API; the records it returns are in
`viewer.archive.records`.
"""

from viewer.archive.errors import ArchiveError
from viewer.archive.records import ArticleSummary, Facets, SearchHit, StoredArticle
from viewer.archive.schema import SCHEMA_VERSION
from viewer.archive.store import Archive

__all__ = [
    "SCHEMA_VERSION",
    "Archive",
    "ArchiveError",
    "ArticleSummary",
    "Facets",
    "SearchHit",
    "StoredArticle",
]
