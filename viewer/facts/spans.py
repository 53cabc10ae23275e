"""Sorted spans with the running maximum of their ends: overlap and containment in log time.

Extractors test a span against every span already taken (a figure against money, a party
against the institutions before it). Checking them one by one made long pages quadratic;
here the spans are sorted once and each test is one bisection.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class SpanIndex:
    """A fixed set of (start, end) spans, possibly overlapping one another."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach = list(accumulate((b for _, b in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span (a, b) has a < end and start < b."""
        k = bisect_left(self.starts, end)
        return k > 0 and self.reach[k - 1] > start

    def covers(self, start: int, end: int) -> bool:
        """Whether some span (a, b) has a <= start and end <= b."""
        k = bisect_right(self.starts, start)
        return k > 0 and self.reach[k - 1] >= end

    def holds(self, i: int) -> bool:
        """Whether some span (a, b) has a <= i < b."""
        k = bisect_right(self.starts, i)
        return k > 0 and self.reach[k - 1] > i

    def strictly_holds(self, i: int) -> bool:
        """Whether some span (a, b) has a < i < b."""
        k = bisect_left(self.starts, i)
        return k > 0 and self.reach[k - 1] > i
