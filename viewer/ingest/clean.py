"""`clean(raw, name)`: the ingest steps composed."""

from __future__ import annotations

from viewer.errors import InputRefused
from viewer.model import Article


def clean(raw: bytes, name: str) -> Article:
    text = raw.decode("utf-8", errors="replace")
    if not text.strip():
        raise InputRefused(name, "empty", "the file is empty")
    return Article(file=name, body=text.strip(), raw=text)
