"""Turning what the user typed into index terms: prefixes, synonyms, CPV labels, suppliers.

A prefix is not handed to FTS5 as ``kaff*`` (without prefix indexes FTS5 merges every
matching doclist before returning a row: 0.1–0.4 s for one or two letters on a million
items; prefix indexes would make every catalogue import several times slower). It is
expanded here, from the ``catalogue_terms`` vocabulary, into the most common indexed
words that start with it, and the query ORs those: FTS5 streams an OR of whole terms in
rowid order and stops at the LIMIT, so the cost follows the rows read, not the size of
the doclists. When a prefix has more than ``HEAD_TERMS`` words the expansion is cut
(``truncated``); the complete result then uses FTS5's own prefix query, off the
as-you-type path. Expansions are cached until the catalogue changes (``generation``).
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_left
from dataclasses import dataclass

from desktop.storage.catalogue_cpv import included_label_words
from desktop.storage.catalogue_index import FACET, hex_id
from desktop.storage.search_query import QueryTerm, TermGroup
from desktop.storage.text_fold import fold_word, words

HEAD_TERMS = 48
CPV_CODES = 32
SUPPLIERS = 16
SYNONYMS = 8
_CACHE_LIMIT = 2000  # expansions kept (a few hundred bytes to a few kB each)
_LABEL_WORDS: dict[int, frozenset[str]] = {}  # CPV code → its labels' included words
_MAX_LEVELS = 8  # a present code and the codes above it, at most
# The catalogue's CPV codes (facet terms "~c<code>") with the codes above them, each
# present code first then upwards, in the order of the codes.
_CODES_ABOVE = f"""
WITH RECURSIVE up(present, code, seen) AS (
    SELECT substr(term, 3), substr(term, 3), 0 FROM catalogue_terms
    WHERE term >= '{FACET}c' AND term < '{FACET}d'
    UNION ALL
    SELECT up.present, l.parent, up.seen + 1 FROM up JOIN cpv_labels AS l ON l.code = up.code
    WHERE l.parent IS NOT NULL AND l.parent != '' AND up.seen < ?
)
SELECT present, code FROM up ORDER BY present, seen
"""


@dataclass(frozen=True)
class Expansion:
    tokens: tuple[str, ...]  # indexed terms starting with the prefix, most common first
    truncated: bool  # more exist than ``tokens`` holds
    docs: int = 0  # items holding one of ``tokens`` (at most; an item may hold several)


def _upper(prefix: str) -> str:
    """The smallest string above every string that starts with ``prefix``."""
    return prefix + "\U0010ffff"


class Expander:
    """Caches per catalogue generation; one instance per ``CatalogueSearch``."""

    def __init__(self) -> None:
        self._generation = -1
        self._supplier_key: tuple[object, ...] = ()
        self._prefixes: dict[tuple[str, int], Expansion] = {}
        self._cpv: dict[str, tuple[str, ...]] = {}
        self._present_cpv: dict[int, list[str]] | None = None
        self._synonyms: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self._supplier_words: list[tuple[str, str]] = []

    def refresh(
        self, conn: sqlite3.Connection, generation: int, *, suppliers_may_differ: bool = True
    ) -> None:
        """Drop the caches if the catalogue or the suppliers changed (the suppliers table
        is looked at only when ``suppliers_may_differ``: the store was written to)."""
        if generation != self._generation:
            self._generation = generation
            self._prefixes.clear()
            self._cpv.clear()
            self._present_cpv = None
            self._synonyms.clear()
        if not suppliers_may_differ:
            return
        key = tuple(
            conn.execute(
                "SELECT count(*), total(length(name)), max(rowid) FROM suppliers"
            ).fetchone()
        )
        if key != self._supplier_key:
            self._supplier_key = key
            pairs = {
                (fold_word(w), sid)
                for sid, name in conn.execute("SELECT id, name FROM suppliers")
                for w in words(str(name))
            }
            self._supplier_words = sorted(pairs)

    def prefix(self, conn: sqlite3.Connection, prefix: str, limit: int = HEAD_TERMS) -> Expansion:
        """Indexed terms starting with ``prefix`` (markers included), most common first."""
        cached = self._prefixes.get((prefix, limit))
        if cached is None:
            rows = conn.execute(
                "SELECT term, docs FROM catalogue_terms WHERE term >= ? AND term < ? "
                "ORDER BY docs DESC LIMIT ?",
                (prefix, _upper(prefix), limit + 1),
            ).fetchall()
            head = rows[:limit]
            cached = Expansion(
                tuple(r[0] for r in head), len(rows) > limit, sum(int(r[1]) for r in head)
            )
            if len(self._prefixes) > _CACHE_LIMIT:
                self._prefixes.clear()
            self._prefixes[(prefix, limit)] = cached
        return cached

    def cpv_tokens(self, conn: sqlite3.Connection, folded: str) -> tuple[str, ...]:
        """Facet tokens of the catalogue's CPV codes whose label (any language), or the
        label of a code above them, has a word starting with ``folded``."""
        cached = self._cpv.get(folded)
        if cached is not None:
            return cached
        under = self._codes_under(conn)
        matched = [
            str(code)
            for (code,) in conn.execute(
                "SELECT rowid FROM cpv_label_fts WHERE cpv_label_fts MATCH ? LIMIT 2000",
                ('"' + folded + '"*',),
            )
            if int(code) in under and self._label_says(conn, int(code), folded)
        ]
        found: dict[str, None] = {}
        for code in matched:
            for present in under[int(code)]:
                found[FACET + "c" + present] = None
            if len(found) >= CPV_CODES:
                break
        result = tuple(found)[:CPV_CODES]
        if len(self._cpv) > _CACHE_LIMIT:
            self._cpv.clear()
        self._cpv[folded] = result
        return result

    def _label_says(self, conn: sqlite3.Connection, code: int, folded: str) -> bool:
        """Whether the code's labels have a word starting with ``folded`` outside what
        they leave out ("Office equipment except furniture" does not say furniture)."""
        included = _LABEL_WORDS.get(code)
        if included is None:
            row = conn.execute(
                "SELECT en, sv, da, nb, fi FROM cpv_labels WHERE code = ?", (f"{code:08d}",)
            ).fetchone()
            included = included_label_words(str(t) for t in row or () if t)
            _LABEL_WORDS[code] = included
        return any(w.startswith(folded) for w in included)

    def _codes_under(self, conn: sqlite3.Connection) -> dict[int, list[str]]:
        """Each CPV code → the catalogue's codes at or below it (each present code and up
        to seven levels above it, walked in SQL: a few hundred look-ups, not the list)."""
        if self._present_cpv is None:
            under: dict[int, list[str]] = {}
            for present, code in conn.execute(_CODES_ABOVE, (_MAX_LEVELS - 1,)):
                if present.isdigit():
                    under.setdefault(int(code), []).append(present)
            self._present_cpv = under
        return self._present_cpv

    def supplier_tokens(self, folded: str) -> tuple[str, ...]:
        """Facet tokens of suppliers with a name word starting with ``folded``."""
        found: dict[str, None] = {}
        pairs = self._supplier_words
        at = bisect_left(pairs, (folded, ""))
        while at < len(pairs) and pairs[at][0].startswith(folded) and len(found) < SUPPLIERS:
            found[FACET + "s" + hex_id(pairs[at][1])] = None
            at += 1
        return tuple(found)

    def groups(
        self, conn: sqlite3.Connection, terms: list[QueryTerm], language: str
    ) -> list[TermGroup]:
        """The query's terms grouped, with the office's synonyms as alternatives.

        A synonym key matches consecutive terms: whole words, the last one from three
        letters on also as a prefix of the key's last word ("toapap" → "toapapper").
        """
        result: list[TermGroup] = []
        i = 0
        while i < len(terms):
            best: tuple[int, list[str]] | None = None
            for key, synonym in self._synonym_rows(conn, language, terms[i].folded):
                key_words = key.split(" ")
                end = i + len(key_words)
                if end > len(terms):
                    continue
                typed = [t.folded for t in terms[i:end]]
                if typed[:-1] != key_words[:-1]:
                    continue
                last, key_last = typed[-1], key_words[-1]
                if last != key_last and not (len(last) >= 3 and key_last.startswith(last)):
                    continue
                if best is None or end > best[0]:
                    best = (end, [synonym])
                elif end == best[0]:
                    best[1].append(synonym)
            if best is None:
                result.append(TermGroup([terms[i]], [[terms[i].folded]]))
                i += 1
                continue
            end, synonyms = best
            group = TermGroup(terms[i:end], [[t.folded for t in terms[i:end]]])
            for synonym in synonyms[:SYNONYMS]:
                group.alternatives.append([fold_word(w) for w in words(synonym)])
            result.append(group)
            i = end
        return result

    def _synonym_rows(
        self, conn: sqlite3.Connection, language: str, first: str
    ) -> list[tuple[str, str]]:
        cached = self._synonyms.get((language, first))
        if cached is None:
            if len(first) >= 3:
                rows = conn.execute(
                    "SELECT term, synonym FROM search_synonyms WHERE language = ? "
                    "AND term >= ? AND term < ? LIMIT 64",
                    (language, first, _upper(first)),
                ).fetchall()
            else:
                rows = conn.execute(
                    "SELECT term, synonym FROM search_synonyms WHERE language = ? "
                    "AND (term = ? OR term >= ? AND term < ?) LIMIT 64",
                    (language, first, first + " ", _upper(first + " ")),
                ).fetchall()
            cached = [(str(r[0]), str(r[1])) for r in rows]
            if len(self._synonyms) > _CACHE_LIMIT:
                self._synonyms.clear()
            self._synonyms[(language, first)] = cached
        return cached
