"""Place spans of one body, indexed for reading an organization name leftwards from its suffix.

The walk never cuts through a place name, stops where one ends or starts, and asks whether
places fill a stretch of text end to end (a team named only by where it sits).
"""

from __future__ import annotations

import bisect


class PlaceSpans:
    """Place spans of one body, indexed for the left-edge walk."""

    def __init__(self, spans: set[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = {a for a, _ in self.spans}
        self.ends = {b for _, b in self.spans}
        self.inside = {k: a for a, b in self.spans for k in range(a + 1, b)}

    def cover(self, lo: int, hi: int) -> bool:
        """True when place names fill [lo, hi) end to end."""
        k = bisect.bisect_left(self.spans, (lo, -1))
        pos = lo
        while k < len(self.spans) and self.spans[k][0] == pos and pos < hi:
            pos = self.spans[k][1]
            k += 1
        return pos >= hi

    def first_in(self, lo: int, hi: int, default: int) -> int:
        """Start of the first place that begins in [lo, hi)."""
        k = bisect.bisect_left(self.spans, (lo, -1))
        if k < len(self.spans) and self.spans[k][0] < hi:
            return self.spans[k][0]
        return default
