"""Order responses: AB, AP, RE without lines, CA with its changed lines."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from lxml import etree

from desktop.peppol.errors import PeppolDocumentError
from desktop.peppol.order_response import (
    ResponseCode,
    ResponseLine,
    order_response_bytes,
    read_order_response,
    validate_order_response,
    write_order_response,
)
from desktop.peppol.schemas import document_schema
from tests.fixtures.peppol_docs import sample_response


@pytest.mark.parametrize("code", list(ResponseCode), ids=str)
def test_response_is_schema_valid_and_reads_back_equal(code: ResponseCode) -> None:
    response = sample_response(code)
    data = write_order_response(response)
    schema = document_schema("OrderResponse")
    assert schema.validate(etree.fromstring(data)), schema.error_log
    # a T76 party is its endpoint and registration name (no address, no contact)
    seller, buyer = (
        replace(p, country=None, contact=None) for p in (response.seller, response.buyer)
    )
    assert read_order_response(data) == replace(response, seller=seller, buyer=buyer)
    assert (len(response.lines) > 0) is (code is ResponseCode.CHANGED)


def _codes(data: bytes) -> list[tuple[str | None, str]]:
    report = validate_order_response(data)
    assert report.document == "OrderResponse"
    return [(e.line_id, e.code) for e in report.errors]


def test_ca_without_lines_is_refused() -> None:
    data = order_response_bytes(replace(sample_response(), lines=()))
    assert _codes(data) == [(None, "lines_required")]


@pytest.mark.parametrize(
    "code", [ResponseCode.RECEIVED, ResponseCode.ACCEPTED, ResponseCode.REJECTED]
)
def test_ab_ap_re_with_lines_are_refused(code: ResponseCode) -> None:
    data = order_response_bytes(replace(sample_response(), code=code))
    assert _codes(data) == [(None, "lines_not_allowed")]


def test_duplicate_line_ids_are_refused() -> None:
    line = sample_response().lines[0]
    data = order_response_bytes(replace(sample_response(), lines=(line, line)))
    assert _codes(data) == [("1", "duplicate_line_id")]


def test_mixed_currency_is_refused() -> None:
    data = order_response_bytes(sample_response()).replace(b'"SEK">56.00', b'"EUR">56.00')
    assert _codes(data) == [("1", "mixed_currency")]


def test_three_decimal_amount_is_refused() -> None:
    quantity = b'<cbc:Quantity unitCode="XPK">2</cbc:Quantity>'
    amount = b'<cbc:LineExtensionAmount currencyID="SEK">112.005</cbc:LineExtensionAmount>'
    data = order_response_bytes(sample_response()).replace(quantity, quantity + amount)
    assert _codes(data) == [("1", "amount_decimals")]


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        (b">CA<", b">XX<", "response_code"),
        (b"<cbc:LineStatusCode>3<", b"<cbc:LineStatusCode>9<", "line_status"),
        (b'unitCode="XPK"', b'unitCode="PCS"', "unit_code"),
        (b"trns:order_response:3", b"trns:order:3", "customization_id"),
        (b'schemeID="0007">5566', b'schemeID="SE">5566', "endpoint_scheme"),
    ],
)
def test_other_rules(old: bytes, new: bytes, code: str) -> None:
    data = order_response_bytes(sample_response())
    assert old in data
    assert code in [c for _, c in _codes(data.replace(old, new, 1))]


def test_negative_quantity_raises_from_the_writer() -> None:
    bad = ResponseLine("1", quantity=Decimal(-1), unit_code="EA")
    with pytest.raises(PeppolDocumentError) as caught:
        write_order_response(replace(sample_response(), lines=(bad,)))
    assert [e.code for e in caught.value.errors] == ["negative_quantity"]


def test_an_order_is_not_a_response() -> None:
    from desktop.peppol.order_writer import write_order
    from tests.fixtures.peppol_docs import sample_order

    report = validate_order_response(write_order(sample_order()))
    assert report.document is None and [e.code for e in report.errors] == ["wrong_document"]
