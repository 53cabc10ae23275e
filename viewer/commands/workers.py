"""Cleaning and extraction in worker processes while one writer stores the results.

Workers get file paths and return plain data (an Article, or the refusal); only the main
process touches the archive, so SQLite sees a single writer. At most a few tasks per worker
are in flight, so memory stays flat on very large collections.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from viewer.errors import InputRefused
from viewer.model import Article
from viewer.readfile import DEFAULT_MAX_BYTES, read_source

IN_FLIGHT_PER_JOB = 4


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one source: an article, or a refusal with its reason."""

    name: str
    article: Article | None = None
    reason: str = ""
    message: str = ""


def _work_in_child(path: str, name: str) -> tuple[str, dict | None, str, str]:
    """`process_file` for a worker process: the article crosses as its JSON form, since the
    model's read-only mappings cannot be pickled."""
    out = process_file(path, name)
    data = out.article.to_json(with_raw=True) if out.article is not None else None
    return out.name, data, out.reason, out.message


def _from_child(future: Future, name: str) -> Outcome:
    try:
        got_name, data, reason, message = future.result()
    except Exception as exc:  # a worker that died (out of memory, killed) refuses its file
        return Outcome(name, reason="error", message=f"could not be processed ({exc})")
    if data is None:
        return Outcome(got_name, reason=reason, message=message)
    return Outcome(got_name, article=Article.from_json(data))


def process_file(path: str, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Outcome:
    """Read and process one file; every failure becomes a refusal, never an exception."""
    from viewer.pipeline import process

    try:
        return Outcome(name, article=process(read_source(Path(path), max_bytes), name))
    except InputRefused as exc:
        return Outcome(name, reason=exc.reason, message=exc.detail)
    except Exception as exc:  # a bug in one document's processing must not stop the others
        return Outcome(name, reason="error", message=f"could not be processed ({exc})")


def job_count(requested: int | None) -> int:
    return requested if requested and requested > 0 else (os.cpu_count() or 1)


def process_files(items: Iterable[tuple[Path, str]], jobs: int) -> Iterator[Outcome]:
    """Outcomes in input order; one process runs everything inline when `jobs` is 1."""
    items = list(items)
    if jobs <= 1 or len(items) <= 2:
        for path, name in items:
            yield process_file(str(path), name)
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(items))) as pool:
        pending: deque[tuple[Future, str]] = deque()
        for path, name in items:
            pending.append((pool.submit(_work_in_child, str(path), name), name))
            if len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                yield _from_child(*pending.popleft())
        while pending:
            yield _from_child(*pending.popleft())
