"""The simplified copy every extractor matches on: same length, same positions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from viewer.facts.normalize import simplified_copy


def test_traditional_becomes_simplified() -> None:
    assert simplified_copy("壺關縣2.53萬個") == "壶关县2.53万个"


def test_full_width_forms_fold_one_for_one() -> None:
    assert simplified_copy("１２３％，（街道）") == "123%,(街道)"
    assert simplified_copy("㎡") == "㎡"  # NFKC would make two characters of it


def test_lookalike_radicals_fold() -> None:
    assert simplified_copy("⻄安") == "西安"


def test_characters_outside_the_bmp_keep_their_place() -> None:
    text = "周𫖮說，壺關"
    out = simplified_copy(text)
    assert len(out) == len(text)
    assert out.endswith("说,壶关")


@given(
    st.text(
        alphabet=st.sampled_from(list("壺關縣萬個乾隆發髮干幹著𫖮１２％，。\n ab2")), max_size=60
    )
)
def test_length_and_positions_hold(text: str) -> None:
    out = simplified_copy(text)
    assert len(out) == len(text)
    for a, b in zip(text, out, strict=True):
        assert (a == "\n") == (b == "\n")
