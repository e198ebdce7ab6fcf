"""PEPPOL catalogue rules: each violation is reported with its line, field and code."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.catalogue import CatalogueLine, LineAction
from desktop.peppol.catalogue_rules import gtin_is_valid
from desktop.peppol.catalogue_validation import validate_catalogue
from tests.fixtures.peppol_docs import catalogue_bytes, sample_header, sample_lines

Change = Callable[[CatalogueLine], CatalogueLine]

LINE_CASES: dict[str, tuple[Change, str, str]] = {
    "CPV code of 7 digits": (
        lambda ln: replace(ln, cpv_codes=("1586100",)),
        "cpv_code",
        "Commodity",
    ),
    "zero base quantity": (
        lambda ln: replace(ln, base_quantity=Decimal(0)),
        "base_quantity",
        "BaseQuantity",
    ),
    "other currency": (lambda ln: replace(ln, currency="EUR"), "mixed_currency", "currencyID"),
    "blank name": (lambda ln: replace(ln, name=" "), "missing", "Item/Name"),
}


# What the official PEPPOL rules decide (the server runs them on every published
# catalogue) or merely warn about is not Avrop's to refuse while reading.
LEFT_TO_THE_RULES = {
    "negative price": lambda ln: replace(ln, price=Decimal("-0.01")),
    "zero minimum": lambda ln: replace(ln, min_order_quantity=Decimal(0)),
    "max below min": lambda ln: replace(
        ln, min_order_quantity=Decimal(10), max_order_quantity=Decimal(5)
    ),
    "validity beyond the catalogue's": lambda ln: replace(ln, valid_to=date(2026, 3, 1)),
    "validity ends before start": lambda ln: replace(
        ln, valid_from=date(2025, 5, 1), valid_to=date(2025, 4, 1)
    ),
    "bad GTIN check digit": lambda ln: replace(ln, gtin="7310000000004"),
}


@pytest.mark.parametrize("case", LEFT_TO_THE_RULES, ids=str)
def test_what_the_rules_decide_is_not_refused_by_the_reader(case: str) -> None:
    lines = sample_lines(3)
    lines[2] = LEFT_TO_THE_RULES[case](lines[2])
    report = validate_catalogue(catalogue_bytes(lines))
    assert report.errors == () and report.lines == 3


@pytest.mark.parametrize("case", LINE_CASES, ids=str)
def test_line_rule_violation_is_reported_on_its_line(case: str) -> None:
    change, code, field = LINE_CASES[case]
    lines = sample_lines(3)
    lines[2] = change(lines[2])
    report = validate_catalogue(catalogue_bytes(lines))
    assert report.document == "Catalogue" and report.lines == 3
    assert [(e.line_id, e.code) for e in report.errors] == [("3", code)], report.errors
    assert field in report.errors[0].field
    assert report.errors[0].xml_line is not None


def test_every_error_is_collected() -> None:
    lines = sample_lines(4)
    lines[0] = replace(lines[0], cpv_codes=("123",))
    lines[1] = replace(lines[1], line_id="1")  # duplicate line id
    lines[3] = replace(lines[3], seller_item_id=lines[2].seller_item_id)
    report = validate_catalogue(catalogue_bytes(lines))
    found = sorted((e.line_id, e.code) for e in report.errors)
    assert found == [
        ("1", "cpv_code"),
        ("1", "duplicate_line_id"),
        ("4", "duplicate_item_id"),
    ]
    assert not report.valid and report.lines == 4


@pytest.mark.parametrize(
    ("action", "code"), [("Delete", "action_not_allowed"), ("Drop", "action_code")]
)
def test_line_action_codes(action: str, code: str) -> None:
    tag = f"<cbc:ID>3</cbc:ID><cbc:ActionCode>{action}</cbc:ActionCode>".encode()
    data = catalogue_bytes().replace(b"<cbc:ID>3</cbc:ID>", tag)
    report = validate_catalogue(data)
    assert [(e.line_id, e.code, e.field) for e in report.errors] == [("3", code, "ActionCode")]


def test_partial_catalogue_allows_update_and_delete() -> None:
    lines = [replace(ln, action=a) for ln, a in zip(sample_lines(3), LineAction, strict=True)]
    report = validate_catalogue(catalogue_bytes(lines, sample_header(partial=True)))
    assert report.valid, report.errors


HEADER_CASES: dict[str, tuple[bytes, bytes, str, str]] = {
    "wrong customization": (
        b"trns:catalogue:3<",
        b"trns:catalogue:2<",
        "customization_id",
        "CustomizationID",
    ),
    "unknown profile": (b"bis:catalogue_only:3", b"bis:billing:3", "profile_id", "ProfileID"),
    "receiver scheme not 4 digits": (
        b'schemeID="0007">2120000001',
        b'schemeID="SE">2120000001',
        "endpoint_scheme",
        "ReceiverParty/EndpointID/@schemeID",
    ),
    "no provider name": (
        b"<cbc:RegistrationName>Kaffekompaniet AB</cbc:RegistrationName>",
        b"",
        "missing",
        "ProviderParty/PartyLegalEntity/RegistrationName",
    ),
    "no validity period": (
        b"<cac:ValidityPeriod><cbc:StartDate>2025-01-01</cbc:StartDate>"
        b"<cbc:EndDate>2025-12-31</cbc:EndDate></cac:ValidityPeriod>",
        b"",
        "missing",
        "ValidityPeriod",
    ),
    "bad catalogue action": (b">Replace<", b">Remove<", "action_code", "ActionCode"),
    "schema: no issue date": (
        b"<cbc:IssueDate>2025-01-02</cbc:IssueDate>",
        b"",
        "schema_invalid",
        "ValidityPeriod",  # where the schema expected IssueDate
    ),
}


@pytest.mark.parametrize("case", HEADER_CASES, ids=str)
def test_header_violation_is_reported(case: str) -> None:
    old, new, code, field = HEADER_CASES[case]
    data = catalogue_bytes()
    assert old in data
    report = validate_catalogue(data.replace(old, new, 1))
    assert (None, code, field) in [(e.line_id, e.code, e.field) for e in report.errors], report


def test_schema_violation_in_a_line_names_the_line_and_element() -> None:
    data = catalogue_bytes().replace(
        b"<cbc:ID>2</cbc:ID><cbc:OrderableUnit>",
        b"<cbc:ID>2</cbc:ID><cbc:Bogus/><cbc:OrderableUnit>",
    )
    report = validate_catalogue(data)
    assert [(e.line_id, e.code, e.field) for e in report.errors] == [
        ("2", "schema_invalid", "Bogus")
    ]
    assert "not expected" in report.errors[0].message
    assert "urn:oasis" not in report.errors[0].message  # namespaces shown as prefixes


def test_element_after_the_lines_is_refused() -> None:
    data = catalogue_bytes().replace(b"</Catalogue>", b"<cbc:Note>late</cbc:Note></Catalogue>")
    report = validate_catalogue(data)
    assert [(e.code, e.field) for e in report.errors] == [("schema_invalid", "Note")]


def test_catalogue_without_lines_is_refused() -> None:
    data = catalogue_bytes()
    start, end = data.index(b"<cac:CatalogueLine>"), data.rindex(b"</cac:CatalogueLine>")
    report = validate_catalogue(data[:start] + data[end + len(b"</cac:CatalogueLine>") :])
    assert report.lines == 0
    assert "schema_invalid" in [e.code for e in report.errors]


@pytest.mark.parametrize(
    ("gtin", "valid"),
    [
        ("7310000000003", True),
        ("4006381333931", True),
        ("96385074", True),
        ("036000291452", True),
        ("10012345678902", True),
        ("7310000000004", False),
        ("731000000000", False),
        ("73100000000O3", False),
        ("٧٣١٠٠٠٠٠٠٠٠٠٣", False),  # digits, but not ASCII
    ],
)
def test_gtin_check_digit(gtin: str, valid: bool) -> None:
    assert gtin_is_valid(gtin) is valid
