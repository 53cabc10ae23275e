"""The top of a page: site chrome, the headline and the header meta lines, split off the body.

The header is what comes before the first real paragraph. Within it, meta lines (date,
source, byline) and the headline are found; everything above the headline is the site's
(name, menus, breadcrumbs) and is dropped. The headline is the `<h1>`, the line that repeats
the page's `<title>`, or else the last headline-shaped line before the meta lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from viewer.ingest.lexicon import cjk_count
from viewer.ingest.noise import OUTLET_RE, SENTENCE_PUNCT, is_chrome, is_meta, is_spam, norm

HEADER_MAX = 40  # lines looked at before giving up on finding the body
HEADLINE_MAX = 50
# Separators before a site name ending a <title>: `标题_某某网`, `标题 - 某某网`, `标题--某网`.
# (?<!\s): a match found inside a run of spaces would have been found at the run's start, so
# only that start is tried (every space of a long run used to rescan the rest of the run)
SITE_SUFFIX_RE = re.compile(r"(?<!\s)\s*(?:_|--|-|\||–|—)\s*[^_|–—-]{2,24}$")


@dataclass
class Header:
    lines: list[str]
    headline: str | None = None
    meta: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    body_from: int = 0  # index of the first line of `lines` in the page's lines


def is_paragraph(line: str) -> bool:
    """Running text: long, and punctuated like sentences."""
    n = norm(line)
    if len(n) >= 100:
        return True
    return len(n) >= 30 and (any(p in n for p in SENTENCE_PUNCT) or n.count(",") >= 2)


def title_main(title: str | None) -> str | None:
    """The page `<title>` without the site name(s) appended to it."""
    if not title:
        return None
    main = title.strip()
    for _ in range(2):
        m = SITE_SUFFIX_RE.search(main)
        if not m or len(main) - len(m.group(0)) < 6:
            break
        main = main[: m.start()].strip()
    return main or None


def _headline_shaped(line: str, n: str) -> bool:
    return (
        4 <= len(line) <= HEADLINE_MAX
        and cjk_count(line) >= 4
        and not line.endswith(("。", ":", "：", ","))
        and not (is_chrome(n) or is_spam(n) or is_meta(n))
    )


def headline_hint(h1: str | None, title: str | None) -> str | None:
    """The `<h1>` when it is the article's headline, not the site's logo or name.

    A short `<h1>` that shares nothing with the page `<title>` names the site.
    """
    if not h1:
        return None
    if not title or len(norm(h1)) > 12:
        return h1
    a, b = norm(h1), norm(title_main(title) or title)
    return h1 if a in b or b in a else None


def _bare_headline(line: str, n: str) -> bool:
    """A first line that can only be a headline: long enough, not an outlet's name."""
    return len(n) >= 8 and _headline_shaped(line.strip(), n) and not OUTLET_RE.fullmatch(n)


def _find_headline(lines: list[str], norms: list[str], end: int, hints: list[str]) -> int | None:
    """Index of the line among lines[:end] that the `<h1>` or `<title>` says is the headline."""
    for hint in hints:
        want = norm(hint)
        for i in range(end):
            n = norms[i]
            if len(n) >= 4 and (n == want or (n in want and len(n) * 5 >= len(want) * 3)):
                return i
    return None


def split_header(
    lines: list[str],
    h1: str | None = None,
    title: str | None = None,
    norms: list[str] | None = None,
) -> Header:
    """`norms` (each line through `noise.norm`) may be passed in when already computed."""
    limit = min(len(lines), HEADER_MAX)
    norms = norms if norms is not None else [norm(x) for x in lines[:limit]]
    body_at = next((i for i in range(limit) if is_paragraph(lines[i])), limit)
    metas = [i for i in range(body_at) if is_meta(norms[i], lines[i])]
    hints = [x for x in (headline_hint(h1, title), title_main(title)) if x]
    headline = _find_headline(lines, norms, body_at, hints)
    if headline is not None:
        metas = [i for i in metas if i > headline]  # a date above the headline is the site's
    elif metas:
        first = metas[0]
        for i in range(first - 1, max(-1, first - 9), -1):
            if _headline_shaped(lines[i].strip(), norms[i]):
                headline = i
                break
    if not metas and headline is None and body_at == 1 and _bare_headline(lines[0], norms[0]):
        headline = 0  # plain text that opens with its headline and goes straight on
    if not metas and headline is None:
        return Header(lines, body_from=0)
    cut = headline if headline is not None else -1
    if metas:
        cut = metas[0]
        for i in metas[1:]:
            if all(len(norms[j]) <= 30 for j in range(cut + 1, i)):
                cut = i
    meta = [lines[i] for i in metas if i <= cut]
    start = headline if headline is not None else metas[0]
    dropped = [lines[i] for i in range(start)]
    text = lines[headline].strip() if headline is not None else None
    return Header(lines[cut + 1 :], text, meta, dropped, cut + 1)
