"""The OpenAPI document, made to say what the server really answers.

FastAPI documents validation failures as its own ``HTTPValidationError``; this server
answers every error with ``ErrorBody``. ``install_openapi`` rewrites the generated
document accordingly for every route (also those added later): 422 bodies become
``ErrorBody``, operations that need a bearer token document 401, every operation
documents 400 (a NUL byte in the URL: `bad_request`; a body that is not JSON:
`malformed_json`), and ``Idempotency-Key`` is a required header where the server
refuses a request without it (400 `idempotency_key_missing`: the parameter is optional
in Python only so that its absence gets that answer, not FastAPI's 422).
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from central_api.schemas.common import ErrorBody
from central_api.services.idempotency import MAX_KEY_LENGTH

ERROR_REF = {"$ref": "#/components/schemas/ErrorBody"}
_ERROR_CONTENT = {"application/json": {"schema": ERROR_REF}}
_FASTAPI_ONLY = ("HTTPValidationError", "ValidationError")


IDEMPOTENCY_HEADER = "Idempotency-Key"


def _fix_operation(operation: dict[str, Any]) -> None:
    responses = operation.setdefault("responses", {})
    if "400" not in responses:  # every URL may carry a NUL byte; every body bad JSON
        responses["400"] = {
            "description": "A NUL byte in the URL (`bad_request`)"
            + (
                ", or the body is not valid JSON (`malformed_json`)"
                if "requestBody" in operation
                else ""
            ),
            "content": _ERROR_CONTENT,
        }
    for parameter in operation.get("parameters", []):
        if parameter.get("in") == "header" and parameter.get("name") == IDEMPOTENCY_HEADER:
            parameter["required"] = True
            parameter["schema"] = {
                "type": "string",
                "minLength": 1,
                "maxLength": MAX_KEY_LENGTH,
                "pattern": "^[!-~]+$",
            }
    if "422" in responses:
        responses["422"] = {
            "description": "A field is missing or has the wrong type (`validation_error`)",
            "content": _ERROR_CONTENT,
        }
    if operation.get("security") and "401" not in responses:
        responses["401"] = {
            "description": "Not signed in: `token_invalid` or `token_expired`",
            "content": _ERROR_CONTENT,
        }


def build_openapi(app: FastAPI) -> dict[str, Any]:
    schema = get_openapi(
        title=app.title, version=app.version, description=app.description, routes=app.routes
    )
    for path_item in schema.get("paths", {}).values():
        for operation in path_item.values():
            if isinstance(operation, dict):
                _fix_operation(operation)
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    for name in _FASTAPI_ONLY:
        components.pop(name, None)
    components.setdefault("ErrorBody", ErrorBody.model_json_schema())
    return schema


def install_openapi(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = build_openapi(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
