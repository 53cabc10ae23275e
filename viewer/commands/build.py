"""`archive-viewer build RAW_DIR -o FILE`: a new archive from a folder of source documents.

The archive is written to a temporary file next to FILE and renamed over it at the end, so
FILE is never seen half-built. It records the pipeline version and a fingerprint of the
source files, and is left in rollback-journal mode so that it reads from a read-only place.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

import viewer
from viewer.archive import Archive, ArchiveError
from viewer.archive.fingerprint import raw_fingerprint, source_files
from viewer.commands.progress import Progress
from viewer.commands.storing import store
from viewer.commands.workers import job_count, process_files

TITLE = "Chinese news reports"
DESCRIPTION = (
    "Cleaned news reports with their extracted facts, built by archive-viewer. "
    "Full-text search: table articles_search indexes overlapping bigrams of the "
    "simplified title and body."
)


def run(args: argparse.Namespace) -> int:
    raw_dir: Path = args.raw_dir
    output: Path = args.output
    if not raw_dir.is_dir():
        print(f"archive-viewer: {raw_dir}: no such folder", file=sys.stderr)
        return 2
    files = source_files(raw_dir)
    tmp = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    try:
        tally = _build(raw_dir, files, tmp, job_count(args.jobs))
        for stale in (Path(f"{output}-wal"), Path(f"{output}-shm")):
            # A journal left by an old archive of that name would be replayed into the new one.
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()
        os.replace(tmp, output)
    except ArchiveError as exc:
        print(f"archive-viewer: {exc}", file=sys.stderr)
        return 2
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    for name, message in tally.refused:
        print(f"  refused {name}: {message}", file=sys.stderr)
    print(
        f"built {output}: {tally.imported} articles, {tally.duplicates} duplicates, "
        f"{len(tally.refused)} refused",
        file=sys.stderr,
    )
    return tally.exit_code


def _build(raw_dir: Path, files: list[Path], tmp: Path, jobs: int):
    tmp.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    items = [(path, path.relative_to(raw_dir).as_posix()) for path in files]
    progress = Progress(len(items), "building")
    with Archive.open(tmp, create=True) as archive:
        try:
            tally = store(archive, process_files(items, jobs), progress)
        finally:
            progress.close()
        sources = [value for value, _ in archive.facets().sources]
        archive.set_metadata(
            title=TITLE,
            description=DESCRIPTION,
            pipeline_version=viewer.PIPELINE_VERSION,
            built_at=datetime.now(UTC).isoformat(timespec="seconds"),
            raw_fingerprint=raw_fingerprint(raw_dir, files),
            sources=sources,
        )
        archive.seal()
    return tally
