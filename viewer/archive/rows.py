"""Articles and facts to table rows and back, and the derived columns (id, year, place)."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Mapping
from typing import Any

from viewer.model import Article, Fact

ID_LENGTH = 16

# Per-kind fields that get a column of their own (all of them stay in `data` too).
FACT_COLUMNS = (
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
    "role",
)

SUMMARY_COLUMNS = "id, title, title_derived, published, source, province, city, script"


def article_id(article: Article) -> str:
    """A prefix of the SHA-256 of the original document (of the body when there is none).

    The same document imported twice, whatever its encoding on disk, gets the same id.
    """
    basis = article.raw or article.body
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:ID_LENGTH]


def year_of(published: str | None) -> int | None:
    if published and len(published) >= 4 and published[:4].isdigit():
        return int(published[:4])
    return None


def main_place(facts: tuple[Fact, ...]) -> tuple[str | None, str | None]:
    """The most mentioned province, and its most mentioned city (first mention breaks ties)."""
    provinces = Counter(f.get("province") for f in facts if f.kind == "place" and f.get("province"))
    if not provinces:
        return None, None
    province = provinces.most_common(1)[0][0]
    cities = Counter(
        f.get("city")
        for f in facts
        if f.kind == "place" and f.get("province") == province and f.get("city")
    )
    return province, (cities.most_common(1)[0][0] if cities else None)


def article_row(article: Article, aid: str, origin: str, imported_at: str) -> dict[str, Any]:
    province, city = main_place(article.facts)
    return {
        "id": aid,
        "title": article.title,
        "title_derived": int(article.title_derived),
        "published": article.published,
        "year": year_of(article.published),
        "source": article.source,
        "authors": json.dumps(list(article.authors), ensure_ascii=False),
        "editor": article.editor,
        "script": article.script,
        "province": province,
        "city": city,
        "body": article.body,
        "raw": article.raw,
        "warnings": json.dumps(list(article.warnings), ensure_ascii=False),
        "removed": json.dumps(dict(article.removed), ensure_ascii=False),
        "origin": origin,
        "imported_at": imported_at,
    }


def fact_rows(aid: str, facts: tuple[Fact, ...]) -> list[dict[str, Any]]:
    rows = []
    for seq, fact in enumerate(facts):
        row: dict[str, Any] = {
            "article_id": aid,
            "seq": seq,
            "kind": fact.kind,
            "text": fact.text,
            "start": fact.start,
            "end": fact.end,
        }
        for col in FACT_COLUMNS:
            value = fact.get(col)
            row[col] = (
                value if value is None or isinstance(value, int | float | str) else str(value)
            )
        row["data"] = json.dumps(dict(fact.data), ensure_ascii=False)
        rows.append(row)
    return rows


def fact_from_row(row: Mapping[str, Any]) -> Fact:
    data = json.loads(row["data"]) if row["data"] else {}
    return Fact(row["kind"], row["text"], row["start"], row["end"], data)


def article_from_row(row: Mapping[str, Any], facts: tuple[Fact, ...]) -> Article:
    return Article(
        file=row["origin"] or "",
        body=row["body"],
        raw=row["raw"] or "",
        title=row["title"],
        title_derived=bool(row["title_derived"]),
        published=row["published"],
        source=row["source"],
        authors=tuple(json.loads(row["authors"] or "[]")),
        editor=row["editor"],
        script=row["script"] or "hans",
        warnings=tuple(json.loads(row["warnings"] or "[]")),
        removed=json.loads(row["removed"] or "{}"),
        facts=facts,
    )
