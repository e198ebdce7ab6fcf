"""The municipality's catalogue snapshot: a prepared store the first sync starts from.

Procurement publishes it (``PUT``, built by ``avrop catalogue snapshot``); every
signed-in user of the municipality reads its manifest and downloads the file.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse

from central_api.authz import CurrentUser, Principal, require_roles
from central_api.deps import Config, DbSession
from central_api.errors import ApiError
from central_api.etag import CACHE_HEADERS, if_none_match_hits, json_with_etag
from central_api.limits import body_limit
from central_api.schemas.common import AUTHENTICATED_ERRORS, error_responses
from central_api.schemas.snapshots import SnapshotManifest
from central_api.services import catalogue_snapshots as snapshots
from desktop.domain.reference import Role

router = APIRouter(tags=["catalogues"])

Procurement = Annotated[Principal, Depends(require_roles(Role.PROCUREMENT))]
IfNoneMatch = Annotated[
    str | None,
    Header(description="The ETag of the copy the client has; 304 if it is still current"),
]
SchemaRevision = Annotated[
    str,
    Header(
        alias="X-Schema-Revision",
        min_length=1,
        max_length=80,
        pattern=r"^[A-Za-z0-9._-]+$",
        description="The local store schema revision the snapshot was built with",
    ),
]
Lines = Annotated[
    int,
    Header(
        alias="X-Catalogue-Lines", ge=0, le=2_000_000_000, description="Catalogue lines it holds"
    ),
]
_BODY: dict[str, Any] = {
    **body_limit(snapshots.MAX_SNAPSHOT_BYTES),
    "requestBody": {
        "required": True,
        "description": "The snapshot: an Avrop catalogue store (an SQLite file)",
        "content": {
            media_type: {"schema": {"type": "string", "format": "binary"}}
            for media_type in snapshots.UPLOAD_MEDIA_TYPES
        },
    },
}
_FILE_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {snapshots.MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}},
        "description": "The snapshot file",
        "headers": {"ETag": {"description": "The quoted SHA-256", "schema": {"type": "string"}}},
    },
    304: {"description": "Not modified: `If-None-Match` matched the current ETag"},
    **error_responses(*AUTHENTICATED_ERRORS, 404),
}


@router.get(
    "/catalogue-snapshot",
    response_model=SnapshotManifest,
    responses={304: {"description": "Not modified"}, **error_responses(*AUTHENTICATED_ERRORS, 404)},
)
def get_manifest(
    request: Request, principal: CurrentUser, session: DbSession, if_none_match: IfNoneMatch = None
) -> Response:
    """What the municipality's snapshot holds (404 when none is published): the first
    sync of a new installation downloads it when its store schema matches."""
    row = snapshots.current_snapshot(session, principal.municipality_id)
    return json_with_etag(request, snapshots.manifest(row))


@router.get("/catalogue-snapshot/file", response_class=Response, responses=_FILE_RESPONSES)
def get_file(
    request: Request,
    principal: CurrentUser,
    session: DbSession,
    config: Config,
    if_none_match: IfNoneMatch = None,
) -> Response:
    """The snapshot file, streamed, with its SHA-256 as a strong ETag."""
    row = snapshots.current_snapshot(session, principal.municipality_id)
    path = snapshots.snapshot_file(config.data_dir, row)
    headers = {"ETag": f'"{row.sha256}"', **CACHE_HEADERS}
    if if_none_match_hits(request.headers.get("if-none-match"), headers["ETag"]):
        return Response(status_code=304, headers=headers)
    return FileResponse(path, media_type=snapshots.MEDIA_TYPE, headers=headers)


@router.put(
    "/catalogue-snapshot",
    response_model=SnapshotManifest,
    openapi_extra=_BODY,
    responses=error_responses(*AUTHENTICATED_ERRORS, 403, 415, 422),
)
async def put_snapshot(
    request: Request,
    principal: Procurement,
    session: DbSession,
    config: Config,
    schema_revision: SchemaRevision,
    lines: Lines,
) -> Response:
    """Publish the municipality's snapshot (procurement): an SQLite file (checked by its
    header, hashed as it arrives) that replaces the previous one atomically."""
    content_type = request.headers.get("content-type", "")
    if content_type.split(";")[0].strip().lower() not in snapshots.UPLOAD_MEDIA_TYPES:
        raise ApiError(
            415, "unsupported_media_type", f"Send the snapshot as {snapshots.MEDIA_TYPE}"
        )
    folder = snapshots.snapshot_folder(config.data_dir)
    with tempfile.TemporaryDirectory(dir=folder, prefix=".upload-") as tmp:
        receiver = snapshots.SnapshotReceiver(Path(tmp) / "snapshot")
        try:
            async for chunk in request.stream():
                receiver.write(chunk)
        finally:
            receiver.close()
        received = receiver.finish()
        described = await run_in_threadpool(
            snapshots.publish_snapshot,
            session,
            config.data_dir,
            principal.municipality_id,
            received,
            schema_revision,
            lines,
            datetime.now(UTC),
        )
    return JSONResponse(described)
