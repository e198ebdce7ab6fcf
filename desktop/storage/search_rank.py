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

from collections.abc import Iterable, Sequence
from typing import Final

from desktop.storage.catalogue_index import compound_head
from desktop.storage.search_query import QueryTerm, TermGroup
from desktop.storage.text_fold import fold_words, words

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


# A text's words, ready for the checks below, as a plain tuple of strings and tuples of
# strings or ints: the garbage collector stops tracking those after one look, so the
# twenty thousand names kept add nothing to a full collection (a class, a frozenset or
# a named tuple stays tracked: 60,000 objects, a 100 ms full collection at a million
# items). The lines hold every word between spaces, so "a word starts with ``t``" is
# one substring search, ``" " + t in line``, and "is a word" ``" " + t + " " in line``.
Prepared = tuple[
    tuple[str, ...],  # RAW: the words as written (lower case)
    tuple[str, ...],  # FOLDED: the same folded
    tuple[int, ...],  # HEAD_AT: the index of each word that is a compound with a head
    tuple[str, ...],  # HEADS: that compound's head
    str,  # RAW_LINE
    str,  # FOLDED_LINE
    str,  # HEAD_LINE
]
RAW: Final = 0
FOLDED: Final = 1
HEAD_AT: Final = 2
HEADS: Final = 3
RAW_LINE: Final = 4
FOLDED_LINE: Final = 5
HEAD_LINE: Final = 6

_PREPARED: dict[str, Prepared] = {}
_LIMIT = 20_000  # names kept


def _line(ws: Sequence[str]) -> str:
    return " " + " ".join(ws) + " " if ws else ""


def _prepare(text: str) -> Prepared:
    found = _PREPARED.get(text)
    if found is None:
        found = _PREPARED[text] = _prepared(text)
        if len(_PREPARED) > _LIMIT:
            _PREPARED.clear()
    return found


def _prepared(text: str) -> Prepared:
    """Words of every item a search meets are prepared: this runs a few hundred times a
    keystroke, so it stays lean (one fold cache look-up a word, joined lines)."""
    raw = tuple(words(text))
    folded = fold_words(raw)
    found = [(i, h) for i, f in enumerate(folded) if (h := compound_head(f)) is not None]
    heads = tuple([h for _, h in found])
    return (
        raw,
        folded,
        tuple([i for i, _ in found]),
        heads,
        _line(raw),
        _line(folded),
        _line(heads),
    )


def _starts_a_word(prefix: str, prepared: Prepared) -> bool:
    """Whether a folded word of the text, or a compound's head, starts with ``prefix``."""
    marked = " " + prefix
    return marked in prepared[FOLDED_LINE] or marked in prepared[HEAD_LINE]


def _best(term: QueryTerm, prepared: Prepared) -> float:
    tf, tr = term.folded, term.raw
    if not _starts_a_word(tf, prepared):
        return 0.0
    raw_words = prepared[RAW]
    best = 0.0
    for i, folded in enumerate(prepared[FOLDED]):
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
    for i, head in zip(prepared[HEAD_AT], prepared[HEADS], strict=True):
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
    total = -0.05 * len(prepared[RAW])
    for term in terms:
        total += _term_part(term, prepared, other)
    return total + _alternative_part(alternatives, prepared)


# A term's part of the score of items (by id), per (folded, raw) term: typing the
# third word of "kaffe mellan b" meets the same candidates with the same first words.
TermParts = dict[tuple[str, str], dict[int, float]]
_TERMS_KEPT = 64


def scores(
    terms: Sequence[QueryTerm],
    alternatives: Sequence[str],
    items: Iterable[tuple[int, str, str]],
    kept: TermParts,
) -> dict[int, float]:
    """``score`` of each (id, name, other), equal to the last bit; each term's part is
    taken from ``kept`` where an earlier keystroke computed it, and kept there (the
    caller forgets ``kept`` when the items' texts may have changed)."""
    if len(kept) > _TERMS_KEPT:
        kept.clear()
    parts = [kept.setdefault((t.folded, t.raw), {}) for t in terms]
    found: dict[int, float] = {}
    for item_id, name, other in items:
        prepared = _prepare(name)
        total = -0.05 * len(prepared[RAW])
        for term, known in zip(terms, parts, strict=True):
            part = known.get(item_id)
            if part is None:
                part = known[item_id] = _term_part(term, prepared, other)
            total += part
        found[item_id] = total + _alternative_part(alternatives, prepared)
    return found


def _term_part(term: QueryTerm, prepared: Prepared, other: str) -> float:
    best = _best(term, prepared)
    if best == 0.0 and other:
        found = _best(term, _prepare(other))
        if found:
            best = OTHER_FIELD + found / 10
    return best


def _alternative_part(alternatives: Sequence[str], prepared: Prepared) -> float:
    if alternatives and any(" " + a in prepared[FOLDED_LINE] for a in alternatives):
        return ALTERNATIVE
    return 0.0


_DESCRIBED: dict[str, str] = {}


def _description_line(description: str) -> str:
    """A description's folded words as a line (kept apart from the names: descriptions
    are long, and would push the names out of ``_PREPARED``)."""
    found = _DESCRIBED.get(description)
    if found is None:
        found = _DESCRIBED[description] = _line(fold_words(words(description)))
        if len(_DESCRIBED) > _LIMIT // 4:
            _DESCRIBED.clear()
    return found


def _meets_in(kind: str, term: QueryTerm, prepared: Prepared) -> bool:
    """``satisfies`` in one strong field: one substring search on its lines."""
    if kind == "whole":
        word = " " + term.folded + " "
        return word in prepared[FOLDED_LINE] or word in prepared[HEAD_LINE]
    if kind == "exact" and term.has_diacritics:
        return " " + term.raw in prepared[RAW_LINE]
    return _starts_a_word(term.folded, prepared)


def _meets(kind: str, term: QueryTerm, name: Prepared, other: str, description: str) -> bool:
    if _meets_in(kind, term, name) or (other and _meets_in(kind, term, _prepare(other))):
        return True
    if kind == "anywhere" and not term.strong_only and description:
        return " " + term.folded in _description_line(description)
    return False


def satisfies(kind: str, term: QueryTerm, name: str, other: str, description: str) -> bool:
    """Whether an item matches ``term`` the way a match class asks (``search_plan``):
    ``whole`` word, ``exact`` spelling, ``prefix`` in the strong fields, or
    ``anywhere`` (the description too). Used for terms left out of the head query."""
    return _meets(kind, term, _prepare(name), other, description)


def match_class(
    phases: Sequence[tuple[str, ...]],
    groups: Sequence[TermGroup],
    name: str,
    other: str,
    description: str,
) -> int:
    """The first class (index into ``phases``, each given as its per-group kinds) whose
    conditions an item meets; the last class (anywhere) when none of the others."""
    prepared = _prepare(name)
    for index, kinds in enumerate(phases[:-1]):
        if all(
            _group_meets(kind, group, prepared, other, description)
            for kind, group in zip(kinds, groups, strict=True)
        ):
            return index
    return len(phases) - 1


def _group_meets(kind: str, group: TermGroup, name: Prepared, other: str, description: str) -> bool:
    for n, terms in enumerate(group.alternative_terms):
        if n > 0 and kind == "exact":
            break
        if all(_meets(kind, t, name, other, description) for t in terms):
            return True
    return False


def names_every_word(groups: Sequence[TermGroup], name: str, other: str) -> bool:
    """The relevance floor of a words-only search: every term (or one of its group's
    synonyms) is a whole word of the item's name, brand or keywords. A compound's head
    is not enough ("bord" is not a "tangentbord"), nor is a label of its category."""
    present = {*_prepare(name)[FOLDED], *_prepare(other)[FOLDED]}
    return all(
        any(all(w in present for w in alternative) for alternative in group.alternatives)
        for group in groups
    )
