"""Reading a source document from disk with a size limit and a clear refusal."""

from __future__ import annotations

from pathlib import Path

from viewer.errors import InputRefused

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


def read_source(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, or `InputRefused` (missing, a folder, unreadable, too large)."""
    name = str(path)
    try:
        if path.is_dir():
            raise InputRefused(name, "unreadable", "is a folder, not a file")
        size = path.stat().st_size
        if size > max_bytes:
            raise InputRefused(
                name,
                "too-large",
                f"file is too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB)",
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise InputRefused(name, "unreadable", "no such file") from None
    except PermissionError:
        raise InputRefused(name, "unreadable", "permission denied") from None
    except OSError as exc:
        raise InputRefused(name, "unreadable", exc.strerror or str(exc)) from None
