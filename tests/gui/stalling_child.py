"""A child loop for import tests: the real one, except that a file whose name contains
"forever" never finishes, so the time limit can be tested without a slow document."""

from __future__ import annotations

import time
from multiprocessing.connection import Connection
from typing import Any

from viewer.gui.import_child import _serve


class _Stalling:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def recv(self) -> Any:
        job = self._conn.recv()
        if job is not None and "forever" in job[1]:
            time.sleep(3600)
        return job

    def send(self, obj: Any) -> None:
        self._conn.send(obj)


def serve(conn: Connection) -> None:
    _serve(_Stalling(conn))  # type: ignore[arg-type]
