"""`clean(raw, name)`: the ingest steps composed into one Article.

decode -> HTML to paragraphs -> pinyin annotations -> garbled runs (then pinyin again, since
a repaired run can reveal an annotated character) -> header and headline -> boilerplate ->
metadata. Every step is a plain function over plain data; this module only wires them.
"""

from __future__ import annotations

import re

from viewer.errors import InputRefused
from viewer.ingest.boilerplate import DATE_LINE_RE, META_RE, strip_boilerplate
from viewer.ingest.decode import decode
from viewer.ingest.garble import repair_garbled
from viewer.ingest.html import html_to_text
from viewer.ingest.lexicon import cjk_count, t2s
from viewer.ingest.metadata import extract_metadata, find_headline
from viewer.ingest.pinyin import strip_pinyin
from viewer.model import Article

HEADER_WINDOW = 12


def _norm(line: str) -> str:
    return re.sub(r"\s+", "", t2s(line))


def _is_meta(line: str) -> bool:
    n = _norm(line)
    return bool(n) and (META_RE.match(n) is not None or DATE_LINE_RE.match(n) is not None)


def _split_header(lines: list[str]) -> tuple[list[str], str | None, list[str]]:
    """(remaining lines, headline, header meta lines) from the top of the page."""
    metas = [i for i in range(min(len(lines), HEADER_WINDOW)) if _is_meta(lines[i])]
    if not metas:
        return lines, None, []
    first = metas[0]
    last = first
    for i in metas[1:]:
        between = lines[last + 1 : i]
        if all(len(x.strip()) <= 20 and "。" not in x for x in between):
            last = i
    headline = find_headline(lines, first)
    drop = set(range(first, last + 1))
    header = [lines[i] for i in range(first, last + 1) if _is_meta(lines[i])]
    if headline is not None:
        drop.add(headline)
    title = lines[headline].strip() if headline is not None else None
    return [x for i, x in enumerate(lines) if i not in drop], title, header


def _page_title(h1: str | None, title: str | None) -> str | None:
    if h1:
        return h1
    if title:
        parts = re.split(r"\s*(?:[_|]| - | — )\s*", title)
        return max(parts, key=len) or None
    return None


def clean(raw: bytes, name: str) -> Article:
    """A clean article from a raw page; raises InputRefused when there is none."""
    text = decode(raw, name)
    page = html_to_text(text)
    body_text, pinyin = strip_pinyin(page.text)
    garble = repair_garbled(body_text)
    body_text, more_pinyin = strip_pinyin(garble.text)
    lines = [line.strip() for line in body_text.split("\n")]
    lines = [line for line in lines if line]
    lines, headline, header_meta = _split_header(lines)
    if page.h1:
        lines = [x for x in lines if x != page.h1]
    cleaned = strip_boilerplate(lines)
    body = "\n".join(line.strip() for line in cleaned.lines if line.strip())
    if cjk_count(body) < 2:
        raise InputRefused(name, "no-article", "holds no article text")
    meta = extract_metadata(
        body,
        header_meta + cleaned.meta_lines,
        cleaned.repeated,
        cleaned.editor,
        headline or page.h1,
        _page_title(None, page.title),
    )
    warnings = list(garble.warnings)
    if garble.unrecoverable:
        warnings.insert(
            0,
            f"{garble.unrecoverable} garbled character(s) could not be "
            "recovered and are shown as 〔?〕",
        )
    removed = {
        "pinyin": pinyin + more_pinyin,
        "garbled_repaired": garble.repaired,
        "garbled_unrecoverable": garble.unrecoverable,
        "spam_lines": cleaned.spam_lines,
        "chrome_lines": cleaned.chrome_lines + len(header_meta),
        "disclaimer_lines": cleaned.disclaimer_lines,
    }
    return Article(
        file=name,
        body=body,
        raw=text,
        title=meta.title,
        title_derived=meta.title_derived,
        published=meta.published,
        source=meta.source,
        authors=meta.authors,
        editor=meta.editor,
        script=meta.script,
        warnings=tuple(warnings),
        removed=removed,
    )
