"""Reference data: shapes of the shared domain classes, ETags and 304."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.models import AgreementSupplierRow, SupplierRow, UnitRow
from central_api.schemas.reference import AgreementOut, MeOut, SupplierOut, UnitOut
from central_api.services import reference_version
from desktop.domain.reference import Agreement, Me, Supplier, Unit
from tests.central_api.helpers import OTHER_MUNICIPALITY_UNIT, bearer, sign_in

LISTS: list[tuple[str, Any, type[BaseModel]]] = [
    ("/units", Unit, UnitOut),
    ("/agreements", Agreement, AgreementOut),
    ("/suppliers", Supplier, SupplierOut),
]


@pytest.fixture(scope="module")
def token(shared_client: TestClient) -> str:
    return str(sign_in(shared_client, "orderer")["access_token"])


@pytest.mark.parametrize(("path", "cls", "model"), LISTS, ids=[p for p, _, _ in LISTS])
def test_items_round_trip_through_the_domain_classes(
    shared_client: TestClient, token: str, path: str, cls: Any, model: type[BaseModel]
) -> None:
    response = shared_client.get(path, headers=bearer(token))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"items"}
    assert body["items"]
    for item in body["items"]:
        assert cls.from_json(item).to_json() == item
        assert set(item) == set(model.model_fields)  # the OpenAPI model says the same
        model.model_validate(item)


@pytest.mark.parametrize("path", [p for p, _, _ in LISTS])
def test_strong_etag_and_304(shared_client: TestClient, token: str, path: str) -> None:
    first = shared_client.get(path, headers=bearer(token))
    etag = first.headers["etag"]
    assert etag.startswith('"') and etag.endswith('"')  # strong, not W/
    again = shared_client.get(path, headers=bearer(token))
    assert again.headers["etag"] == etag

    for header in (etag, f"W/{etag}", f'"other", {etag}', "*"):
        cached = shared_client.get(path, headers={**bearer(token), "If-None-Match": header})
        assert cached.status_code == 304, header
        assert cached.content == b""
        assert cached.headers["etag"] == etag
    stale = shared_client.get(path, headers={**bearer(token), "If-None-Match": '"old"'})
    assert stale.status_code == 200
    assert stale.content == first.content


def test_etag_changes_when_the_data_changes(client: TestClient) -> None:
    token = sign_in(client, "orderer")["access_token"]
    before = client.get("/units", headers=bearer(token))
    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        unit = session.get(UnitRow, "u-skola-norr")
        unit.name = "Norrskolan F-9"
        session.commit()
    after = client.get("/units", headers={**bearer(token), "If-None-Match": before.headers["etag"]})
    assert after.status_code == 200
    assert after.headers["etag"] != before.headers["etag"]
    assert "Norrskolan F-9" in after.text


def test_304_needs_a_valid_token(shared_client: TestClient, token: str) -> None:
    etag = shared_client.get("/units", headers=bearer(token)).headers["etag"]
    response = shared_client.get("/units", headers={"If-None-Match": etag})
    assert response.status_code == 401


def test_lists_hold_only_the_users_municipality(shared_client: TestClient, token: str) -> None:
    units = shared_client.get("/units", headers=bearer(token)).json()["items"]
    assert len(units) == 8
    assert OTHER_MUNICIPALITY_UNIT not in {u["id"] for u in units}
    other = sign_in(shared_client, "andby-procurement")["access_token"]
    theirs = shared_client.get("/units", headers=bearer(other)).json()["items"]
    assert [u["id"] for u in theirs] == [OTHER_MUNICIPALITY_UNIT]
    suppliers = shared_client.get("/suppliers", headers=bearer(other)).json()["items"]
    assert [s["id"] for s in suppliers] == ["s-andby-1"]
    assert shared_client.get("/agreements", headers=bearer(other)).json() == {"items": []}


def test_one_unit(shared_client: TestClient, token: str) -> None:
    response = shared_client.get("/units/u-vard-ekbacken", headers=bearer(token))
    assert response.status_code == 200
    unit = Unit.from_json(response.json())
    assert unit.name == "Ekbackens vård- och omsorgsboende"
    assert unit.hub_id == "u-hub"


@pytest.mark.parametrize("unit_id", ["u-nope", OTHER_MUNICIPALITY_UNIT, "%20", "ü"])
def test_unknown_unit_is_404(shared_client: TestClient, token: str, unit_id: str) -> None:
    response = shared_client.get(f"/units/{unit_id}", headers=bearer(token))
    assert response.status_code == 404
    assert response.json() == {"code": "not_found", "message": "Unknown unit", "field": "unit_id"}


@pytest.mark.parametrize(
    ("username", "role", "units"),
    [
        ("orderer", "orderer", ["u-forskola-eken", "u-forskola-solrosen"]),
        ("manager", "manager", ["u-forskola-solrosen"]),
        (
            "superuser",
            "superuser",
            ["u-forskola-blabaret", "u-forskola-eken", "u-forskola-solrosen"],
        ),
        (
            "procurement",
            "procurement",
            [
                "u-forskola-blabaret",
                "u-forskola-eken",
                "u-forskola-solrosen",
                "u-hub",
                "u-inkop",
                "u-skola-norr",
                "u-skola-soder",
                "u-vard-ekbacken",
            ],
        ),
    ],
)
def test_me(shared_client: TestClient, username: str, role: str, units: list[str]) -> None:
    token = sign_in(shared_client, username)["access_token"]
    body = shared_client.get("/me", headers=bearer(token)).json()
    me = Me.from_json(body)
    assert me.to_json() == body
    assert set(body) == set(MeOut.model_fields)
    assert (me.username, me.role.value, list(me.unit_ids)) == (username, role, units)
    assert me.certified
    assert me.municipality == "Ekby kommun"


def _rename_supplier(session: Session, supplier_id: str) -> None:
    supplier = session.get(SupplierRow, supplier_id)
    assert supplier is not None
    supplier.name = "Renamed Supplier AB"


def _drop_agreement_supplier(session: Session, agreement_id: str) -> None:
    link = session.scalars(
        select(AgreementSupplierRow).where(AgreementSupplierRow.agreement_id == agreement_id)
    ).first()
    assert link is not None
    session.delete(link)


CHANGES = [("/suppliers", _rename_supplier), ("/agreements", _drop_agreement_supplier)]


@pytest.mark.parametrize(("path", "change"), CHANGES)
def test_a_stored_change_turns_the_304_into_200(
    client: TestClient, path: str, change: Callable[[Session, str], None]
) -> None:
    """The ETag comes from the stored reference version, not the list's bytes: every
    change to reference rows (even a link row) must bump it in the same transaction."""
    token = sign_in(client, "orderer")["access_token"]
    before = client.get(path, headers=bearer(token))
    cached = {**bearer(token), "If-None-Match": before.headers["etag"]}
    assert client.get(path, headers=cached).status_code == 304
    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        change(session, before.json()["items"][0]["id"])
        session.commit()
    after = client.get(path, headers=cached)
    assert after.status_code == 200
    assert after.content != before.content
    current = {**bearer(token), "If-None-Match": after.headers["etag"]}
    assert client.get(path, headers=current).status_code == 304


def test_every_reference_table_is_tracked() -> None:
    tables = {cls.__tablename__ for cls in reference_version.TRACKED}
    expected = {"units", "suppliers", "agreements", "agreement_suppliers", "agreement_cpv_codes"}
    assert expected <= tables
