"""Which files an import takes, and their names as text that can always be shown and stored.

Shared by `archive-viewer import` and the app's import, so both take the same files and
name them the same way.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from viewer.archive.fingerprint import source_files


def display_name(path: Path | str) -> str:
    """The path as text: undecodable bytes and lone surrogates in a file name become U+FFFD
    instead of failing later in SQLite, Qt or a terminal."""
    text = os.fspath(path)
    try:
        raw = os.fsencode(text)
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "replace")


def collect(
    paths: Iterable[Path | str],
) -> tuple[list[tuple[Path, str]], list[tuple[str, str]]]:
    """Files to import, each with its display name (folders walked for .txt/.html/.htm; a
    file named directly is tried whatever its extension; each file once), and
    (name, reason) for the paths that cannot be read."""
    items: list[tuple[Path, str]] = []
    missing: list[tuple[str, str]] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        try:
            found = source_files(path) if path.is_dir() else [path] if path.exists() else None
        except OSError as exc:
            missing.append((display_name(path), exc.strerror or str(exc)))
            continue
        if found is None:
            missing.append((display_name(path), "no such file or folder"))
            continue
        for f in found:
            if f not in seen:
                seen.add(f)
                items.append((f, display_name(f)))
    return items, missing
