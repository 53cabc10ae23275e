"""Organizations and people: the facade the fact pipeline calls.

The work is done in `organizations` (suffix lexicon and name grammar) and `people` (surnames,
titles and name contexts); their dictionaries load on first use, never at import.
"""

from __future__ import annotations

from viewer.facts import organizations, people
from viewer.model import Fact


def find_organizations(body: str, simplified: str, places: list[Fact]) -> list[Fact]:
    """Organization facts with spans in `body`; `simplified` is a same-length simplified copy."""
    return organizations.find_organizations(body, simplified, places)


def find_people(body: str, simplified: str) -> list[Fact]:
    """Person facts (with `role` when the text gives one)."""
    return people.find_people(body, simplified)
