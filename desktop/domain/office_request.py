"""'Can't find it': a question to the procurement office, and its answer.

Wire format (``POST /requests`` body; ``GET /requests`` items add ``status``,
``username``, ``received_at`` and ``answer``)::

    {"id": "<client uuid>", "unit_id": "u-forskola-solrosen", "need": "...",
     "quantity": "20", "estimated_amount": "1500.00", "currency": "SEK",
     "urgency": "within_week", "search_text": "sittdyna", "agreement_id": null,
     "created_at": "2025-05-01T09:30:00+00:00"}

The answer may point to an agreement or to an item (supplier id + article number),
which the app opens directly.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from desktop.domain.errors import AvropError
from desktop.domain.values import ValueFormatError, format_money, parse_datetime, parse_money

NEED_MAX = 2000
SHORT_MAX = 200
CENT = Decimal("0.01")


class Urgency(StrEnum):
    WHEN_POSSIBLE = "when_possible"
    WITHIN_WEEK = "within_week"
    URGENT = "urgent"


class RequestStatus(StrEnum):
    QUEUED = "queued"  # saved on this computer, not yet received by the office
    OPEN = "open"  # the office has it
    ANSWERED = "answered"
    CLOSED = "closed"


@dataclass(frozen=True)
class ItemRef:
    """A catalogue item as both sides know it: supplier and article number."""

    supplier_id: str
    seller_item_id: str


@dataclass(frozen=True)
class OfficeAnswer:
    text: str
    answered_at: datetime
    answered_by: str = ""
    agreement_id: str | None = None
    item: ItemRef | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "answered_at": self.answered_at.isoformat(),
            "answered_by": self.answered_by,
            "agreement_id": self.agreement_id,
            "item": (
                None
                if self.item is None
                else {
                    "supplier_id": self.item.supplier_id,
                    "seller_item_id": self.item.seller_item_id,
                }
            ),
        }

    @classmethod
    def from_json(cls, data: object) -> OfficeAnswer:
        obj = _obj(data, "answer")
        item = obj.get("item")
        ref = None
        if item is not None:
            item_obj = _obj(item, "item")
            ref = ItemRef(_req_str(item_obj, "supplier_id"), _req_str(item_obj, "seller_item_id"))
        return cls(
            text=_req_str(obj, "text"),
            answered_at=parse_datetime(obj.get("answered_at"), "answered_at"),
            answered_by=str(obj.get("answered_by") or ""),
            agreement_id=_opt_str(obj, "agreement_id"),
            item=ref,
        )


@dataclass(frozen=True)
class OfficeRequest:
    """A question to the procurement office from an orderer, for one unit."""

    id: str
    unit_id: str
    need: str
    created_at: datetime
    urgency: Urgency = Urgency.WHEN_POSSIBLE
    quantity: str = ""  # free text: "20", "about 5 boxes"
    estimated_amount: Decimal | None = None
    currency: str = "SEK"
    search_text: str = ""
    agreement_id: str | None = None  # set for a mini-competition under this agreement
    status: RequestStatus = RequestStatus.QUEUED
    username: str = ""
    answer: OfficeAnswer | None = None

    def answered(self, answer: OfficeAnswer) -> OfficeRequest:
        return replace(self, status=RequestStatus.ANSWERED, answer=answer)

    def to_json(self) -> dict[str, Any]:
        """The body of ``POST /requests``."""
        return {
            "id": self.id,
            "unit_id": self.unit_id,
            "need": self.need,
            "quantity": self.quantity,
            "estimated_amount": (
                None if self.estimated_amount is None else format_money(self.estimated_amount)
            ),
            "currency": self.currency,
            "urgency": self.urgency.value,
            "search_text": self.search_text,
            "agreement_id": self.agreement_id,
            "created_at": self.created_at.isoformat(),
        }

    def to_full_json(self) -> dict[str, Any]:
        """The item of ``GET /requests``: the body plus what the office adds."""
        return {
            **self.to_json(),
            "status": self.status.value,
            "username": self.username,
            "answer": None if self.answer is None else self.answer.to_json(),
        }

    @classmethod
    def from_json(cls, data: object) -> OfficeRequest:
        obj = _obj(data, "request")
        amount = obj.get("estimated_amount")
        try:
            urgency = Urgency(obj.get("urgency", Urgency.WHEN_POSSIBLE.value))
            status = RequestStatus(obj.get("status", RequestStatus.QUEUED.value))
        except ValueError as exc:
            raise ValueFormatError("urgency", obj.get("urgency"), "an urgency") from exc
        answer = obj.get("answer")
        return cls(
            id=_req_str(obj, "id"),
            unit_id=_req_str(obj, "unit_id"),
            need=_req_str(obj, "need"),
            created_at=parse_datetime(obj.get("created_at"), "created_at"),
            urgency=urgency,
            quantity=str(obj.get("quantity") or ""),
            estimated_amount=(
                None if amount in (None, "") else parse_money(amount, "estimated_amount")
            ),
            currency=str(obj.get("currency") or "SEK"),
            search_text=str(obj.get("search_text") or ""),
            agreement_id=_opt_str(obj, "agreement_id"),
            status=status,
            username=str(obj.get("username") or ""),
            answer=None if answer is None else OfficeAnswer.from_json(answer),
        )


def validate_request(request: OfficeRequest, allowed_units: tuple[str, ...]) -> None:
    """Raise :class:`AvropError` naming the field when ``request`` cannot be sent."""
    if not request.need.strip():
        raise AvropError("request_need_missing", "Describe what you need.", "need")
    if len(request.need) > NEED_MAX:
        raise AvropError("request_need_too_long", "The description is too long.", "need")
    if request.unit_id not in allowed_units:
        raise AvropError("request_unit_invalid", "Choose one of your units.", "unit_id")
    if len(request.quantity) > SHORT_MAX or len(request.search_text) > SHORT_MAX:
        raise AvropError("request_text_too_long", "A field is too long.", "quantity")
    amount = request.estimated_amount
    if amount is not None and (amount < 0 or amount != amount.quantize(CENT)):
        raise AvropError(
            "request_amount_invalid",
            "The estimated amount must be zero or more, with at most two decimals.",
            "estimated_amount",
        )
    if len(request.currency) != 3 or not request.currency.isalpha():
        raise AvropError("request_amount_invalid", "Unknown currency.", "currency")


def _obj(data: object, key: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ValueFormatError(key, data, "an object")
    return data


def _req_str(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value:
        raise ValueFormatError(key, value, "a non-empty string")
    return value


def _opt_str(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueFormatError(key, value, "a string or null")
    return value or None
