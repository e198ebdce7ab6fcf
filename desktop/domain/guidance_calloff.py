"""A call-off made outside e-commerce (phone, portal, e-mail), recorded by the orderer.

Recording it makes the purchase count as on-agreement in the unit's figures. Wire
format of ``POST /calloffs`` (the ``id`` is client-made and makes the post idempotent)::

    {"id": "<uuid>", "unit_id": "u-skola-norr", "agreement_id": "a-craftsmen",
     "supplier_id": "s-craftsmen-2", "amount": "4500.00", "currency": "SEK",
     "description": "Fix the door", "ordered_on": "2025-05-02",
     "cascade_reason": "Supplier 1 could not come this week"}
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from desktop.domain.errors import AvropError
from desktop.domain.guidance_resolve import cascade_rank, needs_cascade_reason
from desktop.domain.reference import Agreement
from desktop.domain.values import ValueFormatError, format_money, parse_date, parse_money

CENT = Decimal("0.01")
TEXT_MAX = 500


@dataclass(frozen=True)
class RecordedCallOff:
    """What was ordered, from whom, under which agreement, for how much."""

    id: str
    unit_id: str
    agreement_id: str
    supplier_id: str
    amount: Decimal
    description: str
    ordered_on: date
    currency: str = "SEK"
    cascade_reason: str | None = None  # why a higher-ranked supplier was not used

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "unit_id": self.unit_id,
            "agreement_id": self.agreement_id,
            "supplier_id": self.supplier_id,
            "amount": format_money(self.amount),
            "currency": self.currency,
            "description": self.description,
            "ordered_on": self.ordered_on.isoformat(),
            "cascade_reason": self.cascade_reason,
        }

    @classmethod
    def from_json(cls, data: object) -> RecordedCallOff:
        if not isinstance(data, dict):
            raise ValueFormatError("calloff", data, "an object")

        def text(key: str) -> str:
            value = data.get(key)
            if not isinstance(value, str):
                raise ValueFormatError(key, value, "a string")
            return value

        reason = data.get("cascade_reason")
        if reason is not None and not isinstance(reason, str):
            raise ValueFormatError("cascade_reason", reason, "a string or null")
        return cls(
            id=text("id"),
            unit_id=text("unit_id"),
            agreement_id=text("agreement_id"),
            supplier_id=text("supplier_id"),
            amount=parse_money(data.get("amount"), "amount"),
            currency=str(data.get("currency") or "SEK"),
            description=text("description"),
            ordered_on=parse_date(data.get("ordered_on"), "ordered_on"),
            cascade_reason=reason or None,
        )


def validate_calloff(calloff: RecordedCallOff, agreement: Agreement | None, today: date) -> None:
    """Raise :class:`AvropError` naming the field when ``calloff`` cannot be recorded."""
    if agreement is None or agreement.id != calloff.agreement_id:
        raise AvropError("calloff_agreement_unknown", "Choose an agreement.", "agreement_id")
    if cascade_rank(agreement, calloff.supplier_id) is None:
        raise AvropError(
            "calloff_supplier_not_on_agreement",
            "The supplier is not on this agreement.",
            "supplier_id",
        )
    if calloff.ordered_on > today:
        raise AvropError("calloff_date_future", "The date cannot be in the future.", "ordered_on")
    if not agreement.is_valid_on(calloff.ordered_on):
        raise AvropError(
            "calloff_agreement_not_valid",
            "The agreement was not valid on that date.",
            "ordered_on",
        )
    if calloff.amount <= 0 or calloff.amount != calloff.amount.quantize(CENT):
        raise AvropError(
            "calloff_amount_invalid",
            "Enter the amount excluding VAT, more than zero, with at most two decimals.",
            "amount",
        )
    if not calloff.description.strip() or len(calloff.description) > TEXT_MAX:
        raise AvropError("calloff_description_missing", "Say what was ordered.", "description")
    reason = (calloff.cascade_reason or "").strip()
    if needs_cascade_reason(agreement, calloff.supplier_id) and not reason:
        raise AvropError(
            "cascade_reason_missing",
            "Say why the suppliers ranked before this one could not deliver.",
            "cascade_reason",
        )
    if len(reason) > TEXT_MAX:
        raise AvropError("cascade_reason_too_long", "The reason is too long.", "cascade_reason")
