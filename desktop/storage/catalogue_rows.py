"""A ``CatalogueLine`` as a ``catalogue_items`` row, and the row's index document.

Decimals are stored as plain decimal strings, lists joined with control characters that
no catalogue text may hold (XML 1.0 cannot carry them), dates as ISO strings.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from desktop.domain.catalogue import CatalogueLine
from desktop.domain.values import format_money
from desktop.storage.catalogue_index import ECO_LABELS, Document, document_of_texts, facet_tokens
from desktop.storage.catalogue_offers import offer_key

if TYPE_CHECKING:
    from hashlib import blake2b

UNIT_SEP = "\x1f"
RECORD_SEP = "\x1e"

# The stored columns after ``item_id``, in ``line_values`` order; ``content_hash`` last.
LINE_COLUMNS: tuple[str, ...] = (
    "supplier_id",
    "seller_item_id",
    "line_id",
    "name",
    "brand",
    "description",
    "keywords",
    "gtin",
    "unit_code",
    "content_quantity",
    "content_unit_code",
    "price",
    "currency",
    "base_quantity",
    "list_price",
    "min_order_quantity",
    "max_order_quantity",
    "valid_from",
    "valid_to",
    "cpv_codes",
    "unspsc_codes",
    "certificates",
    "image_refs",
    "agreement_id",
    "crisis_critical",
    "eco",
    "offer_key",
)
INSERT_ITEM_SQL = (
    f"INSERT INTO catalogue_items (item_id, {', '.join(LINE_COLUMNS)}, content_hash) "
    f"VALUES ({', '.join('?' * (len(LINE_COLUMNS) + 2))})"
)
# An update keeps the article's key (the row was found by it) and, unless the product
# changed, its offer key: columns left out of SET leave their indexes untouched, so a
# changed price writes the row's page only, not a page of each index (with the unique
# key's entries scattered, that was a page per changed line in a large catalogue).
UPDATE_COLUMNS: tuple[str, ...] = tuple(
    c for c in LINE_COLUMNS if c not in ("supplier_id", "seller_item_id", "offer_key")
)
_UPDATE_POSITIONS = tuple(LINE_COLUMNS.index(c) for c in UPDATE_COLUMNS)
_OFFER_KEY_POSITION = LINE_COLUMNS.index("offer_key")
UPDATE_ITEM_SQL = (
    f"UPDATE catalogue_items SET {', '.join(f'{c} = ?' for c in UPDATE_COLUMNS)}, "
    "content_hash = ? WHERE item_id = ?"
)
UPDATE_ITEM_AND_OFFER_KEY_SQL = (
    f"UPDATE catalogue_items SET {', '.join(f'{c} = ?' for c in UPDATE_COLUMNS)}, "
    "content_hash = ?, offer_key = ? WHERE item_id = ?"
)

LineValues = tuple[str | int | None, ...]


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else format_money(value)


def is_eco(line: CatalogueLine) -> bool:
    return any(c.type_code in ECO_LABELS for c in line.certificates)


def line_values(line: CatalogueLine) -> LineValues:
    """The ``LINE_COLUMNS`` values of ``line``."""
    return (
        line.supplier_id,
        line.seller_item_id,
        line.line_id or line.seller_item_id,
        line.name,
        line.brand,
        line.description,
        UNIT_SEP.join(line.keywords),
        line.gtin,
        line.unit_code,
        _dec(line.content_quantity),
        line.content_unit_code,
        _dec(line.price),
        line.currency,
        _dec(line.base_quantity),
        _dec(line.list_price),
        _dec(line.min_order_quantity),
        _dec(line.max_order_quantity),
        line.valid_from.isoformat() if line.valid_from else None,
        line.valid_to.isoformat() if line.valid_to else None,
        " ".join(line.cpv_codes),
        " ".join(line.unspsc_codes),
        RECORD_SEP.join(f"{c.type_code}{UNIT_SEP}{c.name}" for c in line.certificates),
        UNIT_SEP.join(line.image_refs),
        line.agreement_id or None,
        int(line.crisis_critical),
        int(is_eco(line)),
        offer_key(
            line.agreement_id or None,
            line.gtin,
            line.name,
            _dec(line.content_quantity),
            line.content_unit_code,
            line.unit_code,
        ),
    )


def update_parameters(
    values: LineValues, digest: int, item_id: int, *, offer_key_changed: bool
) -> tuple[object, ...]:
    """The parameters of ``UPDATE_ITEM_SQL`` (``UPDATE_ITEM_AND_OFFER_KEY_SQL`` when the
    offer key changed) writing ``values`` over the item ``item_id``."""
    kept = [values[i] for i in _UPDATE_POSITIONS]
    if offer_key_changed:
        return (*kept, digest, values[_OFFER_KEY_POSITION], item_id)
    return (*kept, digest, item_id)


_blake2b: type[blake2b] | None = None


def content_hash(values: LineValues) -> int:
    """A 64-bit fingerprint of a line's stored values (unchanged lines are skipped)."""
    global _blake2b
    if _blake2b is None:  # imported when first written: hashlib loads OpenSSL (~3 ms),
        import hashlib  # which the start-up's first paint (reading) needs not

        _blake2b = hashlib.blake2b
    digest = _blake2b(repr(values).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


# The stored columns an item's index document is built from, in ``document_of_row`` order.
DOC_COLUMN_NAMES: tuple[str, ...] = (
    "name",
    "brand",
    "keywords",
    "description",
    "seller_item_id",
    "gtin",
    "supplier_id",
    "agreement_id",
    "cpv_codes",
    "eco",
    "crisis_critical",
)
DOC_COLUMNS = ", ".join(DOC_COLUMN_NAMES)
_DOC_POSITIONS = tuple(LINE_COLUMNS.index(c) for c in DOC_COLUMN_NAMES)
SELLER_POSITION = LINE_COLUMNS.index("seller_item_id")
NAME_POSITION = LINE_COLUMNS.index("name")
AGREEMENT_POSITION = LINE_COLUMNS.index("agreement_id")


def doc_values(values: LineValues) -> tuple[object, ...]:
    """The values the index document is built from (as selected by ``DOC_COLUMNS``)."""
    return tuple([values[i] for i in _DOC_POSITIONS])


def document_of_values(values: LineValues) -> Document:
    """The index tokens of a row given as ``LineValues``."""
    return document_of_row(doc_values(values))


def document_of_row(row: Sequence[object]) -> Document:
    """The index tokens of a row selected as ``catalogue_maintenance.DOC_COLUMNS``."""
    name, brand, keywords, desc, seller, gtin, supplier, agreement, cpv, eco, crisis = row
    return document_of_texts(
        f"{name} {brand} {keywords}",  # the keywords' separator is no word character
        str(desc),
        f"{seller} {gtin or ''}",
        facet_tokens(
            str(supplier),
            None if agreement is None else str(agreement),
            str(cpv).split(),
            bool(eco),
            bool(crisis),
        ),
    )
