"""The import off the GUI thread: a worker that reports progress and its result by signals.

The worker opens its own connection to the archive (SQLite in WAL mode lets the window keep
reading through its connection meanwhile) and runs `import_core.run_import`. The pool is
injected: the app uses Qt's thread pool, tests an `InlinePool` that runs the work at once.
Signals reach the window's slots on the GUI thread whichever thread emits them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from viewer.gui.import_core import ImportReport, collect, run_import
from viewer.readfile import DEFAULT_MAX_BYTES


class Pool(Protocol):
    def start(self, runnable: QRunnable) -> None: ...


class InlinePool:
    """Runs a runnable at once on the calling thread (tests)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:
        return True


class ImportWorker(QObject):
    progressed = Signal(int, int, str)  # files done, files in all, the last file's name
    finished = Signal(object)  # ImportReport

    def __init__(
        self,
        archive_path: Path,
        paths: Iterable[Path | str],
        max_bytes: int = DEFAULT_MAX_BYTES,
        min_interval: float = 0.05,
        isolate: bool = False,
        timeout: float = 120.0,
    ) -> None:
        super().__init__()
        self.archive_path = Path(archive_path)
        self.paths = list(paths)
        self.max_bytes = max_bytes
        self.min_interval = min_interval  # progress signals at most this often (seconds)
        self.isolate = isolate  # process files in a child process, each with `timeout`
        self.timeout = timeout
        self._cancel = threading.Event()
        self._last_emit = 0.0
        self._child: Any = None

    def cancel(self) -> None:
        """Stop before the next file; what was processed is kept."""
        self._cancel.set()

    def abort(self) -> None:
        """Cancel and stop the file being processed now (the app is closing)."""
        self._cancel.set()
        child = self._child
        if child is not None:
            child.kill()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int, name: str) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_emit >= self.min_interval:
            self._last_emit = now
            self.progressed.emit(done, total, name)

    def run(self) -> None:
        """Runs on any thread; always ends with `finished`, never with an exception."""
        from viewer.archive import Archive

        report = ImportReport()
        child = None
        try:
            items, missing = collect(self.paths)
            self.progressed.emit(0, len(items), "")
            if self.isolate:
                from viewer.gui.import_child import ChildProcessor

                child = self._child = ChildProcessor(self.timeout)
            with Archive.open(self.archive_path) as archive:
                report = run_import(
                    archive,
                    items,
                    self.max_bytes,
                    on_file=self._progress,
                    cancelled=self._cancel.is_set,
                    refused=missing,
                    process=child,
                )
        except Exception as exc:  # cannot open the archive, or a folder cannot be listed
            report.error = str(exc)
        finally:
            if child is not None:
                self._child = None
                child.close()
        self.finished.emit(report)


class _Task(QRunnable):
    def __init__(self, worker: ImportWorker) -> None:
        super().__init__()
        self._worker = worker

    def run(self) -> None:
        self._worker.run()


def start(worker: ImportWorker, pool: Any = None) -> None:
    """Run `worker` on `pool` (Qt's global thread pool by default)."""
    (pool if pool is not None else QThreadPool.globalInstance()).start(_Task(worker))
