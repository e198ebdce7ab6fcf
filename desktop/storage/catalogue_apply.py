"""Applying catalogue lines to the store inside one open transaction, batch by batch.

For each batch the supplier's existing rows are probed by article number: an unchanged
line (same content hash) costs one insert into a temp table; a changed line has its old
index document deleted (rebuilt from the stored row: the index is contentless) and the
new one added; a new line gets an item id in its static-rank band. The vocabulary
counts are summed in memory and written once at the end.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.domain.catalogue import CatalogueLine
from desktop.domain.errors import AvropError
from desktop.storage.catalogue_index import BUCKET_SHIFT
from desktop.storage.catalogue_offers import refresh_offers, supplier_offer_keys
from desktop.storage.catalogue_prepared import PreparedLine, prepare_line
from desktop.storage.catalogue_rows import (
    DOC_COLUMN_NAMES,
    DOC_COLUMNS,
    INSERT_ITEM_SQL,
    LINE_COLUMNS,
    SELLER_POSITION,
    UPDATE_ITEM_AND_OFFER_KEY_SQL,
    UPDATE_ITEM_SQL,
    doc_values,
    document_of_row,
    document_of_values,
    update_parameters,
)

FTS_INSERT = "INSERT INTO catalogue_fts(rowid, doc) VALUES (?, ?)"
FTS_DELETE = "INSERT INTO catalogue_fts(catalogue_fts, rowid, doc) VALUES ('delete', ?, ?)"
SEEN_TABLE = "temp.catalogue_seen"
OFFER_KEY_POSITION = LINE_COLUMNS.index("offer_key")
# Where ``_probe``'s query has the article number: after item_id, content_hash, offer_key.
_PROBE_SELLER = 3 + DOC_COLUMN_NAMES.index("seller_item_id")


@dataclass
class ApplyCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0


class CatalogueApplier:
    """Writes one supplier's lines; the caller owns the transaction."""

    def __init__(self, conn: sqlite3.Connection, supplier_id: str, *, track_seen: bool) -> None:
        self.conn = conn
        self.supplier_id = supplier_id
        self.counts = ApplyCounts()
        self.terms: Counter[str] = Counter()
        self._next_id: dict[int, int] = {}
        self.had_items = (
            conn.execute(
                "SELECT 1 FROM catalogue_items WHERE supplier_id = ? LIMIT 1", (supplier_id,)
            ).fetchone()
            is not None
        )
        self.track_seen = track_seen and self.had_items
        # A delta may touch an article twice (added, then updated): after its first batch
        # it probes. A whole catalogue needs not: a repeated article is an error anyway.
        self.is_delta = not track_seen
        # The products whose offer groups change: for a whole catalogue every product the
        # supplier offered before (and, at the end, offers); for a delta those of the
        # items it adds, changes or removes (before and after the change).
        self.offer_keys = (
            supplier_offer_keys(conn, supplier_id)
            if self.had_items and not self.is_delta
            else set()
        )
        if self.track_seen:
            conn.execute(f"CREATE TABLE IF NOT EXISTS {SEEN_TABLE} (item_id INTEGER PRIMARY KEY)")
            conn.execute(f"DELETE FROM {SEEN_TABLE}")

    def apply(self, lines: Sequence[CatalogueLine]) -> None:
        """Add or update ``lines`` (Delete actions delete)."""
        self.apply_prepared([prepare_line(line) for line in lines])

    def apply_prepared(self, lines: Sequence[PreparedLine]) -> None:
        """``apply`` of lines already prepared (e.g. by the reader process)."""
        upserts: list[PreparedLine] = []
        deletes: list[str] = []
        for line in lines:
            if line.supplier_id != self.supplier_id:
                raise AvropError(
                    "catalogue_wrong_supplier",
                    f"line {line.seller_item_id} belongs to {line.supplier_id}, "
                    f"not {self.supplier_id}",
                    field="supplier_id",
                )
            if line.delete:
                deletes.append(line.seller_item_id)
            else:
                upserts.append(line)
        if upserts:
            self._upsert(upserts)
        if deletes:
            self._delete_articles(deletes)

    def _upsert(self, rows: list[PreparedLine]) -> None:
        sellers = [line.seller_item_id for line in rows]
        if len(set(sellers)) != len(sellers):
            dup = next(s for s in sellers if sellers.count(s) > 1)
            raise _duplicate(dup)
        existing = self._probe(sellers) if self.had_items else {}
        if existing and self.track_seen:
            self._refuse_seen([v[0] for v in existing.values()])
        inserts: list[tuple[object, ...]] = []
        updates: list[tuple[object, ...]] = []
        key_updates: list[tuple[object, ...]] = []  # the offer key changed too
        fts_deletes: list[tuple[int, str]] = []
        fts_inserts: list[tuple[int, str]] = []
        gone: list[tuple[int]] = []
        seen: list[tuple[int]] = []
        terms = self.terms
        for line in rows:
            values, digest, band = line.values, line.digest, line.band
            old = existing.get(line.seller_item_id) if existing else None
            if old is not None and old[1] == digest:
                self.counts.unchanged += 1
                seen.append((old[0],))
                continue
            if old is None:
                item_id = self._allocate(band)
                inserts.append((item_id, *values, digest))
                self.counts.added += 1
                if self.is_delta:
                    self._touch(values[OFFER_KEY_POSITION])
            else:
                old_id, _, old_row, old_key = old
                self.counts.updated += 1
                new_key = values[OFFER_KEY_POSITION]
                if self.is_delta:
                    self._touch(old_key, new_key)
                same_band = old_id >> BUCKET_SHIFT == band >> BUCKET_SHIFT
                if same_band:
                    key_changed = new_key != old_key
                    (key_updates if key_changed else updates).append(
                        update_parameters(values, digest, old_id, offer_key_changed=key_changed)
                    )
                    if doc_values(values) == old_row:
                        # Only unindexed fields changed (a price): the row, not the index.
                        seen.append((old_id,))
                        continue
                old_doc = document_of_row(old_row)
                fts_deletes.append((old_id, old_doc.text))
                terms.subtract(old_doc.vocab)
                if same_band:
                    item_id = old_id
                else:  # its static rank changed: it moves to another band, another id
                    item_id = self._allocate(band)
                    gone.append((old_id,))
                    inserts.append((item_id, *values, digest))
            doc = document_of_values(values)
            fts_inserts.append((item_id, doc.text))
            terms.update(doc.vocab)
            seen.append((item_id,))
        conn = self.conn
        if fts_deletes:
            conn.executemany(FTS_DELETE, fts_deletes)
        if gone:
            conn.executemany("DELETE FROM catalogue_items WHERE item_id = ?", gone)
        if updates:
            conn.executemany(UPDATE_ITEM_SQL, updates)
        if key_updates:
            conn.executemany(UPDATE_ITEM_AND_OFFER_KEY_SQL, key_updates)
        if inserts:
            try:
                conn.executemany(INSERT_ITEM_SQL, inserts)
            except sqlite3.IntegrityError as exc:
                raise _duplicate(_first_present(conn, self.supplier_id, inserts)) from exc
        if fts_inserts:
            conn.executemany(FTS_INSERT, fts_inserts)
        if self.track_seen:
            conn.executemany(f"INSERT INTO {SEEN_TABLE} (item_id) VALUES (?)", seen)
        if self.is_delta and inserts:
            self.had_items = True

    def _refuse_seen(self, ids: list[int]) -> None:
        """An article this catalogue already listed (in an earlier batch) is a duplicate."""
        marks = ", ".join("?" * len(ids))
        row = self.conn.execute(
            f"SELECT i.seller_item_id FROM {SEEN_TABLE} s JOIN catalogue_items i "
            f"ON i.item_id = s.item_id WHERE s.item_id IN ({marks}) LIMIT 1",
            ids,
        ).fetchone()
        if row is not None:
            raise _duplicate(str(row[0]))

    def _touch(self, *keys: object) -> None:
        self.offer_keys.update(str(k) for k in keys if k is not None)

    def _probe(self, sellers: list[str]) -> dict[str, tuple[int, int, tuple[object, ...], object]]:
        """(item id, content hash, ``DOC_COLUMNS`` values, offer key) by article."""
        marks = ", ".join("?" * len(sellers))
        rows = self.conn.execute(
            f"SELECT item_id, content_hash, offer_key, {DOC_COLUMNS} FROM catalogue_items "
            f"WHERE supplier_id = ? AND seller_item_id IN ({marks})",
            (self.supplier_id, *sellers),
        ).fetchall()
        return {str(r[_PROBE_SELLER]): (int(r[0]), int(r[1]), tuple(r[3:]), r[2]) for r in rows}

    def _allocate(self, band: int) -> int:
        nxt = self._next_id.get(band)
        if nxt is None:
            top = self.conn.execute(
                "SELECT max(item_id) FROM catalogue_items WHERE item_id >= ? AND item_id < ?",
                (band, band + (1 << BUCKET_SHIFT)),
            ).fetchone()[0]
            nxt = (band if top is None else int(top)) + 1
        self._next_id[band] = nxt + 1
        return nxt

    def _delete_articles(self, sellers: list[str]) -> None:
        marks = ", ".join("?" * len(sellers))
        ids = [
            r[0]
            for r in self.conn.execute(
                f"SELECT item_id FROM catalogue_items WHERE supplier_id = ? "
                f"AND seller_item_id IN ({marks})",
                (self.supplier_id, *sellers),
            )
        ]
        self.remove_items(ids)

    def remove_unseen(self) -> None:
        """Remove the supplier's items no line of this catalogue mentioned."""
        if not self.track_seen:
            return
        ids = [
            r[0]
            for r in self.conn.execute(
                f"SELECT item_id FROM catalogue_items WHERE supplier_id = ? "
                f"AND item_id NOT IN (SELECT item_id FROM {SEEN_TABLE})",
                (self.supplier_id,),
            )
        ]
        self.remove_items(ids)

    def remove_all(self) -> None:
        ids = [
            r[0]
            for r in self.conn.execute(
                "SELECT item_id FROM catalogue_items WHERE supplier_id = ?", (self.supplier_id,)
            )
        ]
        self.remove_items(ids)

    def remove_items(self, ids: list[int]) -> None:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT item_id, offer_key, {DOC_COLUMNS} FROM catalogue_items "
                f"WHERE item_id IN ({marks})",
                chunk,
            ).fetchall()
            deletes = []
            for row in rows:
                doc = document_of_row(row[2:])
                deletes.append((row[0], doc.text))
                self.terms.subtract(doc.vocab)
                if self.is_delta:
                    self._touch(row[1])
            self.conn.executemany(FTS_DELETE, deletes)
            self.conn.executemany(
                "DELETE FROM catalogue_items WHERE item_id = ?", [(d[0],) for d in deletes]
            )
            self.counts.removed += len(deletes)

    def refresh_offers(self) -> None:
        """Recompute the offer groups of the products the catalogue changed (a whole
        catalogue: every product the supplier offered or offers)."""
        if self.is_delta:
            refresh_offers(self.conn, self.offer_keys)
        else:
            refresh_offers(
                self.conn, self.offer_keys | supplier_offer_keys(self.conn, self.supplier_id)
            )

    def flush_terms(self) -> None:
        """Write the summed vocabulary changes; drop terms no item holds any more."""
        changes = [(t, n) for t, n in self.terms.items() if n]
        self.conn.executemany(
            "INSERT INTO catalogue_terms(term, docs) VALUES (?, ?) "
            "ON CONFLICT(term) DO UPDATE SET docs = docs + excluded.docs",
            changes,
        )
        dropped = [(t,) for t, n in changes if n < 0]
        if dropped:
            self.conn.executemany(
                "DELETE FROM catalogue_terms WHERE term = ? AND docs <= 0", dropped
            )
        self.terms.clear()


def _duplicate(seller_item_id: str) -> AvropError:
    return AvropError(
        "catalogue_duplicate_item",
        f"the catalogue lists article {seller_item_id} more than once",
        field=seller_item_id,
    )


def _first_present(
    conn: sqlite3.Connection, supplier_id: str, inserts: list[tuple[object, ...]]
) -> str:
    """The article of ``inserts`` that was stored before (under another item id)."""
    for row in inserts:
        seller = str(row[1 + SELLER_POSITION])
        found = conn.execute(
            "SELECT item_id FROM catalogue_items WHERE supplier_id = ? AND seller_item_id = ?",
            (supplier_id, seller),
        ).fetchone()
        if found and found[0] != row[0]:
            return seller
    return "?"
