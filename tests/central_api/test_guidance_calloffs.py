"""POST/GET /calloffs: call-offs made outside e-commerce, recorded for the figures."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from central_api.models import RecordedCallOffRow
from tests.fixtures.find_api import FindApi


def _body(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "unit_id": "u-forskola-solrosen",
        "agreement_id": "a-taxi",
        "supplier_id": "s-taxi-1",
        "amount": "420.00",
        "description": "Taxi till badhuset",
        "ordered_on": "2025-05-14",
    }
    body.update(changes)
    return body


def _post(api: FindApi, body: dict[str, Any], user: str = "orderer"):  # type: ignore[no-untyped-def]
    return api.client.post(
        "/calloffs", json=body, headers=api.auth(user, **{"Idempotency-Key": body["id"]})
    )


def test_recorded_calloff_is_stored_once_for_the_figures(find_api: FindApi) -> None:
    body = _body()
    first = _post(find_api, body)
    assert first.status_code == 201, first.text
    assert first.json()["amount"] == "420.00" and first.json()["recorded_by"] == "orderer"
    again = _post(find_api, body)
    assert again.status_code == 201 and again.headers.get("Idempotent-Replayed") == "true"
    engine = create_engine(f"sqlite:///{find_api.data_dir / 'central.sqlite3'}")
    with Session(engine) as session:
        rows = session.scalars(
            select(RecordedCallOffRow).where(RecordedCallOffRow.id == body["id"])
        ).all()
    engine.dispose()
    assert len(rows) == 1 and str(rows[0].amount) == "420.00"
    listed = find_api.client.get(
        "/calloffs?unit=u-forskola-solrosen", headers=find_api.auth("manager")
    )
    assert body["id"] in {c["id"] for c in listed.json()["items"]}


def test_ranked_cascade_needs_a_reason_for_a_lower_rank(find_api: FindApi) -> None:
    body = _body(agreement_id="a-craftsmen", supplier_id="s-craftsmen-2", amount="3000")
    refused = _post(find_api, body)
    assert refused.status_code == 422 and refused.json()["code"] == "cascade_reason_missing"
    ok = _post(
        find_api,
        {
            **_body(agreement_id="a-craftsmen", supplier_id="s-craftsmen-2", amount="3000"),
            "cascade_reason": "Nr 1 hade inte tid",
        },
    )
    assert ok.status_code == 201, ok.text


def test_agreements_in_ecommerce_are_ordered_in_avrop(find_api: FindApi) -> None:
    answer = _post(find_api, _body(agreement_id="a-coffee", supplier_id="s-coffee-1"))
    assert answer.status_code == 422
    assert answer.json()["code"] == "calloff_agreement_in_ecommerce"


def test_bad_calloffs_name_the_field(find_api: FindApi) -> None:
    cases = [
        (_body(supplier_id="s-coffee-1"), "supplier_id"),
        (_body(agreement_id="a-nope"), "agreement_id"),
        (_body(amount="0"), "amount"),
        (_body(ordered_on=(date.today() + timedelta(days=5)).isoformat()), "ordered_on"),
    ]
    for body, field in cases:
        answer = _post(find_api, body)
        assert answer.status_code == 422, (field, answer.text)
        assert answer.json()["field"] == field


def test_who_may_record(find_api: FindApi) -> None:
    assert _post(find_api, _body(), user="superuser").status_code == 403
    assert _post(find_api, _body(), user="procurement").status_code == 403
    assert _post(find_api, _body(unit_id="u-skola-norr")).status_code == 403
    no_key = find_api.client.post("/calloffs", json=_body(), headers=find_api.auth("orderer"))
    assert no_key.status_code == 400
