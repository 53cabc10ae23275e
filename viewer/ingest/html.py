"""HTML to paragraphs, with the stdlib's event parser: no recursion, nothing fetched.

Block elements become paragraph breaks, `<br>` a line break; scripts and styles are dropped
with their content; entities are unescaped once, so `&lt;b&gt;` is the text `<b>`. The
page's `<title>` and first `<h1>` are kept aside for the metadata step. Text without any
tag passes through unchanged, line structure included.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

_KNOWN = (
    "a|abbr|article|aside|b|big|blockquote|body|br|center|code|dd|div|dl|dt|em|figure|font|"
    "footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|label|li|link|main|meta|nav|"
    "noscript|ol|option|p|pre|script|section|select|small|span|strong|style|sub|sup|table|"
    "tbody|td|textarea|th|thead|title|tr|u|ul"
)
_TAG_RE = re.compile(
    rf"</?(?:{_KNOWN})(?:\s+[A-Za-z_:][A-Za-z0-9_:.-]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]*))?)*\s*/?>"
    r"|<!--|<!DOCTYPE",
    re.I,
)
_BLOCK = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "option",
    ]
)
_SKIP = frozenset(
    ["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "head"]
)
_SPACES_RE = re.compile(r"[ \t\f\v\u00a0\u3000]+")
# A line wrapped in the HTML source: white space, not a paragraph break.
_WRAP = "\u2063"
_WRAP_IN_RE = re.compile(r"[ \t\r\f\v]*\n\s*")
_CJKISH = r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u2018-\u201d\u2026\u00b7]"
_WRAP_JOIN_RE = re.compile(rf"(?<={_CJKISH})[ \t]*{_WRAP}[ \t]*(?={_CJKISH})")
# A page with this many block or line-break tags lays out its text with markup, not newlines.
_STRUCTURED = 3
_ENTITY_RE = re.compile(r"&(?:#\d{2,7}|#x[0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,9});")
# A line this long that holds a paragraph indent in its middle is several paragraphs.
_RUN_ON = 160
_INDENT_RE = re.compile(r"(?<=\S)[ \t]*\u3000{2,}[ \t]*(?=\S)")
_KEEP_LINES = frozenset(["pre", "textarea", "plaintext", "listing", "xmp"])


@dataclass(frozen=True)
class Page:
    """The text of a page and the headline hints its markup gave."""

    text: str
    title: str | None = None
    h1: str | None = None
    was_html: bool = False


def looks_like_html(text: str) -> bool:
    return _TAG_RE.search(text[:200000]) is not None


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0  # depth inside skipped elements; a counter, never a stack
        self.in_title = False
        self.title: list[str] = []
        self.h1: list[str] | None = None
        self.h1_open = False
        self.blocks = 0  # block and line-break tags seen
        self.keep_lines = 0  # depth inside elements that keep their newlines

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _KEEP_LINES:
            self.keep_lines += 1
        if tag == "title":
            self.in_title = True
        elif tag in _SKIP:
            self.skip += 1
        elif tag == "br":
            self.blocks += 1
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.blocks += 1
            self.parts.append("\n\n")
            if tag == "h1" and self.h1 is None:
                self.h1, self.h1_open = [], True

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag == "br" or tag in _BLOCK:
            self.blocks += 1
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _KEEP_LINES:
            self.keep_lines = max(0, self.keep_lines - 1)
        if tag == "title":
            self.in_title = False
        elif tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")
            if tag == "h1":
                self.h1_open = False

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            if not self.keep_lines and "\n" in data:
                data = _WRAP_IN_RE.sub(_WRAP, data)
            self.parts.append(data)
            if self.h1_open and self.h1 is not None:
                self.h1.append(data)


def _tidy(text: str) -> str:
    lines = (_SPACES_RE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def split_run_on(text: str) -> str:
    """Paragraphs run together on one long line, each still indented with two ideographic
    spaces (`……。　　第二段`), are put back on lines of their own."""
    if "\u3000\u3000" not in text:
        return text
    return "\n".join(
        _INDENT_RE.sub("\n", line) if len(line) > _RUN_ON else line for line in text.split("\n")
    )


def html_to_text(text: str) -> Page:
    """Paragraphs of the page, one per line, and its `<title>` / `<h1>` if any.

    Text without markup keeps its lines; entities scraped into it (`&nbsp;`, `&ldquo;`) are
    read as the characters they stand for.
    """
    if not looks_like_html(text):
        if "&" in text and _ENTITY_RE.search(text):
            text = _ENTITY_RE.sub(lambda m: html.unescape(m.group(0)), text).replace("\xa0", " ")
        return Page(split_run_on(text))
    parser = _Collector()
    parser.feed(text)
    parser.close()
    text = "".join(parser.parts)
    if parser.blocks >= _STRUCTURED:
        text = _WRAP_JOIN_RE.sub("", text).replace(_WRAP, " ")
    else:
        text = text.replace(_WRAP, "\n")
    title = _tidy("".join(parser.title)).replace("\n", " ") or None
    h1 = _tidy("".join(parser.h1 or [])).replace("\n", " ") or None
    return Page(split_run_on(_tidy(text)), title, h1, True)
