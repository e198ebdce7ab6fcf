"""'Can't find it': questions to the procurement office and its answers."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response

from central_api.authz import CurrentUser, Principal, require_roles
from central_api.deps import DbSession
from central_api.etag import json_bytes, json_with_etag
from central_api.schemas.common import AUTHENTICATED_ERRORS, error_responses
from central_api.schemas.find import (
    OfficeAnswerIn,
    OfficeRequestIn,
    OfficeRequestList,
    OfficeRequestOut,
)
from central_api.services import office_requests
from central_api.services.find_idempotency import IdempotencyKey
from desktop.domain.reference import Role

router = APIRouter(tags=["requests"])

Procurement = Annotated[Principal, Depends(require_roles(Role.PROCUREMENT))]


@router.post(
    "/requests",
    response_model=OfficeRequestOut,
    status_code=201,
    responses=error_responses(400, *AUTHENTICATED_ERRORS, 403, 404, 422),
)
def post_request(
    body: OfficeRequestIn, principal: CurrentUser, session: DbSession, key: IdempotencyKey
) -> Response:
    """Ask the office (any user, for one of their units). Requires ``Idempotency-Key``;
    a repeat with the same key and body answers with the stored request again."""
    request, replayed = office_requests.create_request(session, principal, body, key)
    headers = {"Idempotent-Replayed": "true"} if replayed else {}
    return Response(
        json_bytes(request.to_full_json()),
        status_code=201,
        media_type="application/json",
        headers=headers,
    )


@router.get(
    "/requests",
    response_model=OfficeRequestList,
    responses=error_responses(*AUTHENTICATED_ERRORS, 403, 404),
)
def get_requests(
    request: Request,
    principal: CurrentUser,
    session: DbSession,
    unit: Annotated[str | None, Query(description="Only this unit's requests")] = None,
) -> Response:
    """Requests of the units the user reaches (procurement: the whole municipality),
    newest first, with status and answer."""
    items = office_requests.list_requests(session, principal, unit)
    return json_with_etag(request, {"items": [r.to_full_json() for r in items]})


@router.post(
    "/requests/{request_id}/answer",
    response_model=OfficeRequestOut,
    responses=error_responses(*AUTHENTICATED_ERRORS, 403, 404, 422),
)
def answer_request(
    request_id: str, body: OfficeAnswerIn, principal: Procurement, session: DbSession
) -> dict[str, Any]:
    """The office answers (procurement); it may point to an agreement or an item."""
    return office_requests.answer_request(session, principal, request_id, body).to_full_json()
