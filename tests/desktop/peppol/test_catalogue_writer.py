"""The catalogue writer produces schema-valid, streaming PEPPOL BIS 3 catalogues."""

from __future__ import annotations

import io
import tracemalloc
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

import pytest
from lxml import etree

from desktop.domain.catalogue import CatalogueLine, LineAction
from desktop.peppol import ubl_names as u
from desktop.peppol.catalogue_writer import CatalogueProfile, write_catalogue
from desktop.peppol.schemas import document_schema
from tests.fixtures.official_rules import rule_errors
from tests.fixtures.peppol_docs import catalogue_bytes, sample_header, sample_lines


def _assert_schema_valid(data: bytes) -> etree._Element:
    root = etree.fromstring(data)
    schema = document_schema("Catalogue")
    assert schema.validate(root), schema.error_log
    return root


def test_full_catalogue_is_schema_valid_and_carries_every_field() -> None:
    root = _assert_schema_valid(catalogue_bytes())
    line = root.find(u.cac("CatalogueLine"))
    assert line is not None
    assert line.find(u.cbc("ActionCode")) is None  # only in a partial catalogue
    prices = line.findall(f"{u.cac('RequiredItemLocationQuantity')}/{u.cac('Price')}")
    assert [p.findtext(u.cbc("PriceAmount")) for p in prices] == ["54.90", "69.00"]
    assert prices[1].findtext(u.cbc("PriceType")) == "AAB"
    assert prices[0].find(u.cbc("PriceAmount")).get("currencyID") == "SEK"  # type: ignore[union-attr]
    item = line.find(u.cac("Item"))
    assert item is not None
    gtin = item.find(f"{u.cac('StandardItemIdentification')}/{u.cbc('ID')}")
    assert gtin is not None and gtin.get("schemeID") == "0160"
    codes = [c.get("listID") for c in item.iter(u.cbc("ItemClassificationCode"))]
    assert codes == ["STI", "TST"]
    assert item.findtext(f"{u.cac('AdditionalItemProperty')}/{u.cbc('Name')}") == "CrisisCritical"
    assert len(item.findall(u.cac("Certificate"))) == 2
    assert root.findtext(f"{u.cac('ReferencedContract')}/{u.cbc('ID')}") == "a-coffee"
    assert root.findtext(u.cbc("ProfileID")) == CatalogueProfile.CATALOGUE_ONLY.profile_id


def test_partial_catalogue_marks_each_line_with_its_action() -> None:
    lines = [replace(line, action=a) for line, a in zip(sample_lines(3), LineAction, strict=True)]
    root = _assert_schema_valid(catalogue_bytes(lines, sample_header(partial=True)))
    assert root.findtext(u.cbc("ActionCode")) == "Update"
    actions = [el.findtext(u.cbc("ActionCode")) for el in root.iter(u.cac("CatalogueLine"))]
    assert actions == ["Add", "Update", "Delete"]


def test_minimal_line_and_line_under_other_agreement_are_schema_valid() -> None:
    minimal = CatalogueLine(supplier_id="s", seller_item_id="X1", name="Sugar")
    other = replace(minimal, seller_item_id="X2", agreement_id="a-bakery", price=Decimal("0"))
    root = _assert_schema_valid(catalogue_bytes([minimal, other], sample_header()))
    ids = [el.findtext(u.cbc("ID")) for el in root.iter(u.cac("CatalogueLine"))]
    assert ids == ["X1", "X2"]  # the seller's item id stands in for an empty line id
    other_el = list(root.iter(u.cac("CatalogueLine")))[1]
    prop = other_el.find(f"{u.cac('Item')}/{u.cac('AdditionalItemProperty')}")
    assert prop is not None and prop.findtext(u.cbc("Name")) == u.AGREEMENT_PROPERTY
    assert prop.findtext(u.cbc("Value")) == "a-bakery"
    assert rule_errors(etree.tostring(root)) == []


def test_pictures_are_referenced_by_uri_relative_to_the_central_api() -> None:
    served = "pictures/0123456789abcdef01234567"
    line = CatalogueLine(
        supplier_id="s",
        seller_item_id="X1",
        name="Sugar",
        image_refs=(served, "https://img.example.com/x1.jpg", "x1-back.png"),
    )
    root = _assert_schema_valid(catalogue_bytes([line], sample_header()))
    refs = list(root.iter(u.cac("ItemSpecificationDocumentReference")))
    assert [r.findtext(u.cbc("ID")) for r in refs] == list(line.image_refs)
    assert {r.findtext(u.cbc("DocumentTypeCode")) for r in refs} == {"PRODUCT_IMAGE"}
    uri = f"{u.cac('Attachment')}/{u.cac('ExternalReference')}/{u.cbc('URI')}"
    assert [r.findtext(uri) for r in refs] == [served, "https://img.example.com/x1.jpg", None]
    assert rule_errors(etree.tostring(root)) == []  # the official PEPPOL rules allow it


def test_empty_catalogue_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one line"):
        write_catalogue(io.BytesIO(), sample_header(), [])


def test_count_of_lines_is_returned() -> None:
    assert write_catalogue(io.BytesIO(), sample_header(), sample_lines(7)) == 7


class _NullSink(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, b: bytes) -> int:  # type: ignore[override]
        return len(b)


def _many(count: int) -> Iterator[CatalogueLine]:
    template = sample_lines(1)[0]
    for n in range(count):
        yield replace(template, line_id=str(n), seller_item_id=f"K{n}")


def _peak_bytes(count: int) -> int:
    tracemalloc.start()
    try:
        write_catalogue(_NullSink(), sample_header(), _many(count))
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_writing_streams_in_bounded_memory() -> None:
    small, large = _peak_bytes(200), _peak_bytes(4000)
    assert large < small + 256 * 1024, (small, large)
