"""SQLite archive: articles, facts, search index and metadata, through sqlite-utils."""
