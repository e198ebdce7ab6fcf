"""Strong ETags over the exact JSON bytes served, and ``If-None-Match`` → 304."""

from __future__ import annotations

import functools
import hashlib
import json
from typing import Any

from fastapi import Request, Response
from starlette.types import Send

CACHE_HEADERS = {"Cache-Control": "private, no-cache", "Vary": "Authorization"}


def json_bytes(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def strong_etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:40] + '"'


def if_none_match_hits(header: str | None, etag: str) -> bool:
    """Whether ``If-None-Match`` names ``etag`` (weak comparison, RFC 9110 13.1.2)."""
    if not header:
        return False
    if header.strip() == "*":
        return True
    candidates = (tag.strip().removeprefix("W/") for tag in header.split(","))
    return etag in candidates


@functools.lru_cache(maxsize=4096)
def _not_modified_headers(etag: str) -> tuple[tuple[bytes, bytes], ...]:
    """The raw headers of the 304 ``Response(status_code=304, headers={"ETag": etag,
    **CACHE_HEADERS})`` sends (built once per ETag, shared, so a tuple)."""
    return tuple(Response(status_code=304, headers={"ETag": etag, **CACHE_HEADERS}).raw_headers)


async def send_not_modified(send: Send, etag: str) -> None:
    """Send, as an ASGI app, the 304 a route answers for ``etag``: the same messages and
    bytes as that ``Response``, without building one per request."""
    headers = _not_modified_headers(etag)
    await send({"type": "http.response.start", "status": 304, "headers": headers})
    await send({"type": "http.response.body", "body": b""})


def json_with_etag(request: Request, payload: Any) -> Response:
    """200 with the JSON and its ETag, or 304 (empty) when the client has it already."""
    body = json_bytes(payload)
    etag = strong_etag(body)
    headers = {"ETag": etag, **CACHE_HEADERS}
    if if_none_match_hits(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="application/json", headers=headers)
