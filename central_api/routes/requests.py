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
from central_api.services import idempotency, office_requests
from desktop.domain.reference import Role

router = APIRouter(tags=["requests"])

Procurement = Annotated[Principal, Depends(require_roles(Role.PROCUREMENT))]


@router.post(
    "/requests",
    response_model=OfficeRequestOut,
    status_code=201,
    responses=error_responses(400, *AUTHENTICATED_ERRORS, 403, 404, 409, 422),
)
def post_request(
    body: OfficeRequestIn,
    principal: CurrentUser,
    session: DbSession,
    key: idempotency.IdempotencyKey = None,
) -> Response:
    """Ask the office (any user, for one of their units). Idempotent as ``POST /orders``:
    a repeat with the same ``Idempotency-Key`` and body gets the first answer again
    (`Idempotent-Replayed: true`); another body 422; while the first runs 409; no key 400.
    """

    def create() -> idempotency.Created:
        request = office_requests.create_request(session, principal, body)
        return idempotency.Created(201, request.to_full_json(), "request", request.id)

    def show(_resource: str, request_id: str | None) -> Any:
        return office_requests.shown_request(session, request_id)

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
