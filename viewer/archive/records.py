"""What the archive hands out: frozen records, safe to pass between threads."""

from __future__ import annotations

from dataclasses import dataclass, field

from viewer.model import Article


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One line of the article list: enough to show it without loading the body."""

    id: str
    title: str | None
    title_derived: bool
    published: str | None
    source: str | None
    province: str | None
    city: str | None
    script: str

    @property
    def place(self) -> str | None:
        """The main place as one label (province and city, or whichever is known)."""
        if self.province and self.city and self.city != self.province:
            return f"{self.province}{self.city}"
        return self.province or self.city


@dataclass(frozen=True, slots=True)
class StoredArticle:
    id: str
    article: Article
    origin: str | None
    imported_at: str | None


@dataclass(frozen=True, slots=True)
class Facets:
    """Values to filter on, each with its number of articles, most frequent first."""

    sources: list[tuple[str, int]] = field(default_factory=list)
    provinces: list[tuple[str, int]] = field(default_factory=list)
    years: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result; `marks` are (start, end) spans of the matches inside `snippet`."""

    id: str
    title: str | None
    published: str | None
    source: str | None
    snippet: str
    marks: list[tuple[int, int]]
    script: str = "hans"
    title_marks: list[tuple[int, int]] = field(default_factory=list)
