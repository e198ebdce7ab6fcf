"""Folding and forgiving word comparison."""

from __future__ import annotations

import pytest

from desktop.domain.guidance_text import WordMatch, edit_distance, fold, match_word, words


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Bröd", "brod"),
        ("brød", "brod"),
        ("BROED", "brod"),
        ("Håndværker", "handvarker"),
        ("haandvaerker", "handvarker"),
        ("Äpple", "apple"),
        ("æble", "able"),
        ("café", "cafe"),
        ("Papper A4, 80 g!", "papper a4 80 g"),
        ("  ", ""),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_words_split_on_punctuation() -> None:
    assert words("kaffe/te; bröd") == ("kaffe", "te", "brod")


def test_edit_distance_counts_swaps_as_one_and_caps() -> None:
    assert edit_distance("handskar", "handksar", 2) == 1
    assert edit_distance("kaffe", "kafe", 1) == 1
    assert edit_distance("kaffe", "te", 1) == 2
    assert edit_distance("abcdef", "uvwxyz", 2) == 3


def test_match_word_grades() -> None:
    assert match_word("kaffe", "kaffe", as_prefix=False) == WordMatch.EXACT
    assert match_word("kaf", "kaffe", as_prefix=True) == WordMatch.PREFIX
    assert match_word("kaf", "kaffe", as_prefix=False) == WordMatch.NONE
    assert match_word("ka", "kaffe", as_prefix=True) == WordMatch.NONE
    assert match_word("kafe", "kaffe", as_prefix=False) == WordMatch.FUZZY
    assert match_word("bord", "brod", as_prefix=False) == WordMatch.NONE  # short words exact
    assert match_word("kopipapp", "kopipapir", as_prefix=True) == WordMatch.FUZZY
