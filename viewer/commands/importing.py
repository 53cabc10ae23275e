"""`archive-viewer import PATH... [--archive FILE] [--jsonl]`: documents into an archive.

Folders are walked recursively for .txt, .html and .htm files; a file named on the command
line is tried whatever its extension. With `--jsonl` the paths are files written by
`extract --jsonl`, loaded back without running the pipeline again. Refused files never stop
the others. Exit code: 0 all imported or duplicates, 1 some refused, 2 usage/archive error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from viewer.archive import Archive, ArchiveError
from viewer.commands.archives import for_writing
from viewer.commands.progress import Progress
from viewer.commands.storing import store
from viewer.commands.workers import Outcome, job_count, process_files
from viewer.model import Article
from viewer.sources import collect


def run(args: argparse.Namespace) -> int:
    try:
        path = for_writing(args.archive)
        with Archive.open(path, create=True) as archive:
            if args.jsonl:
                total = 0
                outcomes: Iterator[Outcome] = _jsonl_outcomes(args.paths)
            else:
                items, missing = _collect(args.paths)
                total = len(items)
                outcomes = _with_missing(missing, process_files(items, job_count(args.jobs)))
            progress = Progress(total, "importing")
            try:
                tally = store(archive, outcomes, progress)
            finally:
                progress.close()
    except ArchiveError as exc:
        print(f"archive-viewer: {exc}", file=sys.stderr)
        return 2
    tally.report()
    return tally.exit_code


def _collect(paths: list[Path]) -> tuple[list[tuple[Path, str]], list[Outcome]]:
    items, missing = collect(paths)
    return items, [Outcome(name, reason="unreadable", message=msg) for name, msg in missing]


def _with_missing(missing: list[Outcome], rest: Iterator[Outcome]) -> Iterator[Outcome]:
    yield from missing
    yield from rest


def _jsonl_outcomes(paths: list[Path]) -> Iterator[Outcome]:
    """One outcome per line; a record with an `error` key is a refusal, as is a bad line."""
    for path in paths:
        try:
            fh = path.open(encoding="utf-8")
        except OSError as exc:
            yield Outcome(str(path), reason="unreadable", message=exc.strerror or str(exc))
            continue
        with fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                yield _jsonl_record(f"{path}:{number}", line)


def _jsonl_record(where: str, line: str) -> Outcome:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return Outcome(where, reason="bad-json", message=f"not a JSON line ({exc.msg})")
    if not isinstance(obj, dict):
        return Outcome(where, reason="bad-json", message="not a JSON object")
    name = str(obj.get("file") or where)
    if "error" in obj:
        message = str(obj.get("message") or obj["error"])
        return Outcome(name, reason=str(obj["error"]), message=message.removeprefix(f"{name}: "))
    try:
        return Outcome(name, article=Article.from_json(obj))
    except (KeyError, TypeError, ValueError) as exc:
        return Outcome(name, reason="bad-json", message=f"not an article record ({exc})")
