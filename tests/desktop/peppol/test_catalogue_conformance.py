"""The chunked (streaming) catalogue check agrees with the official rules run on the whole.

1,000 catalogues are generated from lines the rules accept, each with random mutations
(bad codes, missing or empty elements, schema errors, header faults, Avrop warnings),
and checked both ways: same verdict, same findings (rule id, flag, location, line).
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from desktop.peppol.catalogue_conformance import check_catalogue
from desktop.peppol.conformance import Finding, Verdict, check_document, check_root
from desktop.peppol.safe_xml import parse_document
from tests.fixtures.conforming_docs import catalogue_line, catalogue_text

DOCUMENTS = 1000

LineMutation = Callable[[str], str]

LINE_MUTATIONS: list[LineMutation] = [
    lambda x: x.replace("<cbc:OrderableUnit>XPK<", "<cbc:OrderableUnit>PK<"),
    lambda x: x.replace(
        'MinimumOrderQuantity unitCode="XPK"', 'MinimumOrderQuantity unitCode="PK"'
    ),
    lambda x: _drop(x, "<cbc:Name>", "</cbc:Name>"),
    lambda x: _blank(x, "<cbc:Description>", "</cbc:Description>"),
    lambda x: x.replace('currencyID="SEK"', 'currencyID="EURO"'),
    lambda x: x.replace(">54.90<", ">-1.00<"),
    lambda x: x.replace('schemeID="0160"', 'schemeID="9999"'),
    lambda x: x.replace('listID="STI"', 'listID="XXX"'),
    lambda x: x.replace(
        "<cbc:OrderableUnit>", "<cbc:ActionCode>Bogus</cbc:ActionCode><cbc:OrderableUnit>"
    ),
    lambda x: x.replace("<cbc:Name>", "<cbc:Bogus>1</cbc:Bogus><cbc:Name>"),
    lambda x: _drop(x, "<cac:RequiredItemLocationQuantity>", "</cac:RequiredItemLocationQuantity>"),
    lambda x: x.replace("7310000000003", "7310000000004"),
    lambda x: _drop(x, "<cac:SellersItemIdentification>", "</cac:SellersItemIdentification>"),
    lambda x: _drop(x, "<cac:StandardItemIdentification>", "</cac:StandardItemIdentification>"),
    lambda x: x.replace("<cbc:ID>S</cbc:ID>", "<cbc:ID>Q</cbc:ID>"),
    lambda x: x.replace(">0.5<", ">0<"),
]

HeaderMutation = Callable[[str], str]

HEADER_MUTATIONS: list[HeaderMutation] = [
    lambda x: x.replace("bis:catalogue_only:3", "bis:nonsense:3"),
    lambda x: x.replace("<cbc:EndDate>2025-12-31", "<cbc:EndDate>2024-12-31"),
    lambda x: x.replace("<cbc:ActionCode>Replace<", "<cbc:ActionCode>Add<"),
    lambda x: x.replace("<cbc:RegistrationName>Ekby kommun</cbc:RegistrationName>", ""),
    lambda x: x.replace('schemeID="0007">2120000001', 'schemeID="9999">2120000001'),
    lambda x: x.replace("<cbc:Name>Kaffe och te 2025</cbc:Name>", "<cbc:Name></cbc:Name>"),
]


def _drop(text: str, start: str, end: str) -> str:
    i = text.find(start)
    j = text.find(end, i)
    return text if i < 0 or j < 0 else text[:i] + text[j + len(end) :]


def _blank(text: str, start: str, end: str) -> str:
    i = text.find(start)
    j = text.find(end, i)
    return text if i < 0 or j < 0 else text[: i + len(start)] + text[j:]


def _document(rng: random.Random) -> bytes:
    lines = []
    for n in range(1, rng.randint(1, 6) + 1):
        line = catalogue_line(n, action=rng.choice(["", "", "Add", "Update", "Delete"]))
        for mutate in rng.sample(LINE_MUTATIONS, rng.choice([0, 0, 1, 1, 2, 3])):
            line = mutate(line)
        lines.append(line)
    text = catalogue_text(lines)
    if rng.random() < 0.3:
        text = rng.choice(HEADER_MUTATIONS)(text)
    if rng.random() < 0.5:  # one element a line, so source lines tell lines apart
        text = text.replace("><", ">\n<")
    return text.encode("utf-8")


def _whole(data: bytes) -> Verdict:
    """The official rules over the whole document at once (no chunks)."""
    return check_root(parse_document(data))


def _key(f: Finding) -> tuple[str, str, str, int | None, str, str]:
    return (f.rule_id, f.flag, f.location, f.line, f.source, f.message)


@pytest.mark.slow
def test_chunked_check_agrees_with_the_whole_document_check() -> None:
    rng = random.Random(20261206)
    refused = 0
    rule_ids: set[str] = set()
    for number in range(DOCUMENTS):
        data = _document(rng)
        whole = _whole(data)
        chunked = check_catalogue(data, chunk_lines=rng.choice([1, 2, 3]))
        assert (chunked.kind, chunked.transaction, chunked.conforms) == (
            whole.kind,
            whole.transaction,
            whole.conforms,
        ), number
        assert sorted(map(_key, chunked.findings)) == sorted(map(_key, whole.findings)), number
        refused += not whole.conforms
        rule_ids.update(f.rule_id for f in whole.findings)
    # the mutations really exercise the rules: many refusals, many different rules
    assert DOCUMENTS // 4 < refused < DOCUMENTS
    assert len(rule_ids) >= 15


def test_a_catalogue_without_lines_is_checked_whole() -> None:
    data = catalogue_text([]).encode()
    assert check_catalogue(data) == check_document(data) == _whole(data)
    assert not check_document(data).conforms


def test_check_document_checks_a_catalogue_in_chunks_with_the_same_findings() -> None:
    lines = [catalogue_line(n) for n in range(1, 1200)]
    lines[1100] = lines[1100].replace("<cbc:OrderableUnit>XPK<", "<cbc:OrderableUnit>PK<")
    data = catalogue_text(lines).encode()
    assert check_document(data) == _whole(data)


def test_findings_of_later_chunks_keep_their_place_in_the_document() -> None:
    lines = [catalogue_line(n) for n in range(1, 8)]
    lines[6] = lines[6].replace("<cbc:OrderableUnit>XPK<", "<cbc:OrderableUnit>PK<")
    data = catalogue_text(lines).replace("><", ">\n<").encode()
    (finding,) = check_catalogue(data, chunk_lines=3).errors
    assert finding.location == "/Catalogue[1]/cac:CatalogueLine[7]/cbc:OrderableUnit[1]"
    assert finding.line is not None
    assert (
        data.decode().splitlines()[finding.line - 1] == "<cbc:OrderableUnit>PK</cbc:OrderableUnit>"
    )
