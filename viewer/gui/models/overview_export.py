"""The facts table's cells and its exports (CSV with a BOM, JSON, Markdown). No Qt here.

A row's cells are plain strings in the stored original; the model converts them to the
shown script (the kind and the header are interface words, in the interface language), and
exports write exactly what is shown. The last column is a pairing's direction: → when its
article says which side helps (a helps b), ↔ when it does not (a and b in reading order);
JSON writes it as `"directed": true / false` (null for the other kinds).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence

from viewer.archive.overview import FactRow
from viewer.citation import KIND_LABELS, fact_value
from viewer.model import Fact

KEYS = (
    "kind",
    "text",
    "value",
    "unit",
    "subject",
    "place",
    "title",
    "source",
    "date",
    "directed",
)
DIRECTED, UNDIRECTED = "→", "↔"
_APPROX = {"more": "{}+", "less": "<{}", "about": "~{}", "atleast": "≥{}"}


def _number(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else str(value)


def value_cell(fact: Fact) -> str:
    """A number without its unit (the unit has a column), else the resolved value."""
    number = fact.get("value") if fact.kind == "quantity" else None
    if fact.kind == "money":
        number = fact.get("yuan")
    if number is None:  # a place's names have their own column
        return "" if fact.kind == "place" else fact_value(fact)
    return _APPROX.get(fact.get("approx") or "exact", "{}").format(_number(number))


def unit_cell(fact: Fact) -> str:
    if fact.kind == "money" and fact.get("yuan") is not None:
        return "元"
    return fact.get("unit") or ""


def note_cell(fact: Fact) -> str:
    if fact.kind == "pairing":
        return fact.get("relation") or ""
    return fact.get("subject") or fact.get("role") or ""


def direction_cell(fact: Fact) -> str:
    """→ for a pairing whose text says who helps, ↔ for one that does not, else empty."""
    if fact.kind != "pairing":
        return ""
    return DIRECTED if fact.get("directed", True) else UNDIRECTED


def row_cells(r: FactRow, kind_label: Callable[[str], str] | None = None) -> tuple[str, ...]:
    """The row's cells; `kind_label` names the kind (the interface's words; by default the
    Chinese ones that citations use)."""
    f = r.fact
    return (
        kind_label(f.kind) if kind_label is not None else KIND_LABELS.get(f.kind, f.kind),
        f.text,
        value_cell(f),
        unit_cell(f),
        note_cell(f),
        r.place,
        r.title or "",
        r.source or "",
        r.published or "",
        direction_cell(f),
    )


def to_csv(table: Sequence[Sequence[str]]) -> bytes:
    """UTF-8 with a BOM, so that spreadsheet programs read the Chinese correctly."""
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(table)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_json(table: Sequence[Sequence[str]]) -> bytes:
    """A list of objects keyed by the columns' stable English names; `directed` a boolean
    (null for facts other than pairings)."""
    objects = [dict(zip(KEYS, row, strict=True)) for row in table[1:]]
    for o in objects:
        o["directed"] = {DIRECTED: True, UNDIRECTED: False}.get(o["directed"])
    return (json.dumps(objects, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _md(cell: str) -> str:
    return " ".join(cell.split()).replace("\\", "\\\\").replace("|", "\\|")


def to_markdown(table: Sequence[Sequence[str]]) -> bytes:
    if not table:
        return b""
    lines = ["| " + " | ".join(_md(c) for c in table[0]) + " |"]
    lines.append("|" + "---|" * len(table[0]))
    lines += ["| " + " | ".join(_md(c) for c in row) + " |" for row in table[1:]]
    return ("\n".join(lines) + "\n").encode("utf-8")


WRITERS = {"csv": to_csv, "json": to_json, "md": to_markdown}
