"""Opening an archive file: the checks that turn a bad file into a clear ArchiveError.

The SQLite header is read first, so that a text file, an empty file or a file cut short is
named as such instead of failing later with a cryptic message.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from viewer.archive import errors
from viewer.archive.errors import ArchiveError

HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def check_file(path: Path) -> None:
    """Refuse what is plainly not a complete SQLite file, before SQLite sees it."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(100)
    except FileNotFoundError:
        raise ArchiveError(path, errors.NOT_FOUND, "no such file") from None
    except IsADirectoryError:
        raise ArchiveError(path, errors.NOT_ARCHIVE, "is a folder, not an archive") from None
    except OSError as exc:
        raise ArchiveError(path, errors.NOT_FOUND, exc.strerror or str(exc)) from None
    if size == 0:
        raise ArchiveError(path, errors.NOT_ARCHIVE, "the file is empty: not an archive")
    if not head.startswith(HEADER):
        raise ArchiveError(path, errors.NOT_ARCHIVE, "not an archive (not a SQLite database)")
    if len(head) < 100:
        raise ArchiveError(path, errors.CORRUPTED, "the archive is truncated (header cut short)")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    counter_valid = head[24:28] == head[92:96]
    if page_size < 512 or page_size & (page_size - 1):
        raise ArchiveError(path, errors.CORRUPTED, "the archive is corrupted (bad header)")
    # With a write-ahead log beside it, a file killed mid-checkpoint may not yet match the
    # page count its header announces; SQLite recovers it from the log, so only a file with
    # no log left is judged by its size.
    pending_log = Path(f"{path}-wal").exists()
    if not pending_log and (
        (counter_valid and pages and size < pages * page_size) or size % page_size
    ):
        raise ArchiveError(
            path,
            errors.CORRUPTED,
            f"the archive is truncated ({size} bytes; its header announces {pages * page_size})",
        )


def connect(path: Path, readonly: bool) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit).

    Read-only uses a `mode=ro` URI, and `immutable=1` where the file sits in a place we
    cannot write to (an installed package), since SQLite could not create its -shm file there.
    """
    if readonly:
        uri = f"file:{quote(str(path.resolve()))}?mode=ro"
        if not os.access(path.parent, os.W_OK) or not os.access(path, os.W_OK):
            uri += "&immutable=1"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def as_archive_error(path: Path, exc: sqlite3.Error) -> ArchiveError:
    """Name what went wrong in a user's words."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return ArchiveError(path, errors.LOCKED, "the archive is locked by another writer")
    if "readonly" in text or "read-only" in text:
        return ArchiveError(path, errors.READONLY, "the archive is read-only here")
    if "not a database" in text:
        return ArchiveError(path, errors.NOT_ARCHIVE, "not an archive (not a SQLite database)")
    return ArchiveError(path, errors.CORRUPTED, f"the archive is corrupted ({exc})")


@contextlib.contextmanager
def guarded(path: Path) -> Iterator[None]:
    """Turn SQLite errors into ArchiveError with the file name."""
    try:
        yield
    except sqlite3.ProgrammingError:
        raise  # a mistake in the calling code (e.g. a closed archive), not a bad file
    except sqlite3.Error as exc:
        raise as_archive_error(path, exc) from None
