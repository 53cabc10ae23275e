"""`archive-viewer search QUERY [--archive FILE] [--json]`: ranked hits in either script."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys

from viewer.archive import Archive, ArchiveError, SearchHit
from viewer.commands.archives import for_reading


def run(args: argparse.Namespace) -> int:
    try:
        with Archive.open(for_reading(args.archive), readonly=True) as archive:
            hits = archive.search(
                args.query,
                source=args.source,
                province=args.province,
                year=args.year,
                limit=max(args.limit, 0),
            )
    except ArchiveError as exc:
        print(f"archive-viewer: {exc}", file=sys.stderr)
        return 2
    if args.json:
        json.dump([dataclasses.asdict(h) for h in hits], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if not hits:
        print("no results", file=sys.stderr)
    for hit in hits:
        print(_line(hit))
    return 0


def _marked(text: str, marks: list[tuple[int, int]]) -> str:
    """Matches between 【 】, so they show on any terminal and in any script."""
    out, last = [], 0
    for start, end in marks:
        out += [text[last:start], "【", text[start:end], "】"]
        last = end
    out.append(text[last:])
    return "".join(out)


def _line(hit: SearchHit) -> str:
    head = "  ".join(x for x in (hit.id, hit.published or "", hit.source or "") if x)
    title = _marked(hit.title or "", hit.title_marks)
    return f"{head}  {title}\n    {_marked(hit.snippet, hit.marks)}"
