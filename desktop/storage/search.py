"""As-you-type search of the local catalogue (SQLite FTS5), ranked and pageable.

Target: p95 ≤ 16 ms a keystroke on a million items, any prefix of 1–8 letters and 1–3
words, with relevance kept. Measured (``python -m benchmarks catalogue``): the floor,
an unranked ``MATCH … LIMIT 50``, is ~8 ms at p95; the naive ``ORDER BY bm25 LIMIT 50``
~0.6 s (0.8 s for one or two letters), because it scores every match. So ranking is
designed instead of computed over all matches:

* Index (``catalogue_index``): FTS5 ``detail=none``, contentless, fed our own tokens
  (``text_fold``: diacritics and aa/ae/oe folded): the name, brand and keyword words
  marked as *strong* (plus the heads of compounds, "engångshandskar" → "handskar"),
  the other fields' words plain, strong words with diacritics also unfolded (exact
  spelling), and facet tokens (supplier, agreement, CPV, eco, crisis) so filters are
  index lookups, not joins. No prefix indexes: they made imports several times slower.
* Static rank in the rowid: item ids are ``tier | name-length bucket | sequence``,
  agreement items first. FTS5 returns matches in rowid order, so ``MATCH … LIMIT k``
  meets the best static candidates first, and "agreement items only" is a rowid range.
* Prefixes are expanded from a vocabulary table (``search_expand``) into ORs of the
  most common whole terms: FTS5 streams those and stops at the LIMIT (its own
  ``kaff*`` merges every matching doclist first: 0.1–0.4 s for a letter or two). A
  short prefix with a long expansion in a query with rare words is left out of the
  SQL and checked on the candidates in Python (an OR in an AND is re-sought for every
  row); beside common words ("st pack", "kg p": units, house brands) the Python check
  would read thousands of rows, so the OR stays in the SQL (``RARE_DOCS``).
  Synonyms of the user's language, CPV labels in every language and supplier names
  add alternatives.
* Two-phase ranking (``search_head``, ``search_rank``). Cheap: per tier, the match
  classes of ``search_plan`` (exact spelling > whole words > prefixes in the strong
  fields > anywhere) are read best first until ``HEAD`` candidates are in hand; a tier
  with few matches is read in one query and classified in Python. Precise: the
  candidates are scored in Python (exact > folded word > compound head > prefix,
  earlier in the name, units and numbers count little, shorter names) and sorted by
  (tier, class, score, static rank). The head's queries are time-boxed (10 ms once a
  first page is found, 50 ms before): a keystroke never waits on a pathological query.
  A tier is probed with one read; the classes that share its expression reuse that
  read. The texts the checks and the score read are kept between keystrokes (until
  the catalogue changes), and a word check is a substring search on prepared lines.
* Fixed cost of a keystroke (``search_watch``): when nothing was written to the store
  since the last search (``PRAGMA data_version`` and the connection's own
  ``total_changes``), neither the generation nor the suppliers are read again. The
  prepared names are plain tuples of strings the garbage collector stops tracking
  (kept objects it must walk made full collections of 100–200 ms at a million items);
  best offers come with the candidates' texts, and an item without an offer key needs
  no look-up. Look-ups by lists of ids bind the list as one JSON parameter
  (``search_ids``): one statement text, compiled once, not at every keystroke. Each
  term's part of a candidate's score is kept by item id, so typing the next word scores
  that word only.
* Paging (``search_result``): the ranked head, then every class complete (FTS5's own
  prefix queries are fine off the keystroke path) in rowid order, each excluding the
  classes before it and the head, so every match comes exactly once. Ids are fetched
  on demand into an ``array('q')`` (8 bytes an item); rows are loaded only for what is
  drawn (``rows``), so a million-row result scrolls in well under 100 MB RSS.
* Slips (``search_typos``): a query finding fewer than ``FEW`` items has each word that
  starts no indexed word mended from its one-slip neighbourhood, looked up by key in
  the vocabulary (about 1 ms), and is run again: "ikaffe", "kafe" find kaffe.
* Words only (``words_only``): under guidance for an agreement outside the shop, only
  items whose name, brand or keywords hold every word (no category labels, no
  compound heads) are listed, the head alone.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.storage.catalogue_index import (
    AGREEMENT_TIER,
    CRISIS_TOKEN,
    ECO_TOKEN,
    FACET,
    OTHER_TIER,
    STRONG,
    agreement_token,
    supplier_token,
)
from desktop.storage.catalogue_maintenance import generation, load_compound_heads
from desktop.storage.catalogue_views import ItemRow
from desktop.storage.database import Database
from desktop.storage.search_expand import Expander
from desktop.storage.search_head import Texts, collect_head, groups_alternatives, rank_head
from desktop.storage.search_plan import Phase, Planner
from desktop.storage.search_query import QueryTerm, all_of, any_of, parse_terms
from desktop.storage.search_rank import names_every_word
from desktop.storage.search_result import SearchResult, best_offers, load_result_rows, snapshot
from desktop.storage.search_typos import TypoMender
from desktop.storage.search_watch import ChangeWatch

__all__ = ["CatalogueSearch", "SearchFilters", "SearchResult"]

HEAD = 150  # candidates ranked precisely
FEW = 10  # a query finding fewer items than this is checked for a slip (search_typos)


@dataclass(frozen=True)
class _Found:
    ids: list[int]
    phases: list[Phase]
    everything: bool
    timed_out: bool


@dataclass(frozen=True)
class SearchFilters:
    """Narrowing of a search, applied in the index (never after the fact)."""

    agreement_id: str | None = None
    supplier_id: str | None = None
    cpv_prefix: str | None = None  # e.g. "158" for bread, coffee, ... (digits only)
    eco_only: bool = False
    agreement_only: bool = False
    crisis_only: bool = False


class CatalogueSearch:
    """Searches a store; safe to share between threads (a search runs under a lock)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._expander = Expander()
        self._mender = TypoMender()
        self._texts = Texts()
        self._lock = threading.Lock()
        self._watch = ChangeWatch()
        self._generation = -1
        with snapshot(db) as conn:
            load_compound_heads(conn)

    def search(
        self,
        text: str,
        *,
        language: str = "sv",
        filters: SearchFilters | None = None,
        limit: int = 50,
        words_only: bool = False,
    ) -> SearchResult:
        """Items matching ``text`` (every word, as typed so far), best first.

        The result's first ``limit`` ids are ready; more are fetched on demand.
        ``language`` picks the synonyms (sv, da, nb, en). ``words_only``: only items
        that name every word themselves (``names_every_word``), at most ``HEAD`` of
        them, not those found through their category or a compound's head.
        """
        filters = filters or SearchFilters()
        terms = parse_terms(text)
        tiers = [AGREEMENT_TIER] if filters.agreement_only else [AGREEMENT_TIER, OTHER_TIER]
        with self._lock, snapshot(self.db) as conn:
            gen = self._refresh(conn)
            facets = self._filters(conn, filters)
            if facets is None:  # a filter nothing can meet
                return SearchResult(self.db, [], [], tiers, gen, everything=False)
            found = self._find(conn, terms, language, facets, tiers, limit, words_only)
            if terms and len(found.ids) < FEW:
                mended = self._mender.mend(conn, terms, language, gen, self._indexed(conn))
                if mended is not None:
                    again = self._find(conn, mended, language, facets, tiers, limit, words_only)
                    if len(again.ids) > len(found.ids):
                        found = again
            ids, best_seen = found.ids, None
            if not filters.supplier_id:  # one row per product, its best offer
                ids, best_seen = best_offers(conn, ids, self._texts.best)
        result = SearchResult(self.db, ids, found.phases, tiers, gen, found.everything, best_seen)
        result.head_cut_short = found.timed_out
        return result

    def _refresh(self, conn: sqlite3.Connection) -> int:
        """The catalogue generation; caches dropped where the store changed. Nothing is
        read when nothing was written since the last search (``ChangeWatch``)."""
        written = not self._watch.unchanged(conn)
        if written:
            self._generation = generation(conn)
        self._expander.refresh(conn, self._generation, suppliers_may_differ=written)
        self._texts.refresh(self._generation)
        return self._generation

    def _find(
        self,
        conn: sqlite3.Connection,
        terms: list[QueryTerm],
        language: str,
        facets: str,
        tiers: list[int],
        limit: int,
        words_only: bool,
    ) -> _Found:
        groups = self._expander.groups(conn, terms, language)
        if groups:
            phases = Planner(conn, self._expander).phases(groups, facets)
            if words_only:
                phases = [p for p in phases if p.name != "anywhere"]
        else:
            phases = [Phase("all", facets, facets)] if facets else []
        everything = not groups and not facets
        head = collect_head(
            conn, phases, groups, tiers, max(limit, HEAD), everything, limit, self._texts
        )
        found = head.found
        if groups:
            found = rank_head(conn, head, terms, groups_alternatives(groups))
        if words_only and groups:
            texts = head.texts
            found = [h for h in found if names_every_word(groups, *texts[h[2]][:2])]
            phases = []  # the floor is checked here: the result is the head alone
        return _Found([h[2] for h in found], phases, everything, head.timed_out)

    def _indexed(self, conn: sqlite3.Connection) -> Callable[[str], bool]:
        """Whether a folded word starts a word of the index (any field)."""
        expander = self._expander

        def indexed(folded: str) -> bool:
            return any(expander.prefix(conn, p, limit=1).tokens for p in (STRONG + folded, folded))

        return indexed

    def rows(self, ids: Sequence[int]) -> list[ItemRow]:
        """Display rows of ``ids`` (in that order; ids gone from the store are left out)."""
        return load_result_rows(self.db, ids)

    def _filters(self, conn: sqlite3.Connection, filters: SearchFilters) -> str | None:
        parts: list[str] = []
        if filters.supplier_id:
            parts.append(any_of([supplier_token(filters.supplier_id)]))
        if filters.agreement_id:
            parts.append(any_of([agreement_token(filters.agreement_id)]))
        if filters.eco_only:
            parts.append(any_of([ECO_TOKEN]))
        if filters.crisis_only:
            parts.append(any_of([CRISIS_TOKEN]))
        if filters.cpv_prefix is not None:
            digits = "".join(c for c in filters.cpv_prefix if c.isdigit())[:8]
            codes = self._expander.prefix(conn, FACET + "c" + digits, limit=2000)
            if not codes.tokens:
                return None
            parts.append(any_of(codes.tokens))
        return all_of(parts)
