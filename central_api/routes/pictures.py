"""Item pictures the catalogues reference (``pictures/<id>``): a list with ETags, and
each picture's bytes, conditional. Any signed-in user of the municipality may read them,
as they may read its catalogues."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Path, Request, Response

from central_api.authz import CurrentUser
from central_api.deps import DbSession
from central_api.etag import CACHE_HEADERS, if_none_match_hits, json_with_etag
from central_api.schemas.common import AUTHENTICATED_ERRORS, error_responses
from central_api.schemas.find import PictureList
from central_api.services import pictures
from desktop.domain.picture import PICTURE_ID

router = APIRouter(tags=["pictures"])

IfNoneMatch = Annotated[
    str | None,
    Header(description="The ETag of the copy the client has; 304 if it is still current"),
]
PictureId = Annotated[
    str, Path(pattern=f"^{PICTURE_ID.pattern}$", description="The id in `pictures/<id>`")
]
_PICTURE_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {
            t: {"schema": {"type": "string", "format": "binary"}}
            for t in ("image/png", "image/jpeg")
        },
        "description": "The picture (PNG or JPEG)",
        "headers": {"ETag": {"description": "Strong ETag", "schema": {"type": "string"}}},
    },
    304: {"description": "Not modified: `If-None-Match` matched the current ETag"},
    **error_responses(*AUTHENTICATED_ERRORS, 404),
}


@router.get(
    "/pictures",
    response_model=PictureList,
    responses={304: {"description": "Not modified"}, **error_responses(*AUTHENTICATED_ERRORS)},
)
def list_pictures(
    request: Request, principal: CurrentUser, session: DbSession, if_none_match: IfNoneMatch = None
) -> Response:
    """Every picture of the municipality with its ETag: one small request tells the app
    which pictures changed."""
    items = pictures.list_pictures(session, principal.municipality_id)
    return json_with_etag(request, {"items": [{"id": i, "etag": e} for i, e in items]})


@router.get("/pictures/{picture_id}", response_class=Response, responses=_PICTURE_RESPONSES)
def get_picture(
    picture_id: PictureId,
    request: Request,
    principal: CurrentUser,
    session: DbSession,
    if_none_match: IfNoneMatch = None,
) -> Response:
    """One picture, with a strong ETag (304 when the client has it)."""
    row = pictures.stored_picture(session, principal.municipality_id, picture_id)
    headers = {"ETag": row.etag, **CACHE_HEADERS}
    if if_none_match_hits(request.headers.get("if-none-match"), row.etag):
        return Response(status_code=304, headers=headers)
    body = pictures.content(session, row)
    return Response(body, media_type=row.media_type, headers=headers)
