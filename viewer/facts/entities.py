"""Organizations and people."""

from __future__ import annotations

from viewer.model import Fact


def find_organizations(body: str, simplified: str, places: list[Fact]) -> list[Fact]:
    """Organization facts with spans in `body`; `simplified` is a same-length simplified copy."""
    return []


def find_people(body: str, simplified: str) -> list[Fact]:
    """Person facts (with `role` when the text gives one)."""
    return []
