"""Object-level cells of the authorisation matrix: another unit's, another
municipality's and another person's objects, asked for by id or by ``?unit=``.

Every route that takes an object id (other than ``{unit_id}``, which the unit cells of
``authz_matrix`` cover) or a ``unit`` query has an entry in :data:`OBJECT_ROUTES`
(``test_authz_matrix`` fails while one lacks it). The objects are planted once per
module in the shared database; the foreign unit's order carries
``FOREIGN_UNIT_SECRET`` and the other municipality's ``OTHER_MUNICIPALITY_SECRETS``, so
a list that leaks them fails the matrix's secret checks too.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from fastapi.testclient import TestClient
from sqlalchemy import select

from central_api.models import OrderRow, UserRow, utcnow
from tests.central_api.authz_matrix import MATRIX, Call, Row, _office_request
from tests.central_api.helpers import (
    FOREIGN_UNIT,
    FOREIGN_UNIT_SECRET,
    OTHER_MUNICIPALITY_UNIT,
    OWN_UNIT,
    bearer,
    placed,
    sign_in,
)
from tests.fixtures.orders_api import key


class Kind(Enum):
    ORDER = "order_id"
    REQUEST = "request_id"
    SUPPLIER = "supplier_id"
    UNIT_QUERY = "unit"
    BUNDLE = "bundle_id"
    PICTURE = "picture_id"


# "foreign": another unit of the caller's municipality; "other": another municipality;
# "person": another person's order in the caller's own unit (orderers see their own).
SCOPES_BY_KIND = {
    Kind.ORDER: ("foreign", "other", "person"),
    Kind.REQUEST: ("foreign", "other"),
    Kind.SUPPLIER: ("other",),
    Kind.UNIT_QUERY: ("foreign", "other"),
    Kind.BUNDLE: ("foreign", "other"),
    Kind.PICTURE: ("other",),
}

OBJECT_ROUTES: dict[tuple[str, str], Kind] = {
    ("GET", "/orders"): Kind.UNIT_QUERY,
    ("GET", "/requests"): Kind.UNIT_QUERY,
    ("GET", "/calloffs"): Kind.UNIT_QUERY,
    ("GET", "/orders/{order_id}"): Kind.ORDER,
    ("GET", "/orders/{order_id}/document"): Kind.ORDER,
    ("POST", "/orders/{order_id}/approval"): Kind.ORDER,
    ("POST", "/orders/{order_id}/response"): Kind.ORDER,
    ("POST", "/orders/{order_id}/receipt"): Kind.ORDER,
    ("POST", "/requests/{request_id}/answer"): Kind.REQUEST,
    ("GET", "/suppliers/{supplier_id}/catalogue"): Kind.SUPPLIER,
    ("PUT", "/suppliers/{supplier_id}/catalogue"): Kind.SUPPLIER,
    ("GET", "/support/bundles"): Kind.UNIT_QUERY,
    ("GET", "/support/bundles/{bundle_id}"): Kind.BUNDLE,
    ("GET", "/pictures/{picture_id}"): Kind.PICTURE,
}
OTHER_SUPPLIER = "s-andby-1"
OTHER_MUNICIPALITY_PICTURE = "abcdef" + "0" * 18  # planted for Andby only


@dataclass(frozen=True)
class Planted:
    """Ids of the planted objects, by scope."""

    orders: dict[str, str]
    requests: dict[str, str]
    bundles: dict[str, str]


def applies(caller: str, scope: str) -> bool:
    """Whether the object is out of the caller's reach (procurement reaches every unit
    of its municipality; only orderers are limited to their own orders)."""
    if scope == "foreign":
        return caller != "procurement"
    if scope == "person":
        return caller == "orderer"
    return True


def object_cells() -> list[tuple[Row, str, str]]:
    rows = {row.key: row for row in MATRIX}
    cells = []
    for route_key, kind in OBJECT_ROUTES.items():
        for scope in SCOPES_BY_KIND[kind]:
            for caller in ("orderer", "manager", "superuser", "procurement"):
                if applies(caller, scope):
                    cells.append((rows[route_key], caller, scope))
    return cells


def object_url(row: Row, scope: str, planted: Planted) -> str:
    kind = OBJECT_ROUTES[row.key]
    if kind is Kind.UNIT_QUERY:
        unit = FOREIGN_UNIT if scope == "foreign" else OTHER_MUNICIPALITY_UNIT
        return f"{row.path}?unit={unit}"
    if kind is Kind.ORDER:
        return row.path.format(order_id=planted.orders[scope])
    if kind is Kind.REQUEST:
        return row.path.format(request_id=planted.requests[scope])
    if kind is Kind.BUNDLE:
        return row.path.format(bundle_id=planted.bundles[scope])
    if kind is Kind.PICTURE:
        return row.path.format(picture_id=OTHER_MUNICIPALITY_PICTURE)
    return row.path.format(supplier_id=OTHER_SUPPLIER)


def _user_id(client: TestClient, username: str) -> int:
    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        found = session.scalar(select(UserRow.id).where(UserRow.username == username))
    assert found is not None
    return int(found)


def _clone_order(client: TestClient, template_id: str, **changes: object) -> str:
    """A copy of a placed order with other owner, unit or municipality (no lines)."""
    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        template = session.get(OrderRow, int(template_id))
        assert template is not None
        columns = {c.key: getattr(template, c.key) for c in OrderRow.__table__.columns}
        columns.pop("id")
        columns.update(changes, updated_at=utcnow())
        row = OrderRow(**columns)
        session.add(row)
        session.commit()
        return str(row.id)


def _request(client: TestClient, username: str, unit_id: str) -> str:
    token = sign_in(client, username)["access_token"]
    call = Call(client, "orderer", "own", token, "", username)
    body = {**_office_request(call), "unit_id": unit_id}
    answer = client.post("/requests", json=body, headers={**bearer(token), **key()})
    assert answer.status_code == 201, answer.text
    return str(body["id"])


def _bundle(client: TestClient, username: str, unit_id: str, secret: str) -> str:
    import uuid

    token = sign_in(client, username)["access_token"]
    body = {"id": str(uuid.uuid4()), "unit_id": unit_id, "content": {"log": secret}}
    answer = client.post("/support/bundles", json=body, headers=bearer(token))
    assert answer.status_code == 201, answer.text
    return str(body["id"])


def plant(client: TestClient, place_order: Row) -> Planted:
    """Another unit's, another municipality's and another person's objects."""
    token = sign_in(client, "orderer")["access_token"]
    call = Call(client, "orderer", "own", token, "", "orderer")
    assert place_order.body is not None
    template = placed(client, place_order.body(call), {**bearer(token), **key()})["id"]
    orders = {
        "foreign": _clone_order(
            client,
            template,
            unit_id=FOREIGN_UNIT,
            created_by=_user_id(client, "norr-orderer"),
            client_order_id=f"{FOREIGN_UNIT_SECRET}-order",
            state="awaiting_approval",
            change_seq=10_000,
        ),
        "other": _clone_order(
            client,
            template,
            municipality_id="m-andby",
            unit_id=OTHER_MUNICIPALITY_UNIT,
            supplier_id=OTHER_SUPPLIER,
            agreement_id=None,
            created_by=_user_id(client, "andby-manager"),
            client_order_id="Andby-order-1",
            state="awaiting_approval",
            change_seq=10_001,
        ),
        "person": _clone_order(
            client,
            template,
            unit_id=OWN_UNIT,
            created_by=_user_id(client, "manager"),
            client_order_id="managers-own-order",
            state="awaiting_approval",
            change_seq=10_002,
        ),
    }
    requests = {
        "foreign": _request(client, "norr-orderer", FOREIGN_UNIT),
        "other": _request(client, "andby-manager", OTHER_MUNICIPALITY_UNIT),
    }
    bundles = {
        "foreign": _bundle(client, "norr-orderer", FOREIGN_UNIT, FOREIGN_UNIT_SECRET),
        "other": _bundle(client, "andby-manager", OTHER_MUNICIPALITY_UNIT, "Andby"),
    }
    _picture(client, "m-andby", OTHER_MUNICIPALITY_PICTURE)
    return Planted(orders, requests, bundles)


def _picture(client: TestClient, municipality_id: str, picture_id: str) -> None:
    from central_api.services.pictures import add_pictures

    png = b"\x89PNG\r\n\x1a\n" + b"Andby" * 10
    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        add_pictures(session, municipality_id, [(picture_id, png)], utcnow())
        session.commit()
