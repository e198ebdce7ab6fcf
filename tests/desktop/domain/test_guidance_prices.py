"""Prices per content unit, savings, and what buying beside an agreement costs."""

from __future__ import annotations

from decimal import Decimal

from desktop.domain.guidance_prices import (
    ItemOffer,
    off_agreement_advice,
    price_per_content_unit,
    savings,
)
from tests.fixtures.find_data import TODAY, demo_agreements

AGREEMENTS = {a.id: a for a in demo_agreements()}
D = Decimal


def _offer(
    item_id: str,
    agreement: str | None,
    price: str,
    content: str | None = "0.5",
    unit: str = "XPK",
    content_unit: str | None = "KGM",
) -> ItemOffer:
    return ItemOffer(
        item_id=item_id,
        name=item_id,
        supplier_id="s-x",
        agreement_id=agreement,
        unit_price=D(price),
        unit_code=unit,
        content_quantity=None if content is None else D(content),
        content_unit_code=content_unit,
        cpv_codes=("15861000",),
    )


def test_price_per_content_unit() -> None:
    assert price_per_content_unit(D("45"), D("0.5")) == D("90")
    assert price_per_content_unit(D("45"), None) is None
    assert price_per_content_unit(D("45"), D("0")) is None


def test_savings_against_list_price() -> None:
    found = savings(D("64"), D("100"))
    assert found is not None and found.amount == D("36") and found.percent == D("36.0")
    assert savings(D("100"), D("100")) is None
    assert savings(D("10"), None) is None


def test_off_agreement_compares_per_content_unit_with_the_cheapest_agreement_item() -> None:
    chosen = _offer("shop", None, "60", content="0.4")  # 150 per kg
    alternatives = [
        _offer("cheap", "a-coffee", "45", content="0.5"),  # 90 per kg
        _offer("dear", "a-coffee", "50", content="0.5"),  # 100 per kg
        _offer("other", "a-dairy", "1", content="0.5"),  # not a covering agreement
    ]
    advice = off_agreement_advice(chosen, [AGREEMENTS["a-coffee"]], alternatives, TODAY)
    assert advice is not None
    assert advice.agreement.id == "a-coffee"
    assert advice.alternative is not None and advice.alternative.item_id == "cheap"
    assert advice.difference == D("60") and advice.per_unit_code == "KGM"
    assert advice.percent_more == D("66.7")


def test_off_agreement_falls_back_to_per_unit_then_to_no_figure() -> None:
    chosen = _offer("shop", None, "12", content=None, unit="EA", content_unit=None)
    per_unit = off_agreement_advice(
        chosen,
        [AGREEMENTS["a-coffee"]],
        [_offer("a", "a-coffee", "10", content=None, unit="EA", content_unit=None)],
        TODAY,
    )
    assert per_unit is not None and per_unit.difference == D("2") and per_unit.per_unit_code == "EA"
    incomparable = off_agreement_advice(
        chosen, [AGREEMENTS["a-coffee"]], [_offer("a", "a-coffee", "10", unit="XPK")], TODAY
    )
    assert incomparable is not None and incomparable.difference is None
    assert incomparable.alternative is not None


def test_no_advice_without_a_valid_covering_agreement() -> None:
    chosen = _offer("shop", None, "60")
    assert off_agreement_advice(chosen, [], [], TODAY) is None
    on_it = _offer("own", "a-coffee", "60")
    assert off_agreement_advice(on_it, [AGREEMENTS["a-coffee"]], [], TODAY) is None
