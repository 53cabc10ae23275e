"""The whole pipeline for one document: cleaning, then facts on the cleaned body.

The command line and the GUI's import worker both call `process`, so an article looks the
same whichever way it entered the archive.
"""

from __future__ import annotations

from dataclasses import replace

from viewer.facts import extract_facts
from viewer.ingest.clean import clean
from viewer.model import Article


def process(raw: bytes, name: str) -> Article:
    """Clean `raw` and attach its facts; raises `InputRefused` for unusable input."""
    article = clean(raw, name)
    facts = extract_facts(article.body, article.published)
    return replace(article, facts=tuple(facts))
