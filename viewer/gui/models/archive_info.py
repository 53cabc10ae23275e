"""What Help > About this archive shows: where the archive comes from and what it holds.

No Qt here. Title, description, sources, build date and pipeline version are read from the
archive's `metadata` table (written by `archive-viewer build`, readable in Datasette); the
article and fact counts are counted live, so they are right after imports and deletions.
Sources are the archive's own, with their article counts, when the archive can list them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

UNKNOWN = "—"


def _sources(meta: dict[str, str], facets: Sequence[tuple[Any, int]] | None) -> str:
    if facets:
        return "\n".join(f"{name} ({count:,})" for name, count in facets if name)
    raw = meta.get("sources")
    if not raw:
        return UNKNOWN
    try:
        names = json.loads(raw)
    except ValueError:
        return raw
    return "\n".join(str(n) for n in names) if isinstance(names, list) and names else UNKNOWN


def _date(value: str | None) -> str:
    """2026-11-22T11:56:44+00:00 -> 2026-11-22 11:56 UTC."""
    if not value:
        return UNKNOWN
    date, _, time = value.partition("T")
    if not time:
        return date
    utc = time.endswith(("+00:00", "Z"))
    return f"{date} {time[:5]}{' UTC' if utc else ''}"


def archive_rows(archive: Any, path: Any) -> list[tuple[str, str]]:
    """(label, value) rows; a value that cannot be read says why, never raises."""
    try:
        meta = archive.metadata()
    except Exception as exc:
        return [("File", str(path)), ("Error", str(exc))]
    try:
        articles, facts = f"{archive.article_count():,}", f"{archive.fact_count():,}"
    except Exception as exc:
        articles = facts = str(exc)
    try:
        facets = archive.facets().sources
    except Exception:
        facets = None
    return [
        ("Title", meta.get("title") or UNKNOWN),
        ("Description", meta.get("description") or UNKNOWN),
        ("Sources", _sources(meta, facets)),
        ("Built", _date(meta.get("built_at"))),
        ("Pipeline version", meta.get("pipeline_version") or UNKNOWN),
        ("Schema version", meta.get("schema_version") or UNKNOWN),
        ("Articles", articles),
        ("Facts", facts),
        ("File", str(path)),
    ]
