"""Who helps or pairs with whom."""

from __future__ import annotations

from viewer.model import Fact


def find_pairings(
    body: str, simplified: str, places: list[Fact], organizations: list[Fact]
) -> list[Fact]:
    """Pairing facts: `a`, `b` (simplified canonical names) and `relation`."""
    return []
