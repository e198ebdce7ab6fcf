"""The error body every 4xx/5xx answer carries, and its OpenAPI declaration."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

_DESCRIPTIONS = {
    400: "Malformed request (e.g. `malformed_json`)",
    401: "Not signed in: `token_invalid`, `token_expired` or `bad_credentials`",
    403: "Signed in but not allowed (`forbidden`)",
    404: "Unknown resource (`not_found`)",
    405: "Method not allowed (`method_not_allowed`)",
    409: "Conflict",
    413: "Request body too large (`payload_too_large`)",
    422: "A field is missing or has the wrong type (`validation_error`)",
    429: "Too many attempts (`too_many_attempts`); wait `Retry-After` seconds",
    500: "Unexpected server error (`internal_error`)",
}


class ErrorBody(BaseModel):
    """What went wrong: a stable ``code`` the client translates, an English ``message``,
    and the ``field`` at fault when one is."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"code": "not_found", "message": "Unknown unit", "field": "unit_id"}]
        }
    )

    code: str = Field(description="Stable machine-readable error code")
    message: str = Field(description="English fallback text")
    field: str | None = Field(description="The input at fault, dotted path, or null")


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries with the error body for ``statuses``."""
    return {
        status: {"model": ErrorBody, "description": _DESCRIPTIONS.get(status, "Error")}
        for status in statuses
    }


# Every route can answer these (bad body, too large, server fault).
COMMON_ERRORS = (413, 500)
AUTHENTICATED_ERRORS = (401, *COMMON_ERRORS)
