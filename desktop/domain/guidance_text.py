"""Folding and forgiving comparison of what people type for a need.

Nordic users type the same word with å/ä/æ/ø/ö, with the digraphs aa/ae/oe when the
keyboard lacks the letter, or with the neighbouring language's letter ("brød" in a
Swedish municipality). Folding maps all of these onto one form; a small edit
distance forgives one slip in longer words.
"""

from __future__ import annotations

import re
import unicodedata

# Letters NFKD does not decompose, plus the ones we fold on purpose.
_LETTERS = str.maketrans(
    {"æ": "a", "ä": "a", "å": "a", "ø": "o", "ö": "o", "ü": "u", "ß": "ss", "ð": "d", "þ": "th"}
)
# Typed stand-ins for å/æ/ä, ø/ö when a keyboard lacks them.
_DIGRAPHS = (("aa", "a"), ("ae", "a"), ("oe", "o"))
_NON_WORD = re.compile(r"[^0-9a-z]+")

PREFIX_MIN = 3  # shortest typed word completed as a prefix ("kaf" → "kaffe")


def fold(text: str) -> str:
    """``text`` lower-cased, Nordic letters and accents folded, punctuation to spaces."""
    lowered = unicodedata.normalize("NFC", text).casefold().translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", lowered)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    for digraph, letter in _DIGRAPHS:
        plain = plain.replace(digraph, letter)
    return _NON_WORD.sub(" ", plain).strip()


def words(text: str) -> tuple[str, ...]:
    """The folded words of ``text``."""
    folded = fold(text)
    return tuple(folded.split()) if folded else ()


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count 1), capped at ``limit + 1``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def allowed_slips(word: str) -> int:
    """How many typing slips a word of this length may have and still match."""
    if len(word) >= 9:
        return 2
    if len(word) >= 5:
        return 1
    return 0


class WordMatch:
    """How well a typed word matches a known word: the higher, the better."""

    EXACT = 3
    PREFIX = 2
    FUZZY = 1
    NONE = 0


def match_word(typed: str, known: str, *, as_prefix: bool) -> int:
    """A :class:`WordMatch` grade for folded ``typed`` against folded ``known``.

    ``as_prefix`` allows ``typed`` to be the start of ``known`` (the word being typed).
    """
    if typed == known:
        return WordMatch.EXACT
    if as_prefix and len(typed) >= PREFIX_MIN and known.startswith(typed):
        return WordMatch.PREFIX
    slips = allowed_slips(known)
    if slips and edit_distance(typed, known, slips) <= slips:
        return WordMatch.FUZZY
    if as_prefix and len(typed) >= 5 and len(known) > len(typed):
        head = known[: len(typed)]
        if edit_distance(typed, head, 1) <= 1:
            return WordMatch.FUZZY
    return WordMatch.NONE
