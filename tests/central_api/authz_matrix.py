"""The authorisation matrix: every route of the app, who may call it, and on which unit.

``test_authz_matrix.py`` calls every row as every caller (anonymous, an expired token,
each role) on the caller's own unit, a foreign unit of the same municipality and a
unit of another municipality, and checks the status against :func:`expected`.
A new endpoint adds a row here (a test fails while a route has none).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from fastapi.testclient import TestClient

from tests.central_api.helpers import FOREIGN_UNIT, OTHER_MUNICIPALITY_UNIT, OWN_UNIT
from tests.central_api.snapshot_rows import published_snapshot, snapshot, snapshot_headers

ROLES = ("orderer", "manager", "superuser", "procurement")
CALLERS = ("anonymous", "expired", *ROLES)
ALL = frozenset(ROLES)
SUPPORT = frozenset({"manager", "superuser", "procurement"})


class UnitRule(Enum):
    NONE = "none"  # the route names no unit
    REACH = "reach"  # {unit_id}: only units the caller reaches (procurement: all)
    MUNICIPALITY = "municipality"  # {unit_id}: any unit of the caller's municipality


SCOPE_UNITS = {"own": OWN_UNIT, "foreign": FOREIGN_UNIT, "other": OTHER_MUNICIPALITY_UNIT}


@dataclass
class Call:
    """What a row's body/params functions get: the caller and their fresh tokens."""

    client: TestClient
    caller: str
    scope: str  # "-", "own", "foreign" or "other"
    access_token: str | None
    refresh_token: str
    username: str

    @property
    def unit_id(self) -> str:
        return SCOPE_UNITS.get(self.scope, OWN_UNIT)


@dataclass(frozen=True)
class Row:
    method: str
    path: str  # exactly as declared in the app
    roles: frozenset[str] | None  # None: public, no sign-in needed
    unit: UnitRule = UnitRule.NONE
    ok: int = 200
    body: Callable[[Call], Any] | None = None
    params: Callable[[Call], dict[str, str]] = field(default=lambda call: {"unit_id": call.unit_id})
    headers: Callable[[Call], dict[str, str]] | None = None
    content: Callable[[Call], bytes] | None = None  # a raw body (e.g. a PEPPOL document)

    @property
    def key(self) -> tuple[str, str]:
        return (self.method, self.path)


def expected(row: Row, caller: str, scope: str) -> int:
    if row.roles is None:
        return row.ok
    if caller in ("anonymous", "expired"):
        return 401
    if row.unit is not UnitRule.NONE and scope == "other":
        return 404
    if caller not in row.roles:
        return 403
    if row.unit is UnitRule.REACH and scope == "foreign" and caller != "procurement":
        return 403
    return row.ok


def _credentials(call: Call) -> dict[str, str]:
    return {"username": call.username, "password": "demo"}


def _refresh(call: Call) -> dict[str, str]:
    return {"refresh_token": call.refresh_token}


def _heartbeat(call: Call) -> dict[str, Any]:
    return {
        "device_id": f"matrix-{call.caller}",
        "app_version": "1.0.0",
        "last_sync_at": "2025-03-15T08:00:00+01:00",
        "outbox_length": 0,
    }


MATRIX: list[Row] = [
    Row("GET", "/health", None),
    Row("GET", "/openapi.json", None),
    Row("GET", "/docs", None),
    Row("GET", "/docs/oauth2-redirect", None),
    Row("GET", "/redoc", None),
    Row("POST", "/auth/token", None, body=_credentials),
    Row("POST", "/auth/refresh", None, body=_refresh),
    Row("POST", "/auth/logout", ALL, ok=204, body=_refresh),
    Row("GET", "/me", ALL),
    Row("GET", "/units", ALL),
    Row("GET", "/agreements", ALL),
    Row("GET", "/suppliers", ALL),
    Row("GET", "/units/{unit_id}", ALL, UnitRule.MUNICIPALITY),
    Row("POST", "/devices/heartbeat", ALL, body=_heartbeat),
    Row("GET", "/units/{unit_id}/devices", SUPPORT, UnitRule.REACH),
    Row("GET", "/units/{unit_id}/spend", SUPPORT, UnitRule.REACH),
]


# -- Find: catalogues, guidance, announcements, requests to the office, call-offs --------

FIND_SUPPLIER = "s-coffee-1"


def _supplier(call: Call) -> dict[str, str]:
    return {"supplier_id": FIND_SUPPLIER}


def _picture(call: Call) -> dict[str, str]:
    """A picture the demo catalogues reference (the first listed)."""
    with call.client.app.state.sessions() as session:  # type: ignore[attr-defined]
        from central_api.services.pictures import list_pictures

        return {"picture_id": list_pictures(session, "m-ekby")[0][0]}


def _catalogue(call: Call) -> bytes:
    import io
    from datetime import date

    from central_api.demo.generator import generate
    from central_api.demo.products import generate_catalogue
    from desktop.peppol.catalogue_writer import CatalogueHeader, write_catalogue
    from desktop.peppol.parties import Party

    s = next(s for s in generate(date(2025, 3, 15)).suppliers if s.id == FIND_SUPPLIER)
    header = CatalogueHeader(
        "CAT-MATRIX",
        date(2025, 3, 1),
        date(2025, 3, 1),
        None,
        Party(s.endpoint_id, s.endpoint_scheme, s.name, s.country),
        Party("2120000001", "0007", "Ekby kommun", "SE"),
    )
    out = io.BytesIO()
    write_catalogue(out, header, generate_catalogue(FIND_SUPPLIER, "coffee", "a-coffee", 3))
    return out.getvalue()


def _guidance(call: Call) -> dict[str, Any]:
    from central_api.demo.guidance import demo_guidance

    return demo_guidance().to_json()


def _announcement(call: Call) -> dict[str, Any]:
    import uuid

    return {
        "id": f"matrix-{uuid.uuid4()}",
        "kind": "notice",
        "published": "2025-03-15",
        "title": {"sv": "Test"},
    }


def _office_request(call: Call) -> dict[str, Any]:
    import uuid

    return {
        "id": str(uuid.uuid4()),
        "unit_id": call.unit_id,
        "need": "Sittdynor",
        "created_at": "2025-03-15T08:00:00+00:00",
    }


def _idempotency(call: Call) -> dict[str, str]:
    import uuid

    return {"Idempotency-Key": str(uuid.uuid4())}


def _answerable(call: Call) -> dict[str, str]:
    """A request the caller just asked (so only the role decides the answer's status)."""
    if call.access_token is None or call.caller == "expired":
        return {"request_id": "r-missing"}
    body = _office_request(call)
    response = call.client.post(
        "/requests",
        json=body,
        headers={"Authorization": f"Bearer {call.access_token}", **_idempotency(call)},
    )
    assert response.status_code == 201, response.text
    return {"request_id": body["id"]}


def _answer(call: Call) -> dict[str, Any]:
    return {"text": "Använd avtalet för möbler."}


def _calloff(call: Call) -> dict[str, Any]:
    import uuid

    return {
        "id": str(uuid.uuid4()),
        "unit_id": call.unit_id,
        "agreement_id": "a-taxi",
        "supplier_id": "s-taxi-1",
        "amount": "350.00",
        "description": "Taxi",
        "ordered_on": "2025-03-14",
    }


MATRIX += [
    Row("GET", "/catalogues", ALL),
    Row("GET", "/suppliers/{supplier_id}/catalogue", ALL, params=_supplier),
    Row(
        "PUT",
        "/suppliers/{supplier_id}/catalogue",
        frozenset({"procurement"}),
        params=_supplier,
        content=_catalogue,
    ),
    Row("GET", "/catalogue-snapshot", ALL, headers=published_snapshot),
    Row("GET", "/catalogue-snapshot/file", ALL, headers=published_snapshot),
    Row(
        "PUT",
        "/catalogue-snapshot",
        frozenset({"procurement"}),
        content=snapshot,
        headers=snapshot_headers,
    ),
    Row("GET", "/pictures", ALL),
    Row("GET", "/pictures/{picture_id}", ALL, params=_picture),
    Row("GET", "/guidance", ALL),
    Row("PUT", "/guidance", frozenset({"procurement"}), body=_guidance),
    Row("GET", "/announcements", ALL),
    Row("POST", "/announcements", frozenset({"procurement"}), ok=201, body=_announcement),
    Row("POST", "/requests", ALL, ok=201, body=_office_request, headers=_idempotency),
    Row("GET", "/requests", ALL),
    Row(
        "POST",
        "/requests/{request_id}/answer",
        frozenset({"procurement"}),
        params=_answerable,
        body=_answer,
    ),
    Row(
        "POST",
        "/calloffs",
        frozenset({"orderer", "manager"}),
        ok=201,
        body=_calloff,
        headers=_idempotency,
    ),
    Row("GET", "/calloffs", ALL),
]


# -- Orders: placing (idempotent), follow-up, approval, answers, goods receipt ---------


def _order_request(call: Call, quantity: str = "10") -> tuple[str, dict[str, Any]]:
    from datetime import date

    from central_api.demo.generator import generate
    from tests.fixtures.orders_api import order_body

    supplier = next(s for s in generate(date(2025, 3, 15)).suppliers if s.id == "s-coffee-1")
    order, body = order_body(supplier, quantity=quantity)
    return order.id, body


def _new_order(call: Call) -> dict[str, Any]:
    return _order_request(call)[1]


def _placed(call: Call, quantity: str = "10") -> dict[str, str]:
    """An order the orderer placed just now for their unit (its server id)."""
    from tests.central_api.helpers import placed, sign_in

    client_id, body = _order_request(call, quantity)
    token = sign_in(call.client, "orderer")["access_token"]
    headers = {"Authorization": f"Bearer {token}", **_idempotency(call)}
    order = placed(call.client, body, headers)  # validated: approval, answers, receipts
    call.__dict__["client_order_id"] = client_id
    return {"order_id": order["id"]}


def _over_limit(call: Call) -> dict[str, str]:
    return _placed(call, quantity="100")


def _order_response(call: Call) -> bytes:
    from datetime import UTC, datetime

    from desktop.domain.order_followup import OrderAnswer, ResponseCode
    from desktop.peppol.order_mapping import answer_xml
    from desktop.peppol.parties import Party

    answer = OrderAnswer(ResponseCode.ACCEPTED, datetime.now(UTC))
    seller = Party("5566778899", "0007", "Kaffe AB", "SE")
    buyer = Party("2120000001", "0007", "Ekby kommun", "SE")
    return answer_xml(call.__dict__.get("client_order_id", "x"), answer, seller, buyer)


MATRIX += [
    Row(
        "POST",
        "/orders",
        frozenset({"orderer", "manager", "superuser"}),
        ok=202,
        body=_new_order,
        headers=_idempotency,
    ),
    Row("GET", "/orders", ALL),
    Row("GET", "/orders/{order_id}", ALL, params=_placed),
    Row("GET", "/orders/{order_id}/document", ALL, params=_placed),
    Row(
        "POST",
        "/orders/{order_id}/approval",
        frozenset({"manager"}),
        params=_over_limit,
        body=lambda call: {"approve": True, "reason": ""},
    ),
    Row(
        "POST",
        "/orders/{order_id}/response",
        frozenset({"procurement"}),
        params=_placed,
        content=_order_response,
        headers=lambda call: {"Content-Type": "application/xml"},
    ),
    Row(
        "POST",
        "/orders/{order_id}/receipt",
        frozenset({"orderer", "manager"}),
        params=_placed,
        body=lambda call: {"lines": [{"line_id": "1", "quantity": "1"}]},
    ),
    Row("GET", "/units/{unit_id}/order-settings", ALL, UnitRule.REACH),
]


# -- Support: templates, colleagues, support bundles ------------------------------------


def _templates(call: Call) -> dict[str, Any]:
    line = {"supplier_id": "s-coffee-1", "seller_item_id": "X-1", "name": "Kaffe", "quantity": "2"}
    return {"templates": [{"id": f"t-{call.caller}", "name": "Veckans kaffe", "lines": [line]}]}


def _bundle(call: Call) -> dict[str, Any]:
    import uuid

    return {"id": str(uuid.uuid4()), "unit_id": call.unit_id, "content": {"app": "1.0"}}


def _sent_bundle(call: Call) -> dict[str, str]:
    """A bundle the caller sent just now for their own unit."""
    if call.access_token is None or call.caller == "expired":
        return {"bundle_id": "b-missing-1"}
    body = {**_bundle(call), "unit_id": OWN_UNIT}
    bearer_header = {"Authorization": f"Bearer {call.access_token}"}
    response = call.client.post("/support/bundles", json=body, headers=bearer_header)
    assert response.status_code == 201, response.text
    return {"bundle_id": body["id"]}


MATRIX += [
    Row("GET", "/units/{unit_id}/templates", ALL, UnitRule.REACH),
    Row(
        "PUT",
        "/units/{unit_id}/templates",
        SUPPORT,
        UnitRule.REACH,
        body=_templates,
        headers=lambda call: {"If-Match": "*"},
    ),
    Row("GET", "/units/{unit_id}/colleagues", SUPPORT, UnitRule.REACH),
    Row("POST", "/support/bundles", ALL, ok=201, body=_bundle, params=lambda call: {}),
    Row("GET", "/support/bundles", SUPPORT, params=lambda call: {}),
    Row("GET", "/support/bundles/{bundle_id}", ALL, params=_sent_bundle),
]
