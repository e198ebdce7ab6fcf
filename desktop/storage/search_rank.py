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
from desktop.storage.search_query import QueryTerm, TermGroup
from desktop.storage.text_fold import fold_word, words

EXACT_WORD = 12.0
FOLDED_WORD = 10.0
HEAD_WORD = 9.0
EXACT_PREFIX = 8.0
FOLDED_PREFIX = 7.0
HEAD_PREFIX = 5.0
OTHER_FIELD = 4.0  # plus a tenth of the match's own score
ALTERNATIVE = 3.0  # a synonym's word in the name
MEASURE = 5.0  # taken off a match on a unit or a number ("k" in "1 kg" says little)
UNITS = frozenset(
    {"g", "kg", "mg", "l", "ml", "cl", "dl", "m", "mm", "cm", "st", "stk", "pk", "pkt", "x"}
    | {"strl", "str", "ark", "rullar", "par", "set"}
)

# raw words, folded words, (index, compound head): tuples, which the GC stops tracking.
Prepared = tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[int, str], ...]]
_PREPARED: dict[str, Prepared] = {}
_LIMIT = 20_000  # names kept


def _prepare(text: str) -> Prepared:
    found = _PREPARED.get(text)
    if found is None:
        raw = tuple(words(text))
        folded = tuple(fold_word(w) for w in raw)
        heads = tuple((i, h) for i, f in enumerate(folded) if (h := compound_head(f)) is not None)
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
            if folded in UNITS or folded[0].isdigit():
                found -= MEASURE
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


def satisfies(kind: str, term: QueryTerm, name: str, other: str, description: str) -> bool:
    """Whether an item matches ``term`` the way a match class asks (``search_plan``):
    ``whole`` word, ``exact`` spelling, ``prefix`` in the strong fields, or
    ``anywhere`` (the description too). Used for terms left out of the head query."""
    tf = term.folded
    for text in (name, other):
        raw_words, folded_words, heads = _prepare(text)
        if kind == "whole":
            if tf in folded_words or any(h == tf for _, h in heads):
                return True
        elif kind == "exact" and term.has_diacritics:
            if any(w.startswith(term.raw) for w in raw_words):
                return True
        elif any(f.startswith(tf) for f in folded_words) or any(h.startswith(tf) for _, h in heads):
            return True
    if kind == "anywhere" and not term.strong_only and description:
        return any(f.startswith(tf) for f in _prepare(description)[1])
    return False


def match_class(
    phases: Sequence[tuple[str, ...]],
    groups: Sequence[TermGroup],
    name: str,
    other: str,
    description: str,
) -> int:
    """The first class (index into ``phases``, each given as its per-group kinds) whose
    conditions an item meets; the last class (anywhere) when none of the others."""
    for index, kinds in enumerate(phases[:-1]):
        if all(
            _group_meets(kind, group, name, other, description)
            for kind, group in zip(kinds, groups, strict=True)
        ):
            return index
    return len(phases) - 1


def _group_meets(kind: str, group: TermGroup, name: str, other: str, description: str) -> bool:
    for n, alternative in enumerate(group.alternatives):
        if n > 0 and kind == "exact":
            break
        terms = group.terms if n == 0 else [QueryTerm(w, w) for w in alternative]
        if all(satisfies(kind, t, name, other, description) for t in terms):
            return True
    return False


def names_every_word(groups: Sequence[TermGroup], name: str, other: str) -> bool:
    """The relevance floor of a words-only search: every term (or one of its group's
    synonyms) is a whole word of the item's name, brand or keywords. A compound's head
    is not enough ("bord" is not a "tangentbord"), nor is a label of its category."""
    present = set(_prepare(name)[1]) | set(_prepare(other)[1])
    return all(
        any(all(w in present for w in alternative) for alternative in group.alternatives)
        for group in groups
    )
