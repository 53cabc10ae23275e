"""ArchiveError: why an archive file cannot be used, in words fit for a user."""

from __future__ import annotations

from pathlib import Path

# Short machine-friendly reasons, so callers (GUI, tests) can react without parsing text.
NOT_FOUND = "not-found"
NOT_ARCHIVE = "not-an-archive"
CORRUPTED = "corrupted"
NEWER = "newer-version"
OLDER = "older-version"
LOCKED = "locked"
READONLY = "read-only"


class ArchiveError(Exception):
    """An archive that cannot be opened or written; `str()` names the file and the reason."""

    def __init__(self, path: Path | str, reason: str, detail: str) -> None:
        self.path = Path(path)
        self.reason = reason
        self.detail = detail
        super().__init__(f"{self.path}: {detail}")
