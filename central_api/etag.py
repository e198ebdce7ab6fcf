"""Strong ETags over the exact JSON bytes served, and ``If-None-Match`` → 304."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

from fastapi import Request, Response

from central_api import __version__

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


def json_with_etag(request: Request, payload: Any) -> Response:
    """200 with the JSON and its ETag, or 304 (empty) when the client has it already."""
    body = json_bytes(payload)
    etag = strong_etag(body)
    headers = {"ETag": etag, **CACHE_HEADERS}
    if if_none_match_hits(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="application/json", headers=headers)


def versioned_json(request: Request, tag: str, build: Callable[[], Any]) -> Response:
    """Like :func:`json_with_etag`, with the ETag derived from ``tag`` (which names the
    resource, its scope and the stored version of its data) so a 304 costs no list."""
    etag = strong_etag(f"{tag}|{__version__}".encode())
    headers = {"ETag": etag, **CACHE_HEADERS}
    if if_none_match_hits(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    return Response(json_bytes(build()), media_type="application/json", headers=headers)
