"""Evidence for a character a garbled run lost: a pinyin annotation, a word, a quotation.

A lost byte leaves a set of candidate characters (every character sharing the byte that
survived). One is chosen only when the evidence singles it out: the annotation's reading,
a clearly more common word with a neighbour, or quotation marks that need it to balance.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from viewer.ingest.gbkbytes import two_bytes, with_lead
from viewer.ingest.lexicon import CJK_RE, char_logp, word_idf
from viewer.ingest.pinyin import fits

TAIL = 16  # characters of context kept: more than a run ever steps back


@dataclass(frozen=True, slots=True)
class Before:
    """The text already written on a line as the evidence reads it: its last characters, its
    length and the balance of quotation marks. Extending or cutting it costs the size of the
    change, so a long line is never joined again at each run."""

    tail: str = ""  # the last min(length, TAIL) characters, or the whole text when shorter
    length: int = 0
    balance: int = 0  # opening minus closing quotation marks

    @property
    def last(self) -> str:
        return self.tail[-1:]

    def quote_open(self) -> bool:
        return self.balance > 0

    def plus(self, text: str) -> Before:
        return Before(
            (self.tail + text[-TAIL:])[-TAIL:],
            self.length + len(text),
            self.balance + text.count("“") - text.count("”"),
        )

    def minus(self, k: int) -> Before:
        """The text without its last `k` characters (as `text[: len(text) - k]` would be)."""
        kept = self.tail[: len(self.tail) - k]
        gone = self.tail[len(kept) :]
        length = len(kept) if self.length == len(self.tail) else self.length - k
        return Before(kept, length, self.balance - gone.count("“") + gone.count("”"))


def _never() -> bool:
    return False


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
    cands: list[str],
    before: Before,
    nxt: str,
    syllable: str | None,
    closes_after: Callable[[], bool] = _never,
) -> str | None:
    """Pick the lost character among `cands` when the evidence is unambiguous.

    `closes_after` says whether the text after the lost character holds more closing than
    opening quotation marks: then the lost one opened a quotation.
    """
    if syllable:
        fitting = [c for c in cands if fits(c, syllable)]
        if len(fitting) > 1 and (by_word := choose_by_words(fitting, before.last, nxt)):
            return by_word
        if len(fitting) > 1:  # several share the reading: the much more common one
            fitting.sort(key=char_logp, reverse=True)
            if char_logp(fitting[0]) - char_logp(fitting[1]) < 1.0:
                return None
        return fitting[0] if fitting else None
    if "”" in cands and before.quote_open():
        return "”"
    if "“" in cands and before.last in (":", "："):
        return "“"
    if "“" in cands and not before.quote_open() and closes_after():
        return "“"
    punct = [c for c in cands if c in "。!?,、;:"]
    prev = before.last if before.length and CJK_RE.match(before.last) else ""
    if len(punct) == 1 and nxt and nxt in "“”‘’" and prev:
        return punct[0]
    nxt = nxt if CJK_RE.match(nxt or " ") else ""
    return choose_by_words([c for c in cands if CJK_RE.match(c)], prev, nxt)


def leads_from_remnant(prev: str, syllable: str) -> list[int]:
    """Trail bytes of characters read `syllable` whose lead is `prev`'s trail byte."""
    code = two_bytes(prev)
    if code is None:
        return []
    return sorted({two_bytes(c)[1] for c in with_lead(code[1]) if fits(c, syllable)})
