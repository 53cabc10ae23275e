"""Errors that carry a message fit to show a user: a file name and a plain reason."""

from __future__ import annotations


class InputRefused(ValueError):
    """A source document that cannot become an article (empty, binary, no text...).

    `reason` is a short machine-friendly word (empty, binary, not-chinese, too-large,
    no-article, unreadable) so that import summaries can group refusals; `str()` is the
    sentence a user reads.
    """

    def __init__(self, name: str, reason: str, detail: str) -> None:
        self.name = name
        self.reason = reason
        self.detail = detail
        super().__init__(f"{name}: {detail}")
