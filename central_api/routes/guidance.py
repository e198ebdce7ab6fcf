"""The office's guidance (needs → agreements, advice, synonyms) and announcements."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Header, Request, Response

from central_api.authz import CurrentUser, Principal, require_roles
from central_api.deps import DbSession
from central_api.etag import json_with_etag
from central_api.schemas.common import AUTHENTICATED_ERRORS, error_responses
from central_api.schemas.find import AnnouncementList, AnnouncementModel, GuidanceModel
from central_api.schemas.input import refuse_unsafe_text
from central_api.services import guidance
from desktop.domain.announcement import Announcement
from desktop.domain.reference import Role

router = APIRouter(tags=["guidance"])

Procurement = Annotated[Principal, Depends(require_roles(Role.PROCUREMENT))]
IfNoneMatch = Annotated[
    str | None,
    Header(description="The ETag of the copy the client has; 304 if it is still current"),
]
_CACHED: dict[int | str, dict[str, Any]] = {
    200: {"headers": {"ETag": {"description": "Strong ETag", "schema": {"type": "string"}}}},
    304: {"description": "Not modified: `If-None-Match` matched the current ETag"},
    **error_responses(*AUTHENTICATED_ERRORS),
}


@router.get("/guidance", response_model=GuidanceModel, responses=_CACHED)
def get_guidance(
    request: Request, principal: CurrentUser, session: DbSession, if_none_match: IfNoneMatch = None
) -> Response:
    """Needs in words per language → CPV → agreements; advice, savings, search synonyms."""
    return json_with_etag(
        request, guidance.load_guidance(session, principal.municipality_id).to_json()
    )


@router.put(
    "/guidance",
    response_model=GuidanceModel,
    responses=error_responses(*AUTHENTICATED_ERRORS, 403, 422),
)
def put_guidance(
    principal: Procurement,
    session: DbSession,
    body: Annotated[dict[str, Any], Body(description="The whole guidance document")],
) -> dict[str, Any]:
    """Publish the guidance (procurement); every agreement it names must exist."""
    refuse_unsafe_text(body)
    rules = guidance.parse_guidance(session, principal.municipality_id, body)
    guidance.store_guidance(session, principal.municipality_id, rules)
    session.commit()
    return rules.to_json()


@router.get("/announcements", response_model=AnnouncementList, responses=_CACHED)
def get_announcements(
    request: Request, principal: CurrentUser, session: DbSession, if_none_match: IfNoneMatch = None
) -> Response:
    """New and changed agreements and notices from the office, oldest first."""
    items = guidance.list_announcements(session, principal.municipality_id)
    return json_with_etag(request, {"items": [a.to_json() for a in items]})


@router.post(
    "/announcements",
    response_model=AnnouncementModel,
    status_code=201,
    responses=error_responses(*AUTHENTICATED_ERRORS, 403, 422),
)
def post_announcement(
    principal: Procurement, session: DbSession, body: AnnouncementModel, response: Response
) -> dict[str, Any]:
    """Publish an announcement (procurement); one with the same id is replaced (200)."""
    item = Announcement.from_json(body.model_dump(mode="json"))
    created = guidance.store_announcement(session, principal.municipality_id, item)
    session.commit()
    if not created:
        response.status_code = 200
    return item.to_json()
