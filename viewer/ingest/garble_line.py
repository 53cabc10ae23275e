"""A line under garble repair, with what repeated lookups along it need, kept incrementally.

A long line can hold many suspicious characters; rebuilding the text written so far or
scanning to the end of the line at each of them made the repair quadratic. Here each stretch
of two-byte characters and each quotation mark is found once per line, and the written text
is counted piece by piece as it grows.
"""

from __future__ import annotations

from bisect import bisect_left

from viewer.ingest.garble_evidence import TAIL, Before
from viewer.ingest.gbkbytes import two_bytes


class Line:
    """One line under repair, with what repeated lookups along it need: where each stretch of
    two-byte characters ends and where the quotation marks are, found once per line."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._stops: list[int] | None = None  # characters that are not two bytes
        self._quotes: dict[str, list[int]] | None = None

    def two_bytes_until(self, end: int) -> int:
        """The first position from `end` on whose character is not two bytes (or the end)."""
        line = self.text
        if self._stops is None:
            self._stops = [k for k, ch in enumerate(line) if two_bytes(ch) is None]
        k = bisect_left(self._stops, end)
        return self._stops[k] if k < len(self._stops) else len(line)

    def closes_after(self, middle: str, end: int) -> bool:
        """Whether middle + text[end:] holds more closing than opening quotation marks."""
        if self._quotes is None:
            self._quotes = {q: [] for q in "“”"}
            for k, ch in enumerate(self.text):
                if ch in "“”":
                    self._quotes[ch].append(k)
        closing, opening = (
            len(self._quotes[q]) - bisect_left(self._quotes[q], end) + middle.count(q) for q in "”“"
        )
        return closing > opening


class Written:
    """Running length and quotation balance of the pieces written so far on a line, brought
    up to date only where a run is examined: each piece is counted once."""

    def __init__(self) -> None:
        self.counted = 0  # pieces of `out` already counted
        self.length = 0
        self.balance = 0

    def catch_up(self, out: list[str]) -> Before:
        fresh = "".join(out[self.counted :])
        self.counted = len(out)
        self.length += len(fresh)
        self.balance += fresh.count("“") - fresh.count("”")
        return Before(_last_chars(out, TAIL, self.length), self.length, self.balance)

    def drop(self, out: list[str], pieces: int) -> None:
        """Remove the last `pieces` pieces of `out` (all counted already)."""
        gone = "".join(out[len(out) - pieces :])
        del out[len(out) - pieces :]
        self.counted = len(out)
        self.length -= len(gone)
        self.balance -= gone.count("“") - gone.count("”")


def _last_chars(out: list[str], n: int, length: int) -> str:
    """The last `n` characters of "".join(out) (pieces are one character but for repairs)."""
    k = n
    tail = "".join(out[-k:])
    while len(tail) < min(n, length):
        k *= 2
        tail = "".join(out[-k:])
    return tail[-n:]
