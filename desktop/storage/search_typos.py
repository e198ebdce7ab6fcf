"""Mending a slip in a query word from the index's own vocabulary.

Consulted only when the query as typed finds little: a word of four letters or more
that is neither an indexed word of names, brands and keywords nor a synonym key is
compared with its deletion/insertion/substitution/transposition neighbourhood (one
slip: some 50 × its length candidates), looked up as whole words in
``catalogue_terms`` and in ``search_synonyms`` by primary key — never a scan of the
items. The slips forgiven are the guidance's (``guidance_text.allowed_slips`` of the
word found: one from five letters on), so a need the guidance recognises finds its
items too: "ikaffe", "kafe" → kaffe, "blöjjor" → blöjor, "kopipappir" → kopipapir.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator

from desktop.domain.guidance_text import allowed_slips, edit_distance
from desktop.storage.catalogue_index import STRONG
from desktop.storage.search_query import QueryTerm

MIN_TYPED = 4  # shorter words have too many neighbours to guess from
PREFIX_SLIP = 5  # a word being typed is mended from this length on (as the guidance does)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_CACHE_LIMIT = 2000


def one_slip_away(word: str) -> Iterator[str]:
    """Every word one deletion, transposition, substitution or insertion from ``word``."""
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        if tail:
            yield head + tail[1:]
            if len(tail) > 1:
                yield head + tail[1] + tail[0] + tail[2:]
            for c in _LETTERS:
                if c != tail[0]:
                    yield head + c + tail[1:]
        for c in _LETTERS:
            yield head + c + tail


class TypoMender:
    """Corrections per word, cached until the catalogue changes (``generation``)."""

    def __init__(self) -> None:
        self._generation = -1
        self._cache: dict[tuple[str, str], str | None] = {}

    def mend(
        self,
        conn: sqlite3.Connection,
        terms: list[QueryTerm],
        language: str,
        generation: int,
        indexed: Callable[[str], bool],
    ) -> list[QueryTerm] | None:
        """``terms`` with each mendable slip mended; None when nothing was mended.

        A term ``indexed`` says starts an indexed word is no slip: it is the start of a
        word still being typed, or a rare word ("kaffa" is not "kaffe")."""
        if generation != self._generation:
            self._generation = generation
            self._cache.clear()
        mended: list[QueryTerm] = []
        changed = False
        for n, term in enumerate(terms):
            word = None
            if not indexed(term.folded):
                word = self._word(conn, term.folded, language)
                if word is None and n == len(terms) - 1:  # still being typed
                    word = self._start(conn, term.folded)
            if word is None:
                mended.append(term)
            else:
                mended.append(QueryTerm(word, word))
                changed = True
        return mended if changed else None

    def _start(self, conn: sqlite3.Connection, folded: str) -> str | None:
        key = (folded, "")
        if key not in self._cache:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = _mend_start(conn, folded)
        return self._cache[key]

    def _word(self, conn: sqlite3.Connection, folded: str, language: str) -> str | None:
        key = (folded, language)
        if key in self._cache:
            return self._cache[key]
        found = _mend(conn, folded, language)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[key] = found
        return found


def _known(conn: sqlite3.Connection, words: list[str], language: str) -> dict[str, int]:
    """Which of ``words`` are indexed strong words (with their item counts) or synonym
    keys of ``language`` (counted as common)."""
    found: dict[str, int] = {}
    for start in range(0, len(words), 900):
        chunk = words[start : start + 900]
        marks = ", ".join("?" * len(chunk))
        for term, docs in conn.execute(
            f"SELECT term, docs FROM catalogue_terms WHERE term IN ({marks})",
            [STRONG + w for w in chunk],
        ):
            found[str(term)[len(STRONG) :]] = int(docs)
        for (term,) in conn.execute(
            f"SELECT term FROM search_synonyms WHERE language = ? AND term IN ({marks})",
            [language, *chunk],
        ):
            found[str(term)] = max(found.get(str(term), 0), 1_000_000)
    return found


def _mend(conn: sqlite3.Connection, folded: str, language: str) -> str | None:
    """The likeliest word meant by ``folded`` (most items), None if it needs no mending
    or none is near enough."""
    if len(folded) < MIN_TYPED or not folded.isalpha():
        return None
    if _known(conn, [folded], language):
        return None
    neighbours = list(dict.fromkeys(one_slip_away(folded)))
    known = _known(conn, neighbours, language)
    fitting = [
        (docs, word)
        for word, docs in known.items()
        if edit_distance(folded, word, allowed_slips(word)) <= allowed_slips(word)
    ]
    if not fitting:
        return None
    return max(fitting, key=lambda f: (f[0], f[1]))[1]


def _mend_start(conn: sqlite3.Connection, folded: str) -> str | None:
    """The one-slip neighbour of a word being typed that starts the most common indexed
    word, as the guidance forgives it (from ``PREFIX_SLIP`` letters on); None if none."""
    if len(folded) < PREFIX_SLIP or not folded.isalpha():
        return None
    best: tuple[int, str] | None = None
    for neighbour in dict.fromkeys(one_slip_away(folded)):
        if len(neighbour) < PREFIX_SLIP:
            continue
        row = conn.execute(
            "SELECT max(docs) FROM catalogue_terms WHERE term >= ? AND term < ?",
            (STRONG + neighbour, STRONG + neighbour + "\U0010ffff"),
        ).fetchone()
        if row[0] is not None and (best is None or (int(row[0]), neighbour) > best):
            best = (int(row[0]), neighbour)
    return best[1] if best else None
