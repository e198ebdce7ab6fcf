"""The streaming catalogue reader: round trips, header, gzip, streaming, first-error raise."""

from __future__ import annotations

import gzip
import io
import tracemalloc
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.catalogue import CatalogueLine, Certificate, LineAction
from desktop.peppol.catalogue_reader import read_catalogue
from desktop.peppol.catalogue_writer import CatalogueHeader, write_catalogue
from desktop.peppol.codelists import unit_codes
from desktop.peppol.errors import PeppolDocumentError
from tests.fixtures.peppol_docs import SUPPLIER_ID, catalogue_bytes, sample_header, sample_lines

YEAR = date(2025, 1, 1)

# Text XML 1.0 can carry, without surrounding white space (the reader strips it).
_chars = st.characters(
    codec="utf-8", exclude_categories=("Cc", "Cs"), exclude_characters="\ufffe\uffff"
)
texts = st.text(_chars | st.sampled_from("\n\t\r"), max_size=40).map(str.strip)
names = texts.filter(bool)
ids = st.text(_chars, min_size=1, max_size=20).map(str.strip).filter(bool)  # normalizedString
digits = st.text(st.sampled_from("0123456789"), min_size=8, max_size=8)
amounts = st.decimals(min_value=0, max_value=10**7, places=2)
quantities = st.decimals(min_value=Decimal("0.001"), max_value=10**5, places=3)
days = st.integers(min_value=0, max_value=364).map(lambda n: YEAR + timedelta(days=n))


def _with_check_digit(body: str) -> str:
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


gtins = st.text(st.sampled_from("0123456789"), min_size=12, max_size=12).map(_with_check_digit)


@st.composite
def catalogue_lines(draw: st.DrawFn, n: int, partial: bool, agreement: str | None) -> CatalogueLine:
    price = draw(st.none() | amounts)
    list_price = draw(st.none() | amounts)
    priced = price is not None or list_price is not None
    low = draw(st.none() | quantities)
    high = draw(st.none() | quantities.filter(lambda q: low is None or q >= low))
    start = draw(st.none() | days)
    end = draw(st.none() | days.filter(lambda d: start is None or d >= start))
    content = draw(st.none() | quantities)
    return CatalogueLine(
        supplier_id=SUPPLIER_ID,
        seller_item_id=f"{n}-{draw(ids)}",
        name=draw(names),
        action=draw(st.sampled_from(LineAction)) if partial else LineAction.ADD,
        line_id=f"L{n}",
        gtin=draw(st.none() | gtins),
        description=draw(texts),
        keywords=tuple(draw(st.lists(names, max_size=3))),
        brand=draw(texts),
        unit_code=draw(st.sampled_from(sorted(unit_codes()))),
        content_quantity=content,
        content_unit_code=draw(st.sampled_from(["KGM", "LTR"])) if content else None,
        price=price,
        currency="DKK",
        base_quantity=draw(quantities) if priced else Decimal(1),
        list_price=list_price,
        min_order_quantity=low,
        max_order_quantity=high,
        valid_from=start,
        valid_to=end,
        cpv_codes=tuple(draw(st.lists(digits, max_size=2))),
        unspsc_codes=tuple(draw(st.lists(digits, max_size=2))),
        certificates=tuple(draw(st.lists(st.builds(Certificate, ids, names), max_size=2))),
        image_refs=tuple(
            draw(st.lists(ids | ids.map("https://img.example/{}".format), max_size=2))
        ),
        agreement_id=draw(st.sampled_from([agreement, "a-other"])),
        crisis_critical=draw(st.booleans()),
    )


@st.composite
def catalogues(draw: st.DrawFn) -> tuple[CatalogueHeader, list[CatalogueLine]]:
    partial = draw(st.booleans())
    agreement = draw(st.sampled_from([None, "a-coffee"]))
    header = replace(sample_header(partial=partial, agreement_id=agreement), name=draw(texts))
    count = draw(st.integers(min_value=1, max_value=4))
    return header, [draw(catalogue_lines(n, partial, agreement)) for n in range(count)]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogues())
def test_lines_survive_write_then_read(
    catalogue: tuple[CatalogueHeader, list[CatalogueLine]],
) -> None:
    header, lines = catalogue
    with read_catalogue(
        catalogue_bytes(lines, header), supplier_id=SUPPLIER_ID, default_currency="DKK"
    ) as doc:
        assert doc.header == header
        assert list(doc.lines) == lines


def test_reads_from_path_stream_and_gzip(tmp_path: Path) -> None:
    data = catalogue_bytes()
    path = tmp_path / "catalogue.xml.gz"
    path.write_bytes(gzip.compress(data))
    for source in (path, io.BytesIO(data), data, str(path)):
        with read_catalogue(source, supplier_id=SUPPLIER_ID) as doc:
            assert list(doc) == sample_lines()


def test_line_without_own_agreement_takes_the_headers() -> None:
    line = replace(sample_lines(1)[0], agreement_id=None)
    with read_catalogue(catalogue_bytes([line]), supplier_id=SUPPLIER_ID) as doc:
        assert next(iter(doc)).agreement_id == "a-coffee"


def test_first_bad_line_raises_after_the_good_ones() -> None:
    lines = sample_lines(3)
    lines[1] = replace(lines[1], line_id="1")  # the same line ID twice: Avrop cannot use it
    doc = read_catalogue(catalogue_bytes(lines), supplier_id=SUPPLIER_ID)
    read = iter(doc)
    assert next(read) == lines[0]
    with pytest.raises(PeppolDocumentError) as caught:
        next(read)
    assert caught.value.code == "peppol_invalid"
    assert [(e.line_id, e.code) for e in caught.value.errors] == [("1", "duplicate_line_id")]
    assert caught.value.errors[0].xml_line is not None


def test_bad_header_raises_before_any_line() -> None:
    data = catalogue_bytes().replace(b'schemeID="0007">5566778899', b">5566778899", 1)
    with pytest.raises(PeppolDocumentError) as caught:
        read_catalogue(data, supplier_id=SUPPLIER_ID)
    assert [e.code for e in caught.value.errors] == ["endpoint_scheme"]
    assert caught.value.errors[0].field == "ProviderParty/EndpointID/@schemeID"


def _many(count: int) -> Iterator[CatalogueLine]:
    template = sample_lines(1)[0]
    for n in range(count):
        yield replace(template, line_id=str(n), seller_item_id=f"K{n}", gtin=None)


def test_reading_streams_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.xml"
    with path.open("wb") as out:
        write_catalogue(out, sample_header(), _many(3000))
    size = path.stat().st_size
    tracemalloc.start()
    try:
        with read_catalogue(path, supplier_id=SUPPLIER_ID) as doc:
            count = sum(1 for _ in doc)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 3000
    assert peak < size / 4, (peak, size)


def test_parsed_lines_are_dropped_as_reading_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.peppol import catalogue_stream

    before: list[list[int]] = []  # sizes of the elements before each line as it is read
    convert = catalogue_stream.line_from_element

    def spy(el, *args):  # type: ignore[no-untyped-def]
        before.append([len(e) for e in el.itersiblings(preceding=True)])
        return convert(el, *args)

    monkeypatch.setattr(catalogue_stream, "line_from_element", spy)
    with read_catalogue(catalogue_bytes(list(_many(50))), supplier_id=SUPPLIER_ID) as doc:
        assert sum(1 for _ in doc) == 50
    # the header and every line before are gone by the time a line is converted
    assert before == [[]] * 50
