"""Where things live: the bundled archive and resources (in a checkout or inside the wheel)
and the user's own data directory."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "archive-viewer"
_CHECKOUT = Path(__file__).resolve().parent.parent


def _packaged(package: str) -> Path | None:
    try:
        root = resources.files(package)
    except ModuleNotFoundError:
        return None
    path = Path(str(root))
    return path if path.is_dir() else None


def bundled_archive() -> Path:
    """The read-only archive shipped with the app."""
    packaged = _packaged("viewer._bundled")
    if packaged is not None and (packaged / "archive.sqlite").exists():
        return packaged / "archive.sqlite"
    return _CHECKOUT / "data" / "archive.sqlite"


def resources_dir() -> Path:
    """Icons, stylesheets, translations and curated data shipped with the app."""
    packaged = _packaged("viewer._resources")
    if packaged is not None:
        return packaged
    return _CHECKOUT / "resources"


def user_data_dir() -> Path:
    """The user's data directory; ARCHIVE_VIEWER_HOME overrides it (tests, portable use)."""
    override = os.environ.get("ARCHIVE_VIEWER_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_archive() -> Path:
    """The archive the app opens by default; first launch copies the bundled one here."""
    return user_data_dir() / "archive.sqlite"
