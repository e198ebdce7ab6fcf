"""One product, several suppliers: offers of the same product on the same agreement.

An agreement item's *offer key* names its product on its agreement: the GTIN when it
has one, else its folded name words with its pack (content quantity and unit, or the
orderable unit). Items sharing a key are the offers of one product; ``catalogue_offers``
holds, for every item of a key with two or more offers, the group's best offer and the
item's place in the group (1 = best). The best offer is the highest-ranked supplier's
on a ranked-cascade agreement, else the lowest price per content unit (Decimal; ties by
item id). The table is refreshed, inside the catalogue write, for the keys an apply
touched (``refresh_offers``) and wholly when agreements change (``refresh_all_offers``).

Searches show one row per group (its best offer, ``search_result``); the others are
one step away (``offer_ids``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from decimal import Decimal

from desktop.storage.text_fold import fold_word, words

RANKED = "ranked"  # CallOffMethod.RANKED's stored value
_UNRANKED = 1_000_000
_KEYS_TABLE = "temp.offer_keys_touched"
_GROUP_SQL = """
SELECT i.offer_key, i.item_id, i.price, i.base_quantity, i.content_quantity,
       CASE WHEN a.call_off = ? THEN coalesce(r.rank, ?) ELSE 0 END
FROM catalogue_items i
LEFT JOIN agreements a ON a.id = i.agreement_id
LEFT JOIN agreement_suppliers r
       ON r.agreement_id = i.agreement_id AND r.supplier_id = i.supplier_id
WHERE i.offer_key IN ({keys})
"""


def offer_key(
    agreement_id: str | None,
    gtin: str | None,
    name: str,
    content_quantity: str | None,
    content_unit_code: str | None,
    unit_code: str,
) -> str | None:
    """The product-on-agreement key of an item (None off agreement)."""
    if not agreement_id:
        return None
    if gtin:
        return f"{agreement_id}|g{gtin}"
    folded = " ".join(fold_word(w) for w in words(name))
    pack = f"{content_quantity}{content_unit_code}" if content_quantity else unit_code
    return f"{agreement_id}|n{folded}|{pack}"


def unit_content_price(
    price: str | None, base_quantity: str, content_quantity: str | None
) -> Decimal | None:
    """Price per content unit (per orderable unit without a content), unrounded."""
    if price is None:
        return None
    value = Decimal(price) / Decimal(base_quantity)
    return value / Decimal(content_quantity) if content_quantity else value


def supplier_offer_keys(conn: sqlite3.Connection, supplier_id: str) -> set[str]:
    """The offer keys of a supplier's items (before a change, to refresh them after)."""
    return {
        str(r[0])
        for r in conn.execute(
            "SELECT DISTINCT offer_key FROM catalogue_items "
            "WHERE supplier_id = ? AND offer_key IS NOT NULL",
            (supplier_id,),
        )
    }


def refresh_offers(conn: sqlite3.Connection, keys: Iterable[str]) -> None:
    """Recompute the groups of ``keys`` (inside the caller's write transaction)."""
    conn.execute(f"CREATE TABLE IF NOT EXISTS {_KEYS_TABLE} (offer_key TEXT PRIMARY KEY)")
    conn.execute(f"DELETE FROM {_KEYS_TABLE}")
    conn.executemany(
        f"INSERT OR IGNORE INTO {_KEYS_TABLE} (offer_key) VALUES (?)", ((k,) for k in keys)
    )
    conn.execute(
        f"DELETE FROM catalogue_offers WHERE offer_key IN (SELECT offer_key FROM {_KEYS_TABLE})"
    )
    _insert_groups(conn, f"SELECT offer_key FROM {_KEYS_TABLE}")
    conn.execute(f"DELETE FROM {_KEYS_TABLE}")


def refresh_all_offers(conn: sqlite3.Connection) -> None:
    """Recompute every group (after the agreements, their ranks or call-offs changed)."""
    conn.execute("DELETE FROM catalogue_offers")
    _insert_groups(
        conn,
        "SELECT offer_key FROM catalogue_items WHERE offer_key IS NOT NULL "
        "GROUP BY offer_key HAVING count(*) > 1",
    )


def _insert_groups(conn: sqlite3.Connection, keys_sql: str) -> None:
    groups: dict[str, list[tuple[int, Decimal | None, int]]] = {}
    sql = _GROUP_SQL.format(keys=keys_sql)
    for key, item_id, price, base, content, rank in conn.execute(sql, (RANKED, _UNRANKED)):
        unit = unit_content_price(price, str(base), content)
        groups.setdefault(str(key), []).append((int(rank), unit, int(item_id)))
    rows: list[tuple[int, str, int, int, int]] = []
    for key, offers in groups.items():
        if len(offers) < 2:
            continue
        offers.sort(key=lambda o: (o[0], o[1] is None, o[1] or Decimal(0), o[2]))
        best = offers[0][2]
        rows += [(o[2], key, best, place, len(offers)) for place, o in enumerate(offers, 1)]
    conn.executemany(
        "INSERT INTO catalogue_offers (item_id, offer_key, best_id, position, offers) "
        "VALUES (?, ?, ?, ?, ?)",
        rows,
    )


def offer_ids(conn: sqlite3.Connection, item_id: int) -> list[int]:
    """Every offer of the item's product, best first ([item_id] when it is alone)."""
    ids = [
        int(r[0])
        for r in conn.execute(
            "SELECT o.item_id FROM catalogue_offers o JOIN catalogue_offers me "
            "ON me.offer_key = o.offer_key WHERE me.item_id = ? ORDER BY o.position",
            (item_id,),
        )
    ]
    return ids or [item_id]


def fill_offer_keys(conn: sqlite3.Connection) -> None:
    """Compute every item's offer key and the groups (for the migration that adds them)."""
    updates = [
        (offer_key(*r[1:]), r[0])
        for r in conn.execute(
            "SELECT item_id, agreement_id, gtin, name, content_quantity, content_unit_code, "
            "unit_code FROM catalogue_items WHERE agreement_id IS NOT NULL"
        ).fetchall()
    ]
    conn.executemany("UPDATE catalogue_items SET offer_key = ? WHERE item_id = ?", updates)
    refresh_all_offers(conn)
