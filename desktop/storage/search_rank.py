"""The precise relevance score of a few hundred candidates, computed in Python.

Candidates arrive already sorted coarsely (tier, match class, static rank); this score
orders them inside each class. Per query term, the best match in the item's name
counts most: spelled exactly as typed (diacritics included) > the same word folded >
the start of a word, exactly > folded > the head of a compound; earlier in the name is
better. Brand and keyword matches count less; shorter names win ties.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.storage.catalogue_index import compound_head
from desktop.storage.search_query import QueryTerm
from desktop.storage.text_fold import fold_word, words

EXACT_WORD = 12.0
FOLDED_WORD = 10.0
EXACT_PREFIX = 8.0
FOLDED_PREFIX = 7.0
COMPOUND_HEAD = 5.0
OTHER_FIELD = 4.0
ALTERNATIVE = 3.0  # a synonym's word in the name


def _match(raw: str, folded: str, word: str, word_folded: str) -> float:
    if word == raw:
        return EXACT_WORD
    if word_folded == folded:
        return FOLDED_WORD
    if word.startswith(raw):
        return EXACT_PREFIX
    if word_folded.startswith(folded):
        return FOLDED_PREFIX
    head = compound_head(word_folded)
    if head is not None and head.startswith(folded):
        return COMPOUND_HEAD
    return 0.0


def score(
    terms: Sequence[QueryTerm],
    alternatives: Sequence[str],
    name: str,
    other: str,
) -> float:
    """Relevance of an item whose name is ``name`` and brand + keywords ``other``.

    ``alternatives`` are folded synonym words, scored low when found in the name.
    """
    name_words = words(name)
    name_folded = [fold_word(w) for w in name_words]
    total = -0.05 * len(name_words)
    other_pairs: list[tuple[str, str]] | None = None
    for term in terms:
        best = 0.0
        for position, (word, folded) in enumerate(zip(name_words, name_folded, strict=True)):
            found = _match(term.raw, term.folded, word, folded)
            if found:
                best = max(best, found - 0.25 * min(position, 6))
        if best == 0.0:
            if other_pairs is None:
                other_words = words(other)
                other_pairs = list(zip(other_words, (fold_word(w) for w in other_words),
                                       strict=True))
            for word, folded in other_pairs:
                found = _match(term.raw, term.folded, word, folded)
                if found:
                    best = max(best, OTHER_FIELD + found / 10)
        total += best
    if alternatives:
        for alternative in alternatives:
            if any(f.startswith(alternative) for f in name_folded):
                total += ALTERNATIVE
                break
    return total
