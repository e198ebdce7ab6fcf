"""API errors and the handlers that turn every failure into ``{"code","message","field"}``."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from desktop.domain.errors import AvropError

log = logging.getLogger(__name__)

_CODE_BY_STATUS = {
    400: "bad_request",
    401: "token_invalid",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "payload_too_large",
    415: "unsupported_media_type",
}


class ApiError(AvropError):
    """An error answer: HTTP ``status`` plus the error body (and optional headers)."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        field: str | None = None,
        headers: Mapping[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(code, message, field)
        self.status = status
        self.headers = dict(headers or {})
        self.extra = dict(extra or {})  # more members of the body (e.g. a 422's "errors")


def unauthorized(code: str, message: str) -> ApiError:
    error = "invalid_request" if code == "bad_credentials" else "invalid_token"
    return ApiError(401, code, message, headers={"WWW-Authenticate": f'Bearer error="{error}"'})


def forbidden(message: str = "You may not do this", field: str | None = None) -> ApiError:
    return ApiError(403, "forbidden", message, field)


def not_found(message: str = "Not found", field: str | None = None) -> ApiError:
    return ApiError(404, "not_found", message, field)


def error_response(
    status: int,
    code: str,
    message: str,
    field: str | None = None,
    headers: Mapping[str, str] | None = None,
    extra: Mapping[str, Any] | None = None,
) -> JSONResponse:
    body = {**(extra or {}), "code": code, "message": message, "field": field}
    return JSONResponse(body, status_code=status, headers=dict(headers or {}))


def _field_of(loc: Sequence[Any]) -> str | None:
    """``("body", "address", "street")`` → ``"address.street"``; the source is dropped."""
    sources = ("body", "query", "path", "header", "cookie")
    parts = [str(p) for p in (loc[1:] if loc and loc[0] in sources else loc)]
    return ".".join(parts) or None


def validation_error_response(errors: Sequence[Any]) -> JSONResponse:
    first = dict(errors[0]) if errors else {}
    loc = tuple(first.get("loc", ()))
    if first.get("type") == "json_invalid":
        return error_response(400, "malformed_json", "The request body is not valid JSON")
    field = _field_of(loc)
    if first.get("type") == "missing" and loc == ("body",):
        message = "The request body is missing"
    else:
        message = f"{field or 'body'}: {first.get('msg', 'invalid value')}"
    return error_response(422, "validation_error", message, field)


async def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.code, exc.message, exc.field, exc.headers, exc.extra)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return validation_error_response(exc.errors())


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _CODE_BY_STATUS.get(exc.status_code, "internal_error")
    if exc.status_code < 500 and code == "internal_error":
        code = "bad_request"
    message = exc.detail if isinstance(exc.detail, str) else "Request failed"
    if exc.status_code == 400 and message == "There was an error parsing the body":
        code = "malformed_json"
    return error_response(exc.status_code, code, message, None, exc.headers)


async def _value_refused(request: Request, exc: Exception) -> JSONResponse:
    """The database refused a value from the request (PostgreSQL: an integer beyond its
    column, a NUL character in text): the client's input, so 422, never 500. A safety net
    under the routes' own validation, which names the field."""
    log.warning("database refused a value on %s %s: %s", request.method, request.url.path, exc)
    return error_response(
        422,
        "validation_error",
        "A value is out of range or contains a character that cannot be stored",
    )


async def _unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "internal_error", "Unexpected server error")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(DataError, _value_refused)
    app.add_exception_handler(Exception, _unexpected_error)
