"""`archive-viewer export --format csv|json|md [--script MODE] [--kind KIND] [-o FILE]`.

One row per fact, with its article's title, source and date. Text fields are converted to
the chosen script from the stored original; offsets (start, end) stay those of the stored
body. CSV is UTF-8 with a BOM so that spreadsheet programs read the Chinese correctly.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Iterator
from typing import Any

from viewer.archive import Archive, ArchiveError
from viewer.commands.archives import for_reading
from viewer.model import FACT_KINDS, Script
from viewer.script import convert

COLUMNS = (
    "article_id",
    "title",
    "source",
    "published",
    "kind",
    "text",
    "start",
    "end",
    "value",
    "unit",
    "approx",
    "yuan",
    "iso",
    "province",
    "city",
    "county",
    "a",
    "b",
    "relation",
    "directed",
    "role",
    "subject",
)
TEXT_COLUMNS = (
    "title",
    "source",
    "text",
    "unit",
    "province",
    "city",
    "county",
    "a",
    "b",
    "relation",
    "role",
    "subject",
)


def run(args: argparse.Namespace) -> int:
    if args.kind is not None and args.kind not in FACT_KINDS:
        print(
            f"archive-viewer: unknown fact kind {args.kind!r} (one of: {', '.join(FACT_KINDS)})",
            file=sys.stderr,
        )
        return 2
    try:
        with Archive.open(for_reading(args.archive), readonly=True) as archive:
            records = list(_records(archive, args.kind, Script(args.script)))
    except ArchiveError as exc:
        print(f"archive-viewer: {exc}", file=sys.stderr)
        return 2
    text = {"csv": to_csv, "json": to_json, "md": to_markdown}[args.format](records)
    if args.output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
    else:
        args.output.write_text(text, encoding="utf-8")
    return 0


def _records(archive: Archive, kind: str | None, mode: Script) -> Iterator[dict[str, Any]]:
    for summary, fact in archive.all_facts(kind=kind):
        rec: dict[str, Any] = {
            "article_id": summary.id,
            "title": summary.title,
            "source": summary.source,
            "published": summary.published,
            "kind": fact.kind,
            "text": fact.text,
            "start": fact.start,
            "end": fact.end,
        }
        rec.update({k: v for k, v in fact.data.items() if k not in rec})
        for col in TEXT_COLUMNS:
            if isinstance(rec.get(col), str):
                rec[col] = convert(rec[col], mode)
        yield rec


def _flag(value: Any) -> Any:
    """A pairing's `directed` as JSON writes it (true / false); other values unchanged."""
    return {True: "true", False: "false"}.get(value, value) if isinstance(value, bool) else value


def to_csv(records: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({**r, "directed": _flag(r.get("directed"))} for r in records)
    return "\ufeff" + buf.getvalue()


def to_json(records: list[dict[str, Any]]) -> str:
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


def _cell(value: Any) -> str:
    text = "" if value is None else str(_flag(value))
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def to_markdown(records: list[dict[str, Any]]) -> str:
    cols = (
        "kind",
        "text",
        "value",
        "unit",
        "yuan",
        "iso",
        "province",
        "directed",
        "title",
        "source",
        "published",
    )
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(_cell(r.get(c)) for c in cols) + " |" for r in records]
    return "\n".join(lines) + "\n"
