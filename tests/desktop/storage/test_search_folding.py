"""Word splitting and Nordic folding (text_fold): what the search index and queries share."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.storage.text_fold import fold_word, folded_text_words, folded_words, words


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("blöjor", "blojor"),
        ("blojor", "blojor"),
        ("bloejor", "blojor"),
        ("bröd", "brod"),
        ("brød", "brod"),
        ("broed", "brod"),
        ("æble", "able"),
        ("aeble", "able"),
        ("äpple", "apple"),
        ("blåbär", "blabar"),
        ("blaabaer", "blabar"),
        ("café", "cafe"),
        ("zoégas", "zogas"),
        ("zoegas", "zogas"),
        ("straße", "strasse"),
        ("kaffe", "kaffe"),
        ("a4", "a4"),
        ("½", "12"),
    ],
)
def test_fold_word(typed: str, folded: str) -> None:
    assert fold_word(typed) == folded


def test_words_split_on_everything_but_letters_and_digits() -> None:
    assert words('Kulspetspenna, BLÅ 0,7mm (10-p) "A4" KF_1234\x00x*y') == [
        "kulspetspenna",
        "blå",
        "0",
        "7mm",
        "10",
        "p",
        "a4",
        "kf",
        "1234",
        "x",
        "y",
    ]


NORDIC = st.text(alphabet="aeoiubcdkåäöæøéüÅÄÖÆØ -.,", max_size=40)


@given(NORDIC)
def test_folding_a_text_equals_folding_its_words(text: str) -> None:
    assert folded_text_words(text) == folded_words(text)


@given(st.text(max_size=40))
def test_folding_any_text_equals_folding_its_words(text: str) -> None:
    assert folded_text_words(text) == folded_words(text)


@given(st.text(alphabet="aeoubkåäöæøéü", min_size=1, max_size=12), st.integers(1, 12))
def test_a_folded_prefix_is_a_prefix_of_the_folded_word(word: str, cut: int) -> None:
    """What makes as-you-type prefix search work on folded words."""
    assert fold_word(word).startswith(fold_word(word[:cut]))
