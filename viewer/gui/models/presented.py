"""An article as shown in one script: converted title and body, fact spans moved with it.

No Qt here. Everything the reader, the facts sidebar and copying show in the current script
comes from one `Presented`, so their texts always agree: a fact's shown text is the slice of
the shown body under its moved span. Recent conversions are cached, so toggling back and
forth or returning to an article costs nothing.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from viewer.model import Article, Fact, Script
from viewer.script import SpanMap, Utf16Index, convert, convert_with_map


@dataclass(frozen=True, slots=True)
class Presented:
    id: str
    article: Article
    mode: Script
    phrases: bool
    title: str
    meta: str
    body: str
    spans: tuple[tuple[int, int], ...]  # per fact, code points in `body`
    smap: SpanMap
    utf16: Utf16Index

    @property
    def facts(self) -> tuple[Fact, ...]:
        return self.article.facts

    def fact_text(self, i: int) -> str:
        a, b = self.spans[i]
        return self.body[a:b]

    def fact_at(self, pos: int) -> int | None:
        """The narrowest fact whose shown span holds code point `pos`."""
        best: int | None = None
        for i, (a, b) in enumerate(self.spans):
            if a <= pos < b and (best is None or b - a < self.spans[best][1] - self.spans[best][0]):
                best = i
        return best

    def convert(self, text: str) -> str:
        """Any other string (a fact's value, a name) in this script."""
        return convert(text, self.mode, self.phrases)

    def original_slice(self, start: int, end: int) -> str:
        """The stored original under a shown range (for copying in the original script)."""
        return self.article.body[self.smap.to_original(start) : self.smap.to_original(end)]


def meta_line(article: Article, mode: Script, phrases: bool = False) -> str:
    """来源 · 日期 · 作者 — the line under the title."""
    parts = [article.source or "", article.published or "", "、".join(article.authors)]
    return convert(" · ".join(p for p in parts if p), mode, phrases)


def present(article_id: str, article: Article, mode: Script, phrases: bool = False) -> Presented:
    cuts = [x for f in article.facts for x in (f.start, f.end)]
    body, smap = convert_with_map(article.body, mode, phrases, cuts)
    spans = tuple((smap.to_converted(f.start), smap.to_converted(f.end)) for f in article.facts)
    return Presented(
        id=article_id,
        article=article,
        mode=Script(mode),
        phrases=phrases,
        title=convert(article.title or "", mode, phrases),
        meta=meta_line(article, mode, phrases),
        body=body,
        spans=spans,
        smap=smap,
        utf16=Utf16Index(body),
    )


class Presenter:
    """`present` with a small cache keyed by article, script and phrase option."""

    def __init__(self, size: int = 24) -> None:
        self._size = size
        self._cache: OrderedDict[tuple[Any, ...], Presented] = OrderedDict()

    def __call__(
        self, article_id: str, article: Article, mode: Script, phrases: bool = False
    ) -> Presented:
        key = (article_id, id(article), Script(mode), phrases and mode == Script.TW)
        hit = self._cache.get(key)
        if hit is not None and hit.article is article:
            self._cache.move_to_end(key)
            return hit
        result = present(article_id, article, mode, phrases)
        self._cache[key] = result
        if len(self._cache) > self._size:
            self._cache.popitem(last=False)
        return result
