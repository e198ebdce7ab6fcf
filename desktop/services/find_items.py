"""Conversions between the store's item views and the domain's values (no Qt here)."""

from __future__ import annotations

from desktop.domain.catalogue import CatalogueLine
from desktop.domain.guidance_prices import ItemOffer
from desktop.storage.catalogue_views import ItemDetail, ItemRow


def offer_of(row: ItemRow, cpv_codes: tuple[str, ...] = ()) -> ItemOffer:
    """What the price comparisons need of a result row."""
    return ItemOffer(
        item_id=str(row.item_id),
        name=row.name,
        supplier_id=row.supplier_id,
        agreement_id=row.agreement_id,
        unit_price=row.unit_price,
        unit_code=row.unit_code,
        content_quantity=row.content_quantity,
        content_unit_code=row.content_unit_code,
        currency=row.currency,
        cpv_codes=cpv_codes,
        list_price=None if row.list_price is None else row.list_price / row.base_quantity,
    )


def line_of(detail: ItemDetail) -> CatalogueLine:
    """The catalogue line the cart takes (a snapshot of the item as shown)."""
    return CatalogueLine(
        supplier_id=detail.supplier_id,
        seller_item_id=detail.seller_item_id,
        name=detail.name,
        line_id=detail.line_id,
        gtin=detail.gtin,
        description=detail.description,
        keywords=detail.keywords,
        brand=detail.brand,
        unit_code=detail.unit_code,
        content_quantity=detail.content_quantity,
        content_unit_code=detail.content_unit_code,
        price=detail.price,
        currency=detail.currency,
        base_quantity=detail.base_quantity,
        list_price=detail.list_price,
        min_order_quantity=detail.min_order_quantity,
        max_order_quantity=detail.max_order_quantity,
        valid_from=detail.valid_from,
        valid_to=detail.valid_to,
        cpv_codes=(detail.cpv_code,) if detail.cpv_code else (),
        certificates=detail.certificates,
        image_refs=detail.image_refs,
        agreement_id=detail.agreement_id,
        crisis_critical=detail.crisis_critical,
    )
