"""Site noise around an article: SEO spam, chrome, disclaimers, tails, meta lines.

One pass over the lines with the patterns of `noise`. Meta lines (date, source, byline,
editor) are set aside for the metadata step rather than lost. A related-news heading ends
the article only once the article has begun; before that it is a sidebar, and only its own
short list is dropped.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from viewer.ingest.labels import editor_of
from viewer.ingest.media_noise import is_keyword_list, is_media_noise
from viewer.ingest.noise import (
    CLAUSE_RE,
    COUNTER_RE,
    DATE_LINE_RE,
    DISCLAIMER_HEAD_RE,
    META_RE,
    RIGHTS_RE,
    TAIL_RE,
    is_chrome,
    is_disclaimer,
    is_meta,
    is_spam,
    norm,
    short,
)

__all__ = ["DATE_LINE_RE", "META_RE", "Cleaned", "fix_broken_entities", "strip_boilerplate"]

BROKEN_ENTITY_RE = re.compile(
    r"&\s*([^&;\n]{1,40}?)\s*(hellip|nbsp|ldquo|rdquo|lsquo|rsquo|mdash|middot|amp|quot);"
)
# Chinese characters kept before a related-news heading ends the article rather than a sidebar.
ARTICLE_BEGUN = 60


@dataclass
class Cleaned:
    """Lines kept, what was removed, and the meta lines the metadata step reads."""

    lines: list[str]
    spam_lines: int = 0
    chrome_lines: int = 0
    disclaimer_lines: int = 0
    meta_lines: list[str] = field(default_factory=list)
    repeated: list[str] = field(default_factory=list)
    editor: str | None = None


def fix_broken_entities(line: str) -> tuple[str, int]:
    """`& 某某投注法 hellip;` -> `…`: spam pushed inside an entity is cut out."""
    count = 0

    def repl(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return html.unescape(f"&{m.group(2)};")

    return BROKEN_ENTITY_RE.sub(repl, line), count


def _repeated(norms: Iterable[str]) -> set[str]:
    """Short lines printed twice or more: the outlet's name in a header, a menu."""
    counts = Counter(n for n in norms if n and short(n, 20))
    return {n for n, c in counts.items() if c >= 2 and not COUNTER_RE.match(n)}


def _cjk(text: str) -> int:
    return sum(1 for c in text if "\u4e00" <= c <= "\u9fff")


def strip_boilerplate(
    lines: list[str], context: Iterable[str] = (), norms: list[str] | None = None
) -> Cleaned:
    """Drop noise lines; meta lines are kept aside for the metadata step.

    `context` holds lines already removed above the headline: they count when looking for
    a header printed twice (the outlet's name), and come first among the repeated lines.
    `norms` (each line through `noise.norm`) may be passed in when already computed.
    """
    context = [x.strip() for x in context if x.strip()]
    norms = norms if norms is not None else [norm(line) for line in lines]
    repeated = _repeated([norm(x) for x in context] + norms)
    out = Cleaned([])
    out.repeated = [x for x in context if norm(x) in repeated]
    in_disclaimer = False
    in_sidebar = False
    kept_cjk = 0
    for line, n in zip(lines, norms, strict=True):
        if not n:
            continue
        if "&" in line:
            line, spam = fix_broken_entities(line)
            out.spam_lines += spam
            n = norm(line)
        if in_sidebar and short(n, 40):
            out.chrome_lines += 1
            continue
        in_sidebar = False
        if TAIL_RE.match(n) and short(n, 50):
            out.chrome_lines += 1
            if kept_cjk >= ARTICLE_BEGUN:
                break  # everything after a related-news heading is the tail
            in_sidebar = True
            continue
        if DISCLAIMER_HEAD_RE.match(n):
            in_disclaimer = True
            out.disclaimer_lines += 1
            continue
        if in_disclaimer and (CLAUSE_RE.match(n) or RIGHTS_RE.search(n)):
            out.disclaimer_lines += 1
            continue
        in_disclaimer = False
        if is_meta(n, line):  # before spam: `来源 | 某某` is a label, not a bar-separated list
            out.meta_lines.append(line.strip())
            out.editor = out.editor or editor_of(line)
            out.chrome_lines += 1
            continue
        if is_spam(n) or is_keyword_list(n, line):
            out.spam_lines += 1
            continue
        if n in repeated:
            out.repeated.append(line.strip())
            out.chrome_lines += 1
            continue
        if is_chrome(n) or is_media_noise(n, line):
            out.chrome_lines += 1
            continue
        if is_disclaimer(n):
            out.disclaimer_lines += 1
            continue
        out.lines.append(line)
        if kept_cjk < ARTICLE_BEGUN:
            kept_cjk += _cjk(line)
    return out
