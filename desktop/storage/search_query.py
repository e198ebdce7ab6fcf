"""User text → query terms, and the FTS5 expressions built from them.

The user's text never reaches FTS5 as syntax: it is split into words (letters and
digits; quotes, ``*``, ``-``, ``^``, ``:``, parentheses, NUL and the rest are separators)
and every token of an expression is one of ours, double-quoted. Operators (``AND``,
``OR``, ``NOT``) are only ever written here, so "AND" typed by a user is a word.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from desktop.storage.text_fold import fold_word, words

MAX_TERMS = 6
MAX_WORD = 40


@dataclass(frozen=True)
class QueryTerm:
    raw: str  # lower case, as typed (NFC)
    folded: str

    @property
    def has_diacritics(self) -> bool:
        return not self.raw.isascii()

    @property
    def strong_only(self) -> bool:
        """Too short to look for outside names, brands and keywords: one letter, or a
        number shorter than an article number or GTIN."""
        return len(self.folded) == 1 or (self.folded.isdigit() and len(self.folded) < 4)


def parse_terms(text: str) -> list[QueryTerm]:
    """The query's words (at most ``MAX_TERMS``, duplicates dropped)."""
    terms: list[QueryTerm] = []
    seen: set[str] = set()
    for word in words(text):
        word = word[:MAX_WORD]
        folded = fold_word(word)
        if folded and folded not in seen:
            seen.add(folded)
            terms.append(QueryTerm(word, folded))
        if len(terms) == MAX_TERMS:
            break
    return terms


def quote(token: str) -> str:
    """A token as an FTS5 string (tokens never hold a double quote, but be safe)."""
    return '"' + token.replace('"', '""') + '"'


def any_of(tokens: Iterable[str], prefixes: Iterable[str] = ()) -> str:
    """An FTS5 OR of whole tokens and of prefix queries; "" when there is none."""
    parts = [quote(t) for t in dict.fromkeys(tokens)]
    parts += [quote(p) + "*" for p in dict.fromkeys(prefixes)]
    if not parts:
        return ""
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def all_of(parts: Sequence[str]) -> str:
    """An FTS5 AND of sub-expressions; "" if any is empty (nothing can match)."""
    if not parts or any(not p for p in parts):
        return ""
    return parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")"


def but_not(expr: str, excluded: Sequence[str]) -> str:
    """``expr`` without what any of ``excluded`` matches."""
    rest = [e for e in excluded if e]
    if not expr or not rest:
        return expr
    other = rest[0] if len(rest) == 1 else "(" + " OR ".join(rest) + ")"
    return f"{expr} NOT {other}"


@dataclass
class TermGroup:
    """Consecutive query terms and what else may stand for them (synonyms): each
    alternative is a list of folded words that must all match."""

    terms: list[QueryTerm]
    alternatives: list[list[str]] = field(default_factory=list)

    @cached_property
    def alternative_terms(self) -> list[list[QueryTerm]]:
        """The terms of each alternative (the first: the terms typed); read once the
        group is complete."""
        return [self.terms] + [[QueryTerm(w, w) for w in alt] for alt in self.alternatives[1:]]
