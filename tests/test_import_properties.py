"""Arbitrary input through the import (the core the app's worker runs, no Qt): every file
ends as an article, a duplicate or a refusal with a known reason, whatever its bytes or its
name, and the archive passes SQLite's integrity checks after every run."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.archive import Archive
from viewer.gui.import_core import REASONS, collect, run_import
from viewer.sources import display_name

CHINESE = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
SCRIPTS = st.sampled_from(
    ["乡村振兴", "鄉村振興", "ひらがな", "한국어", "English", "Ελληνικά", "عربى", "𫖮", "。", "\n"]
)
ANY_CHAR = st.characters(codec=None, exclude_categories=())
NOISE = st.sampled_from(["\x00", "\ufeff", "\ud800", "\udcff", "<script>", "&nbsp;", "\r\n"])
TEXTS = st.lists(st.one_of(CHINESE, SCRIPTS, ANY_CHAR, NOISE), max_size=60).map("".join)
CODECS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030", "big5"])
# File names as the file system gives them: any bytes but "/" and NUL, often not UTF-8.
NAME_BYTES = st.binary(min_size=1, max_size=20).map(
    lambda b: b.replace(b"/", b"_").replace(b"\x00", b"_")
)

SETTINGS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _import_and_check(folder: Path, expected_files: int) -> None:
    path = folder.parent / "archive.sqlite"
    with Archive.open(path, create=True) as archive:
        items, missing = collect([folder])
        assert len(items) == expected_files and not missing
        report = run_import(archive, items, max_bytes=200_000)
        assert not report.error
        assert report.done == expected_files
        assert report.imported + report.duplicates + len(report.refused) == expected_files
        for refusal in report.refused:
            assert refusal.reason in REASONS and refusal.message
            refusal.name.encode("utf-8")  # shown and copied: no lone surrogates
        for aid in report.new_ids:
            stored = archive.get_article(aid)
            assert stored is not None and stored.article.body
            stored.origin.encode("utf-8")
        assert archive.article_count() == report.imported
        assert archive.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        check = "INSERT INTO articles_search(articles_search) VALUES ('integrity-check')"
        assert archive.db.execute(check).fetchall() == []
    with sqlite3.connect(path) as conn:  # and as any other SQLite program sees it
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@SETTINGS
@given(st.lists(st.tuples(NAME_BYTES, st.binary(max_size=300)), min_size=1, max_size=4))
def test_arbitrary_bytes_under_arbitrary_names(files: list[tuple[bytes, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        names = set()
        for i, (name, data) in enumerate(files):
            full = os.fsencode(folder) + b"/" + b"%d-" % i + name + b".txt"
            names.add(full)
            with open(full, "wb") as fh:
                fh.write(data)
        _import_and_check(folder, len(names))


@SETTINGS
@given(st.lists(st.tuples(TEXTS, CODECS), min_size=1, max_size=4))
def test_arbitrary_text_in_any_encoding(texts: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i, (text, codec) in enumerate(texts):
            errors = "surrogatepass" if codec.startswith("utf") else "replace"
            (folder / f"{i}.txt").write_bytes(text.encode(codec, errors=errors))
        _import_and_check(folder, len(texts))


@settings(max_examples=4, deadline=None)
@given(st.integers(min_value=1_000, max_value=3_000), st.sampled_from(["乡村振兴", "ab乡\x00"]))
def test_huge_lines(n: int, unit: str) -> None:
    """One line of up to 12,000 characters (a longer one is slow in place finding today)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        (folder / "line.txt").write_text(unit * n + "。", encoding="utf-8")
        (folder / "over.txt").write_bytes(b"x" * 200_001)  # over the limit: refused unread
        _import_and_check(folder, 2)


@SETTINGS
@given(st.text(min_size=1, max_size=30))
def test_any_name_given_directly_is_shown_safely(name: str) -> None:
    """A path that does not exist, lone surrogates and all, is a refusal a user can read."""
    with tempfile.TemporaryDirectory() as tmp:
        items, missing = collect([Path(tmp) / "missing" / name])
        assert items == []
        (refusal,) = missing
        assert refusal.reason == "unreadable"
        assert refusal.name.encode("utf-8") and refusal.name == display_name(refusal.name)
