"""Support routes through the app: templates (ETag), bundles, colleagues, heartbeats,
orders on behalf, and the demo's day-one situation for the superuser."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi.testclient import TestClient

from tests.central_api.helpers import bearer, placed, refusal_of, sign_in
from tests.fixtures.orders_api import key

EKEN = "u-forskola-eken"
SOLROSEN = "u-forskola-solrosen"


def _token(client: TestClient, username: str) -> dict[str, str]:
    return bearer(sign_in(client, username)["access_token"])


def _templates(name: str = "Veckans frukt") -> dict[str, Any]:
    line = {"supplier_id": "s-coffee-1", "seller_item_id": "K-1", "name": "Kaffe", "quantity": "2"}
    return {"templates": [{"id": "fruit", "name": name, "lines": [line]}]}


def test_templates_are_saved_with_etags_and_read_by_the_units_orderer(client: TestClient) -> None:
    superuser = _token(client, "superuser")
    first = client.get(f"/units/{SOLROSEN}/templates", headers=superuser)
    assert first.status_code == 200 and first.json()["templates"] == []
    etag = first.headers["ETag"]
    saved = client.put(
        f"/units/{SOLROSEN}/templates", json=_templates(), headers={**superuser, "If-Match": etag}
    )
    assert saved.status_code == 200, saved.text
    assert saved.json()["updated_by"] == "superuser" and saved.headers["ETag"] != etag
    stale = client.put(
        f"/units/{SOLROSEN}/templates",
        json=_templates("Annat"),
        headers={**superuser, "If-Match": etag},
    )
    assert stale.status_code == 412 and stale.json()["code"] == "templates_changed"
    missing = client.put(f"/units/{SOLROSEN}/templates", json=_templates(), headers=superuser)
    assert missing.status_code == 428
    orderer = client.get(f"/units/{SOLROSEN}/templates", headers=_token(client, "orderer"))
    assert orderer.json()["templates"][0]["name"] == "Veckans frukt"
    refused = client.put(
        f"/units/{SOLROSEN}/templates",
        json=_templates(),
        headers={**_token(client, "orderer"), "If-Match": "*"},
    )
    assert refused.status_code == 403


def test_bad_template_input_is_a_clear_422(client: TestClient) -> None:
    body = _templates()
    body["templates"][0]["lines"][0]["quantity"] = "-1"
    answer = client.put(
        f"/units/{SOLROSEN}/templates",
        json=body,
        headers={**_token(client, "superuser"), "If-Match": "*"},
    )
    assert answer.status_code == 422


def test_a_bundle_reaches_the_superuser_and_no_one_outside_the_unit(client: TestClient) -> None:
    bundle_id = str(uuid.uuid4())
    body = {"id": bundle_id, "unit_id": EKEN, "note": "Hjälp", "content": {"outbox": [1, 2]}}
    orderer = _token(client, "orderer")
    sent = client.post("/support/bundles", json=body, headers=orderer)
    assert sent.status_code == 201, sent.text
    again = client.post("/support/bundles", json=body, headers=orderer)
    assert again.status_code == 201 and again.json()["id"] == bundle_id
    superuser = _token(client, "superuser")
    listed = client.get(f"/support/bundles?unit={EKEN}", headers=superuser).json()["items"]
    assert [b["id"] for b in listed] == [bundle_id]
    opened = client.get(f"/support/bundles/{bundle_id}", headers=superuser)
    assert opened.json()["content"] == {"outbox": [1, 2]}
    # The manager of Solrosen does not support Eken: the bundle is not theirs to read.
    manager = client.get(f"/support/bundles/{bundle_id}", headers=_token(client, "manager"))
    assert manager.status_code == 404
    stolen = client.post("/support/bundles", json=body, headers=_token(client, "eken-orderer"))
    assert stolen.status_code == 409
    foreign = {**body, "id": str(uuid.uuid4()), "unit_id": "u-skola-norr"}
    assert client.post("/support/bundles", json=foreign, headers=orderer).status_code == 403
    assert client.get("/support/bundles", headers=orderer).status_code == 403


def test_colleagues_name_the_uncertified_and_the_training_link(client: TestClient) -> None:
    answer = client.get(
        "/units/u-forskola-blabaret/colleagues", headers=_token(client, "superuser")
    ).json()
    assert answer["certification_url"].startswith("https://")
    bo = next(p for p in answer["items"] if p["username"] == "blabaret-orderer")
    assert bo == {
        "username": "blabaret-orderer",
        "display_name": "Bo Nyström",
        "role": "orderer",
        "certified": False,
        "may_order": False,
    }


def test_me_gives_the_training_link(client: TestClient) -> None:
    me = client.get("/me", headers=_token(client, "blabaret-orderer")).json()
    assert me["certified"] is False and me["certification_url"].startswith("https://")


def test_an_uncertified_orderer_cannot_order(client: TestClient) -> None:
    from tests.central_api.authz_matrix import MATRIX, _order_request
    from tests.central_api.test_authz_matrix import _call

    _id, body = _order_request(_call(client, MATRIX[0], "orderer", "-"))
    body["unit_id"] = "u-forskola-blabaret"
    answer = client.post(
        "/orders", json=body, headers={**_token(client, "blabaret-orderer"), **key()}
    )
    assert answer.status_code == 403 and answer.json()["code"] == "not_certified"


def test_the_superuser_orders_on_behalf_of_a_unit_they_support(client: TestClient) -> None:
    from tests.central_api.authz_matrix import MATRIX, _order_request
    from tests.central_api.test_authz_matrix import _call

    _id, body = _order_request(_call(client, MATRIX[0], "superuser", "-"))
    order = placed(client, body, {**_token(client, "superuser"), **key()})
    assert order["state"] == "sent"
    assert order["created_by"] == "superuser" and order["unit_id"] == SOLROSEN


def _coffee_body(on_behalf: tuple[str, str]) -> dict[str, Any]:
    from datetime import date

    from central_api.demo.generator import generate
    from tests.fixtures.orders_api import order_body

    supplier = next(s for s in generate(date(2025, 3, 15)).suppliers if s.id == "s-coffee-1")
    return order_body(supplier, on_behalf=on_behalf)[1]


def test_an_order_on_behalf_names_both_in_its_document_and_when_read_back(
    client: TestClient,
) -> None:
    superuser = _token(client, "superuser")
    body = _coffee_body(("superuser", "Sven Holm"))
    read = placed(client, body, {**superuser, **key()})
    assert read["created_by"] == "superuser" and read["placed_by_name"] == "Sven Holm"
    assert read["on_behalf"] is True and read["unit_name"] == "Förskolan Solrosen"
    seen_by_manager = client.get(f"/orders?unit={SOLROSEN}", headers=_token(client, "manager"))
    mine = [o for o in seen_by_manager.json()["items"] if o["id"] == read["id"]]
    assert mine and mine[0]["on_behalf"] is True and mine[0]["placed_by_name"] == "Sven Holm"
    document = client.get(f"/orders/{read['id']}/document", headers=superuser).content
    assert b"<cac:OriginatorCustomerParty>" in document and b"Sven Holm" in document


def test_an_own_order_is_not_on_behalf(client: TestClient) -> None:
    from tests.central_api.authz_matrix import MATRIX, _order_request
    from tests.central_api.test_authz_matrix import _call

    orderer = _token(client, "orderer")
    _id, body = _order_request(_call(client, MATRIX[0], "orderer", "-"))
    order = placed(client, body, {**orderer, **key()})
    assert order["on_behalf"] is False and order["placed_by_name"]


def test_an_originator_must_be_the_signed_in_superuser(client: TestClient) -> None:
    someone_else = _coffee_body(("another-superuser", "Mallory"))
    refusal = refusal_of(client, someone_else, {**_token(client, "superuser"), **key()})
    assert refusal["code"] == "document_mismatch"
    orderer_claims = _coffee_body(("orderer", "Olle Orderer"))
    refusal = refusal_of(client, orderer_claims, {**_token(client, "orderer"), **key()})
    assert refusal["code"] == "originator_not_superuser"


def test_a_heartbeat_carries_the_oldest_item_and_its_error(client: TestClient) -> None:
    beat = {
        "device_id": "pc-1",
        "app_version": "1.2.0",
        "last_sync_at": None,
        "outbox_length": 2,
        "oldest_queued_at": "2025-03-10T08:00:00+01:00",
        "last_error": "Network unreachable",
    }
    assert client.post(
        "/devices/heartbeat", json=beat, headers=_token(client, "orderer")
    ).is_success
    devices = client.get(f"/units/{SOLROSEN}/devices", headers=_token(client, "superuser")).json()
    pc = next(d for d in devices["items"] if d["device_id"] == "pc-1")
    assert pc["oldest_queued_at"] == "2025-03-10T07:00:00Z"
    assert pc["last_error"] == "Network unreachable"


def test_the_demo_shows_the_superuser_a_stuck_pc_a_rejected_order_and_an_open_request(
    client: TestClient,
) -> None:
    superuser = _token(client, "superuser")
    devices = client.get(f"/units/{EKEN}/devices", headers=superuser).json()["items"]
    stuck = [d for d in devices if d["outbox_length"] and d["last_error"]]
    assert stuck and stuck[0]["oldest_queued_at"] is not None
    orders = client.get(f"/orders?unit={EKEN}", headers=superuser).json()["items"]
    assert any(o["state"] == "rejected" for o in orders)
    document = client.get(f"/orders/{orders[0]['id']}/document", headers=superuser)
    assert document.status_code == 200 and b"demo-eken-0001" in document.content
    requests = client.get(f"/requests?unit={EKEN}", headers=superuser).json()["items"]
    assert any(r["status"] == "open" for r in requests)
