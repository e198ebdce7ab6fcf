"""The server refuses what the official PEPPOL BIS 3 rules refuse, with their findings.

``PUT /suppliers/{id}/catalogue``, ``POST /orders`` and ``POST /orders/{id}/response``:
a fatal or error finding answers 422 listing rule id, location, line and message, and
nothing is stored; a document the rules accept (even with Avrop warnings) is taken.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from desktop.domain.reference import Supplier
from tests.central_api.helpers import bearer, placed, refusal_of, sign_in
from tests.fixtures.conforming_docs import (
    catalogue_line,
    catalogue_text,
    conforming_response,
)
from tests.fixtures.orders_api import key, order_body

SUPPLIER = "s-coffee-1"
XML = {"Content-Type": "application/xml"}
FINDING_KEYS = {"id", "flag", "location", "line", "message", "source"}


def _auth(client: TestClient, user: str) -> dict[str, str]:
    return bearer(str(sign_in(client, user)["access_token"]))


def _coffee(client: TestClient) -> Supplier:
    items = client.get("/suppliers", headers=_auth(client, "orderer")).json()["items"]
    return Supplier.from_json(next(s for s in items if s["id"] == SUPPLIER))


def _catalogue(client: TestClient, lines: list[str], encoding: str = "UTF-8") -> bytes:
    text = catalogue_text(lines, encoding=encoding).replace("><", ">\n<")
    text = text.replace(">5566778899<", f">{_coffee(client).endpoint_id}<")
    return text.encode("latin-1" if encoding != "UTF-8" else "utf-8")


def _publish(client: TestClient, document: bytes) -> Any:
    return client.put(
        f"/suppliers/{SUPPLIER}/catalogue",
        content=document,
        headers={**_auth(client, "procurement"), **XML},
    )


def _etag(client: TestClient) -> str:
    answer = client.get(f"/suppliers/{SUPPLIER}/catalogue", headers=_auth(client, "orderer"))
    return str(answer.headers["ETag"])


def _assert_lists(answer: Any, code: str, rule_id: str) -> dict[str, Any]:
    assert answer.status_code == 422, answer.text
    return _assert_findings(answer.json(), code, rule_id)


def _assert_findings(body: dict[str, Any], code: str, rule_id: str) -> dict[str, Any]:
    """A 422 body (or a refused order's ``refusal``) listing the rules' findings."""
    assert body["code"] == code
    assert all(set(e) == FINDING_KEYS for e in body["errors"])
    (finding,) = [e for e in body["errors"] if e["id"] == rule_id]
    assert finding["flag"] in ("fatal", "error") and finding["source"] == "peppol"
    assert finding["location"].startswith("/") and finding["message"]
    assert rule_id in body["message"]
    return dict(finding)


def test_a_catalogue_the_rules_refuse_is_not_stored(client: TestClient) -> None:
    before = _etag(client)
    lines = [catalogue_line(n) for n in range(1, 4)]
    lines[1] = lines[1].replace("<cbc:OrderableUnit>XPK<", "<cbc:OrderableUnit>PK<")
    document = _catalogue(client, lines)
    finding = _assert_lists(_publish(client, document), "catalogue_invalid", "PEPPOL-T19-B11601")
    assert finding["location"] == "/Catalogue[1]/cac:CatalogueLine[2]/cbc:OrderableUnit[1]"
    assert document.decode().splitlines()[finding["line"] - 1].endswith(">PK</cbc:OrderableUnit>")
    assert _etag(client) == before


@pytest.mark.parametrize("encoding", ["UTF-8", "ISO-8859-1"])
def test_a_catalogue_the_rules_accept_is_published(client: TestClient, encoding: str) -> None:
    before = _etag(client)
    lines = [catalogue_line(1), catalogue_line(2, price=None)]  # Avrop warns, never refuses
    lines[0] = lines[0].replace("7310000000003", "7310000000004")  # bad GTIN: a warning
    answer = _publish(client, _catalogue(client, lines, encoding))
    assert answer.status_code == 200, answer.text
    assert answer.json()["line_count"] == 2
    assert _etag(client) != before


def test_an_order_the_rules_refuse_is_refused_with_their_findings(client: TestClient) -> None:
    orderer = _auth(client, "orderer")
    _order, body = order_body(_coffee(client))
    # PK is not a UN/ECE Rec 20 code (a pack is XPK), as Avrop wrote before the official lists
    body["document"] = body["document"].replace('unitCode="XPK"', 'unitCode="PK"')
    assert 'unitCode="PK"' in body["document"]
    refusal = refusal_of(client, body, {**orderer, **key()})
    _assert_findings(refusal, "document_invalid", "PEPPOL-T01-B24102")
    (listed,) = client.get("/orders", headers=orderer).json()["items"]
    assert listed["state"] == "refused" and listed["lines"] == []


def test_an_order_the_rules_accept_is_placed_and_answered_by_the_rules(
    client: TestClient,
) -> None:
    orderer, office = _auth(client, "orderer"), _auth(client, "procurement")
    coffee = _coffee(client)
    order, body = order_body(coffee)
    body["document"] = body["document"].replace('unitCode="PK"', 'unitCode="XPK"')
    server_id = placed(client, body, {**orderer, **key()})["id"]

    def respond(document: bytes) -> Any:
        return client.post(
            f"/orders/{server_id}/response", content=document, headers={**office, **XML}
        )

    good = (
        conforming_response("AP")
        .replace(b">o-2025-0001<", f">{order.id}<".encode())
        .replace(b">5566778899<", f">{coffee.endpoint_id}<".encode())
    )
    bad = good.replace(b"</cbc:OrderResponseCode>", b"</cbc:OrderResponseCode><cbc:Note/>")
    _assert_lists(respond(bad), "document_invalid", "PEPPOL-COMMON-R001")
    assert client.get(f"/orders/{server_id}", headers=orderer).json()["state"] != "accepted"
    latin1 = (
        good.decode()
        .replace("encoding='UTF-8'", "encoding='ISO-8859-1'")
        .replace("Kaffekompaniet AB", "Kaffekompaniet Åkersberga AB")
        .encode("latin-1")
    )  # any encoding the declaration names is read, and kept as UTF-8
    accepted = respond(latin1)
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["state"] == "accepted"


def test_unsafe_documents_are_422_not_500(client: TestClient) -> None:
    trap = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><OrderResponse>&a;</OrderResponse>'
    orderer = _auth(client, "orderer")
    coffee = _coffee(client)
    _order, body = order_body(coffee)
    body["document"] = trap.decode()
    answer = client.post("/orders", json=body, headers={**orderer, **key()})
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["id"] == "AVROP-XML-DOCTYPE"
