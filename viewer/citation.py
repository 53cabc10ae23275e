"""What a fact looks like when copied: its line, a GB/T 7714 reference, a table of facts.

Plain strings only, so the command line and the desktop app copy exactly the same thing.
The fact's text, value and note follow the chosen script; the reference always names the
article as it was published (original title), because a citation must find the source.
Chinese parts are joined without spaces.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from viewer.model import Fact, Script
from viewer.script import convert

KIND_LABELS = {
    "quantity": "数字",
    "money": "金额",
    "date": "日期",
    "place": "地点",
    "organization": "机构",
    "person": "人物",
    "pairing": "结对",
}
TABLE_HEADER = ("类型", "原文", "值", "说明", "标题", "来源", "日期")
_APPROX = {"more": "{}+", "less": "<{}", "about": "~{}", "atleast": "≥{}"}


@dataclass(frozen=True, slots=True)
class Work:
    """The article a fact comes from, as a citation needs it."""

    title: str | None
    source: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()

    @classmethod
    def of(cls, article: Any) -> Work:
        """From anything with title / source / published (and maybe authors) attributes."""
        return cls(
            getattr(article, "title", None),
            getattr(article, "source", None),
            getattr(article, "published", None),
            tuple(getattr(article, "authors", ()) or ()),
        )


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else str(value)


def _approx(number: str, approx: str | None) -> str:
    return _APPROX.get(approx or "exact", "{}").format(number)


def fact_value(fact: Fact) -> str:
    """The resolved value: 600+ 人次, 3,145,100 元, 2023-04-14, 山西省长治市壶关县,
    武汉大学 → 壶关县 (a pairing; ↔ when it has no direction), ..."""
    kind = fact.kind
    if kind == "quantity" and fact.get("value") is not None:
        unit = fact.get("unit") or ""
        return f"{_approx(_number(fact.get('value')), fact.get('approx'))} {unit}".strip()
    if kind == "money" and fact.get("yuan") is not None:
        return f"{_approx(_number(fact.get('yuan')), fact.get('approx'))} 元"
    if kind == "date":
        return fact.get("iso") or ""
    if kind == "place":
        parts: list[str] = []
        for key in ("province", "city", "county"):
            name = fact.get(key)
            if name and name not in parts:
                parts.append(name)
        return "".join(parts)
    if kind == "person":
        return fact.get("role") or ""
    if kind == "pairing" and (fact.get("a") or fact.get("b")):
        # a → b: a helps b; a ↔ b: the text does not say who helps (reading order). A fact
        # stored before pairings carried `directed` counts as directed, as the overview does.
        link = "→" if fact.get("directed", True) else "↔"
        return f"{fact.get('a') or '?'} {link} {fact.get('b') or '?'}"
    return ""


def fact_note(fact: Fact) -> str:
    """What the value is about: a quantity's subject or a pairing's relation."""
    if fact.kind == "quantity":
        return fact.get("subject") or ""
    if fact.kind == "pairing":
        return fact.get("relation") or ""
    return ""


def fact_line(fact: Fact, work: Work, mode: Script = Script.ORIGINAL, phrases: bool = False) -> str:
    """壺關縣（山西省长治市壶关县）——《题名》，来源，2023-04-14"""
    extra = "；".join(x for x in (fact_value(fact), fact_note(fact)) if x)
    line = convert(fact.text, mode, phrases)
    if extra:
        line += f"（{convert(extra, mode, phrases)}）"
    where = [f"《{convert(work.title or '无题', mode, phrases)}》"]
    where += [x for x in (work.source and convert(work.source, mode, phrases), work.published) if x]
    return f"{line}——{'，'.join(where)}"


def reference(work: Work) -> str:
    """GB/T 7714 reference for an online newspaper article: 作者. 题名[N/OL]. 来源, 日期."""
    authors = list(work.authors[:3]) + (["等"] if len(work.authors) > 3 else [])
    parts = [", ".join(authors)] if authors else []
    parts.append(f"{work.title or '无题'}[N/OL]")
    tail = ", ".join(x for x in (work.source, work.published) if x)
    if tail:
        parts.append(tail)
    return ". ".join(parts) + "."


def fact_with_citation(
    fact: Fact, work: Work, mode: Script = Script.ORIGINAL, phrases: bool = False
) -> str:
    return f"{fact_line(fact, work, mode, phrases)}\n{reference(work)}"


def facts_table(
    rows: Iterable[tuple[Fact, Work]], mode: Script = Script.ORIGINAL, phrases: bool = False
) -> list[tuple[str, ...]]:
    """One row per fact under TABLE_HEADER, texts in `mode`; the title stays original."""
    table: list[tuple[str, ...]] = [TABLE_HEADER]
    for fact, work in rows:
        table.append(
            (
                KIND_LABELS.get(fact.kind, fact.kind),
                convert(fact.text, mode, phrases),
                convert(fact_value(fact), mode, phrases),
                convert(fact_note(fact), mode, phrases),
                work.title or "",
                work.source or "",
                work.published or "",
            )
        )
    return table


def _cell(text: str) -> str:
    return " ".join(text.split()) if any(c in text for c in "\t\r\n") else text


def to_tsv(table: Sequence[Sequence[str]]) -> str:
    """Tab-separated rows that paste into a spreadsheet as columns."""
    return "".join("\t".join(_cell(c) for c in row) + "\n" for row in table)


def to_html(table: Sequence[Sequence[str]]) -> str:
    """The same table as HTML (the first row as header), every cell escaped."""
    if not table:
        return "<table></table>"
    head = "".join(f"<th>{html.escape(c)}</th>" for c in table[0])
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in table[1:]
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
