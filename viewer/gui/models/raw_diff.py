"""Which parts of the raw original cleaning removed, so a reader can check the cleaning.

No Qt here. Cleaning only deletes from the raw text (tags, pinyin, chrome, spam) apart from
repaired garbled runs, so the cleaned body is nearly a subsequence of the raw text. A greedy
walk finds it: first a few characters at once within a wide window (stays in step across a
removed block), then a single character within a narrow one (steps over an annotation such as
`關(guān)`); a body character found nowhere near was repaired and has no raw counterpart.
"""

from __future__ import annotations

_GRAM = 4
_WIDE = 4000
_NARROW = 24


def kept_mask(raw: str, body: str) -> bytearray:
    """1 for each raw character that survives in the body, 0 for a removed one."""
    kept = bytearray(len(raw))
    i, j, n = 0, 0, len(body)
    while i < n:
        c = body[i]
        if c.isspace():
            if j < len(raw) and raw[j] == c:
                kept[j] = 1
                j += 1
            i += 1
            continue
        gram = body[i : i + _GRAM]
        if len(gram) == _GRAM and not any(ch.isspace() for ch in gram):
            k = raw.find(gram, j, j + _WIDE)
            if k >= 0:
                kept[k : k + _GRAM] = b"\x01" * _GRAM
                i, j = i + _GRAM, k + _GRAM
                continue
        k = raw.find(c, j, j + _NARROW)
        if k >= 0:
            kept[k] = 1
            j = k + 1
        i += 1
    return kept


def removed_runs(raw: str, body: str) -> list[tuple[int, int]]:
    """Ranges of `raw` (code points) that cleaning removed; whitespace alone is not reported."""
    kept = kept_mask(raw, body)
    runs: list[tuple[int, int]] = []
    start = None
    for pos, flag in enumerate(kept):
        if not flag and start is None:
            start = pos
        elif flag and start is not None:
            runs.append((start, pos))
            start = None
    if start is not None:
        runs.append((start, len(raw)))
    return [(a, b) for a, b in runs if raw[a:b].strip()]
