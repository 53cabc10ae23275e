"""Title, publication date, source, authors and script of a cleaned article.

Values come only from what the page states: header meta lines, a headline before them, a
dateline (`中新网四川新闻11月30日电`) and a byline. A dateline without a year takes one only
when the body itself names the current year (`今年10月` beside `2021年`); no year is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from viewer.ingest.lexicon import CJK_RE, t2s

FULL_DATE_RE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
DATELINE_RE = re.compile(
    r"^(?P<src>[^\d\s,,。:“”()()]{2,16}?)?\s*(?:(?P<y>(?:19|20)\d{2})年)?"
    r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*[电電讯訊]"
)
BYLINE_RE = re.compile(r"^\s*[(（]\s*((?:[^\W\d_]{2,4}[\s、,,]*){1,4})[)）]")
LABEL_RE = re.compile(
    r"(来源|來源|稿件来源|信息来源|作者|文|记者|記者)\s*[::]\s*([^\s::]*(?:\s+[^\s::]+)*?)"
    r"(?=\s{2,}|\s+\S+[::]|$)"
)
ROLE_RE = re.compile(
    r"^(本报|本報|特约|特約|实习|實習|见习|見習)?(记者|記者|通讯员|通訊員|编辑|編輯|"
    r"摄影|攝影|实习生|實習生)"
)
YEAR_RE = re.compile(r"((?:19|20)\d{2})年")
HEADLINE_MAX = 50
DERIVED_MAX = 30


@dataclass(frozen=True)
class Metadata:
    title: str | None
    title_derived: bool
    published: str | None
    source: str | None
    authors: tuple[str, ...]
    editor: str | None
    script: str


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100


def _current_year(body: str) -> int | None:
    """The year the body calls `今年`, when a sentence names it alongside a single year."""
    years = set()
    for sentence in re.split(r"[。!?!?\n]", body):
        if "今年" in sentence:
            found = {int(y) for y in YEAR_RE.findall(sentence)}
            if len(found) == 1:
                years |= found
    return years.pop() if len(years) == 1 else None


def _names(text: str) -> tuple[str, ...]:
    out = []
    for part in re.split(r"[\s、,,/]+", text.strip()):
        part = ROLE_RE.sub("", part).strip("()（）")
        if 2 <= len(part) <= 8 and all(CJK_RE.match(c) or c == "·" for c in part):
            out.append(part)
    return tuple(out)


def _labelled(meta_lines: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in meta_lines:
        for m in LABEL_RE.finditer(line.strip()):
            key = t2s(m.group(1))
            key = "来源" if "来源" in key else ("作者" if key in ("作者", "文") else key)
            found.setdefault(key, m.group(2).strip())
    return found


def find_headline(lines: list[str], first_meta: int | None) -> int | None:
    """Index of the headline: the last short unpunctuated line before the header meta."""
    if first_meta is None:
        return None
    for i in range(min(first_meta, 8) - 1, -1, -1):
        line = lines[i].strip()
        if 4 <= len(line) <= HEADLINE_MAX and not line.endswith(("。", ":", ":")):
            return i
    return None


def derive_title(body: str) -> str | None:
    """The first sentence of the body (dateline and byline left out), headline-sized."""
    first = body.strip().split("\n", 1)[0]
    if m := DATELINE_RE.match(first):
        first = first[m.end() :]
        if b := BYLINE_RE.match(first):
            first = first[b.end() :]
    m = re.match(r"\s*(.+?)[。!?!?]", first)
    sentence = (m.group(1) if m else first).strip()
    if len(sentence) > DERIVED_MAX:
        cut = max(sentence.rfind(p, 0, DERIVED_MAX) for p in ",,;;")
        sentence = sentence[:cut] if cut >= 8 else sentence[:DERIVED_MAX]
    return sentence or None


@cache
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def detect_script(body: str) -> str:
    """hans, hant or mixed: which characters differ under t2s and under s2t."""
    sample = "".join(CJK_RE.findall(body[:20000]))
    if not sample:
        return "hans"
    simp, trad = t2s(sample), _s2t().convert(sample)
    if len(simp) != len(sample) or len(trad) != len(sample):
        return "mixed"
    t_only = sum(a != b for a, b in zip(sample, simp, strict=True))
    s_only = sum(a != b for a, b in zip(sample, trad, strict=True))
    if t_only <= max(1, s_only // 10):
        return "hans"
    if s_only <= max(1, t_only // 5):
        return "hant"
    return "mixed"


def extract_metadata(
    body: str,
    meta_lines: list[str],
    repeated: list[str],
    editor: str | None,
    title: str | None,
    page_title: str | None,
) -> Metadata:
    """Everything the page states about itself; `title` is a headline found in the text."""
    labels = _labelled(meta_lines)
    published = None
    for line in meta_lines:
        if m := FULL_DATE_RE.search(line):
            y, mo, d = (int(g) for g in m.groups())
            if _valid(y, mo, d):
                published = f"{y:04d}-{mo:02d}-{d:02d}"
                break
    first = body.split("\n", 1)[0]
    source = labels.get("来源") or (repeated[0] if repeated else None)
    authors = _names(labels["作者"]) if labels.get("作者") else ()
    if m := DATELINE_RE.match(first):
        if published is None:
            y = int(m.group("y")) if m.group("y") else _current_year(body)
            mo, d = int(m.group("m")), int(m.group("d"))
            if y and _valid(y, mo, d):
                published = f"{y:04d}-{mo:02d}-{d:02d}"
        if m.group("src") and not source:
            source = m.group("src")
        if not authors and (b := BYLINE_RE.match(first[m.end() :])):
            authors = _names(b.group(1))
    title_derived = False
    if not title and page_title:
        title = page_title
    if not title:
        title, title_derived = derive_title(body), True
    return Metadata(
        title,
        title_derived and title is not None,
        published,
        source or None,
        authors,
        editor,
        detect_script(body),
    )
