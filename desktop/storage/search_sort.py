"""Another order for a search's results: by price, price per content unit, supplier or
saving, in SQL over the result's ids (ties keep the ranked order).

The *saving* is the agreement price's cut below the supplier's list price, in per cent
(what the Agreement column shows as "Saves 22 %"); items without a list price come
last. Prices are compared per orderable unit (``price / base_quantity``) and, for the
unit price, per content unit (per kg, per litre, per piece).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from enum import StrEnum


class ResultOrder(StrEnum):
    RELEVANCE = "relevance"
    PRICE = "price"
    UNIT_PRICE = "unit_price"
    SUPPLIER = "supplier"
    SAVING = "saving"


_UNIT = "CAST(i.price AS REAL) / CAST(i.base_quantity AS REAL)"
_KEYS: dict[ResultOrder, str] = {
    ResultOrder.PRICE: f"i.price IS NULL, {_UNIT}",
    ResultOrder.UNIT_PRICE: (
        f"i.price IS NULL, {_UNIT} / coalesce(CAST(i.content_quantity AS REAL), 1)"
    ),
    ResultOrder.SUPPLIER: "coalesce(s.name, i.supplier_id) COLLATE NOCASE",
    ResultOrder.SAVING: (
        "i.list_price IS NULL OR i.price IS NULL, "
        "CAST(i.price AS REAL) / CAST(i.list_price AS REAL)"
    ),
}
_TABLE = "temp.result_order"


def order_ids(conn: sqlite3.Connection, ids: Sequence[int], order: ResultOrder) -> list[int]:
    """``ids`` (a ranked result) in ``order``; call inside a read transaction that is
    rolled back (``search_result.snapshot``): the temporary table goes with it."""
    if order is ResultOrder.RELEVANCE:
        return list(ids)
    conn.execute(f"CREATE TABLE IF NOT EXISTS {_TABLE} (pos INTEGER PRIMARY KEY, item_id INTEGER)")
    conn.execute(f"DELETE FROM {_TABLE}")
    conn.executemany(f"INSERT INTO {_TABLE} (pos, item_id) VALUES (?, ?)", enumerate(ids))
    sql = (
        f"SELECT t.item_id FROM {_TABLE} t JOIN catalogue_items i ON i.item_id = t.item_id "
        f"LEFT JOIN suppliers s ON s.id = i.supplier_id ORDER BY {_KEYS[order]}, t.pos"
    )
    return [int(r[0]) for r in conn.execute(sql)]
