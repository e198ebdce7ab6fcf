"""The OpenAPI document is valid and describes every route, its errors and its auth."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.testclient import TestClient
from openapi_spec_validator import validate

PUBLIC = {("GET", "/health"), ("POST", "/auth/token"), ("POST", "/auth/refresh")}
ERROR_REF = "#/components/schemas/ErrorBody"


@pytest.fixture(scope="module")
def spec(shared_client: TestClient) -> dict[str, Any]:
    response = shared_client.get("/openapi.json")
    assert response.status_code == 200
    result: dict[str, Any] = response.json()
    return result


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and method != "parameters"
    ]


def test_document_is_valid_openapi(spec: dict[str, Any]) -> None:
    validate(spec)
    assert spec["info"]["title"] == "Avrop central API"
    assert spec["openapi"].startswith("3.")


def test_bearer_security_scheme(spec: dict[str, Any]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert schemes == {
        "bearer": {
            "type": "http",
            "scheme": "bearer",
            "description": schemes["bearer"]["description"],
        }
    }


def test_every_api_route_is_documented(shared_client: TestClient, spec: dict[str, Any]) -> None:
    documented = {(method, path) for method, path, _ in _operations(spec)}
    routes = [
        (method, route.path)
        for route in iter_route_contexts(shared_client.app.routes)  # type: ignore[attr-defined]
        if isinstance(route.original_route, APIRoute)
        for method in route.methods or ()
    ]
    assert routes
    assert {r for r in routes} - documented == set()


def test_every_operation_has_a_success_response_with_a_model(spec: dict[str, Any]) -> None:
    for method, path, op in _operations(spec):
        successes = {code: r for code, r in op["responses"].items() if code.startswith("2")}
        assert successes, f"{method} {path}"
        for code, response in successes.items():
            if code != "204":
                content = response["content"]
                assert content, f"{method} {path}"
                for media in content.values():
                    assert media["schema"], f"{method} {path} has no response model"


def test_errors_use_the_error_model(spec: dict[str, Any]) -> None:
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    error = spec["components"]["schemas"]["ErrorBody"]
    assert set(error["properties"]) == {"code", "message", "field"}
    for method, path, op in _operations(spec):
        for code, response in op["responses"].items():
            if code[0] in "45":
                ref = response["content"]["application/json"]["schema"]["$ref"]
                assert ref == ERROR_REF, f"{method} {path} {code}"


def test_authenticated_operations_declare_bearer_and_401(spec: dict[str, Any]) -> None:
    for method, path, op in _operations(spec):
        if (method, path) in PUBLIC:
            assert "security" not in op, f"{method} {path}"
        else:
            assert op.get("security") == [{"bearer": []}], f"{method} {path}"
            assert "401" in op["responses"], f"{method} {path}"


def test_lists_document_etag_and_304(spec: dict[str, Any]) -> None:
    for path in ("/units", "/agreements", "/suppliers"):
        op = spec["paths"][path]["get"]
        assert "304" in op["responses"]
        assert "ETag" in op["responses"]["200"]["headers"]
        assert any(p["name"] == "if-none-match" for p in op["parameters"])


def test_operations_with_a_body_document_malformed_json(spec: dict[str, Any]) -> None:
    missing = [(m, p) for m, p, op in _operations(spec) if "requestBody" in op]
    missing = [(m, p) for m, p in missing if "400" not in spec["paths"][p][m.lower()]["responses"]]
    assert missing == []


def test_idempotency_key_is_a_required_header_where_it_is_needed(spec: dict[str, Any]) -> None:
    declared = {
        (method, path): parameter
        for method, path, op in _operations(spec)
        for parameter in op.get("parameters", [])
        if parameter["name"] == "Idempotency-Key"
    }
    assert {("POST", "/orders"), ("POST", "/calloffs"), ("POST", "/requests")} <= set(declared)
    assert all(p["in"] == "header" and p["required"] for p in declared.values())
