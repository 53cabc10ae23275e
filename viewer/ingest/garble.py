"""Runs garbled by a misaligned GBK decode: found, repaired when certain, flagged otherwise.

When a page's GBK bytes lose one byte, every later pair is split across two characters until
the decoder meets a single-byte character again: `”“我將立足實` reads `薄拔覍⒘⒆銓`.
Re-encoding such a run and putting a lead byte in front of it realigns the pairs. The middle
of a run is then fixed by the bytes themselves; only the first character (whose lead byte
was lost) and the last one (whose trail byte was lost) need evidence: a pinyin annotation
left behind, a dictionary word with the neighbouring character, or an open quotation.
A run is accepted only when its realigned middle reads as ordinary Chinese; anything that
stays uncertain becomes the visible placeholder `〔?〕`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from viewer.ingest.garble_evidence import Before, complete, leads_from_remnant
from viewer.ingest.garble_line import Line, Written
from viewer.ingest.gbkbytes import is_private, pair, two_bytes, with_lead
from viewer.ingest.lexicon import CJK_RE, char_logp

PLACEHOLDER = "〔?〕"
MARKERS = "?\ufffd"
RARE = -6.0  # log10 frequency below which a character is suspicious in news text
COMMON = -4.0  # a realigned run must read at least this well on average
_SYL = r"[a-zA-Z\u00c0-\u024f]{1,7}"
REMNANT_BEFORE_RE = re.compile(rf"[?\ufffd]({_SYL})\)$")
ANNOTATION_AFTER_RE = re.compile(rf"[(（]({_SYL})[)）]")
REMNANT_AFTER_RE = re.compile(rf"[?\ufffd]({_SYL})\)")
LOST_RE = re.compile("\ufffd+")


@dataclass
class GarbleReport:
    """What the repair did to one text."""

    text: str
    repaired: int = 0
    unrecoverable: int = 0
    warnings: list[str] = field(default_factory=list)


@cache
def is_suspicious(ch: str) -> bool:
    """A two-byte character that ordinary news text almost never holds."""
    if ord(ch) < 0x250 or two_bytes(ch) is None:
        return False
    if is_private(ch):
        return True
    if CJK_RE.match(ch):
        return char_logp(ch) < RARE
    cat = unicodedata.category(ch)
    return not cat.startswith(("P", "Z")) and char_logp(ch) < RARE


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P")


def _code(ch: str) -> bytes | None:
    """Two-byte code; ASCII punctuation counts as its full-width form (pages were normalised)."""
    if "!" <= ch <= "~" and not ch.isalnum() and ch not in MARKERS:
        ch = chr(ord(ch) + 0xFEE0)
    return two_bytes(ch)


def _realign(line: str, start: int, end: int) -> tuple[int, str, int | None] | None:
    """(first byte, realigned middle, dangling byte) of the run line[start:end], or None if
    it does not fit; stops at the first pair that makes no character, so a long stretch of
    ordinary text after a rare character costs only the few pairs it takes to refuse it."""
    first = _code(line[start]) if start < end else None
    if first is None:
        return None
    prev = first
    chars = []
    for k in range(start + 1, end):
        code = _code(line[k])
        if code is None:
            return None
        ch = pair(prev[1], code[0])
        if ch is None:
            return None
        chars.append(ch)
        prev = code
    if not 0x81 <= prev[1] <= 0xFE:
        return None
    return first[0], "".join(chars), prev[1]


def _reads_well(text: str, lenient: bool = False) -> bool:
    """No rare character, and common on average (short runs with evidence: less so)."""
    if not text:
        return True
    odd = [c for c in text if is_suspicious(c)]
    # Names keep the odd rare character (尕, 堃); symbols or private-use ones never fit.
    if len(odd) > len(text) // 6 or any(not CJK_RE.match(c) for c in odd):
        return False
    return _score(text) >= COMMON - (1.5 if lenient else 0.0)


def _score(text: str) -> float:
    return sum(char_logp(c) for c in text) / max(1, len(text))


def _isolated(line: str, i: int) -> bool:
    """A lone uncommon character between punctuation: a one-character run."""
    # Neighbours first: most characters sit between other characters and fail at once.
    return (
        0 < i < len(line) - 1
        and _is_punct(line[i + 1])
        and _is_punct(line[i - 1])
        and CJK_RE.match(line[i]) is not None
        and char_logp(line[i]) < COMMON
    )


@dataclass
class _Run:
    start: int  # first character replaced (markers included)
    text_start: int  # first character of the garbled text itself
    leads: list[int] | None  # lead bytes the evidence allows, None when unknown
    evidence: bool  # a marker or remnant says a byte was lost here


def _find_run(line: str, i: int, floor: int, before: Before) -> _Run | None:
    ch = line[i]
    if ch in MARKERS and before.length and not before.last.isascii():
        m = REMNANT_AFTER_RE.match(line, i)
        if m:
            leads = leads_from_remnant(before.last, m.group(1))
            return _Run(i, m.end(), leads or None, True)
        if i + 1 < len(line) and _code(line[i + 1]) is not None:
            return _Run(i, i + 1, None, True)
        return None
    if not (is_suspicious(ch) or _isolated(line, i)):
        return None
    start = i
    while (
        start - 1 >= max(floor, i - 3)
        and CJK_RE.match(line[start - 1])
        and char_logp(line[start - 1]) < COMMON
    ):
        start -= 1
    return _Run(start, start, None, False)


def _repair_at(ln: Line, run: _Run, before: Before) -> tuple[str, int] | None:
    """The replacement for the run starting at `run.start` and where it ends, or None."""
    line = ln.text
    start = run.text_start
    end = ln.two_bytes_until(start + (start < len(line) and _code(line[start]) is not None))
    if end > run.text_start:
        realigned = _realign(line, run.text_start, end)
        if realigned is None:
            return None
        b0, middle, dangling = realigned
    elif run.leads and len(run.leads) == 1:
        b0, middle, dangling = None, "", run.leads[0]
    else:
        return None
    if not _reads_well(middle, lenient=run.evidence):
        return None
    if middle and not run.evidence and _score(middle) - _score(line[run.text_start : end]) < 1.5:
        return None
    first = ""
    if b0 is not None:
        leads = run.leads or range(0x81, 0xFF)
        cands = [c for c in (pair(lead, b0) for lead in leads) if c and not is_private(c)]
        # A dangling punctuation-row byte means punctuation follows.
        nxt = middle[:1] or ("”" if dangling == 0xA1 else line[end : end + 1])
        first = (
            cands[0]
            if run.leads and len(cands) == 1
            else complete(cands, before, nxt, None, lambda: ln.closes_after(middle, end))
        ) or ""
        if not first and not middle and not run.evidence:
            return None
        if not first:
            first = PLACEHOLDER
    if not middle and not run.evidence and first in ("", PLACEHOLDER):
        return None
    last = ""
    if dangling is not None:
        last, end = _complete_tail(line, end, dangling, before.plus(first + middle))
    if not run.evidence and not middle and last == PLACEHOLDER and first == PLACEHOLDER:
        return None
    return first + middle + last, end


def _record(report: GarbleReport, original: str, replacement: str) -> None:
    lost = replacement.count(PLACEHOLDER)
    report.repaired += 1
    report.unrecoverable += lost
    if lost:
        report.warnings.append(f"garbled run {original!r} only partly recovered: {replacement!r}")


def _earlier_start(
    ln: Line, run: _Run, ctx: Before, floor: int, fixed: tuple[str, int]
) -> tuple[_Run, Before, tuple[str, int]] | None:
    """A run whose first character stayed unknown may have begun one or two characters
    earlier, on a common character that hid the misalignment: retry from there and keep it
    when the lost character then becomes certain."""
    for k in (1, 2):
        start = run.start - k
        if start < floor or k > ctx.length or two_bytes(ln.text[start]) is None:
            return None
        alt_run = _Run(start, start, None, False)
        alt_ctx = ctx.minus(k)
        alt = _repair_at(ln, alt_run, alt_ctx)
        if (
            alt
            and not alt[0].startswith(PLACEHOLDER)
            and alt[0].count(PLACEHOLDER) <= fixed[0].count(PLACEHOLDER)
        ):
            return alt_run, alt_ctx, alt
    return None


def _complete_tail(line: str, end: int, lead: int, before: Before) -> tuple[str, int]:
    """The character whose trail byte was lost after a run, and where the run really ends."""
    nxt = line[end : end + 1]
    if nxt and 0x40 <= ord(nxt) <= 0x7E and pair(lead, ord(nxt)):
        return pair(lead, ord(nxt)) or PLACEHOLDER, end + 1
    syllable = None
    if m := ANNOTATION_AFTER_RE.match(line, end):
        syllable = m.group(1)
    elif m := REMNANT_AFTER_RE.match(line, end):
        syllable, end = m.group(1), m.end()
    elif nxt and nxt in MARKERS:
        end += 1
    found = complete(list(with_lead(lead)), before, line[end : end + 1], syllable)
    return found or PLACEHOLDER, end


def _repair_line(line: str, report: GarbleReport) -> str:
    ln = Line(line)
    out: list[str] = []
    written = Written()
    floor = 0
    i = 0
    while i < len(line):
        ch = line[i]
        if ch not in MARKERS and not is_suspicious(ch) and not _isolated(line, i):
            out.append(ch)
            i += 1
            continue
        before = written.catch_up(out)
        run = _find_run(line, i, floor, before)
        fixed = None
        if run is not None:
            back = i - run.start
            ctx = before.minus(back) if back else before
            fixed = _repair_at(ln, run, ctx)
            retry = fixed and fixed[0].startswith(PLACEHOLDER) and not run.evidence
            if retry and (earlier := _earlier_start(ln, run, ctx, floor, fixed)):
                run, ctx, fixed = earlier
                back = i - run.start
        if fixed is None:
            out.append(line[i])
            i += 1
            continue
        _record(report, line[run.start : fixed[1]], fixed[0])
        if back:
            written.drop(out, back)
        out.append(fixed[0])
        i = floor = fixed[1]
    return "".join(out)


def _worth_a_look(text: str) -> bool:
    return any(
        c in MARKERS or is_suspicious(c) or _isolated(text, i)
        for i, c in enumerate(text)
        if ord(c) >= 0x3F
    )


def repair_garbled(text: str) -> GarbleReport:
    """Repair every garbled run in `text`, line by line."""
    report = GarbleReport(text)
    report.text = "\n".join(
        _repair_line(line, report) if _worth_a_look(line) else line for line in text.split("\n")
    )
    if "\ufffd" in report.text:
        report.text = LOST_RE.sub(lambda m: _lost(m, report), report.text)
    return report


def _lost(m: re.Match[str], report: GarbleReport) -> str:
    """A decoder's replacement mark left where no run could be realigned: a lost character."""
    report.unrecoverable += 1
    around = m.string[max(0, m.start() - 6) : m.end() + 6]
    report.warnings.append(f"undecodable bytes in {around!r} shown as {PLACEHOLDER}")
    return PLACEHOLDER
