"""Evidence for a character a garbled run lost: a pinyin annotation, a word, a quotation.

A lost byte leaves a set of candidate characters (every character sharing the byte that
survived). One is chosen only when the evidence singles it out: the annotation's reading,
a clearly more common word with a neighbour, or quotation marks that need it to balance.
"""

from __future__ import annotations

from viewer.ingest.gbkbytes import two_bytes, with_lead
from viewer.ingest.lexicon import CJK_RE, char_logp, word_idf
from viewer.ingest.pinyin import fits


def quote_open(before: str) -> bool:
    return before.count("“") > before.count("”")


def choose_by_words(cands: list[str], prev: str, nxt: str) -> str | None:
    """The one candidate that makes a clearly more common word with a neighbour."""
    scored = []
    for ch in cands:
        idfs = [
            i
            for i in (word_idf(prev + ch) if prev else None, word_idf(ch + nxt) if nxt else None)
            if i is not None
        ]
        if idfs:
            scored.append((min(idfs), ch))
    scored.sort()
    if scored and (len(scored) == 1 or scored[1][0] - scored[0][0] >= 2.0):
        return scored[0][1]
    return None


def complete(
    cands: list[str], before: str, nxt: str, syllable: str | None, after: str = ""
) -> str | None:
    """Pick the lost character among `cands` when the evidence is unambiguous.

    `after` is the text that follows the lost character: a closing quotation mark left
    unmatched there means the lost one opened it.
    """
    if syllable:
        fitting = [c for c in cands if fits(c, syllable)]
        if len(fitting) > 1 and (by_word := choose_by_words(fitting, before[-1:], nxt)):
            return by_word
        if len(fitting) > 1:  # several share the reading: the much more common one
            fitting.sort(key=char_logp, reverse=True)
            if char_logp(fitting[0]) - char_logp(fitting[1]) < 1.0:
                return None
        return fitting[0] if fitting else None
    if "”" in cands and quote_open(before):
        return "”"
    if "“" in cands and before[-1:] in (":", "："):
        return "“"
    if "“" in cands and not quote_open(before) and after.count("”") > after.count("“"):
        return "“"
    punct = [c for c in cands if c in "。!?,、;:"]
    if len(punct) == 1 and nxt and nxt in "“”‘’" and before and CJK_RE.match(before[-1]):
        return punct[0]
    prev = before[-1:] if before and CJK_RE.match(before[-1]) else ""
    nxt = nxt if CJK_RE.match(nxt or " ") else ""
    return choose_by_words([c for c in cands if CJK_RE.match(c)], prev, nxt)


def leads_from_remnant(prev: str, syllable: str) -> list[int]:
    """Trail bytes of characters read `syllable` whose lead is `prev`'s trail byte."""
    code = two_bytes(prev)
    if code is None:
        return []
    return sorted({two_bytes(c)[1] for c in with_lead(code[1]) if fits(c, syllable)})
