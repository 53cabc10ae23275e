"""Bylines printed inside a header line feed authors, and the outlet before the role word."""

from __future__ import annotations

import pytest

from viewer.ingest.labels import labelled


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [
        ("2023年07月21日 08:35 | 来源：某某日报 | 记者 孙某某 赵某", "孙某某 赵某", "某某日报"),
        ("2022-08-03 14:26　中央社記者 林某君／報導", "林某君", "中央社"),
        ("某某晚报 记者 方某馨 2023-11-02 07:45", "方某馨", None),
        ("据新华社记者报道", None, None),
        ("记者了解到", None, None),
    ],
)
def test_byline_inside_a_header_line(line: str, authors: str | None, source: str | None) -> None:
    found = labelled([line])
    assert (found.get("author"), found.get("source")) == (authors, source)
