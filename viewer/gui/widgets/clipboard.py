"""What copying puts on the clipboard: always text/plain, and text/html beside it.

Fact lines and citations come from `viewer.citation`, so the app copies exactly what the
command line exports. A table goes out as TSV (pastes into a spreadsheet as columns) and as
an HTML table (pastes into a word processor as a table).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from viewer.citation import to_html, to_tsv


def put(text: str, html: str | None = None) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    mime.setHtml(html if html is not None else lines_html(text))
    QGuiApplication.clipboard().setMimeData(mime)
    return mime


def put_table(table: Sequence[Sequence[str]]) -> QMimeData:
    return put(to_tsv(table), to_html(table))


def lines_html(text: str) -> str:
    return "".join(f"<p>{escape(line)}</p>" for line in text.split("\n"))
