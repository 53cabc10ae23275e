"""Where things live: the bundled archive and resources (in a checkout or inside the wheel)
and the user's own data directory."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "archive-viewer"
_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent


def _installed(name: str) -> Path | None:
    """A data folder the wheel places inside the package (see pyproject.toml package-dir).

    In a checkout (editable install) it does not exist and the top-level folder is used.
    """
    path = _PACKAGE / name
    return path if path.is_dir() else None


def bundled_archive() -> Path:
    """The read-only archive shipped with the app."""
    return (_installed("_bundled") or _CHECKOUT / "data") / "archive.sqlite"


def resources_dir() -> Path:
    """Icons, stylesheets, translations and curated data shipped with the app."""
    return _installed("_resources") or _CHECKOUT / "resources"


def user_data_dir() -> Path:
    """The user's data directory; ARCHIVE_VIEWER_HOME overrides it (tests, portable use)."""
    override = os.environ.get("ARCHIVE_VIEWER_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_archive() -> Path:
    """The archive the app opens by default; first launch copies the bundled one here."""
    return user_data_dir() / "archive.sqlite"
