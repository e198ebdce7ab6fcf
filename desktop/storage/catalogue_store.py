"""The local catalogue: applying suppliers' catalogues, their sync state, synonyms, items.

``replace_catalogue`` applies a whole catalogue in one transaction while reading the
lines from an iterator (a streaming PEPPOL reader): lines are written in batches and
never all held in memory, readers keep seeing the previous catalogue until the commit
(SQLite WAL), and if the iterator raises half-way the transaction is rolled back and
the error propagates, leaving the previous catalogue exactly as it was. See
``catalogue_apply`` for how a batch is written and ``catalogue_index`` for the index.

Constructing a ``CatalogueStore`` loads the CPV labels on first use and rebuilds the
search index if it was built by other folding rules (after an upgrade: about a minute
for a million items). After a sync round the caller should run ``compact_index`` (off
the UI thread): every catalogue applied adds an index segment that searches must probe.
Item ids change when an item moves to another rank band (it joins or leaves an
agreement); ``(supplier_id, seller_item_id)`` is the stable key (``find_item``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop.domain.catalogue import CatalogueLine
from desktop.storage.catalogue_apply import CatalogueApplier
from desktop.storage.catalogue_maintenance import bump_generation, ensure_ready, index_is_current
from desktop.storage.catalogue_offers import offer_ids
from desktop.storage.catalogue_prepared import prepared_batches
from desktop.storage.catalogue_views import ItemDetail, ItemRow, load_detail, load_rows
from desktop.storage.database import BUSY_TIMEOUT_MS, Database
from desktop.storage.text_fold import fold_word, words

BATCH = 500
MAX_SEGMENTS = 8


@dataclass(frozen=True)
class ImportResult:
    """What applying a catalogue changed."""

    supplier_id: str
    added: int
    updated: int
    unchanged: int
    removed: int

    @property
    def lines(self) -> int:
        """Lines applied (a delta's Delete lines are counted in ``removed`` only)."""
        return self.added + self.updated + self.unchanged


@dataclass(frozen=True)
class CatalogueState:
    """A supplier's catalogue as the store holds it."""

    supplier_id: str
    etag: str | None  # of the last catalogue applied
    synced_at: datetime | None  # when it was applied (the last good sync)
    line_count: int
    last_error: str | None  # of the last failed sync, cleared by the next good one
    error_at: datetime | None


class CatalogueStore:
    """Writes and reads the catalogue tables of an open ``Database``."""

    def __init__(self, db: Database) -> None:
        self.db = db
        with self._connection() as conn:
            current = index_is_current(conn)
        if not current:
            with self._write() as conn:
                ensure_ready(conn)

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        raw = self.db.engine.raw_connection()
        try:
            conn = raw.driver_connection
            assert isinstance(conn, sqlite3.Connection)
            yield conn
        finally:
            raw.close()

    def reading(self) -> AbstractContextManager[sqlite3.Connection]:
        """A connection of the store for reading (``catalogue_snapshot`` exports with it)."""
        return self._connection()

    @contextmanager
    def writing(self, *, attach: tuple[str, str] | None = None) -> Iterator[sqlite3.Connection]:
        """One write transaction, with ``attach`` (an SQLite URI and a schema name)
        attached for its duration (``catalogue_snapshot`` installs with it).

        With ``attach`` the transaction runs on a connection of its own, opened for it
        and closed after: a bulk copy into the FTS index's shadow tables must meet no
        FTS5 state cached by the connection (its index structure), and must leave none
        behind (other connections notice the commit and read the index again).
        """
        if attach is None:
            with self._write() as conn:
                yield conn
            return
        conn = sqlite3.connect(self.db.path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute("PRAGMA trusted_schema = OFF")  # the attached file is someone else's
            conn.execute("ATTACH DATABASE ? AS " + attach[1], (attach[0],))
            with self._write_on(conn):
                yield conn
            # The WAL now holds the whole copy: give its disk space back unless a reader
            # is in the way (then it is reused, and goes at the last close).
            conn.execute("PRAGMA busy_timeout = 200")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; rolled back (and the error re-raised) on any error."""
        with self._connection() as conn, self._write_on(conn):
            yield conn

    @contextmanager
    def _write_on(self, conn: sqlite3.Connection) -> Iterator[None]:
        # The catalogue can always be fetched again: no fsync per catalogue (WAL keeps
        # the file consistent; a power cut may lose the newest catalogue and its ETag
        # together, and the next sync fetches it again).
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")
        finally:
            conn.execute("PRAGMA synchronous = FULL")

    def replace_catalogue(
        self,
        supplier_id: str,
        lines: Iterable[CatalogueLine],
        *,
        etag: str | None = None,
        synced_at: datetime | None = None,
    ) -> ImportResult:
        """Make ``lines`` the supplier's whole catalogue (lines not in it are removed)."""
        with self._write() as conn:
            applier = CatalogueApplier(conn, supplier_id, track_seen=True)
            for batch in prepared_batches(lines, BATCH):
                applier.apply_prepared(batch)
            applier.remove_unseen()
            return self._finish(conn, applier, etag, synced_at)

    def apply_delta(
        self,
        supplier_id: str,
        lines: Iterable[CatalogueLine],
        *,
        etag: str | None = None,
        synced_at: datetime | None = None,
    ) -> ImportResult:
        """Apply a partial catalogue: Add and Update lines are upserted, Delete lines
        removed (unknown articles are ignored), lines not mentioned stay as they are."""
        with self._write() as conn:
            applier = CatalogueApplier(conn, supplier_id, track_seen=False)
            for batch in prepared_batches(lines, BATCH):
                applier.apply_prepared(batch)
            return self._finish(conn, applier, etag, synced_at)

    def remove_catalogue(self, supplier_id: str) -> int:
        """Remove every item of a supplier (e.g. it left e-commerce); returns how many."""
        with self._write() as conn:
            applier = CatalogueApplier(conn, supplier_id, track_seen=False)
            applier.remove_all()
            applier.flush_terms()
            applier.refresh_offers()
            conn.execute("DELETE FROM catalogue_suppliers WHERE supplier_id = ?", (supplier_id,))
            bump_generation(conn)
            return applier.counts.removed

    def _finish(
        self,
        conn: sqlite3.Connection,
        applier: CatalogueApplier,
        etag: str | None,
        synced_at: datetime | None,
    ) -> ImportResult:
        applier.flush_terms()
        applier.refresh_offers()
        supplier_id = applier.supplier_id
        count = _line_count(conn, applier)
        conn.execute(
            "INSERT INTO catalogue_suppliers (supplier_id, etag, synced_at, line_count, "
            "last_error, error_at) VALUES (?, ?, ?, ?, NULL, NULL) ON CONFLICT(supplier_id) "
            "DO UPDATE SET etag = excluded.etag, synced_at = excluded.synced_at, "
            "line_count = excluded.line_count, last_error = NULL, error_at = NULL",
            (supplier_id, etag, _stamp(synced_at), count),
        )
        bump_generation(conn)
        c = applier.counts
        return ImportResult(supplier_id, c.added, c.updated, c.unchanged, c.removed)

    def record_failure(self, supplier_id: str, message: str, *, at: datetime | None = None) -> None:
        """Note a failed sync of the supplier's catalogue (its items stay as they were)."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO catalogue_suppliers (supplier_id, line_count, last_error, error_at) "
                "VALUES (?, 0, ?, ?) ON CONFLICT(supplier_id) DO UPDATE SET "
                "last_error = excluded.last_error, error_at = excluded.error_at",
                (supplier_id, message, _stamp(at)),
            )

    def catalogue_state(self, supplier_id: str) -> CatalogueState:
        with self._connection() as conn:
            row = conn.execute(
                "SELECT etag, synced_at, line_count, last_error, error_at "
                "FROM catalogue_suppliers WHERE supplier_id = ?",
                (supplier_id,),
            ).fetchone()
        if row is None:
            return CatalogueState(supplier_id, None, None, 0, None, None)
        return CatalogueState(
            supplier_id, row[0], _parse(row[1]), int(row[2]), row[3], _parse(row[4])
        )

    def set_synonyms(self, language: str, mapping: Mapping[str, Iterable[str]]) -> None:
        """Replace the synonyms of ``language``: each word or phrase → its alternatives.

        Typing the key (or the start of it, from three letters) also finds what its
        alternatives find. Keys and alternatives are matched folded.
        """
        rows: set[tuple[str, str, str]] = set()
        for key, alternatives in mapping.items():
            folded_key = " ".join(fold_word(w) for w in words(key))
            for alternative in alternatives:
                text = " ".join(words(alternative))
                if folded_key and text and text != folded_key:
                    rows.add((language, folded_key, text))
        with self._write() as conn:
            conn.execute("DELETE FROM search_synonyms WHERE language = ?", (language,))
            conn.executemany(
                "INSERT INTO search_synonyms (language, term, synonym) VALUES (?, ?, ?)",
                sorted(rows),
            )
            bump_generation(conn)

    def item(self, item_id: int, *, language: str = "sv") -> ItemDetail | None:
        """The item pane's data, with the CPV label in ``language`` (None if gone)."""
        with self._connection() as conn:
            return load_detail(conn, item_id, language)

    def offers(self, item_id: int) -> list[ItemRow]:
        """Every supplier's offer of the item's product on its agreement, best first
        (the item alone when no other supplier offers it)."""
        with self._connection() as conn:
            return load_rows(conn, offer_ids(conn, item_id))

    def find_item(self, supplier_id: str, seller_item_id: str) -> int | None:
        """The current item id of an article (ids change when an item changes rank band)."""
        with self._connection() as conn:
            row = conn.execute(
                "SELECT item_id FROM catalogue_items WHERE supplier_id = ? AND seller_item_id = ?",
                (supplier_id, seller_item_id),
            ).fetchone()
        return None if row is None else int(row[0])

    def compact_index(self, *, full: bool = False, pages_per_step: int = 2000) -> int:
        """Merge the FTS index's segments, a step (one short transaction) at a time.

        Every catalogue applied adds a segment, and a search probes every segment for
        every term, so the catalogue sync calls this after a sync round, off the UI
        thread. Small segments are merged with each other; when more than
        ``MAX_SEGMENTS`` remain (after a first full sync), or with ``full``, everything
        is merged into one segment (a few seconds for a million items). Other writers
        (orders) wait at most one step. Returns the number of steps taken.
        """
        steps = 0
        while self._merge_step(pages_per_step):
            steps += 1
        if full or self.index_segments() > MAX_SEGMENTS:
            while self._merge_step(-pages_per_step):
                steps += 1
        return steps

    def index_segments(self) -> int:
        """How many segments (b-trees) the FTS index is made of."""
        with self._connection() as conn:
            row = conn.execute("SELECT count(DISTINCT segid) FROM catalogue_fts_idx").fetchone()
        return int(row[0])

    def _merge_step(self, pages: int) -> bool:
        """One merge step: positive ``pages`` merges segments of one level (at least two),
        negative merges across levels. Returns whether there was work."""
        with self._write() as conn:
            before = conn.total_changes
            conn.execute(
                "INSERT INTO catalogue_fts(catalogue_fts, rank) VALUES ('merge', ?)", (pages,)
            )
            return conn.total_changes - before > 1


def _line_count(conn: sqlite3.Connection, applier: CatalogueApplier) -> int:
    """The supplier's items after the change: the count the last good sync stored, plus
    what was added, less what was removed. Counted only without one (a large supplier's
    items take tens of milliseconds to count, a delta's whole work is a fraction of a
    second)."""
    row = conn.execute(
        "SELECT line_count FROM catalogue_suppliers WHERE supplier_id = ? "
        "AND synced_at IS NOT NULL",
        (applier.supplier_id,),
    ).fetchone()
    if row is None:
        return int(
            conn.execute(
                "SELECT count(*) FROM catalogue_items WHERE supplier_id = ?",
                (applier.supplier_id,),
            ).fetchone()[0]
        )
    return int(row[0]) + applier.counts.added - applier.counts.removed


def _stamp(at: datetime | None) -> str:
    moment = at or datetime.now(UTC)
    if moment.tzinfo is None:
        raise ValueError("catalogue timestamps must be aware")
    return moment.astimezone(UTC).isoformat()


def _parse(value: object) -> datetime | None:
    if value is None:
        return None
    parsed = datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
