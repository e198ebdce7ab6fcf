"""A search's ranked item ids, fetched page by page for a lazy table model."""

from __future__ import annotations

import sqlite3
import threading
from array import array
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

from desktop.storage.catalogue_index import tier_range
from desktop.storage.catalogue_views import ItemRow, load_rows
from desktop.storage.database import Database
from desktop.storage.search_ids import IDS_SOURCE, ids_param
from desktop.storage.search_plan import Phase
from desktop.storage.search_sort import ResultOrder, order_ids

CHUNK = 5000  # ids fetched per query when paging past the head
FTS_SQL = (
    "SELECT rowid FROM catalogue_fts WHERE catalogue_fts MATCH ? AND rowid > ? AND rowid <= ? "
    "ORDER BY rowid LIMIT ?"
)
ALL_SQL = (
    "SELECT item_id FROM catalogue_items WHERE item_id > ? AND item_id <= ? "
    "ORDER BY item_id LIMIT ?"
)
# Each of a list of ids' best offer, where its product is offered more than once.
BEST_SQL = (
    f"SELECT o.item_id, o.best_id FROM {IDS_SOURCE} "
    "CROSS JOIN catalogue_offers o ON o.item_id = ids.value"
)
# The same, with each match's group's best offer (``catalogue_offers``; NULL if alone).
OFFER_FTS_SQL = (
    "SELECT catalogue_fts.rowid, o.best_id FROM catalogue_fts "
    "LEFT JOIN catalogue_offers o ON o.item_id = catalogue_fts.rowid "
    "WHERE catalogue_fts MATCH ? AND catalogue_fts.rowid > ? AND catalogue_fts.rowid <= ? "
    "ORDER BY catalogue_fts.rowid LIMIT ?"
)
OFFER_ALL_SQL = (
    "SELECT i.item_id, o.best_id FROM catalogue_items i "
    "LEFT JOIN catalogue_offers o ON o.item_id = i.item_id "
    "WHERE i.item_id > ? AND i.item_id <= ? ORDER BY i.item_id LIMIT ?"
)


@contextmanager
def snapshot(db: Database) -> Iterator[sqlite3.Connection]:
    """A pooled connection in one read transaction (a consistent view while querying)."""
    raw = db.engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert isinstance(conn, sqlite3.Connection)
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("ROLLBACK")
    finally:
        raw.close()


def best_offers(
    conn: sqlite3.Connection, ids: Sequence[int], known: Mapping[int, int | None] | None = None
) -> tuple[list[int], set[int]]:
    """``ids`` with each item of a product several suppliers offer replaced by the
    product's best offer, once, where its first offer stood; and the best offers seen.
    ``known``: best offers already read (None: offered once); only the others are read."""
    known = known or {}
    best: dict[int, int | None] = {i: known[i] for i in ids if i in known}
    unknown = [i for i in ids if i not in best]
    if unknown:
        best.update(conn.execute(BEST_SQL, (ids_param(unknown),)).fetchall())
    shown: list[int] = []
    seen: set[int] = set()
    for item_id in ids:
        group_best = best.get(item_id)
        if group_best is None:
            shown.append(item_id)
        elif group_best not in seen:
            seen.add(group_best)
            shown.append(group_best)
    return shown, seen


def load_result_rows(db: Database, ids: Sequence[int]) -> list[ItemRow]:
    raw = db.engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert isinstance(conn, sqlite3.Connection)
        return load_rows(conn, ids)
    finally:
        raw.close()


class SearchResult:
    """A search's ranked item ids, fetched as far as asked (thread-safe).

    ``fetch_ids(0, n)`` within the first page is free; further pages run one query per
    ``CHUNK`` ids. ``count()`` fetches every id (a few hundred ms for half a million;
    call it off the UI thread) and keeps them (8 bytes each) for scrolling.
    """

    def __init__(
        self,
        db: Database,
        head: list[int],
        phases: list[Phase],
        tiers: list[int],
        generation: int,
        everything: bool,
        best_seen: set[int] | None = None,
    ) -> None:
        """``best_seen``: the best offers in ``head`` when one row stands for each
        product (``best_offers``); None shows every offer as its own row."""
        self._db = db
        self._head = head
        self._head_set = set(head)
        self._phases = phases
        self._tiers = tiers
        self.generation = generation  # the catalogue generation it was computed on
        self._everything = everything
        self._best_seen = best_seen
        self._ids = array("q")
        self._lock = threading.Lock()
        self.head_cut_short = False  # the first page's queries ran out of time
        # Paging position: (tier index, phase index, last item id seen in that class).
        self._cursor = (0, 0, tier_range(tiers[0])[0] - 1) if tiers else None

    def first_page(self, n: int = 50) -> list[int]:
        return self._head[:n]

    def put_first(self, ids: Sequence[int]) -> None:
        """Show ``ids`` (part of this result: found with the same words and a narrower
        filter) first, in their order; paging still meets every item once."""
        first = list(dict.fromkeys(ids))
        chosen = set(first)
        self._head = first + [i for i in self._head if i not in chosen]
        self._head_set |= chosen

    def fetched(self) -> int:
        """How many ids are known so far (the model's row count before ``count()``)."""
        return len(self._head) + len(self._ids)

    def is_complete(self) -> bool:
        return self._cursor is None

    def fetch_ids(self, offset: int, n: int) -> list[int]:
        """Ids at ``offset`` .. ``offset + n`` of the ranked result (fewer at its end)."""
        end = offset + n
        if end > len(self._head):
            with self._lock:
                self._fetch_until(end)
        head = self._head[offset:end]
        start = max(0, offset - len(self._head))
        return head + list(self._ids[start : max(start, end - len(self._head))])

    def count(self) -> int:
        """The exact number of results (fetches them all)."""
        with self._lock:
            self._fetch_until(None)
        return self.fetched()

    def ordered(self, order: ResultOrder) -> list[int]:
        """Every id of the result in ``order`` (fetches them all; off the UI thread)."""
        ids = self.fetch_ids(0, self.count())
        with snapshot(self._db) as conn:
            return order_ids(conn, ids, order)

    def rows(self, ids: Sequence[int]) -> list[ItemRow]:
        """Display rows of ``ids`` (cheap: about 1 ms for a page of 50)."""
        return load_result_rows(self._db, ids)

    def _fetch_until(self, end: int | None) -> None:
        if self._cursor is None or (end is not None and self.fetched() >= end):
            return
        with snapshot(self._db) as conn:
            while self._cursor is not None and (end is None or self.fetched() < end):
                self._step(conn)

    def _step(self, conn: sqlite3.Connection) -> None:
        """Fetch the next chunk of the current class (all of it at once when its query
        holds a prefix merge, which would otherwise be redone for every chunk)."""
        assert self._cursor is not None
        ti, pi, last = self._cursor
        _, high = tier_range(self._tiers[ti])
        count, limit, last_id = 0, 0, last
        if self._everything or (pi < len(self._phases) and self._phases[pi].complete):
            grouped = self._best_seen is not None
            if self._everything:
                limit = CHUNK
                sql = OFFER_ALL_SQL if grouped else ALL_SQL
                cursor = conn.execute(sql, (last, high, limit))
            else:
                expr = self._phases[pi].complete
                limit = CHUNK if "*" not in expr else -1  # -1: no limit
                sql = OFFER_FTS_SQL if grouped else FTS_SQL
                cursor = conn.execute(sql, (expr, last, high, limit))
            while batch := cursor.fetchmany(10_000):
                count, last_id = count + len(batch), batch[-1][0]
                if grouped:
                    self._add_grouped(batch)
                else:
                    self._ids.extend(r[0] for r in batch if r[0] not in self._head_set)
        if limit > 0 and count == limit:
            self._cursor = (ti, pi, last_id)
        elif not self._everything and pi + 1 < len(self._phases):
            self._cursor = (ti, pi + 1, tier_range(self._tiers[ti])[0] - 1)
        elif ti + 1 < len(self._tiers):
            self._cursor = (ti + 1, 0, tier_range(self._tiers[ti + 1])[0] - 1)
        else:
            self._cursor = None

    def _add_grouped(self, batch: list[tuple[int, int | None]]) -> None:
        """Add a batch of (match, its group's best offer): one id per product."""
        seen = self._best_seen
        assert seen is not None
        for item_id, best in batch:
            if best is None:
                if item_id not in self._head_set:
                    self._ids.append(item_id)
            elif best not in seen:
                seen.add(best)
                self._ids.append(best)
