"""Which source files an archive was built from: their list and a fingerprint of it.

The bundled archive records the fingerprint, so that a test notices when `data/raw` changed
and the archive was not rebuilt.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

SOURCE_SUFFIXES = (".txt", ".html", ".htm")


def source_files(folder: Path) -> list[Path]:
    """Source documents under `folder`, recursively, in a stable order; hidden ones skipped."""
    found = []
    for path in folder.rglob("*"):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.is_file() and path.suffix.lower() in SOURCE_SUFFIXES:
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def raw_fingerprint(folder: Path, files: list[Path] | None = None) -> str:
    """SHA-256 over each file's path relative to `folder` and the SHA-256 of its bytes."""
    files = source_files(folder) if files is None else files
    outer = hashlib.sha256()
    for path in sorted(files, key=lambda p: p.relative_to(folder).as_posix()):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        outer.update(f"{path.relative_to(folder).as_posix()}\0{digest}\n".encode())
    return outer.hexdigest()
