"""Files that are not usable archives fail with a message naming the file and the reason."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from archive_helpers import make_article

from viewer.archive import Archive, ArchiveError, errors, schema


def _built(path: Path, n: int = 30) -> Path:
    with Archive.open(path, create=True) as arc:
        arc.add_articles([(make_article(f"第{i}篇文章内容" * 50), f"{i}.txt") for i in range(n)])
        arc.seal()
    return path


def _refused(path: Path, reason: str, words: str, **kwargs) -> ArchiveError:
    with pytest.raises(ArchiveError) as info:
        Archive.open(path, **kwargs).close()
    assert info.value.reason == reason
    assert str(path) in str(info.value) and words in str(info.value)
    return info.value


def test_missing_file(tmp_path: Path):
    _refused(tmp_path / "none.sqlite", errors.NOT_FOUND, "no such file")


def test_text_file(tmp_path: Path):
    path = tmp_path / "notes.txt"
    path.write_text("这不是数据库\n" * 100, encoding="utf-8")
    _refused(path, errors.NOT_ARCHIVE, "not an archive")


def test_empty_file_is_refused_unless_creating(tmp_path: Path):
    path = tmp_path / "empty.sqlite"
    path.touch()
    _refused(path, errors.NOT_ARCHIVE, "empty")
    with Archive.open(path, create=True) as arc:
        assert arc.article_count() == 0


def test_folder(tmp_path: Path):
    _refused(tmp_path, errors.NOT_ARCHIVE, "folder")


def test_foreign_sqlite_database(tmp_path: Path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    _refused(path, errors.NOT_ARCHIVE, "without the archive's tables")


def test_truncated_archive(tmp_path: Path):
    path = _built(tmp_path / "a.sqlite")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    _refused(path, errors.CORRUPTED, "truncated")
    path.write_bytes(data[:50])
    _refused(path, errors.CORRUPTED, "truncated")


def test_corrupted_archive(tmp_path: Path):
    path = _built(tmp_path / "a.sqlite")
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xa5" * (4096 - 100)  # the schema page, after the file header
    path.write_bytes(bytes(data))
    _refused(path, errors.CORRUPTED, "corrupted")


def test_corruption_found_later_is_an_archive_error(tmp_path: Path):
    path = _built(tmp_path / "a.sqlite")
    data = bytearray(path.read_bytes())
    data[-4096 * 8 :] = b"\x00\xff" * (4096 * 4)  # the last pages: index or article data
    path.write_bytes(bytes(data))
    with pytest.raises(ArchiveError) as info, Archive.open(path, readonly=True) as arc:
        for aid in arc.article_ids():
            arc.get_article(aid)
        arc.search("文章")
        list(arc.all_facts())
    assert info.value.reason == errors.CORRUPTED


def test_newer_schema_is_refused(tmp_path: Path):
    path = _built(tmp_path / "a.sqlite")
    conn = sqlite3.connect(path)
    conn.execute(
        "UPDATE metadata SET value = ? WHERE key = 'schema_version'",
        [str(schema.SCHEMA_VERSION + 1)],
    )
    conn.commit()
    conn.close()
    _refused(path, errors.NEWER, "newer version")
    _refused(path, errors.NEWER, "newer version", readonly=True)


def test_older_schema_is_migrated_after_a_backup(tmp_path: Path, monkeypatch):
    path = _built(tmp_path / "a.sqlite", n=3)

    def add_summary_column(db):
        db.execute("ALTER TABLE articles ADD COLUMN summary TEXT")
        db.execute("UPDATE articles SET summary = substr(body, 1, 5)")

    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    monkeypatch.setitem(schema.MIGRATIONS, schema.SCHEMA_VERSION - 1, add_summary_column)
    old = schema.SCHEMA_VERSION - 1
    _refused(path, errors.OLDER, "older schema", readonly=True)
    with Archive.open(path) as arc:
        assert arc.backup == schema.backup_path(path, old)
        assert arc.metadata()["schema_version"] == str(schema.SCHEMA_VERSION)
        assert arc.db.execute("SELECT count(summary) FROM articles").fetchone()[0] == 3
        assert arc.article_count() == 3 and arc.search("文章")
    backup = schema.backup_path(path, old)
    assert backup.name == f"a.sqlite.v{old}.bak"
    with sqlite3.connect(backup) as conn:
        version = conn.execute("SELECT value FROM metadata WHERE key='schema_version'")
        assert version.fetchone()[0] == str(old)
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 3


def test_locked_by_another_writer(tmp_path: Path, monkeypatch):
    path = _built(tmp_path / "a.sqlite", n=1)
    monkeypatch.setattr("viewer.archive.opening.BUSY_TIMEOUT_MS", 50)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA journal_mode = WAL")
    other.execute("BEGIN IMMEDIATE")
    try:
        _refused(path, errors.LOCKED, "locked by another writer")
        with Archive.open(path, readonly=True) as arc:  # readers are not blocked
            assert arc.article_count() == 1
    finally:
        other.execute("ROLLBACK")
        other.close()
    with Archive.open(path) as arc:
        assert arc.article_count() == 1
