"""A progress indicator on stderr for long runs: a bar on a terminal, plain lines otherwise."""

from __future__ import annotations

import sys
import time
from typing import TextIO

PLAIN_EVERY_S = 10.0
BAR_WIDTH = 30


class Progress:
    """Call `advance()` per item and `close()` at the end; silent for short runs."""

    def __init__(
        self, total: int, label: str, stream: TextIO | None = None, min_total: int = 20
    ) -> None:
        self.total = total
        self.label = label
        self.stream = stream or sys.stderr
        self.done = 0
        self.enabled = total >= min_total
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self._start = self._last = time.monotonic()

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = time.monotonic()
        if self.tty:
            if now - self._last >= 0.1 or self.done >= self.total:
                self._last = now
                filled = int(BAR_WIDTH * self.done / max(self.total, 1))
                bar = "#" * filled + "-" * (BAR_WIDTH - filled)
                self.stream.write(
                    f"\r{self.label} [{bar}] {self.done}/{self.total}{self._eta(now)}"
                )
                self.stream.flush()
        elif now - self._last >= PLAIN_EVERY_S:
            self._last = now
            self.stream.write(f"{self.label}: {self.done}/{self.total}{self._eta(now)}\n")
            self.stream.flush()

    def _eta(self, now: float) -> str:
        if not self.done or self.done >= self.total:
            return ""
        left = (now - self._start) / self.done * (self.total - self.done)
        return f" (about {left:.0f} s left)"

    def close(self) -> None:
        if self.enabled and self.tty:
            self.stream.write("\n")
            self.stream.flush()
