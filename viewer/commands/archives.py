"""Which archive a sub-command works on when `--archive` is not given."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from viewer.paths import bundled_archive, user_archive


def for_reading(given: Path | None) -> Path:
    """The given file, else the user's archive, else the bundled one."""
    if given is not None:
        return given
    own = user_archive()
    return own if own.exists() else bundled_archive()


def for_writing(given: Path | None) -> Path:
    """The given file, else the user's archive, first copied from the bundled one if missing.

    The copy goes through a temporary name so that a failed copy never looks like an archive.
    """
    if given is not None:
        return given
    own = user_archive()
    bundled = bundled_archive()
    if not own.exists() and bundled.exists():
        own.parent.mkdir(parents=True, exist_ok=True)
        tmp = own.with_name(f".{own.name}.{os.getpid()}.tmp")
        try:
            shutil.copyfile(bundled, tmp)
            os.replace(tmp, own)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
    return own
