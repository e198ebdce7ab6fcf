"""``POST /orders`` does each costly thing once: the document is parsed once (the schema,
the official rules and Avrop's reading share one tree)."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from fastapi.testclient import TestClient

from desktop.domain.reference import Supplier
from desktop.peppol import safe_xml
from tests.central_api.helpers import bearer, sign_in
from tests.fixtures.orders_api import key, order_body


def _coffee(client: TestClient, auth: dict[str, str]) -> Supplier:
    items = client.get("/suppliers", headers=auth).json()["items"]
    return Supplier.from_json(next(s for s in items if s["id"] == "s-coffee-1"))


def _count_parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count ``parse_document`` calls wherever it was imported."""
    real = safe_xml.parse_document
    calls: list[int] = []

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    for name, module in list(sys.modules.items()):
        if name.startswith(("desktop.", "central_api.")) and (
            getattr(module, "parse_document", None) is real
        ):
            monkeypatch.setattr(module, "parse_document", counted)
    return calls


def test_a_new_order_is_parsed_once(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    auth = bearer(sign_in(client, "orderer")["access_token"])
    _order, body = order_body(_coffee(client, auth))
    calls = _count_parses(monkeypatch)
    placed = client.post("/orders", json=body, headers={**auth, **key()})
    assert placed.status_code == 201, placed.text
    assert len(calls) == 1
