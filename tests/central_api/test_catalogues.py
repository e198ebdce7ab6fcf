"""PUT/GET /suppliers/{id}/catalogue and GET /catalogues: publish, refuse, serve."""

from __future__ import annotations

import gzip
import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from central_api.demo.products import generate_catalogue
from desktop.domain.catalogue import CatalogueLine
from desktop.peppol.catalogue_reader import read_catalogue
from desktop.peppol.catalogue_writer import CatalogueHeader, write_catalogue
from desktop.peppol.parties import Party
from tests.central_api.helpers import bearer, sign_in

SUPPLIER = "s-coffee-1"
CORPUS = Path(__file__).resolve().parents[1] / "desktop" / "peppol" / "corpus"


def _headers(client: TestClient, user: str, **extra: str) -> dict[str, str]:
    return {**bearer(str(sign_in(client, user)["access_token"])), **extra}


def _provider(client: TestClient, supplier_id: str = SUPPLIER) -> Party:
    items = client.get("/suppliers", headers=_headers(client, "orderer")).json()["items"]
    s = next(i for i in items if i["id"] == supplier_id)
    return Party(s["endpoint_id"], s["endpoint_scheme"], s["name"], s["country"])


def _document(provider: Party, lines: list[CatalogueLine]) -> bytes:
    header = CatalogueHeader(
        catalogue_id="CAT-TEST-1",
        issue_date=date(2025, 3, 1),
        valid_from=date(2025, 3, 1),
        valid_to=date(2026, 3, 1),
        provider=provider,
        receiver=Party("2120000001", "0007", "Ekby kommun", "SE"),
    )
    out = io.BytesIO()
    write_catalogue(out, header, lines)
    return out.getvalue()


def _lines(count: int = 20) -> list[CatalogueLine]:
    return list(generate_catalogue(SUPPLIER, "coffee", "a-coffee", count, seed=7))


def _get(client: TestClient, supplier_id: str = SUPPLIER, **headers: str):  # type: ignore[no-untyped-def]
    return client.get(
        f"/suppliers/{supplier_id}/catalogue", headers=_headers(client, "orderer", **headers)
    )


def test_demo_catalogues_are_listed_and_served_gzip_with_etag(shared_client: TestClient) -> None:
    listing = shared_client.get("/catalogues", headers=_headers(shared_client, "orderer"))
    assert listing.status_code == 200
    items = {i["supplier_id"]: i for i in listing.json()["items"]}
    assert {"s-coffee-1", "s-bakery-1", "s-nappies-1", "s-copy_paper-1"} <= items.keys()
    assert not any(k.startswith(("s-taxi-", "s-furniture-", "s-off-")) for k in items)
    raw = shared_client.get(
        f"/suppliers/{SUPPLIER}/catalogue",
        headers=_headers(shared_client, "orderer", **{"Accept-Encoding": "gzip"}),
    )
    assert raw.status_code == 200
    assert raw.headers["content-encoding"] == "gzip"
    assert raw.headers["content-type"].startswith("application/xml")
    assert raw.headers["ETag"] == items[SUPPLIER]["etag"]
    with read_catalogue(raw.content, supplier_id=SUPPLIER) as document:
        lines = list(document.lines)
    assert len(lines) == items[SUPPLIER]["line_count"]
    agreements = {line.agreement_id for line in lines}
    assert agreements == {"a-coffee", None}  # mostly the agreement, some beside it
    cached = _get(
        shared_client, **{"If-None-Match": raw.headers["ETag"], "Accept-Encoding": "gzip"}
    )
    assert cached.status_code == 304 and cached.content == b""


def test_identity_encoding_when_gzip_is_not_accepted(shared_client: TestClient) -> None:
    plain = _get(shared_client, **{"Accept-Encoding": "identity"})
    assert plain.status_code == 200 and "content-encoding" not in plain.headers
    assert plain.content.startswith(b"<?xml")
    assert plain.headers["ETag"].endswith('-identity"')


@pytest.mark.parametrize("supplier_id", ["s-nope", "s-taxi-1", "s-andby-1"])
def test_unknown_or_unpublished_catalogue_is_404(
    shared_client: TestClient, supplier_id: str
) -> None:
    answer = _get(shared_client, supplier_id)
    assert answer.status_code == 404 and answer.json()["code"] == "not_found"
    assert "Andby" not in answer.text


def test_publishing_a_valid_catalogue_replaces_the_old_one(client: TestClient) -> None:
    before = _get(client, **{"Accept-Encoding": "gzip"})
    document = _document(_provider(client), _lines(20))
    put = client.put(
        f"/suppliers/{SUPPLIER}/catalogue",
        content=document,
        headers=_headers(client, "procurement", **{"Content-Type": "application/xml"}),
    )
    assert put.status_code == 200, put.text
    assert put.json()["line_count"] == 20 and put.json()["catalogue_id"] == "CAT-TEST-1"
    after = _get(client, **{"Accept-Encoding": "gzip"})
    assert after.headers["ETag"] == put.json()["etag"] != before.headers["ETag"]
    assert after.content == document  # the client inflates Content-Encoding: gzip


def test_a_gzip_upload_is_accepted(client: TestClient) -> None:
    document = gzip.compress(_document(_provider(client), _lines(5)))
    put = client.put(
        f"/suppliers/{SUPPLIER}/catalogue",
        content=document,
        headers=_headers(client, "procurement", **{"Content-Type": "application/gzip"}),
    )
    assert put.status_code == 200, put.text
    assert put.json()["line_count"] == 5


def _hostile(provider: Party) -> dict[str, bytes]:
    good = _document(provider, _lines(6))
    lines = _lines(6)
    return {
        "line without a name": good.replace(
            f"<cbc:Name>{lines[2].name}</cbc:Name>".encode(), b"", 1
        ),
        "negative price": _document(
            provider, [*lines[:3], replace(lines[3], price=-lines[3].price), *lines[4:]]
        ),  # type: ignore[operator]
        "unknown agreement": _document(
            provider, [*lines[:4], replace(lines[4], agreement_id="a-taxi"), *lines[5:]]
        ),
        "another supplier's document": _document(
            Party("5599999999", "0007", "Fel AB", "SE"), lines
        ),
        "entity expansion": b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]>'
        b"<lolz>&lol;</lolz>",
        "not xml": b"this is not a catalogue",
        "truncated": good[: len(good) // 2],
        "empty": b"",
    }


def test_invalid_catalogues_are_refused_with_their_lines_and_nothing_is_stored(
    client: TestClient,
) -> None:
    before = _get(client, **{"Accept-Encoding": "gzip"})
    procurement = _headers(client, "procurement", **{"Content-Type": "application/xml"})
    for name, document in _hostile(_provider(client)).items():
        answer = client.put(
            f"/suppliers/{SUPPLIER}/catalogue", content=document, headers=procurement
        )
        assert answer.status_code == 422, (name, answer.text)
        body = answer.json()
        assert body["code"] == "catalogue_invalid", name
        assert body["errors"], name
        assert all(
            {"id", "flag", "location", "line", "message", "source"} == set(e)
            for e in body["errors"]
        )
    after = _get(client, **{"Accept-Encoding": "gzip"})
    assert after.headers["ETag"] == before.headers["ETag"]
    assert after.content == before.content


def test_refusal_names_the_bad_line(client: TestClient) -> None:
    lines = _lines(6)
    document = _document(
        _provider(client), [*lines[:4], replace(lines[4], agreement_id="a-taxi"), lines[5]]
    )
    answer = client.put(
        f"/suppliers/{SUPPLIER}/catalogue",
        content=document,
        headers=_headers(client, "procurement"),
    )
    assert answer.status_code == 422
    (error,) = answer.json()["errors"]
    assert error["id"] == "AVROP-UNKNOWN-AGREEMENT" and error["source"] == "avrop"
    assert f"cbc:ID='{lines[4].line_id}'" in error["location"]


@pytest.mark.parametrize(
    "path", sorted(CORPUS.glob("*.xml*")) if CORPUS.exists() else [], ids=lambda p: p.name
)
def test_hostile_corpus_is_refused(client: TestClient, path: Path) -> None:
    answer = client.put(
        f"/suppliers/{SUPPLIER}/catalogue",
        content=path.read_bytes(),
        headers=_headers(client, "procurement"),
    )
    assert answer.status_code == 422, answer.text
    assert answer.json()["errors"]


@pytest.mark.parametrize("user", ["orderer", "manager", "superuser"])
def test_only_procurement_publishes(client: TestClient, user: str) -> None:
    answer = client.put(
        f"/suppliers/{SUPPLIER}/catalogue", content=b"<x/>", headers=_headers(client, user)
    )
    assert answer.status_code == 403


def test_publishing_for_an_unknown_supplier_is_404(client: TestClient) -> None:
    answer = client.put(
        "/suppliers/s-andby-1/catalogue", content=b"<x/>", headers=_headers(client, "procurement")
    )
    assert answer.status_code == 404
