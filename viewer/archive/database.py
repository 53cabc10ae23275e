"""The archive's connection: plain `sqlite3`, with the few calls the archive makes on it.

sqlite-utils would import numpy whenever it is installed (about 15 MiB and 60 ms at
start-up) for features the archive never uses; every query here is SQL over the standard
library's connection, and the file stays readable by sqlite-utils and Datasette.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any


class Database:
    """A `sqlite3.Connection` in autocommit mode (transactions are explicit)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> sqlite3.Cursor:
        return self.conn.execute(sql, params) if params else self.conn.execute(sql)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    def table_names(self) -> list[str]:
        rows = self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return [r[0] for r in rows]

    def close(self) -> None:
        self.conn.close()
