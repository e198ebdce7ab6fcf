"""The precise relevance score of a few hundred candidates, computed in Python.

Candidates arrive already sorted coarsely (tier, match class, static rank); this score
orders them inside each class. Per query term, the best match in the item's name
counts most: the word spelled exactly as typed (diacritics included) > the same word
folded > the head of a compound equal to it ("bryggkaffe" for "kaffe": it *is* coffee)
> the start of a word, exactly > folded > the start of a compound's head; earlier in
the name is better. Brand and keyword matches count less; shorter names win ties.

Names are prepared once and cached: while the user types, the same candidates come
back keystroke after keystroke.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.storage.catalogue_index import compound_head
from desktop.storage.search_query import QueryTerm
from desktop.storage.text_fold import fold_word, words

EXACT_WORD = 12.0
FOLDED_WORD = 10.0
HEAD_WORD = 9.0
EXACT_PREFIX = 8.0
FOLDED_PREFIX = 7.0
HEAD_PREFIX = 5.0
OTHER_FIELD = 4.0  # plus a tenth of the match's own score
ALTERNATIVE = 3.0  # a synonym's word in the name

Prepared = tuple[list[str], list[str], list[tuple[int, str]]]  # raw, folded, (i, head)
_PREPARED: dict[str, Prepared] = {}
_LIMIT = 100_000


def _prepare(text: str) -> Prepared:
    found = _PREPARED.get(text)
    if found is None:
        raw = words(text)
        folded = [fold_word(w) for w in raw]
        heads = [(i, h) for i, f in enumerate(folded) if (h := compound_head(f)) is not None]
        found = (raw, folded, heads)
        if len(_PREPARED) > _LIMIT:
            _PREPARED.clear()
        _PREPARED[text] = found
    return found


def _best(term: QueryTerm, prepared: Prepared) -> float:
    raw_words, folded_words, heads = prepared
    tf, tr = term.folded, term.raw
    best = 0.0
    for i, folded in enumerate(folded_words):
        if folded.startswith(tf):
            if folded == tf:
                found = EXACT_WORD if raw_words[i] == tr else FOLDED_WORD
            else:
                found = EXACT_PREFIX if raw_words[i].startswith(tr) else FOLDED_PREFIX
            found -= 0.25 * min(i, 6)
            if found > best:
                best = found
    for i, head in heads:
        if head.startswith(tf):
            found = (HEAD_WORD if head == tf else HEAD_PREFIX) - 0.25 * min(i, 6)
            if found > best:
                best = found
    return best


def score(
    terms: Sequence[QueryTerm],
    alternatives: Sequence[str],
    name: str,
    other: str,
) -> float:
    """Relevance of an item whose name is ``name`` and brand + keywords ``other``.

    ``alternatives`` are folded synonym words, scored low when found in the name.
    """
    prepared = _prepare(name)
    total = -0.05 * len(prepared[0])
    for term in terms:
        best = _best(term, prepared)
        if best == 0.0 and other:
            found = _best(term, _prepare(other))
            if found:
                best = OTHER_FIELD + found / 10
        total += best
    if alternatives:
        folded_words = prepared[1]
        if any(f.startswith(a) for a in alternatives for f in folded_words):
            total += ALTERNATIVE
    return total
