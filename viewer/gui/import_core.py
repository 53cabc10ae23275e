"""Importing source documents into an archive, with no Qt: the core the app's worker runs.

Each file is read with the size limit and processed by `viewer.pipeline.process` (imported
on first use, so the app starts without the extraction code); the articles are stored by the
command line's single writer (`viewer.commands.storing.store`), so an import from the app
and one from `archive-viewer import` store the same thing in the same small transactions.
Cancelling stops before the next file; everything processed until then is stored.

The report's words are English source strings: the GUI passes its translator
(`i18n.translate`) to `headline`, `text` and `Refusal.label_in`, which keeps this module free
of Qt while the summary reads in the interface language. The strings are marked with
`QT_TRANSLATE_NOOP` (a plain function here) or called through `translate(CONTEXT, ...)`, which
`pyside6-lupdate` collects either way.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from viewer import sources
from viewer.commands.workers import Outcome, process_file
from viewer.readfile import DEFAULT_MAX_BYTES

CONTEXT = "ImportReport"
Translate = Callable[[str, str], str]  # (context, English source) -> text in the interface


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Marks `text` for translation without translating it (Qt's macro, without Qt)."""
    return text


def as_written(context: str, text: str) -> str:
    """No translation: the English sources (the command line, tests, an English interface)."""
    return text


# What a user reads for each refusal reason (the words of `viewer.errors.InputRefused`).
REASONS = {
    "empty": QT_TRANSLATE_NOOP("ImportReport", "empty"),
    "binary": QT_TRANSLATE_NOOP("ImportReport", "binary"),
    "not-chinese": QT_TRANSLATE_NOOP("ImportReport", "not Chinese text"),
    "too-large": QT_TRANSLATE_NOOP("ImportReport", "too large"),
    "no-article": QT_TRANSLATE_NOOP("ImportReport", "no article text found"),
    "unreadable": QT_TRANSLATE_NOOP("ImportReport", "unreadable"),
    "too-slow": QT_TRANSLATE_NOOP("ImportReport", "took too long"),
    "error": QT_TRANSLATE_NOOP("ImportReport", "could not be processed"),
}

Progress = Callable[[int, int, str], None]  # files done, files in all, name of the last one
Processor = Callable[[Path, str, int], Outcome]  # path, name, size limit -> outcome


@dataclass(frozen=True, slots=True)
class Refusal:
    name: str
    reason: str  # a key of REASONS
    message: str  # the plain sentence from the refusal

    @property
    def label(self) -> str:
        return self.label_in(as_written)

    def label_in(self, translate: Translate) -> str:
        """The reason in words, in the interface language `translate` gives."""
        known = REASONS.get(self.reason)
        return translate(CONTEXT, known) if known else self.reason


@dataclass
class ImportReport:
    """What became of one import: new articles (ids), duplicates, refusals, how it ended."""

    total: int = 0
    done: int = 0
    new_ids: list[str] = field(default_factory=list)
    duplicates: int = 0
    refused: list[Refusal] = field(default_factory=list)
    cancelled: bool = False
    error: str = ""  # why the import stopped early (the archive failed), if it did
    seconds: float = 0.0

    @property
    def imported(self) -> int:
        return len(self.new_ids)

    def headline(self, translate: Translate = as_written) -> str:
        counts = translate(
            "ImportReport",
            "{imported} imported, {duplicates} duplicates skipped, {refused} refused",
        ).format(
            imported=f"{self.imported:,}",
            duplicates=f"{self.duplicates:,}",
            refused=f"{len(self.refused):,}",
        )
        if self.cancelled:
            return translate("ImportReport", "Import cancelled: {}").format(counts)
        if self.error:
            return translate("ImportReport", "Import stopped: {}").format(counts)
        return counts

    def text(self, translate: Translate = as_written) -> str:
        """The report a user copies: counts, then each refused file with its reason."""
        lines = [self.headline(translate)]
        if self.cancelled:
            handled = translate(
                "ImportReport", "{done} of {total} files were handled before cancelling."
            )
            lines.append(handled.format(done=f"{self.done:,}", total=f"{self.total:,}"))
        if self.error:
            lines.append(translate("ImportReport", "The import stopped: {}").format(self.error))
        if self.refused:
            lines.append("")
            lines.append(translate("ImportReport", "Refused:"))
            lines += [f"{r.name}\t{r.label_in(translate)}: {r.message}" for r in self.refused]
        return "\n".join(lines) + "\n"


def collect(paths: Iterable[Path | str]) -> tuple[list[tuple[Path, str]], list[Refusal]]:
    """Files to import and refusals for paths that cannot be read (see viewer.sources)."""
    items, missing = sources.collect(paths)
    return items, [Refusal(name, "unreadable", message) for name, message in missing]


def process_one(path: Path, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Outcome:
    """One file through the pipeline; every failure is a refusal, never an exception."""
    return process_file(str(path), name, max_bytes)


class _Recorder:
    """The archive as `store` sees it, noting the ids of articles that were new."""

    def __init__(self, archive: Any) -> None:
        self._archive = archive
        self.new_ids: list[str] = []

    def add_articles(self, items: Iterable[Any]) -> list[tuple[str, bool]]:
        results = self._archive.add_articles(items)
        self.new_ids += [aid for aid, new in results if new]
        return results


def run_import(
    archive: Any,
    items: list[tuple[Path, str]],
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_file: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    refused: Iterable[Refusal] = (),
    process: Processor | None = None,
) -> ImportReport:
    """Process (with `process`, by default `process_one` here) and store `items` in order;
    `on_file` after each one. An archive failure ends the import with `error` set; what was
    committed before it stays."""
    from viewer.commands.progress import Progress as QuietProgress
    from viewer.commands.storing import store

    started = time.monotonic()
    report = ImportReport(total=len(items), refused=list(refused))

    def outcomes() -> Iterator[Outcome]:
        for path, name in items:
            if cancelled():
                report.cancelled = True
                return
            out = (process or process_one)(path, name, max_bytes)
            if out.article is None:
                report.refused.append(Refusal(name, out.reason, out.message or out.reason))
            report.done += 1
            yield out
            if on_file is not None:
                on_file(report.done, report.total, name)

    recorder = _Recorder(archive)
    try:
        tally = store(recorder, outcomes(), QuietProgress(len(items), "", min_total=sys.maxsize))  # type: ignore[arg-type]
        report.duplicates = tally.duplicates
    except Exception as exc:  # the archive failed (disk full, locked): say so, keep the rest
        report.error = str(exc)
    report.new_ids = recorder.new_ids
    report.seconds = time.monotonic() - started
    return report
