"""The reader gives back exactly the lines the benchmark's generator wrote (agreement and
web-shop ranges, every language, partial catalogues with each action), and so the same
stored rows: a guard for changes made to read lines faster."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from central_api.demo.products import generate_catalogue, generate_webshop_catalogue
from desktop.domain.catalogue import CatalogueLine, LineAction
from desktop.peppol.catalogue_reader import read_catalogue
from desktop.peppol.catalogue_writer import CatalogueHeader, write_catalogue
from desktop.peppol.parties import Party
from desktop.storage.catalogue_prepared import prepare_line

SUPPLIER = "b-0007"


def _header(agreement_id: str | None, *, partial: bool) -> CatalogueHeader:
    return CatalogueHeader(
        catalogue_id="gen-1",
        issue_date=date(2024, 5, 1),
        valid_from=date(2024, 5, 1),
        valid_to=None,
        provider=Party("5560000007", "0007", "Generator AB"),
        receiver=Party("2120000001", "0007", "Ekby kommun"),
        partial=partial,
        agreement_id=agreement_id,
        name="Generated",
    )


def _read(header: CatalogueHeader, lines: list[CatalogueLine]) -> list[CatalogueLine]:
    out = io.BytesIO()
    write_catalogue(out, header, lines)
    with read_catalogue(out.getvalue(), supplier_id=SUPPLIER) as doc:
        return list(doc.lines)


@pytest.mark.parametrize(
    ("category", "agreement_id", "language"),
    [
        ("coffee", "a-coffee", "sv"),
        ("gloves", None, "da"),
        ("art", "a-art", "nb"),
        ("mixed", None, "sv"),
    ],
)
def test_generated_catalogues_read_back_line_for_line(
    category: str, agreement_id: str | None, language: str
) -> None:
    if category == "mixed":
        written = list(generate_webshop_catalogue(SUPPLIER, 600, 42, language=language))
    else:
        written = list(
            generate_catalogue(SUPPLIER, category, agreement_id, 600, 42, language=language)
        )

    read = _read(_header(agreement_id, partial=False), written)

    assert read == written
    assert [prepare_line(line) for line in read] == [prepare_line(line) for line in written]


def test_a_generated_delta_reads_back_with_its_actions() -> None:
    lines = list(generate_catalogue(SUPPLIER, "cleaning", "a-cleaning", 300, 42))
    written = [
        replace(line, action=LineAction.UPDATE, price=(line.price or Decimal(1)) + 1)
        if i % 3 == 0
        else replace(line, action=LineAction.DELETE if i % 3 == 1 else LineAction.ADD)
        for i, line in enumerate(lines)
    ]

    read = _read(_header("a-cleaning", partial=True), written)

    assert read == written
    assert [prepare_line(line) for line in read] == [prepare_line(line) for line in written]
