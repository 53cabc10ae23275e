"""What File > Export writes, as plain strings (no Qt): facts as CSV, JSON or Markdown, and
one article as Markdown or plain text with its GB/T 7714 reference.

Facts use the command line's own rows and writers (`viewer.commands.export`), so a file
exported from the app and one from `archive-viewer export` have the same columns. Texts are
converted from the stored original into the chosen script; a reference keeps the original
title, since a citation must find the source.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from viewer.citation import Work, reference
from viewer.model import Article, Script
from viewer.script import convert

FACT_FORMATS = {"csv": "CSV (*.csv)", "json": "JSON (*.json)", "md": "Markdown (*.md)"}
ARTICLE_FORMATS = {"md": "Markdown (*.md)", "txt": "Plain text (*.txt)"}
_MD_SPECIAL = re.compile(r"([\\`*_<>#|~]|\](?=[(\[]))")  # "[N/OL]" stays; "](" never links
_MD_LIST_START = re.compile(r"^(\s*)(\d+)([.)])(\s)", re.MULTILINE)


class _Scoped:
    """An archive whose `all_facts` only sees some articles (the search results, one
    article), handed to the command line's record builder."""

    def __init__(self, archive: Any, ids: list[str] | None) -> None:
        self._archive = archive
        self._ids = ids

    def all_facts(self, kind: str | None = None) -> Iterator[Any]:
        return self._archive.all_facts(kind=kind, article_ids=self._ids)


def fact_records(
    archive: Any, ids: Iterable[str] | None, mode: Script, kind: str | None = None
) -> list[dict[str, Any]]:
    """One record per fact of the articles `ids` (None: the whole archive), in `mode`."""
    from viewer.commands import export

    scoped = _Scoped(archive, None if ids is None else list(ids))
    return list(export._records(scoped, kind, Script(mode)))  # type: ignore[arg-type]


def facts_text(records: list[dict[str, Any]], fmt: str) -> str:
    from viewer.commands import export

    writers = {"csv": export.to_csv, "json": export.to_json, "md": export.to_markdown}
    return writers[fmt](records)


def _md(text: str) -> str:
    """Markdown-safe: markup characters shown as themselves, never as HTML or links."""
    return _MD_LIST_START.sub(r"\1\2\\\3\4", _MD_SPECIAL.sub(r"\\\1", text))


def _meta(article: Article, mode: Script) -> str:
    parts = [article.source or "", article.published or "", "、".join(article.authors)]
    return convert(" · ".join(p for p in parts if p), mode)


def article_text(article: Article, mode: Script, fmt: str) -> str:
    """The article in `mode` with its reference: `fmt` is "md" or "txt"."""
    mode = Script(mode)
    title = convert(article.title or "无题", mode)
    meta = _meta(article, mode)
    paragraphs = [convert(p, mode) for p in article.body.split("\n") if p.strip()]
    cite = reference(Work.of(article))
    if fmt == "md":
        parts = [f"# {_md(title)}"]
        if meta:
            parts.append(f"*{_md(meta)}*")
        parts += [_md(p) for p in paragraphs]
        parts += ["---", f"引用：{_md(cite)}"]
        return "\n\n".join(parts) + "\n"
    head = f"{title}\n{meta}" if meta else title
    return f"{head}\n\n" + "\n".join(paragraphs) + f"\n\n引用：{cite}\n"


def write_text(path: Path, text: str) -> None:
    """Write through a temporary file in the same folder, so a failed write leaves no
    half file under the chosen name. Line ends are kept as given (CSV uses CRLF)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)  # mkstemp makes the file private; an export is a normal file
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
