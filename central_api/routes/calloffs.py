"""Call-offs made outside e-commerce, recorded so they count as on-agreement."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from central_api.authz import CurrentUser
from central_api.deps import DbSession
from central_api.etag import json_bytes
from central_api.schemas.common import AUTHENTICATED_ERRORS, error_responses
from central_api.schemas.find import CallOffIn, CallOffList, CallOffOut
from central_api.services import calloffs, idempotency

router = APIRouter(tags=["calloffs"])


@router.post(
    "/calloffs",
    response_model=CallOffOut,
    status_code=201,
    responses=error_responses(400, *AUTHENTICATED_ERRORS, 403, 404, 409, 422),
)
def post_calloff(
    body: CallOffIn,
    principal: CurrentUser,
    session: DbSession,
    key: idempotency.IdempotencyKey = None,
) -> Response:
    """Record a call-off made by phone, portal or e-mail under an agreement outside
    e-commerce (orderers and managers, for their units). Idempotent as ``POST /orders``
    (``Idempotency-Key`` required). A lower-ranked supplier of a ranked cascade needs
    ``cascade_reason``."""

    def create() -> idempotency.Created:
        out = calloffs.record_calloff(session, principal, body)
        return idempotency.Created(201, out.model_dump(mode="json"), "calloff", out.id)

    def show(_resource: str, calloff_id: str | None) -> Any:
        return calloffs.shown_calloff(session, principal, calloff_id)

    payload = body.model_dump(mode="json")
    done = idempotency.run(session, principal.user_id, key, payload, create, show)
    headers = {"Idempotent-Replayed": "true"} if done.replayed else {}
    return Response(
        json_bytes(done.body),
        status_code=done.status,
        media_type="application/json",
        headers=headers,
    )


@router.get(
    "/calloffs",
    response_model=CallOffList,
    responses=error_responses(*AUTHENTICATED_ERRORS, 403, 404, 422),
)
def get_calloffs(
    principal: CurrentUser,
    session: DbSession,
    unit: Annotated[str | None, Query(description="Only this unit's call-offs")] = None,
) -> CallOffList:
    """Recorded call-offs of the units the user reaches (or of ``unit``), newest first."""
    return CallOffList(items=calloffs.list_calloffs(session, principal, unit))
