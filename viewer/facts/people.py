"""People: names found in name contexts (placeholder, filled in below)."""

from __future__ import annotations

from viewer.model import Fact


def find_people(body: str, simplified: str) -> list[Fact]:
    """Person facts (with `role` when the text gives one)."""
    return []
