"""The numeral parser: Arabic, Chinese and mixed forms as news text writes them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from viewer.facts.numbers import magnitude_factor, parse_number, range_start, to_plain


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("43", 43),
        ("17097", 17097),
        ("44.17", 44.17),
        ("1,234", 1234),
        ("１２３", 123),
        ("1.1万", 11000),
        ("2.53万", 25300),
        ("314.51万", 3145100),
        ("6.88萬", None),  # traditional magnitudes are folded before parsing, not here
        ("3千", 3000),
        ("5百万", 5_000_000),
        ("2亿", 200_000_000),
        ("两千三百", 2300),
        ("三万五千", 35000),
        ("十五", 15),
        ("二十", 20),
        ("一百零五", 105),
        ("一万零五百", 10500),
        ("三亿五千万", 350_000_000),
        ("两", 2),
        ("上千", 1000),
        ("上万", 10000),
        ("半", 0.5),
        ("二〇二一", 2021),
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    got = parse_number(text)
    if value is None:
        assert got is None
    else:
        assert got == Decimal(str(value))


@pytest.mark.parametrize("text", ["", "几十", "数百", "十四五x", "abc", "1.2.3"])
def test_not_numbers(text: str) -> None:
    assert parse_number(text) is None


def test_decimal_magnitudes_are_exact() -> None:
    assert to_plain(parse_number("314.51万")) == 3145100
    assert isinstance(to_plain(parse_number("2.53万")), int)
    assert to_plain(parse_number("44.17")) == 44.17


def test_range_start_takes_the_end_magnitude() -> None:
    assert range_start("3", "-5万") == 30000
    assert range_start("800", "至1000") == 800
    assert range_start("1.5万", "-2万") == 15000


def test_magnitude_factor() -> None:
    assert magnitude_factor("万") == 10_000
    assert magnitude_factor("百万") == 1_000_000
    assert magnitude_factor("亿") == 100_000_000
