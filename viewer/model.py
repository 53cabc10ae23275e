"""The plain data every part shares: Article, Fact and the script modes.

Frozen dataclasses so that an article can be handed between threads and processes without
copies going stale; `to_json` gives the exact shape of `archive-viewer extract --json`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any

FACT_KINDS = ("quantity", "money", "date", "place", "organization", "person", "pairing")


class Script(StrEnum):
    """Display modes. The value is the stable name used in settings and on the command line."""

    ORIGINAL = "original"
    HANS = "hans"
    HANT = "hant"
    TW = "tw"
    HK = "hk"

    @property
    def label(self) -> str:
        """Each label is written in its own script and never converted."""
        return _LABELS[self]


_LABELS = {
    Script.ORIGINAL: "原文",
    Script.HANS: "简体",
    Script.HANT: "繁體",
    Script.TW: "臺灣正體",
    Script.HK: "香港繁體",
}


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact with its exact span: `body[start:end] == text` in the body's own script.

    `data` holds the per-kind fields (value, unit, approx, subject; yuan; iso; province,
    city, county, adcode; role; a, b, relation, directed) exactly as they appear in the JSON
    form. A pairing's `directed` is true when the text says which side helps (`a` helps `b`)
    and false for cooperation between equals (`a` and `b` in reading order).
    """

    kind: str
    text: str
    start: int
    end: int
    data: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in FACT_KINDS:
            raise ValueError(f"unknown fact kind {self.kind!r}")
        if self.end - self.start != len(self.text):
            raise ValueError(f"span {self.start}:{self.end} does not fit {self.text!r}")
        object.__setattr__(self, "data", MappingProxyType(dict(self.data)))

    def __reduce__(self) -> tuple[Any, ...]:
        # The read-only mapping does not pickle; worker processes send facts by value.
        return (Fact.from_json, (self.to_json(),))

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            **self.data,
        }

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> Fact:
        rest = {k: v for k, v in obj.items() if k not in ("kind", "text", "start", "end")}
        return cls(obj["kind"], obj["text"], int(obj["start"]), int(obj["end"]), rest)


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article with its metadata, what cleaning did, and its facts."""

    file: str
    body: str
    raw: str = ""
    title: str | None = None
    title_derived: bool = False
    published: str | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()
    editor: str | None = None
    script: str = "hans"
    warnings: tuple[str, ...] = ()
    removed: Mapping[str, int] = field(default_factory=dict)
    facts: tuple[Fact, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "authors", tuple(self.authors))
        object.__setattr__(self, "warnings", tuple(self.warnings))
        object.__setattr__(self, "facts", tuple(self.facts))
        object.__setattr__(self, "removed", MappingProxyType(dict(self.removed)))

    def __reduce__(self) -> tuple[Any, ...]:
        return (Article.from_json, (self.to_json(with_raw=True),))

    def to_json(self, *, with_raw: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "file": self.file,
            "title": self.title,
            "title_derived": self.title_derived,
            "published": self.published,
            "source": self.source,
            "authors": list(self.authors),
            "editor": self.editor,
            "script": self.script,
            "body": self.body,
            "warnings": list(self.warnings),
            "removed": dict(self.removed),
            "facts": [f.to_json() for f in self.facts],
        }
        if with_raw:
            out["raw"] = self.raw
        return out

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> Article:
        return cls(
            file=obj.get("file", ""),
            body=obj["body"],
            raw=obj.get("raw", ""),
            title=obj.get("title"),
            title_derived=bool(obj.get("title_derived", False)),
            published=obj.get("published"),
            source=obj.get("source"),
            authors=tuple(obj.get("authors") or ()),
            editor=obj.get("editor"),
            script=obj.get("script", "hans"),
            warnings=tuple(obj.get("warnings") or ()),
            removed=dict(obj.get("removed") or {}),
            facts=tuple(Fact.from_json(f) for f in obj.get("facts") or ()),
        )
