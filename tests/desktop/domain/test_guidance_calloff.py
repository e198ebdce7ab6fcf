"""Recording a call-off made outside e-commerce."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.errors import AvropError
from desktop.domain.guidance_calloff import RecordedCallOff, validate_calloff
from tests.fixtures.find_data import TODAY, demo_agreements

AGREEMENTS = {a.id: a for a in demo_agreements()}


def _calloff(**changes: object) -> RecordedCallOff:
    base = RecordedCallOff(
        id="c0ffee00-0000-4000-8000-000000000001",
        unit_id="u-skola-norr",
        agreement_id="a-craftsmen",
        supplier_id="s-craftsmen-1",
        amount=Decimal("4500.00"),
        description="Laga dörren till gympasalen",
        ordered_on=TODAY,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_json_round_trip() -> None:
    calloff = _calloff(supplier_id="s-craftsmen-2", cascade_reason="Nr 1 kunde inte komma")
    assert RecordedCallOff.from_json(calloff.to_json()) == calloff


def test_first_ranked_supplier_needs_no_reason() -> None:
    validate_calloff(_calloff(), AGREEMENTS["a-craftsmen"], TODAY)


def test_a_lower_ranked_supplier_needs_the_reason() -> None:
    later = _calloff(supplier_id="s-craftsmen-3")
    with pytest.raises(AvropError) as info:
        validate_calloff(later, AGREEMENTS["a-craftsmen"], TODAY)
    assert info.value.code == "cascade_reason_missing"
    validate_calloff(
        replace(later, cascade_reason="1 och 2 hade inte tid"), AGREEMENTS["a-craftsmen"], TODAY
    )


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"supplier_id": "s-taxi-1"}, "calloff_supplier_not_on_agreement"),
        ({"amount": Decimal("0")}, "calloff_amount_invalid"),
        ({"amount": Decimal("10.001")}, "calloff_amount_invalid"),
        ({"description": " "}, "calloff_description_missing"),
        ({"ordered_on": date(2030, 1, 1)}, "calloff_date_future"),
        ({"ordered_on": date(2023, 6, 1)}, "calloff_agreement_not_valid"),
    ],
)
def test_bad_calloffs_are_refused(changes: dict[str, object], code: str) -> None:
    with pytest.raises(AvropError) as info:
        validate_calloff(_calloff(**changes), AGREEMENTS["a-craftsmen"], TODAY)
    assert info.value.code == code


def test_unknown_agreement_is_refused() -> None:
    with pytest.raises(AvropError) as info:
        validate_calloff(_calloff(), None, TODAY)
    assert info.value.code == "calloff_agreement_unknown"
