"""An article as shown in one script: converted title and body, fact spans moved with it.

No Qt here. Everything the reader, the facts sidebar and copying show in the current script
comes from one `Presented`, so their texts always agree: a fact's shown text is the slice of
the shown body under its moved span. Recent conversions are cached, so toggling back and
forth or returning to an article costs nothing. The article's people, organizations and
places are protected: conversion keeps what OpenCC's data cannot decide in them as written
(`viewer.script_protect`), in the title as in the body.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from viewer.model import Article, Fact, Script
from viewer.script import SpanMap, Utf16Index, convert, convert_with_map, names_in
from viewer.script_ambiguity import Ambiguity, find


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
    names: tuple[str, ...] = ()  # protected names (none in 原文)
    protected: tuple[tuple[int, int], ...] = ()  # their occurrences, code points in `body`

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

    def ambiguities(self) -> list[Ambiguity]:
        """The body's one-to-many characters, placed in the shown body (none in 原文)."""
        if self.mode == Script.ORIGINAL:
            return []
        orig = [(self.smap.to_original(a), self.smap.to_original(b)) for a, b in self.protected]
        return find(self.article.body, self.body, self.smap, self.mode, orig)


def meta_line(article: Article, mode: Script, phrases: bool = False) -> str:
    """来源 · 日期 · 作者 — the line under the title."""
    parts = [article.source or "", article.published or "", "、".join(article.authors)]
    return convert(" · ".join(p for p in parts if p), mode, phrases)


def present(article_id: str, article: Article, mode: Script, phrases: bool = False) -> Presented:
    mode = Script(mode)
    names = names_in(article.facts) if mode != Script.ORIGINAL else ()
    cuts = [x for f in article.facts for x in (f.start, f.end)]
    body, smap = convert_with_map(article.body, mode, phrases, cuts, names)
    spans = tuple((smap.to_converted(f.start), smap.to_converted(f.end)) for f in article.facts)
    protected: tuple[tuple[int, int], ...] = ()
    if names:
        from viewer.script_protect import protected_ranges

        ranges = protected_ranges(article.body, names, mode)
        protected = tuple((smap.to_converted(a), smap.to_converted(b)) for a, b in ranges)
    return Presented(
        id=article_id,
        article=article,
        mode=mode,
        phrases=phrases,
        title=convert_with_map(article.title or "", mode, phrases, (), names)[0],
        meta=meta_line(article, mode, phrases),
        body=body,
        spans=spans,
        smap=smap,
        utf16=Utf16Index(body),
        names=names,
        protected=protected,
    )


class Presenter:
    """`present` with a small cache keyed by article, script and phrase option."""

    def __init__(self, size: int = 8) -> None:
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
