"""Comparing prices: per content unit, savings against list price, buying beside an agreement."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from desktop.domain.reference import Agreement

PERCENT = Decimal("0.1")


@dataclass(frozen=True)
class ItemOffer:
    """An item's price as the comparisons need it (money is per orderable unit)."""

    item_id: str
    name: str
    supplier_id: str
    agreement_id: str | None
    unit_price: Decimal | None
    unit_code: str = "EA"
    content_quantity: Decimal | None = None  # e.g. 0.5 (KGM) per pack
    content_unit_code: str | None = None
    currency: str = "SEK"
    cpv_codes: tuple[str, ...] = ()
    list_price: Decimal | None = None  # per orderable unit

    @property
    def content_price(self) -> Decimal | None:
        return price_per_content_unit(self.unit_price, self.content_quantity)


@dataclass(frozen=True)
class Savings:
    """What the agreement price saves against the supplier's list price, per unit."""

    amount: Decimal
    percent: Decimal


@dataclass(frozen=True)
class OffAgreementAdvice:
    """The agreement that covers an item bought beside it, and what that costs extra."""

    agreement: Agreement
    alternative: ItemOffer | None  # the cheapest comparable agreement item
    difference: Decimal | None  # chosen minus alternative, per ``per_unit_code``
    per_unit_code: str | None
    percent_more: Decimal | None


def price_per_content_unit(unit_price: Decimal | None, content: Decimal | None) -> Decimal | None:
    """Price per content unit (per kg, per litre, per sheet), when the pack says its content."""
    if unit_price is None or content is None or content <= 0:
        return None
    return unit_price / content


def savings(unit_price: Decimal | None, list_price: Decimal | None) -> Savings | None:
    """Savings against list price, or None when there are none to show."""
    if unit_price is None or list_price is None or list_price <= 0 or unit_price >= list_price:
        return None
    amount = list_price - unit_price
    return Savings(amount, (amount * 100 / list_price).quantize(PERCENT, ROUND_HALF_UP))


def _comparable(chosen: ItemOffer, other: ItemOffer) -> tuple[Decimal, str] | None:
    """Other's price on the same basis as chosen's (content unit first), if any."""
    if other.currency != chosen.currency:
        return None
    if (
        chosen.content_price is not None
        and other.content_price is not None
        and chosen.content_unit_code
        and chosen.content_unit_code == other.content_unit_code
    ):
        return other.content_price, chosen.content_unit_code
    if (
        chosen.unit_price is not None
        and other.unit_price is not None
        and chosen.unit_code == other.unit_code
    ):
        return other.unit_price, chosen.unit_code
    return None


def is_on_agreement(offer: ItemOffer, agreements: dict[str, Agreement], today: date) -> bool:
    agreement = agreements.get(offer.agreement_id or "")
    return agreement is not None and agreement.is_valid_on(today)


def off_agreement_advice(
    chosen: ItemOffer,
    covering: Sequence[Agreement],
    alternatives: Iterable[ItemOffer],
    today: date,
) -> OffAgreementAdvice | None:
    """Advice when ``chosen`` is bought beside one of the ``covering`` agreements.

    ``covering`` are the agreements whose scope includes the item (most specific first);
    ``alternatives`` are items under them. None when no valid agreement covers it.
    """
    valid = [a for a in covering if a.is_valid_on(today) and a.id != chosen.agreement_id]
    if not valid:
        return None
    ids = {a.id for a in valid}
    best: tuple[Decimal, str, ItemOffer] | None = None
    fallback: ItemOffer | None = None
    for other in alternatives:
        if other.agreement_id not in ids:
            continue
        if fallback is None or (other.unit_price or Decimal(0)) < (fallback.unit_price or 0):
            fallback = other
        basis = _comparable(chosen, other)
        if basis is not None and (best is None or basis[0] < best[0]):
            best = (basis[0], basis[1], other)
    if best is None:
        agreement = next((a for a in valid if fallback and a.id == fallback.agreement_id), valid[0])
        return OffAgreementAdvice(agreement, fallback, None, None, None)
    price, unit, item = best
    agreement = next(a for a in valid if a.id == item.agreement_id)
    own = chosen.content_price if unit == chosen.content_unit_code else chosen.unit_price
    if own is None:
        return OffAgreementAdvice(agreement, item, None, None, None)
    difference = own - price
    percent = (difference * 100 / price).quantize(PERCENT, ROUND_HALF_UP) if price > 0 else None
    return OffAgreementAdvice(agreement, item, difference, unit, percent)
