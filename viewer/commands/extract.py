"""`archive-viewer extract FILE... --json|--jsonl`: the pipeline on files, no archive touched."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from viewer.errors import InputRefused
from viewer.pipeline import process
from viewer.readfile import read_source


def _extract(path: Path, *, with_raw: bool) -> dict[str, Any]:
    return process(read_source(path), str(path)).to_json(with_raw=with_raw)


def run(args: argparse.Namespace) -> int:
    if args.jsonl:
        return _run_jsonl(args.files)
    if len(args.files) == 1:
        # A single refused file propagates: one line on stderr, exit code 2.
        json.dump(_extract(args.files[0], with_raw=False), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    results, refused = [], 0
    for path in args.files:
        try:
            results.append(_extract(path, with_raw=False))
        except InputRefused as exc:
            refused += 1
            print(f"archive-viewer: {exc}", file=sys.stderr)
    json.dump(results, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 2 if refused else 0


def _run_jsonl(files: list[Path]) -> int:
    """Streams one object per line; a refused file is a line with an `error`, and exit 1."""
    refused = 0
    for path in files:
        try:
            obj = _extract(path, with_raw=True)
        except InputRefused as exc:
            refused += 1
            obj = {"file": str(path), "error": exc.reason, "message": str(exc)}
            print(f"archive-viewer: {exc}", file=sys.stderr)
        sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 1 if refused else 0
