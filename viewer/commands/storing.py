"""The single writer: outcomes into an archive in small transactions, with a tally.

Each batch is one transaction, committed at least every BATCH_SECONDS, so an interrupted
import keeps everything stored before the last commit.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TextIO

from viewer.archive import Archive
from viewer.commands.progress import Progress
from viewer.commands.workers import Outcome
from viewer.model import Article

BATCH_SIZE = 200
BATCH_SECONDS = 1.0


@dataclass
class Tally:
    imported: int = 0
    duplicates: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)  # (name, message)

    def report(self, stream: TextIO | None = None) -> None:
        out = stream or sys.stdout
        out.write(
            f"imported: {self.imported}, duplicates: {self.duplicates}, "
            f"refused: {len(self.refused)}\n"
        )
        for name, message in self.refused:
            out.write(f"  refused {name}: {message}\n")

    @property
    def exit_code(self) -> int:
        return 1 if self.refused else 0


def store(archive: Archive, outcomes: Iterable[Outcome], progress: Progress) -> Tally:
    tally = Tally()
    batch: list[tuple[Article, str]] = []
    started = time.monotonic()

    def flush() -> None:
        nonlocal started
        if batch:
            for _, new in archive.add_articles(batch):
                if new:
                    tally.imported += 1
                else:
                    tally.duplicates += 1
            progress.advance(len(batch))
            batch.clear()
        started = time.monotonic()

    for outcome in outcomes:
        if outcome.article is None:
            tally.refused.append((outcome.name, outcome.message or outcome.reason))
            progress.advance()
            continue
        batch.append((outcome.article, outcome.name))
        if len(batch) >= BATCH_SIZE or time.monotonic() - started >= BATCH_SECONDS:
            flush()
    flush()
    return tally
