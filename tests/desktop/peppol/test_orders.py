"""Orders: written schema-valid, read back equal, and every rule violation caught."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from desktop.peppol.conformance import check_document
from desktop.peppol.errors import PeppolDocumentError
from desktop.peppol.order_document import Delivery, OrderDocument, OrderLineDoc
from desktop.peppol.order_reader import read_order, validate_order
from desktop.peppol.order_writer import order_bytes, write_order
from desktop.peppol.schemas import document_schema
from tests.fixtures.peppol_docs import sample_order


def test_order_is_schema_valid_and_reads_back_equal() -> None:
    order = sample_order()
    data = write_order(order)
    schema = document_schema("Order")
    assert schema.validate(etree.fromstring(data)), schema.error_log
    assert read_order(data) == order


def test_amounts_have_two_decimals_and_add_up() -> None:
    root = etree.fromstring(write_order(sample_order()))
    ns = {"cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}
    amounts = root.xpath("//cbc:LineExtensionAmount/text()", namespaces=ns)
    # 3 × 54.90 = 164.70; 7 × 99.95 ÷ 6 = 116.608… → 116.61; total 281.31
    assert amounts == ["281.31", "164.70", "116.61"]
    assert root.xpath("//cbc:PayableAmount/text()", namespaces=ns) == ["281.31"]
    assert sample_order().total == Decimal("281.31")


def test_direct_delivery_without_hub_reads_back() -> None:
    order = replace(sample_order(via_hub=False), delivery=Delivery(), note="", contract_id=None)
    assert read_order(write_order(order)) == order


@st.composite
def orders(draw: st.DrawFn) -> OrderDocument:
    count = draw(st.integers(min_value=1, max_value=5))
    lines = tuple(
        OrderLineDoc(
            line_id=str(n + 1),
            quantity=draw(st.decimals(min_value=0, max_value=10**4, places=3)),
            unit_code=draw(st.sampled_from(["EA", "XPK", "KGM", "LTR", "XBX"])),
            price=draw(st.decimals(min_value=0, max_value=10**5, places=4)),
            name=f"Vara {n}",
            base_quantity=draw(st.decimals(min_value=Decimal("0.5"), max_value=100, places=1)),
            seller_item_id=draw(st.none() | st.just(f"K{n}")),
        )
        for n in range(count)
    )
    return replace(sample_order(), lines=lines, currency=draw(st.sampled_from(["SEK", "NOK"])))


@settings(max_examples=40, deadline=None)
@given(orders())
def test_random_orders_survive_write_then_read(order: OrderDocument) -> None:
    assert read_order(write_order(order)) == order


def _codes(data: bytes) -> list[tuple[str | None, str]]:
    report = validate_order(data)
    assert report.document == "Order"
    return [(e.line_id, e.code) for e in report.errors]


def _with_lines(*lines: OrderLineDoc) -> bytes:
    return order_bytes(replace(sample_order(), lines=lines))


LINE = sample_order().lines[0]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (_with_lines(LINE, replace(LINE, name="Annan")), [("1", "duplicate_line_id")]),
        (_with_lines(replace(LINE, quantity=Decimal(-1))), [("1", "negative_quantity")]),
        (_with_lines(replace(LINE, unit_code="PCS")), [("1", "unit_code")]),
        (_with_lines(replace(LINE, price=Decimal("-2"))), [("1", "negative_price")]),
        (_with_lines(replace(LINE, base_quantity=Decimal(0))), [("1", "base_quantity")]),
        (_with_lines(replace(LINE, name="")), [("1", "missing")]),
    ],
    ids=["duplicate id", "negative qty", "unit", "price", "base qty", "no name"],
)
def test_line_rules(data: bytes, expected: list[tuple[str | None, str]]) -> None:
    assert _codes(data) == expected


def _mutated(old: bytes, new: bytes, count: int = 1) -> bytes:
    data = order_bytes(sample_order())
    assert old in data
    return data.replace(old, new, count)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (_mutated(b">164.70<", b">164.700<"), [("1", "amount_decimals")]),
        (
            _mutated(b">281.31<", b">281.314<", 2),
            [(None, "amount_decimals"), (None, "amount_decimals"), (None, "total_mismatch")],
        ),
        (_mutated(b'"SEK">54.90', b'"EUR">54.90'), [("1", "mixed_currency")]),
        (_mutated(b">164.70<", b">164.71<"), [("1", "line_amount"), (None, "total_mismatch")]),
        (_mutated(b"trns:order:3", b"trns:order:2"), [(None, "customization_id")]),
        (_mutated(b"bis:ordering:3", b"bis:invoice:3"), [(None, "profile_id")]),
        (_mutated(b'schemeID="0007">2120', b">2120"), [(None, "endpoint_scheme")]),
        (_mutated(b'schemeID="0007">2120', b'schemeID="9999">2120'), [(None, "endpoint_scheme")]),
        (_mutated(b"<cbc:IssueDate>", b"<cbc:Bogus/><cbc:IssueDate>"), [(None, "schema_invalid")]),
    ],
    ids=[
        "3-decimal line amount",
        "3-decimal totals",
        "mixed currency",
        "line amount not qty x price",
        "customization",
        "profile",
        "buyer endpoint scheme",
        "buyer endpoint scheme not in EAS",
        "schema",
    ],
)
def test_document_rules(data: bytes, expected: list[tuple[str | None, str]]) -> None:
    assert _codes(data) == expected


_TOTALS = (
    b'<cac:AnticipatedMonetaryTotal><cbc:LineExtensionAmount currencyID="SEK">281.31'
    b'</cbc:LineExtensionAmount><cbc:PayableAmount currencyID="SEK">281.31</cbc:PayableAmount>'
)


@pytest.mark.parametrize(
    "data",
    [
        _mutated(b">7310000000003<", b">7310000000004<"),
        _mutated(b">7300009000005<", b">7300009000006<"),
        _mutated(b'<cbc:ID schemeID="0088">7300009000005', b'<cbc:ID schemeID="0007">5566778899'),
        _mutated(b"bis:ordering:3", b"bis:advanced_ordering:3"),
        _mutated(
            _TOTALS,
            b'<cac:TaxTotal><cbc:TaxAmount currencyID="SEK">70.33</cbc:TaxAmount></cac:TaxTotal>'
            b'<cac:AnticipatedMonetaryTotal><cbc:LineExtensionAmount currencyID="SEK">281.31'
            b'</cbc:LineExtensionAmount><cbc:TaxExclusiveAmount currencyID="SEK">281.31'
            b'</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID="SEK">351.64'
            b'</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID="SEK">351.64'
            b"</cbc:PayableAmount>",
        ),
        _mutated(
            _TOTALS,
            b"<cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator>"
            b"<cbc:AllowanceChargeReason>Rabatt</cbc:AllowanceChargeReason>"
            b'<cbc:Amount currencyID="SEK">20.00</cbc:Amount></cac:AllowanceCharge>'
            b'<cac:AnticipatedMonetaryTotal><cbc:LineExtensionAmount currencyID="SEK">281.31'
            b'</cbc:LineExtensionAmount><cbc:AllowanceTotalAmount currencyID="SEK">20.00'
            b'</cbc:AllowanceTotalAmount><cbc:PayableAmount currencyID="SEK">261.31'
            b"</cbc:PayableAmount>",
        ),
    ],
    ids=[
        "GTIN check digit",
        "GLN check digit",
        "location under another scheme",
        "advanced ordering profile",
        "tax in the payable amount",
        "allowance in the payable amount",
    ],
)
def test_the_reader_accepts_what_the_official_rules_accept(data: bytes) -> None:
    verdict = check_document(data)
    assert verdict.conforms, [(f.rule_id, f.message) for f in verdict.errors]
    assert _codes(data) == []
    assert read_order(data).order_id == "o-2025-0001"


def test_reader_raises_with_every_error() -> None:
    data = _with_lines(replace(LINE, unit_code="PCS"), replace(LINE, price=Decimal(-1)))
    with pytest.raises(PeppolDocumentError) as caught:
        read_order(data)
    assert [e.code for e in caught.value.errors] == [
        "unit_code",
        "negative_price",
        "duplicate_line_id",
    ]


def test_writer_refuses_an_order_that_breaks_a_rule() -> None:
    with pytest.raises(PeppolDocumentError):
        write_order(replace(sample_order(), currency="kronor"))


def test_catalogue_is_not_an_order() -> None:
    from tests.fixtures.peppol_docs import catalogue_bytes

    report = validate_order(catalogue_bytes())
    assert report.document is None
    assert [e.code for e in report.errors] == ["wrong_document"]


def test_order_reader_refuses_doctype() -> None:
    data = order_bytes(sample_order()).replace(b"?>", b"?><!DOCTYPE Order>", 1)
    with pytest.raises(PeppolDocumentError) as caught:
        read_order(data)
    assert [e.code for e in caught.value.errors] == ["xml_doctype"]


def test_order_reader_refuses_huge_text_node() -> None:
    data = order_bytes(sample_order()).replace(
        b">Ring vid leverans<", b">" + b"x" * 11_000_000 + b"<"
    )
    with pytest.raises(PeppolDocumentError) as caught:
        read_order(data)
    assert [e.code for e in caught.value.errors] == ["xml_huge_text"]


def test_order_reader_refuses_oversized_document() -> None:
    with pytest.raises(PeppolDocumentError) as caught:
        read_order(order_bytes(sample_order()), max_bytes=1000)
    assert [e.code for e in caught.value.errors] == ["too_large"]
