"""Processing import files in a child process, with a time limit per file (no Qt here).

The app's import worker hands each file to one long-lived child process, so cleaning and
extraction never compete with the window for the interpreter, the app itself never loads the
extraction code, and a document that would take unreasonably long (a huge page, a
pathological line) is stopped by ending the child: it is refused as "took too long" and the
next file goes to a fresh child. The child is started with "spawn", which is safe in a
process that runs Qt threads.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from viewer.commands.workers import Outcome
from viewer.model import Article

DEFAULT_TIMEOUT_S = 120.0
START_TIMEOUT_S = 120.0  # loading the extraction code, not counted against any file


def _serve(conn: Connection) -> None:
    """The child's loop: (path, name, max_bytes) in, the outcome as plain data out."""
    from viewer.gui.import_core import process_one
    from viewer.pipeline import process

    # Load the dictionaries before the first file; a fault here meets that file again and
    # refuses it with its reason.
    with contextlib.suppress(Exception):
        process("乡村振兴。".encode(), "warm-up")
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        path, name, max_bytes = job
        out = process_one(Path(path), name, max_bytes)
        data = out.article.to_json(with_raw=True) if out.article is not None else None
        conn.send((data, out.reason, out.message))


class ChildProcessor:
    """Call it like `import_core.process_one`; `close()` when done."""

    serve = staticmethod(_serve)  # the child's loop (a module-level function, for "spawn")

    def __init__(self, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        self.timeout = timeout
        self._ctx = multiprocessing.get_context("spawn")
        self._proc: Any = None
        self._conn: Connection | None = None

    def _ensure(self) -> Connection:
        if self._proc is None or not self._proc.is_alive() or self._conn is None:
            self._stop()
            mine, theirs = self._ctx.Pipe()
            self._proc = self._ctx.Process(target=self.serve, args=(theirs,), daemon=True)
            self._proc.start()
            theirs.close()
            self._conn = mine
            if not mine.poll(START_TIMEOUT_S) or mine.recv() != "ready":
                raise OSError("the processing process did not start")
        return self._conn

    def __call__(self, path: Path, name: str, max_bytes: int) -> Outcome:
        try:
            conn = self._ensure()
            conn.send((str(path), name, max_bytes))
            if not conn.poll(self.timeout):
                self._stop()
                return Outcome(
                    name,
                    reason="too-slow",
                    message=f"took too long to process (over {self.timeout:.0f} s); it was stopped",
                )
            data, reason, message = conn.recv()
        except (EOFError, OSError) as exc:  # the child died (out of memory, killed)
            self._stop()
            return Outcome(name, reason="error", message=f"could not be processed ({exc})")
        if data is None:
            return Outcome(name, reason=reason, message=message)
        return Outcome(name, article=Article.from_json(data))

    def _stop(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._proc is not None:
            if self._proc.is_alive():
                self._proc.kill()
            self._proc.join(5)
            self._proc = None

    def kill(self) -> None:
        """End the child now, from any thread; the file it was on is refused."""
        proc = self._proc
        if proc is not None and proc.is_alive():
            proc.kill()

    def close(self) -> None:
        """Let the child finish cleanly, or end it."""
        if self._conn is not None and self._proc is not None and self._proc.is_alive():
            try:
                self._conn.send(None)
                self._proc.join(2)
            except OSError:
                pass
        self._stop()
