"""The match classes of a query, best first, as FTS5 expressions.

Inside each tier (agreement items, then the rest) a result is ranked by the first class
it falls in:

1. ``exact``   every term starts a word of the name, brand or keywords spelled as typed,
               diacritics included (only when the query has diacritics);
2. ``words``   every term is a whole word there (folded; synonyms count);
3. ``words+``  all but the last term whole words, the last one a prefix;
4. ``prefix``  every term starts a word there (or a compound's head: "handsk" finds
               "engångshandskar");
5. ``anywhere`` every term starts a word in any field, or names the item's CPV class or
               its supplier; one-letter terms and short numbers stay in the strong fields.

Each class has a *head* expression (prefixes cut to the most common words, for the
first page) and a *complete* one that excludes the classes before it, so the classes
partition the result and paging meets every item once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.storage.catalogue_index import EXACT, STRONG
from desktop.storage.search_expand import Expander, Expansion
from desktop.storage.search_query import QueryTerm, TermGroup, all_of, any_of, but_not


@dataclass(frozen=True)
class Phase:
    name: str
    head: str  # "" when nothing can match
    complete: str  # excludes the phases before; "" when nothing can match
    # Broad terms left out of ``head``, to check on the candidates: (kind, term).
    residual: tuple[tuple[str, QueryTerm], ...] = ()
    kinds: tuple[str, ...] = ()  # per term group: exact, whole, prefix or anywhere


BROAD_OR = 24  # an expansion of more words than this is checked in Python instead
# ... but only when the query's narrower terms are this rare: on more rows, the Python
# check costs more than FTS5 seeking the expansion's OR (a unit or a brand, "st pack").
RARE_DOCS = 20_000


@dataclass(frozen=True)
class _Fragment:
    head: str
    complete: str


def _from_expansions(
    whole: Sequence[str],
    expansions: Sequence[tuple[str, Expansion]],
    extra_prefixes: Sequence[str] = (),
) -> _Fragment:
    head_tokens = list(whole)
    complete_tokens = list(whole)
    complete_prefixes = list(extra_prefixes)
    for prefix, expansion in expansions:
        head_tokens.extend(expansion.tokens)
        if expansion.truncated:
            complete_prefixes.append(prefix)
        else:
            complete_tokens.extend(expansion.tokens)
    return _Fragment(
        any_of(head_tokens, extra_prefixes), any_of(complete_tokens, complete_prefixes)
    )


class Planner:
    """Builds the phases of one query (needs the connection for the expansions)."""

    def __init__(self, conn: sqlite3.Connection, expander: Expander) -> None:
        self.conn = conn
        self.expander = expander

    def _word(self, kind: str, word: str, term: QueryTerm | None) -> _Fragment:
        ex = self.expander
        conn = self.conn
        if kind == "whole":
            token = STRONG + word
            return _Fragment(any_of([token]), any_of([token]))
        if kind == "exact" and term is not None and term.has_diacritics:
            return _from_expansions(
                [EXACT + term.raw], [(EXACT + term.raw, ex.prefix(conn, EXACT + term.raw))]
            )
        strong = [(STRONG + word, ex.prefix(conn, STRONG + word))]
        if (
            kind in ("exact", "prefix")
            or (term is not None and term.strong_only)
            or (len(word) == 1)
        ):
            return _from_expansions([STRONG + word], strong)
        facets = [*ex.cpv_tokens(conn, word)] if len(word) >= 3 else []
        facets += ex.supplier_tokens(word) if len(word) >= 2 else []
        digits = [word] if sum(c.isdigit() for c in word) >= 4 else []
        fragment = _from_expansions(
            [STRONG + word, word, *facets], [(word, ex.prefix(conn, word)), *strong], digits
        )
        return fragment

    def _group(self, kind: str, group: TermGroup) -> _Fragment:
        alternatives = group.alternatives
        if kind == "exact":
            alternatives = alternatives[:1]
        heads: list[str] = []
        completes: list[str] = []
        for i, alternative in enumerate(alternatives):
            terms = group.terms if i == 0 else [None] * len(alternative)
            parts = [self._word(kind, w, t) for w, t in zip(alternative, terms, strict=False)]
            heads.append(all_of([p.head for p in parts]))
            completes.append(all_of([p.complete for p in parts]))
        return _Fragment(_either(heads), _either(completes))

    def _broad(self, group: TermGroup) -> bool:
        """A single short prefix with a long (or cut) expansion. In an AND with other
        terms its OR would be re-sought for every candidate row, so the head query
        leaves it out and the candidates are checked for it in Python instead."""
        if len(group.alternatives) != 1 or len(group.terms) != 1:
            return False
        term = group.terms[0]
        prefixes = (
            [STRONG + term.folded] if term.strong_only else [STRONG + term.folded, term.folded]
        )
        for prefix in prefixes:
            expansion = self.expander.prefix(self.conn, prefix)
            if expansion.truncated or len(expansion.tokens) > BROAD_OR:
                return True
        return False

    def _docs(self, group: TermGroup) -> int:
        """About how many items the strong fields' words starting with the group's
        rarest term cover (its head expansion's document counts)."""
        return min(self.expander.prefix(self.conn, STRONG + t.folded).docs for t in group.terms)

    def phases(self, groups: list[TermGroup], filters: str) -> list[Phase]:
        broad = [self._broad(g) for g in groups]
        narrower = [self._docs(g) for g, b in zip(groups, broad, strict=True) if not b]
        if any(broad) and not filters and (not narrower or min(narrower) > RARE_DOCS):
            broad = [False] * len(groups)  # nothing rare enough to start from
        kinds: list[tuple[str, list[str]]] = []
        if any(t.has_diacritics for g in groups for t in g.terms):
            kinds.append(("exact", ["exact"] * len(groups)))
        # A last term of one letter, or a broad one, is still being typed: a whole word
        # there means little and costs a long scan.
        if not broad[-1] and len(groups[-1].terms[-1].folded) > 1:
            kinds.append(("words", ["whole"] * len(groups)))
        if len(groups) > 1:
            kinds.append(("words+", ["whole"] * (len(groups) - 1) + ["prefix"]))
        kinds.append(("prefix", ["prefix"] * len(groups)))
        kinds.append(("anywhere", ["anywhere"] * len(groups)))
        built: list[tuple[str, _Fragment]] = []
        residuals: list[tuple[tuple[str, QueryTerm], ...]] = []
        for name, per_group in kinds:
            fragments = [self._group(k, g) for k, g in zip(per_group, groups, strict=True)]
            heads = [f.head for f, b in zip(fragments, broad, strict=True) if not b]
            built.append(
                (
                    name,
                    _Fragment(
                        all_of(heads + ([filters] if filters else [])),
                        all_of([f.complete for f in fragments] + ([filters] if filters else [])),
                    ),
                )
            )
            residuals.append(
                tuple(
                    (k, g.terms[0]) for k, g, b in zip(per_group, groups, broad, strict=True) if b
                )
            )
        phases: list[Phase] = []
        prefix_at = next(i for i, (name, _) in enumerate(built) if name == "prefix")
        for i, (name, fragment) in enumerate(built):
            if name == "anywhere":
                excluded = [built[prefix_at][1].complete]
            else:
                excluded = [f.complete for _, f in built[:i]]
            phases.append(
                Phase(
                    name,
                    fragment.head,
                    but_not(fragment.complete, excluded),
                    residuals[i],
                    tuple(kinds[i][1]),
                )
            )
        return phases


def _either(parts: list[str]) -> str:
    present = [p for p in parts if p]
    if not present:
        return ""
    return present[0] if len(present) == 1 else "(" + " OR ".join(present) + ")"
