"""Refuses URLs whose path or query holds a NUL byte (400 ``bad_request``).

PostgreSQL refuses NUL in text, so an id or ``?unit=`` with ``%00`` would fail in the
database instead of answering 404; it is refused here, before any route runs.
"""

from __future__ import annotations

from urllib.parse import unquote_to_bytes

from starlette.types import ASGIApp, Receive, Scope, Send

from central_api.errors import error_response


class UrlGuardMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and _has_nul(scope):
            response = error_response(400, "bad_request", "The URL must not contain NUL bytes")
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


def _has_nul(scope: Scope) -> bool:
    path: str = scope.get("path", "")
    query: bytes = scope.get("query_string", b"")
    return "\x00" in path or b"\x00" in unquote_to_bytes(query.replace(b"+", b" "))
