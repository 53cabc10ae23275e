"""`clean(raw, name)`: the ingest steps composed into one Article.

decode -> HTML to paragraphs -> pinyin annotations -> garbled runs (then pinyin again, since
a repaired run can reveal an annotated character) -> header and headline -> boilerplate ->
metadata. Every step is a plain function over plain data; this module only wires them.
"""

from __future__ import annotations

from viewer.errors import InputRefused
from viewer.ingest.boilerplate import strip_boilerplate
from viewer.ingest.decode import decode
from viewer.ingest.garble import repair_garbled
from viewer.ingest.header import headline_hint, split_header, title_main
from viewer.ingest.html import html_to_text
from viewer.ingest.lexicon import cjk_count
from viewer.ingest.metadata import extract_metadata
from viewer.ingest.noise import norm
from viewer.ingest.pinyin import strip_pinyin
from viewer.model import Article


def clean(raw: bytes, name: str) -> Article:
    """A clean article from a raw page; raises InputRefused when there is none."""
    text = decode(raw, name)
    page = html_to_text(text)
    body_text, pinyin = strip_pinyin(page.text)
    garble = repair_garbled(body_text)
    body_text, more_pinyin = strip_pinyin(garble.text)
    lines = [line.strip() for line in body_text.split("\n")]
    lines = [line for line in lines if line]
    norms = [norm(line) for line in lines]
    h1 = headline_hint(page.h1, page.title)
    header = split_header(lines, h1, page.title, norms)
    kept = [
        (line, n)
        for line, n in zip(header.lines, norms[header.body_from :], strict=True)
        if line != h1
    ]
    cleaned = strip_boilerplate([line for line, _ in kept], header.dropped, [n for _, n in kept])
    body = "\n".join(line.strip() for line in cleaned.lines if line.strip())
    if cjk_count(body) < 2:
        raise InputRefused(name, "no-article", "holds no article text")
    meta = extract_metadata(
        body,
        header.meta + cleaned.meta_lines,
        cleaned.repeated,
        cleaned.editor,
        header.headline or h1,
        title_main(page.title),
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
        "chrome_lines": cleaned.chrome_lines + len(header.meta) + len(header.dropped),
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
