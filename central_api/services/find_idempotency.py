"""Idempotent creation for office requests and recorded call-offs (as for orders).

The client sends ``Idempotency-Key``; the key is stored with the row with a hash of
the body. A repeat with the same key and body gets the stored row again; the same key
with another body (or from another user) gets 422 ``idempotency_key_reused``; no key
gets 400 ``idempotency_key_missing``.
"""

from __future__ import annotations

import hashlib
import json
from typing import Annotated, Any

from fastapi import Depends, Header

from central_api.errors import ApiError

KEY_MAX = 200


def body_hash(payload: Any) -> str:
    """SHA-256 of the body's canonical JSON (key order and spacing do not matter)."""
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def idempotency_key(
    key: Annotated[
        str | None,
        Header(
            alias="Idempotency-Key",
            description="A unique key per request (a UUID); a repeat with the same key "
            "and body gets the first answer again",
        ),
    ] = None,
) -> str:
    if key is None or not key.strip():
        raise ApiError(400, "idempotency_key_missing", "Send an Idempotency-Key header")
    if len(key) > KEY_MAX:
        raise ApiError(422, "validation_error", "Idempotency-Key is too long", "Idempotency-Key")
    return key.strip()


IdempotencyKey = Annotated[str, Depends(idempotency_key)]


def key_reused() -> ApiError:
    return ApiError(
        422,
        "idempotency_key_reused",
        "This Idempotency-Key was used for a different request",
        "Idempotency-Key",
    )
