"""'Can't find it' requests: wire format and what makes one sendable."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from desktop.domain.errors import AvropError
from desktop.domain.office_request import (
    ItemRef,
    OfficeAnswer,
    OfficeRequest,
    RequestStatus,
    Urgency,
    validate_request,
)

NOW = datetime(2025, 5, 15, 9, 30, tzinfo=UTC)
UNITS = ("u-forskola-solrosen", "u-forskola-eken")


def _request(**changes: object) -> OfficeRequest:
    base = OfficeRequest(
        id="4d1f2c1e-0000-4000-8000-000000000001",
        unit_id="u-forskola-solrosen",
        need="Sittdynor till samlingen",
        created_at=NOW,
        urgency=Urgency.WITHIN_WEEK,
        quantity="20",
        estimated_amount=Decimal("1500.00"),
        search_text="sittdyna",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_body_and_full_json_round_trip() -> None:
    request = _request()
    assert OfficeRequest.from_json(request.to_json()) == request
    answered = request.answered(
        OfficeAnswer("Use item X", NOW, "procurement", item=ItemRef("s-toys-1", "T-100"))
    )
    again = OfficeRequest.from_json(answered.to_full_json())
    assert again == answered
    assert again.status is RequestStatus.ANSWERED
    assert again.answer is not None and again.answer.item == ItemRef("s-toys-1", "T-100")


def test_a_good_request_validates() -> None:
    validate_request(_request(), UNITS)
    validate_request(_request(estimated_amount=None, quantity=""), UNITS)


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"need": "  "}, "request_need_missing", "need"),
        ({"need": "x" * 2001}, "request_need_too_long", "need"),
        ({"unit_id": "u-skola-norr"}, "request_unit_invalid", "unit_id"),
        ({"estimated_amount": Decimal("-1")}, "request_amount_invalid", "estimated_amount"),
        ({"estimated_amount": Decimal("1.005")}, "request_amount_invalid", "estimated_amount"),
        ({"quantity": "9" * 201}, "request_text_too_long", "quantity"),
    ],
)
def test_bad_requests_name_the_field(changes: dict[str, object], code: str, field: str) -> None:
    with pytest.raises(AvropError) as info:
        validate_request(_request(**changes), UNITS)
    assert (info.value.code, info.value.field) == (code, field)


@pytest.mark.parametrize(
    "bad",
    [
        {"id": "x", "unit_id": "u", "need": "n", "created_at": "now"},
        {
            "id": "x",
            "unit_id": "u",
            "need": "n",
            "created_at": "2025-01-01T00:00:00",
            "urgency": "yesterday",
        },
        {
            "id": "x",
            "unit_id": "u",
            "need": "n",
            "created_at": "2025-01-01T00:00:00",
            "estimated_amount": 12.5,
        },
        {"id": "", "unit_id": "u", "need": "n", "created_at": "2025-01-01T00:00:00"},
    ],
)
def test_malformed_requests_are_refused(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        OfficeRequest.from_json(bad)
