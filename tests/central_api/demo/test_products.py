"""The demo product generator: deterministic, realistic, valid identifiers and prices."""

from __future__ import annotations

import io
from collections import Counter
from datetime import date
from decimal import Decimal

import pytest

from central_api.demo.categories import CATEGORIES
from central_api.demo.product_ranges import product_ranges
from central_api.demo.products import generate_catalogue, generate_webshop_catalogue
from desktop.domain.catalogue import CatalogueLine
from desktop.peppol.catalogue_reader import read_catalogue
from desktop.peppol.catalogue_writer import CatalogueHeader, write_catalogue
from desktop.peppol.parties import Party
from desktop.storage.catalogue_cpv import cpv_codes
from desktop.storage.catalogue_index import ECO_LABELS

ECOMMERCE = [c.key for c in CATEGORIES if c.in_ecommerce]
ECO = ECO_LABELS  # official PackagingMarkedLabelAccreditationCode codes


def gtin_valid(gtin: str) -> bool:
    digits = [int(d) for d in gtin]
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits[:-1])))
    return len(gtin) == 13 and (10 - total % 10) % 10 == digits[-1]


def test_the_same_arguments_give_the_same_lines() -> None:
    first = list(generate_catalogue("s-coffee-1", "coffee", "a-coffee", 200, seed=3))
    again = list(generate_catalogue("s-coffee-1", "coffee", "a-coffee", 200, seed=3))
    other = list(generate_catalogue("s-coffee-1", "coffee", "a-coffee", 200, seed=4))
    assert first == again
    assert first != other


def test_every_category_has_a_range() -> None:
    assert {c.key for c in CATEGORIES} <= set(product_ranges())


@pytest.mark.parametrize("category", [c.key for c in CATEGORIES])
def test_lines_of_every_category_are_well_formed(category: str) -> None:
    lines = list(generate_catalogue(f"s-{category}-1", category, f"a-{category}", 300, seed=1))
    assert len(lines) == 300
    assert len({x.seller_item_id for x in lines}) == 300
    codes = cpv_codes()
    for x in lines:
        assert x.supplier_id == f"s-{category}-1" and x.agreement_id == f"a-{category}"
        assert x.name and x.description and x.brand and x.keywords
        assert x.unit_code in {"EA", "XPK", "KGM", "LTR", "HUR"}
        assert x.price is not None and x.list_price is not None
        assert x.price < x.list_price
        assert x.price == x.price.quantize(Decimal("0.01")) and x.price > 0
        assert all(c in codes for c in x.cpv_codes)
        assert x.gtin is None or gtin_valid(x.gtin)
        if x.unit_code == "XPK":
            assert x.content_quantity is not None and x.content_unit_code


def test_a_share_of_items_carries_eco_labels_and_crisis_items_are_flagged() -> None:
    coffee = list(generate_catalogue("s-coffee-1", "coffee", "a-coffee", 500, seed=1))
    labelled = sum(1 for x in coffee if any(c.type_code in ECO for c in x.certificates))
    assert 0.1 < labelled / len(coffee) < 0.6
    gloves = list(generate_catalogue("s-gloves-1", "gloves", "a-gloves", 300, seed=1))
    sanitiser = list(generate_catalogue("s-sanitiser-1", "sanitiser", "a-sanitiser", 300, 1))
    assert any(x.crisis_critical for x in gloves) and any(x.crisis_critical for x in sanitiser)
    assert not any(x.crisis_critical for x in coffee)
    assert any(x.image_refs for x in coffee)


def test_web_shops_overlap_the_agreement_range_at_higher_prices() -> None:
    agreement = {
        x.gtin: x for x in generate_catalogue("s-coffee-1", "coffee", "a-coffee", 400, 1) if x.gtin
    }
    shop = [x for x in generate_webshop_catalogue("s-off-1", 1700, seed=1) if x.gtin]
    assert all(x.agreement_id is None and x.list_price is None for x in shop)
    shared = [x for x in shop if x.gtin in agreement]
    assert len(shared) > 10
    for x in shared:
        same = agreement[x.gtin]
        assert x.name == same.name and x.price is not None and same.list_price is not None
        assert x.price >= same.list_price > (same.price or 0)


def test_a_web_shop_spans_the_categories_with_unique_articles() -> None:
    lines = list(generate_webshop_catalogue("s-off-2", 900, seed=1))
    assert len(lines) == 900 and len({x.seller_item_id for x in lines}) == 900
    assert len(Counter(x.cpv_codes[0][:2] for x in lines)) > 5


def test_danish_and_norwegian_suppliers_name_items_in_their_language() -> None:
    sv = list(generate_catalogue("s-x", "nappies", "a-nappies", 20, seed=1))
    da = list(generate_catalogue("s-x", "nappies", "a-nappies", 20, seed=1, language="da"))
    nb = list(generate_catalogue("s-x", "nappies", "a-nappies", 20, seed=1, language="nb"))
    assert any("Blöjor" in x.name for x in sv) and any("Bleer" in x.name for x in da)
    assert any("Bleier" in x.name for x in nb)
    assert any("Blöjor" in x.keywords for x in da)  # the other names are keywords
    assert [x.gtin for x in sv] == [x.gtin for x in da]  # the same products


def test_lines_survive_the_peppol_writer_and_reader() -> None:
    lines = list(generate_catalogue("s-dairy-1", "dairy", "a-dairy", 60, seed=1))
    header = CatalogueHeader(
        "c-1",
        date(2025, 1, 1),
        date(2025, 1, 1),
        None,
        Party("5560000001", "0007", "Mejeriet AB"),
        Party("2120000001", "0007", "Ekby kommun"),
        agreement_id="a-dairy",
    )
    out = io.BytesIO()
    assert write_catalogue(out, header, lines) == 60
    with read_catalogue(out.getvalue(), supplier_id="s-dairy-1") as doc:
        back: list[CatalogueLine] = list(doc.lines)
    assert [
        (x.seller_item_id, x.name, x.price, x.list_price, x.gtin, x.certificates) for x in back
    ] == [(x.seller_item_id, x.name, x.price, x.list_price, x.gtin, x.certificates) for x in lines]
