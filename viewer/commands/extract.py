"""`archive-viewer extract FILE... --json|--jsonl`: the pipeline on files, no archive touched."""

from __future__ import annotations

import argparse
import json
import sys

from viewer.errors import InputRefused
from viewer.pipeline import process
from viewer.readfile import read_source


def run(args: argparse.Namespace) -> int:
    if args.jsonl:
        return _run_jsonl(args)
    if len(args.files) > 1:
        results = []
        for path in args.files:
            results.append(process(read_source(path), str(path)).to_json())
        json.dump(results, sys.stdout, ensure_ascii=False, indent=1)
    else:
        path = args.files[0]
        article = process(read_source(path), str(path))
        json.dump(article.to_json(), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


def _run_jsonl(args: argparse.Namespace) -> int:
    """Streams one object per line; a refused file is a line with an `error` and exit 1."""
    refused = 0
    for path in args.files:
        try:
            obj = process(read_source(path), str(path)).to_json(with_raw=True)
        except InputRefused as exc:
            refused += 1
            obj = {"file": str(path), "error": exc.reason, "message": str(exc)}
            print(f"archive-viewer: {exc}", file=sys.stderr)
        sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 1 if refused else 0
