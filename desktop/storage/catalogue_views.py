"""What the Find view shows of an item: a table row (``ItemRow``) and the item pane
(``ItemDetail``), read from the store with the supplier's and agreement's names."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from typing import Any

from desktop.domain.catalogue import Certificate
from desktop.storage.catalogue_cpv import CPV_LANGUAGES
from desktop.storage.catalogue_index import ECO_LABELS
from desktop.storage.catalogue_rows import RECORD_SEP, UNIT_SEP
from desktop.storage.search_ids import IDS_SOURCE, ids_param

_CENT = Decimal("0.01")


@dataclass(frozen=True)
class ItemRow:
    """One result row. ``item_id`` may change when a catalogue update moves the item to
    another rank band; ``(supplier_id, seller_item_id)`` is the stable key (carts)."""

    item_id: int
    supplier_id: str
    seller_item_id: str
    name: str
    brand: str
    supplier_name: str
    agreement_id: str | None
    agreement_number: str | None
    agreement_name: str | None
    call_off: str | None  # CallOffMethod value
    agreement_valid_from: date | None
    agreement_valid_to: date | None
    price: Decimal | None  # per ``base_quantity`` of ``unit_code``
    currency: str
    base_quantity: Decimal
    unit_code: str
    content_quantity: Decimal | None
    content_unit_code: str | None
    list_price: Decimal | None
    eco_labels: tuple[Certificate, ...]
    eco: bool
    crisis_critical: bool
    min_order_quantity: Decimal | None
    gtin: str | None
    image_ref: str | None
    offers: int  # suppliers' offers of this product on its agreement (1: only this one)

    @property
    def unit_price(self) -> Decimal | None:
        """Price of one orderable unit."""
        return None if self.price is None else self.price / self.base_quantity

    @property
    def content_unit_price(self) -> Decimal | None:
        """Price per content unit (per kg, per litre, per piece), to compare pack sizes:
        to the cent, or to four decimals below one (a sheet of paper, a staple)."""
        unit = self.unit_price
        if unit is None or not self.content_quantity:
            return None
        value = unit / self.content_quantity
        return value.quantize(_CENT if value >= 1 else Decimal("0.0001"))

    @property
    def saving(self) -> Decimal | None:
        """List price minus agreement price, per orderable unit (None without a saving)."""
        unit = self.unit_price
        if unit is None or self.list_price is None:
            return None
        saving = self.list_price / self.base_quantity - unit
        return saving.quantize(_CENT) if saving > 0 else None

    @property
    def saving_percent(self) -> Decimal | None:
        saving = self.saving
        if saving is None or not self.list_price:
            return None
        return (saving * 100 / (self.list_price / self.base_quantity)).quantize(Decimal("0.1"))

    def agreement_valid_on(self, day: date) -> bool:
        if self.agreement_id is None or self.agreement_valid_from is None:
            return False
        return self.agreement_valid_from <= day and (
            self.agreement_valid_to is None or day <= self.agreement_valid_to
        )


@dataclass(frozen=True)
class ItemDetail(ItemRow):
    """Everything the item pane shows."""

    line_id: str
    description: str
    keywords: tuple[str, ...]
    certificates: tuple[Certificate, ...]
    image_refs: tuple[str, ...]
    cpv_code: str | None
    cpv_label: str | None  # in the language asked for
    max_order_quantity: Decimal | None
    valid_from: date | None
    valid_to: date | None


_ROW_COLUMNS = """
SELECT i.item_id, i.supplier_id, i.seller_item_id, i.name, i.brand,
       coalesce(s.name, i.supplier_id), i.agreement_id, a.number, a.name, a.call_off,
       a.valid_from, a.valid_to, i.price, i.currency, i.base_quantity, i.unit_code,
       i.content_quantity, i.content_unit_code, i.list_price, i.certificates, i.eco,
       i.crisis_critical, i.min_order_quantity, i.gtin, i.image_refs,
       coalesce(o.offers, 1){extra}
FROM {source}
LEFT JOIN catalogue_offers o ON o.item_id = i.item_id
LEFT JOIN suppliers s ON s.id = i.supplier_id
LEFT JOIN agreements a ON a.id = i.agreement_id
{where}
"""
# One item's row (``marks``: "?") or a few's, the columns ``extra`` too.
_ROW_SQL = _ROW_COLUMNS.replace("{source}", "catalogue_items i").replace(
    "{where}", "WHERE i.item_id IN ({marks})"
)
# The rows of a list of ids: one statement text whatever the list's length (search_ids).
_ROWS_SQL = _ROW_COLUMNS.format(
    extra="", source=f"{IDS_SOURCE} CROSS JOIN catalogue_items i ON i.item_id = ids.value", where=""
)
_DETAIL_EXTRA = (
    ", i.line_id, i.description, i.keywords, i.cpv_codes, i.max_order_quantity, "
    "i.valid_from, i.valid_to"
)


def _dec(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _date(value: object) -> date | None:
    return None if value is None else date.fromisoformat(str(value)[:10])


def _certificates(text: str) -> tuple[Certificate, ...]:
    if not text:
        return ()
    return tuple(Certificate(*part.split(UNIT_SEP, 1)) for part in text.split(RECORD_SEP))


def _row_fields(r: Sequence[object]) -> dict[str, object]:
    certificates = _certificates(str(r[19]))
    images = str(r[24]).split(UNIT_SEP) if r[24] else []
    return dict(
        item_id=int(str(r[0])),
        supplier_id=str(r[1]),
        seller_item_id=str(r[2]),
        name=str(r[3]),
        brand=str(r[4]),
        supplier_name=str(r[5]),
        agreement_id=None if r[6] is None else str(r[6]),
        agreement_number=None if r[7] is None else str(r[7]),
        agreement_name=None if r[8] is None else str(r[8]),
        call_off=None if r[9] is None else str(r[9]),
        agreement_valid_from=_date(r[10]),
        agreement_valid_to=_date(r[11]),
        price=_dec(r[12]),
        currency=str(r[13]),
        base_quantity=Decimal(str(r[14])),
        unit_code=str(r[15]),
        content_quantity=_dec(r[16]),
        content_unit_code=None if r[17] is None else str(r[17]),
        list_price=_dec(r[18]),
        eco_labels=tuple(c for c in certificates if c.type_code in ECO_LABELS),
        eco=bool(r[20]),
        crisis_critical=bool(r[21]),
        min_order_quantity=_dec(r[22]),
        gtin=None if r[23] is None else str(r[23]),
        image_ref=images[0] if images else None,
        offers=int(str(r[25])),
    )


# What rows repeat (a price, a pack size, an agreement's dates, a set of eco labels),
# converted once: a page of rows a keystroke. Decimals, dates and tuples of frozen
# certificates are immutable, so sharing them is safe.
_DECIMALS: dict[str, Decimal] = {}
_DATES: dict[str, date] = {}
_ECO: dict[str, tuple[Certificate, ...]] = {}
_KEPT = 20_000


def _kept_dec(text: Any) -> Decimal:
    found = _DECIMALS.get(text)
    if found is None:
        if len(_DECIMALS) >= _KEPT:
            _DECIMALS.clear()
        found = _DECIMALS[text] = Decimal(str(text))
    return found


def _kept_date(text: Any) -> date:
    found = _DATES.get(text)
    if found is None:
        if len(_DATES) >= _KEPT:
            _DATES.clear()
        found = _DATES[text] = date.fromisoformat(str(text)[:10])
    return found


def _eco_labels(text: str) -> tuple[Certificate, ...]:
    found = _ECO.get(text)
    if found is None:
        if len(_ECO) >= _KEPT:
            _ECO.clear()
        found = _ECO[text] = tuple(c for c in _certificates(text) if c.type_code in ECO_LABELS)
    return found


_ROW_FIELDS = tuple(f.name for f in fields(ItemRow))


def _item_row(r: Sequence[Any]) -> ItemRow:
    """``ItemRow(**_row_fields(r))``, fast (a page's rows a keystroke): what repeats is
    converted once, and the fields are put in the new row's ``__dict__`` at once (a
    frozen dataclass's ``__init__`` sets them one by one through ``object.__setattr__``:
    8 µs a row, more than reading it)."""
    dec = _kept_dec
    row = object.__new__(ItemRow)
    row.__dict__.update(
        zip(
            _ROW_FIELDS,
            (
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                r[8],
                r[9],
                None if r[10] is None else _kept_date(r[10]),
                None if r[11] is None else _kept_date(r[11]),
                None if r[12] is None else dec(r[12]),
                r[13],
                dec(r[14]),
                r[15],
                None if r[16] is None else dec(r[16]),
                r[17],
                None if r[18] is None else dec(r[18]),
                _eco_labels(r[19]) if r[19] else (),
                bool(r[20]),
                bool(r[21]),
                None if r[22] is None else dec(r[22]),
                r[23],
                r[24].split(UNIT_SEP, 1)[0] if r[24] else None,
                r[25],
            ),
            strict=True,
        )
    )
    return row


def load_rows(conn: sqlite3.Connection, ids: Sequence[int]) -> list[ItemRow]:
    """The rows of ``ids`` in that order (ids no longer in the store are left out)."""
    found: dict[int, ItemRow] = {}
    if ids:
        for r in conn.execute(_ROWS_SQL, (ids_param(ids),)).fetchall():
            found[r[0]] = _item_row(r)
    return [found[i] for i in ids if i in found]


def _agreement_name_in(conn: sqlite3.Connection, agreement_id: str, language: str) -> str | None:
    """The agreement's name in ``language`` where the office gave one."""
    found = conn.execute(
        "SELECT json_extract(payload, '$.names.' || ?) FROM agreements WHERE id = ?",
        (language, agreement_id),
    ).fetchone()
    return None if found is None or not found[0] else str(found[0])


def load_detail(conn: sqlite3.Connection, item_id: int, language: str) -> ItemDetail | None:
    sql = _ROW_SQL.format(extra=_DETAIL_EXTRA, marks="?")
    r = conn.execute(sql, (item_id,)).fetchone()
    if r is None:
        return None
    cpv = str(r[29]).split()
    cpv_code = cpv[0] if cpv else None
    label = None
    if cpv_code is not None:
        lang = language if language in CPV_LANGUAGES else "en"
        found = conn.execute(
            f"SELECT {lang}, en FROM cpv_labels WHERE code = ?", (cpv_code,)
        ).fetchone()
        label = None if found is None else str(found[0] or found[1])
    fields = _row_fields(r)
    if fields["agreement_id"] is not None:
        fields["agreement_name"] = _agreement_name_in(conn, str(r[6]), language) or r[8]
    return ItemDetail(
        **fields,  # type: ignore[arg-type]
        line_id=str(r[26]),
        description=str(r[27]),
        keywords=tuple(str(r[28]).split(UNIT_SEP)) if r[28] else (),
        certificates=_certificates(str(r[19])),
        image_refs=tuple(str(r[24]).split(UNIT_SEP)) if r[24] else (),
        cpv_code=cpv_code,
        cpv_label=label,
        max_order_quantity=_dec(r[30]),
        valid_from=_date(r[31]),
        valid_to=_date(r[32]),
    )
