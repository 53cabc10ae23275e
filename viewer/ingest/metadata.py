"""Title, publication date, source, authors and script of a cleaned article.

Values come only from what the page states: header meta lines, a headline before them, a
dateline (`中新网四川新闻11月30日电`) and a byline. A dateline without a year takes one only
when the body itself names the current year (`今年10月` beside `2021年`); no year is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from viewer.ingest.labels import labelled
from viewer.ingest.lexicon import CJK_RE, fold_width, t2s
from viewer.ingest.noise import OUTLET_RE

FULL_DATE_RE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
DATELINE_RE = re.compile(
    r"^(?P<src>[^\d\s,,。:“”()()]{2,16}?)?\s*(?:(?P<y>(?:19|20)\d{2})年)?"
    r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*[电電讯訊]"
)
BYLINE_RE = re.compile(r"^\s*[(（]\s*((?:[^\W\d_]{2,4}[\s、,,]*){1,4})[)）]")
ROLE_RE = re.compile(
    r"^(本报|本報|特约|特約|实习|實習|见习|見習)?(记者|記者|通讯员|通訊員|编辑|編輯|"
    r"摄影|攝影|实习生|實習生)"
)
YEAR_RE = re.compile(r"((?:19|20)\d{2})年")
_CHANNEL_WORDS = ("频道", "頻道", "栏目", "欄目", "版")
CHANNEL_RE = re.compile(rf"^(.+?)\s*[-—–]\s*\S*({'|'.join(_CHANNEL_WORDS)})$")
# A leading clause that only says when: dates, ranges of them, or a relative time word.
_DAY = r"(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?"
TIME_CLAUSE_RE = re.compile(
    rf"^(?:{_DAY}(?:[至到\-—~～]{_DAY})?(?:上午|下午|晚上|晚间|早上|凌晨|中午|期间|以来|前后)?"
    r"|近日|日前|近期|近年来|今年以来|去年以来|当天|当日|连日来|近段时间|眼下|目前"
    r"|今年\d{1,2}月以来|(?:19|20)\d{2}年以来)\s*[,，]\s*"
)
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


def _source(value: str) -> str:
    """An outlet's name without its channel: `人民网-新疆频道` -> `人民网`."""
    # the pattern needs one of its words at the very end (or before a final newline): checking
    # that first keeps a long value that is no channel from a scan at each of its characters
    if not value.removesuffix("\n").endswith(_CHANNEL_WORDS):
        return value
    m = CHANNEL_RE.match(value)
    return m.group(1) if m else value


def _outlet_beside_date(meta_lines: list[str]) -> str | None:
    """An unlabelled header such as `某某晨报 2022-10-26 19:12`: the outlet printed by the date."""
    for line in meta_lines:
        for token in re.split(r"\s+", line.strip()):
            if OUTLET_RE.fullmatch(token):
                return token
    return None


def _lead_clause(sentence: str) -> int:
    """Length of a leading time clause (`3月30日至31日,`, `近日,`) worth skipping, or 0."""
    folded = fold_width(sentence)
    m = TIME_CLAUSE_RE.match(folded)
    if not m or len(folded) - m.end() < 8:
        return 0
    return m.end()


def derive_title(body: str) -> str | None:
    """The first sentence with content (dateline, byline and a leading date left out).

    Trimmed to a headline's length at a clause boundary when the sentence runs long.
    """
    first = body.strip().split("\n", 1)[0]
    if m := DATELINE_RE.match(first):
        first = first[m.end() :]
        if b := BYLINE_RE.match(first):
            first = first[b.end() :]
    first = first.strip()
    first = first[_lead_clause(first) :]
    m = re.match(r"\s*(.+?)[。!?！？]", first)
    sentence = (m.group(1) if m else first).strip()
    if len(sentence) > DERIVED_MAX:
        cut = max(sentence.rfind(p, 0, DERIVED_MAX + 1) for p in ",，;；:：")
        if cut < 8:
            cut = sentence.rfind("、", 0, DERIVED_MAX + 1)
        sentence = sentence[:cut] if cut >= 8 else sentence[:DERIVED_MAX]
    sentence = sentence.strip(" ,，;；:：、")
    for open_, close in ("“”", "「」", "‘’", "『』"):
        if sentence.startswith(open_) and close not in sentence:
            sentence = sentence[1:]  # a quotation cut open by the trim
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
    labels = labelled(meta_lines)
    published = None
    for line in meta_lines:
        if m := FULL_DATE_RE.search(line):
            y, mo, d = (int(g) for g in m.groups())
            if _valid(y, mo, d):
                published = f"{y:04d}-{mo:02d}-{d:02d}"
                break
    first = body.split("\n", 1)[0]
    source = _source(labels["source"]) if labels.get("source") else None
    source = source or (repeated[0] if repeated else None) or _outlet_beside_date(meta_lines)
    authors = _names(labels["author"]) if labels.get("author") else ()
    editor = editor or labels.get("editor")
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
