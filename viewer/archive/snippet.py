"""Snippets for one page of results: a window of the article's own text around the first
match, with the spans of every match inside it.

Matching happens on the folded text, which has one character for each original character,
so positions found there mark the original script (協作 is marked where 协作 was typed).
"""

from __future__ import annotations

from viewer.archive.fold import fold_aligned

WIDTH = 120
BEFORE = 30
ELLIPSIS = "…"
CHUNK = 600


def find_all(
    folded: str, needles: list[str], lo: int = 0, hi: int | None = None
) -> list[tuple[int, int]]:
    """Merged, sorted spans of every occurrence of any needle within folded[lo:hi]."""
    hi = len(folded) if hi is None else hi
    spans = []
    for needle in needles:
        if not needle:
            continue
        at = folded.find(needle, lo, hi)
        while at != -1:
            spans.append((at, at + len(needle)))
            at = folded.find(needle, at + 1, hi)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def marks_in(text: str, needles: list[str]) -> list[tuple[int, int]]:
    """Spans of the needles (folded) in `text` (any script)."""
    return find_all(fold_aligned(text), needles) if text else []


Spans = list[tuple[int, int]]


def first_match(body: str, needles: list[str]) -> int:
    """Position of the earliest match, folding the body a chunk at a time: the first chunk
    usually holds it, and folding a whole long article for each hit would dominate search."""
    needles = [n for n in needles if n]
    if not needles:
        return -1
    overlap = max(len(n) for n in needles) - 1
    for lo in range(0, len(body), CHUNK):
        folded = fold_aligned(body[lo : lo + CHUNK + overlap])
        found = [p for p in (folded.find(n) for n in needles) if p != -1]
        if found:
            return lo + min(found)
    return -1


def make_snippet(body: str, needles: list[str], width: int = WIDTH) -> tuple[str, Spans]:
    """(snippet, marks): `width` characters of `body` around the first match of any needle."""
    first = first_match(body, needles)
    start = max(0, first - BEFORE) if first != -1 else 0
    end = min(len(body), start + width)
    start = max(0, min(start, end - width))
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(body) else ""
    text = prefix + body[start:end].replace("\n", " ") + suffix
    shift = len(prefix)
    marks = [(s + shift, e + shift) for s, e in find_all(fold_aligned(body[start:end]), needles)]
    return text, marks
