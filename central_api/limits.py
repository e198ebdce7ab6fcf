"""Request body size limits, enforced while the body streams in.

The limit is the app default (``ServerConfig.max_body_bytes``) unless the route sets its
own with ``openapi_extra=body_limit(n)`` (which also documents it as
``x-max-body-bytes``). A ``Content-Length`` over the limit is refused before any byte
is read; a body without one is counted chunk by chunk and refused as soon as it passes.
Routes that never read their body never get a 413.
"""

from __future__ import annotations

import contextlib
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from central_api.errors import error_response

LIMIT_KEY = "x-max-body-bytes"


def body_limit(max_bytes: int) -> dict[str, Any]:
    """``openapi_extra`` for a route that accepts bodies up to ``max_bytes``."""
    return {LIMIT_KEY: max_bytes}


class _BodyTooLarge(Exception):
    pass


class BodyLimitMiddleware:
    """Answers 413 ``payload_too_large`` for bodies over the route's limit.

    The route is known once routing has run, i.e. when the app first asks for the body:
    the limit is looked up then (``scope["route"]``), before any byte is read.
    """

    def __init__(self, app: ASGIApp, default_limit: int) -> None:
        self.app = app
        self.default_limit = default_limit

    def limit_for(self, scope: Scope) -> int:
        extra = getattr(scope.get("route"), "openapi_extra", None) or {}
        return int(extra.get(LIMIT_KEY, self.default_limit))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit: int | None = None
        received = 0
        overflow = False
        app_started = False

        async def limited_receive() -> Message:
            nonlocal limit, received, overflow
            if limit is None:
                limit = self.limit_for(scope)
                if _content_length(scope) > limit:
                    overflow = True
            if not overflow:
                message = await receive()
                if message["type"] != "http.request":
                    return message
                received += len(message.get("body", b""))
                overflow = received > limit
                if not overflow:
                    return message
            raise _BodyTooLarge

        async def guarded_send(message: Message) -> None:
            nonlocal app_started
            if overflow:
                return  # the app's answer to the broken read is replaced by the 413
            if message["type"] == "http.response.start":
                app_started = True
            await send(message)

        with contextlib.suppress(_BodyTooLarge):
            await self.app(scope, limited_receive, guarded_send)
        if overflow and not app_started:
            await self._reject(scope, receive, send, limit or self.default_limit)

    @staticmethod
    async def _reject(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        response = error_response(
            413,
            "payload_too_large",
            f"The request body is larger than {limit} bytes",
            headers={"Connection": "close"},
        )
        await response(scope, receive, send)


def _content_length(scope: Scope) -> int:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return 0
    return 0
