"""A supplier's catalogue line as the PEPPOL reader yields it and the store keeps it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum


class LineAction(StrEnum):
    """PEPPOL CatalogueLine/ActionCode for partial updates (a full catalogue uses ADD)."""

    ADD = "Add"
    UPDATE = "Update"
    DELETE = "Delete"


@dataclass(frozen=True)
class Certificate:
    """An eco label or similar certificate on an item (Nordic Swan, EU Ecolabel, organic)."""

    type_code: str  # e.g. "NordicSwan", "EUEcolabel", "Organic", "FairTrade"
    name: str


@dataclass(frozen=True)
class CatalogueLine:
    """One item of a supplier's catalogue. Money is Decimal; units are UN/ECE Rec 20."""

    supplier_id: str
    seller_item_id: str  # the supplier's article number, unique per supplier
    name: str
    action: LineAction = LineAction.ADD
    line_id: str = ""  # CatalogueLine/ID
    gtin: str | None = None  # StandardItemIdentification, scheme 0160
    description: str = ""
    keywords: tuple[str, ...] = ()
    brand: str = ""
    unit_code: str = "EA"  # orderable unit
    content_quantity: Decimal | None = None  # e.g. 0.5 for a 500 g pack
    content_unit_code: str | None = None  # e.g. KGM
    price: Decimal | None = None
    currency: str = "SEK"
    base_quantity: Decimal = Decimal("1")  # price is per this many units
    list_price: Decimal | None = None  # the supplier's ordinary price, for savings
    min_order_quantity: Decimal | None = None
    max_order_quantity: Decimal | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    cpv_codes: tuple[str, ...] = ()  # 8-digit CPV codes
    unspsc_codes: tuple[str, ...] = ()
    certificates: tuple[Certificate, ...] = ()
    image_refs: tuple[str, ...] = ()  # URI or file names of item images
    agreement_id: str | None = None  # ReferencedContract/ID
    crisis_critical: bool = False  # kept in the municipal crisis stock (gloves, sanitiser)

    @property
    def unit_price(self) -> Decimal | None:
        """Price of one orderable unit."""
        if self.price is None:
            return None
        return self.price / self.base_quantity
