"""Import and delta timings: the app's path against a bare lxml + sqlite3 baseline.

App path: ``read_catalogue`` (the PEPPOL reader) → ``CatalogueStore.replace_catalogue``
(or ``apply_delta``), one transaction per supplier, into a store opened by
``open_database``. The time spent inside the reader's iterator is measured apart, so the
store's own share shows. Raw: ``etree.iterparse`` pulling the same fields with
``findtext`` and ``executemany`` into a plain table without any index, one transaction
per file, ``synchronous=NORMAL`` like the store's catalogue writes.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from datetime import date
from itertools import islice
from pathlib import Path

from lxml import etree

from benchmarks.catalogue_bench.data import PlannedSupplier, delta_plan, lines_of
from central_api.demo.categories import CATEGORIES
from desktop.domain.catalogue import CatalogueLine
from desktop.domain.reference import Agreement, CallOffMethod, Supplier
from desktop.peppol.catalogue_reader import read_catalogue
from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.database import Database
from desktop.storage.reference_repo import ReferenceRepository

CAC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}"
CBC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}"
_LINE = f"{CAC}CatalogueLine"
_ITEM = f"{CAC}Item"
_PRICE = f"{CAC}RequiredItemLocationQuantity/{CAC}Price"


class TimedLines:
    """Wraps the reader's iterator and sums the time spent producing lines."""

    def __init__(self, lines: Iterator[CatalogueLine]) -> None:
        self.lines = lines
        self.seconds = 0.0
        self.count = 0

    def __iter__(self) -> Iterator[CatalogueLine]:
        while True:
            start = time.perf_counter()
            try:
                line = next(self.lines)
            except StopIteration:
                self.seconds += time.perf_counter() - start
                return
            self.seconds += time.perf_counter() - start
            self.count += 1
            yield line


def register_suppliers(db: Database, suppliers: list[PlannedSupplier]) -> None:
    """Suppliers and agreements as the reference sync stores them (names shown and
    searched, agreements guiding the Find page)."""
    repo = ReferenceRepository(db)
    repo.replace_suppliers(
        Supplier(s.supplier_id, s.name, f"55600{int(s.supplier_id[2:]):05d}", "0007", "SE", True)
        for s in suppliers
    )
    members: dict[str, list[str]] = {}
    for s in suppliers:
        if s.agreement_id:
            members.setdefault(s.agreement_id, []).append(s.supplier_id)
    cpv = {c.key: c.cpv for c in CATEGORIES}
    repo.replace_agreements(
        Agreement(
            agreement_id,
            f"EK-{n:03d}",
            f"Ramavtal {agreement_id[2:]}",
            CallOffMethod.DIRECT,
            date(2024, 1, 1),
            date(2027, 12, 31),
            True,
            tuple(members[agreement_id]),
            (cpv[agreement_id[2:]],) if agreement_id[2:] in cpv else (),
        )
        for n, agreement_id in enumerate(sorted(members), 1)
    )


def app_import_one(
    store: CatalogueStore, folder: Path, s: PlannedSupplier
) -> tuple[int, float, float, float]:
    """(lines, seconds, seconds inside the reader, CPU seconds of this process) of one
    supplier's catalogue."""
    start, cpu = time.perf_counter(), time.process_time()
    with read_catalogue(folder / s.file_name, supplier_id=s.supplier_id) as doc:
        timed = TimedLines(doc.lines)
        store.replace_catalogue(s.supplier_id, timed, etag=f'"{s.supplier_id}-1"')
    seconds = time.perf_counter() - start
    return timed.count, seconds, timed.seconds, time.process_time() - cpu


RAW_COLUMNS = (
    "supplier_id",
    "seller_item_id",
    "name",
    "description",
    "brand",
    "keywords",
    "gtin",
    "unit_code",
    "price",
    "currency",
    "list_price",
    "cpv",
    "agreement_id",
)


def _raw_rows(path: Path, supplier_id: str) -> Iterator[tuple[str | None, ...]]:
    """The fields of each line (its ActionCode last), the element freed after use."""
    for _, el in etree.iterparse(
        str(path),
        events=("end",),
        tag=_LINE,
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
    ):
        item = el.find(_ITEM)
        assert item is not None
        prices = el.findall(f"{_PRICE}/{CBC}PriceAmount")
        price = el.find(f"{_PRICE}/{CBC}PriceAmount")
        yield (
            supplier_id,
            item.findtext(f"{CAC}SellersItemIdentification/{CBC}ID"),
            item.findtext(f"{CBC}Name"),
            item.findtext(f"{CBC}Description"),
            item.findtext(f"{CBC}BrandName"),
            "\x1f".join(k.text or "" for k in item.iterfind(f"{CBC}Keyword")),
            item.findtext(f"{CAC}StandardItemIdentification/{CBC}ID"),
            el.findtext(f"{CBC}OrderableUnit"),
            None if price is None else price.text,
            None if price is None else price.get("currencyID"),
            prices[1].text if len(prices) > 1 else None,
            item.findtext(f"{CAC}CommodityClassification/{CBC}ItemClassificationCode"),
            el.findtext(f"{CAC}DocumentReference/{CBC}ID"),
            el.findtext(f"{CBC}ActionCode"),
        )
        el.clear(keep_tail=True)
        parent = el.getparent()
        while parent is not None and el.getprevious() is not None:
            del parent[0]


def raw_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


RAW_INSERT = f"INSERT INTO raw_items VALUES ({', '.join('?' * len(RAW_COLUMNS))})"


def create_raw_table(conn: sqlite3.Connection) -> None:
    conn.execute(f"CREATE TABLE IF NOT EXISTS raw_items ({', '.join(RAW_COLUMNS)})")


def raw_import_one(
    conn: sqlite3.Connection, folder: Path, s: PlannedSupplier
) -> tuple[int, float, float]:
    """(lines, seconds, CPU seconds) of one file, one transaction."""
    lines = 0
    start, cpu = time.perf_counter(), time.process_time()
    conn.execute("BEGIN")
    batch: list[tuple[str | None, ...]] = []
    for row in _raw_rows(folder / s.file_name, s.supplier_id):
        batch.append(row[:-1])
        if len(batch) == 500:
            conn.executemany(RAW_INSERT, batch)
            lines += len(batch)
            batch.clear()
    conn.executemany(RAW_INSERT, batch)
    lines += len(batch)
    conn.execute("COMMIT")
    return lines, time.perf_counter() - start, time.process_time() - cpu


def app_delta_one(
    store: CatalogueStore, folder: Path, s: PlannedSupplier
) -> tuple[int, int, float]:
    """(changed, deleted, seconds) of one supplier's partial catalogue."""
    start = time.perf_counter()
    with read_catalogue(folder / "delta" / s.file_name, supplier_id=s.supplier_id) as doc:
        result = store.apply_delta(s.supplier_id, doc.lines, etag=f'"{s.supplier_id}-2"')
    return result.updated, result.removed, time.perf_counter() - start


def prepare_raw_delta(conn: sqlite3.Connection) -> None:
    """The key index the raw updates need (without it each would scan the table)."""
    conn.execute("CREATE INDEX IF NOT EXISTS raw_key ON raw_items (supplier_id, seller_item_id)")


def raw_delta_one(
    conn: sqlite3.Connection, folder: Path, s: PlannedSupplier
) -> tuple[int, int, float]:
    """(changed, deleted, seconds): updates and deletes by key, one transaction."""
    update = (
        "UPDATE raw_items SET name = ?, description = ?, price = ?, list_price = ? "
        "WHERE supplier_id = ? AND seller_item_id = ?"
    )
    delete = "DELETE FROM raw_items WHERE supplier_id = ? AND seller_item_id = ?"
    start = time.perf_counter()
    conn.execute("BEGIN")
    updates: list[tuple[str | None, ...]] = []
    deletes: list[tuple[str | None, ...]] = []
    for row in _raw_rows(folder / "delta" / s.file_name, s.supplier_id):
        if row[-1] == "Delete":
            deletes.append((row[0], row[1]))
        else:
            updates.append((row[2], row[3], row[8], row[10], row[0], row[1]))
    conn.executemany(update, updates)
    conn.executemany(delete, deletes)
    conn.execute("COMMIT")
    return len(updates), len(deletes), time.perf_counter() - start


def restore_pre_delta(store: CatalogueStore, folder: Path, plan: list[PlannedSupplier]) -> None:
    """Undo the delta on a store that the benchmark left (its lines as first imported
    again, the index compacted as after the import), so that it can be timed again; and
    read one file, as the import would have (the reader loads its schemas on first use)."""
    for s, changed, deleted in delta_plan(plan):
        store.apply_delta(s.supplier_id, list(islice(lines_of(s), changed + deleted)))
    store.compact_index(full=True)
    with store.reading() as conn:  # every round starts with an empty WAL
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    smallest = min(plan, key=lambda s: s.lines)
    with read_catalogue(folder / smallest.file_name, supplier_id=smallest.supplier_id) as doc:
        for _ in doc.lines:
            pass


def restore_raw_pre_delta(
    conn: sqlite3.Connection, folder: Path, plan: list[PlannedSupplier]
) -> None:
    """``restore_pre_delta`` for the raw table: the delta's rows as in the full files."""
    conn.execute("BEGIN")
    for s, changed, deleted in delta_plan(plan):
        # The whole file is read: an abandoned iterparse leaves its file open.
        rows = [r[:-1] for r in _raw_rows(folder / s.file_name, s.supplier_id)]
        del rows[changed + deleted :]
        conn.executemany(
            "DELETE FROM raw_items WHERE supplier_id = ? AND seller_item_id = ?",
            [(r[0], r[1]) for r in rows],
        )
        conn.executemany(RAW_INSERT, rows)
    conn.execute("COMMIT")
