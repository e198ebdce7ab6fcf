"""Everything Avrop and its demo write passes the UBL schema and the official PEPPOL rules.

The rules are OpenPEPPOL's own (``resources/standards/peppol-bis-3``), run with Saxon:
catalogues full and partial, every demo catalogue, orders of every kind the app places
and order responses AB, AP, RE and CA (changed, substituted and rejected lines).
"""

from __future__ import annotations

import gzip
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from central_api.demo.catalogue_publish import catalogue_document, publishable
from central_api.demo.generator import generate
from desktop.domain.catalogue import LineAction
from desktop.domain.order import Order
from desktop.domain.order_accounting import AccountingString
from desktop.domain.order_delivery import Delivery
from desktop.domain.order_followup import LineChange, OrderAnswer, ResponseCode
from desktop.domain.order_settings import BuyerParty
from desktop.domain.reference import Supplier
from desktop.peppol.order_mapping import answer_xml, buyer_party, order_xml, seller_party
from tests.fixtures.official_rules import rule_errors
from tests.fixtures.orders import HOME
from tests.fixtures.orders import sample_order as domain_order
from tests.fixtures.peppol_docs import catalogue_bytes, sample_header, sample_lines

BUYER = BuyerParty("Ekby kommun", "2120000001", "0007", "SE")
SUPPLIER = Supplier("s-coffee-1", "Kaffekompaniet AB", "5566778899", "0007", "SE", True)


def test_full_and_partial_catalogues_conform() -> None:
    assert rule_errors(catalogue_bytes()) == []
    lines = [
        replace(line, action=action)
        for line, action in zip(sample_lines(3), LineAction, strict=True)
    ]
    assert rule_errors(catalogue_bytes(lines, sample_header(partial=True))) == []
    off_agreement = [replace(line, agreement_id="a-other") for line in sample_lines(2)]
    assert rule_errors(catalogue_bytes(off_agreement, sample_header(agreement_id=None))) == []


@pytest.mark.slow
def test_every_demo_catalogue_conforms() -> None:
    data = generate()
    checked = 0
    for supplier, agreement, category in publishable(data):
        blob, _, _ = catalogue_document(data, supplier, agreement, category)
        assert rule_errors(gzip.decompress(blob)) == [], supplier.id
        checked += 1
    assert checked == 51


def _orders() -> dict[str, Order]:
    base = domain_order("o-1")
    own = Delivery("u-forskola-solrosen", "Förskolan Solrosen", HOME, "Förskolan Solrosen", HOME,
                   None)  # fmt: skip
    return {
        "via the hub": base,
        "own address": replace(base, delivery=own),
        "with project": replace(base, accounting=AccountingString("3410", "6110", "P017")),
        "with a message": replace(base, note="Ring 070-123 45 67 vid leverans, port B."),
        "beside the agreement": replace(
            base, agreement_id=None, off_agreement_reason="Behövs i dag; avtalet saknar varan."
        ),
        "dated": replace(base, delivery=base.delivery.with_date(date(2025, 3, 14))),
    }


@pytest.mark.parametrize("kind", list(_orders()))
def test_orders_of_every_kind_conform(kind: str) -> None:
    data = order_xml(_orders()[kind], BUYER, SUPPLIER).encode()
    assert rule_errors(data) == []


def test_an_order_placed_on_behalf_of_a_unit_conforms_and_names_both() -> None:
    order = replace(domain_order("o-1"), created_by="superuser")
    data = order_xml(order, BUYER, SUPPLIER, on_behalf_by="Sara Supportsson").encode()
    assert rule_errors(data) == []
    assert b"<cac:OriginatorCustomerParty>" in data


@pytest.mark.parametrize("code", list(ResponseCode))
def test_order_responses_conform(code: ResponseCode) -> None:
    order = domain_order("o-1")
    changes = (
        (
            LineChange("1", Decimal("8"), Decimal("56.00"), "Slut i lager"),
            LineChange("2", Decimal("10"), None, "Ersatt", "K-00009", "Mellanrost 450 g"),
            LineChange("3", Decimal("0"), None, "Utgått"),
        )
        if code is ResponseCode.CHANGED
        else ()
    )
    if changes:
        first = order.lines[0]
        order = replace(
            order, lines=(first, replace(first, line_id="2"), replace(first, line_id="3"))
        )
    answer = OrderAnswer(code, datetime(2025, 3, 11, tzinfo=UTC), "Tack", changes)
    data = answer_xml(
        "o-1", answer, seller_party(SUPPLIER), buyer_party(BUYER, "Anna"), order.lines
    )
    assert rule_errors(data) == []
