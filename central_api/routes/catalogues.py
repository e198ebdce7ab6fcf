"""Suppliers' PEPPOL BIS 3 catalogues: publish (procurement), list and fetch (everyone)."""

from __future__ import annotations

import gzip
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from central_api.authz import CurrentUser, Principal, require_roles
from central_api.deps import Config, DbSession
from central_api.etag import CACHE_HEADERS, if_none_match_hits, json_with_etag
from central_api.limits import body_limit
from central_api.schemas.common import AUTHENTICATED_ERRORS, error_responses
from central_api.schemas.find import CatalogueInfo, CatalogueList
from central_api.schemas.peppol import DocumentRejected
from central_api.services import catalogues
from desktop.domain.reference import Role

router = APIRouter(tags=["catalogues"])

Procurement = Annotated[Principal, Depends(require_roles(Role.PROCUREMENT))]
IfNoneMatch = Annotated[
    str | None,
    Header(description="The ETag of the copy the client has; 304 if it is still current"),
]
XML = "application/xml"
_DOCUMENT_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {XML: {"schema": {"type": "string", "format": "binary"}}},
        "description": "The PEPPOL BIS 3 Catalogue (UBL 2.1), `Content-Encoding: gzip` "
        "when the client accepts it",
        "headers": {"ETag": {"description": "Strong ETag", "schema": {"type": "string"}}},
    },
    304: {"description": "Not modified: `If-None-Match` matched the current ETag"},
    **error_responses(*AUTHENTICATED_ERRORS, 404),
}
_PUBLISH_BODY: dict[str, Any] = {
    **body_limit(catalogues.MAX_UPLOAD_BYTES),
    "requestBody": {
        "required": True,
        "description": "A PEPPOL BIS 3 Catalogue, as XML or gzip-compressed XML",
        "content": {
            XML: {"schema": {"type": "string", "format": "binary"}},
            "application/gzip": {"schema": {"type": "string", "format": "binary"}},
        },
    },
}


@router.get(
    "/catalogues",
    response_model=CatalogueList,
    responses={304: {"description": "Not modified"}, **error_responses(*AUTHENTICATED_ERRORS)},
)
def list_catalogues(
    request: Request, principal: CurrentUser, session: DbSession, if_none_match: IfNoneMatch = None
) -> Response:
    """Every published catalogue of the municipality with its ETag: one small request
    tells the app which suppliers' catalogues changed."""
    items = catalogues.list_catalogues(session, principal.municipality_id)
    return json_with_etag(request, {"items": [i.model_dump(mode="json") for i in items]})


@router.get(
    "/suppliers/{supplier_id}/catalogue", response_class=Response, responses=_DOCUMENT_RESPONSES
)
def get_catalogue(
    supplier_id: str,
    request: Request,
    principal: CurrentUser,
    session: DbSession,
    if_none_match: IfNoneMatch = None,
) -> Response:
    """The supplier's current catalogue, gzip-compressed, with a strong ETag."""
    row = catalogues.stored_catalogue(session, principal.municipality_id, supplier_id)
    accepts_gzip = "gzip" in request.headers.get("accept-encoding", "").lower()
    etag = row.etag if accepts_gzip else row.etag[:-1] + '-identity"'
    headers = {"ETag": etag, **CACHE_HEADERS, "Vary": "Authorization, Accept-Encoding"}
    if if_none_match_hits(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    if accepts_gzip:
        headers["Content-Encoding"] = "gzip"
        return Response(row.xml_gzip, media_type=XML, headers=headers)
    return Response(gzip.decompress(row.xml_gzip), media_type=XML, headers=headers)


@router.put(
    "/suppliers/{supplier_id}/catalogue",
    response_model=CatalogueInfo,
    openapi_extra=_PUBLISH_BODY,
    responses={
        **error_responses(*AUTHENTICATED_ERRORS, 403, 404, 413),
        422: {
            "model": DocumentRejected,
            "description": "`catalogue_invalid`: the PEPPOL BIS 3 rules (or the server's own "
            "checks) refuse it; `errors` lists rule id, location and message. Nothing stored",
        },
    },
)
async def put_catalogue(
    supplier_id: str, request: Request, principal: Procurement, session: DbSession, config: Config
) -> Response:
    """Publish a supplier's catalogue (procurement): it replaces the previous one only if
    the UBL schema and the official PEPPOL BIS 3 Catalogue rules (T19) find no fatal or
    error, the provider is this supplier and every agreement it names is known; else
    422 lists each finding (rule id, location, line, message) and nothing changes."""
    uploads = config.data_dir / "uploads"
    uploads.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=uploads) as tmp:
        upload = Path(tmp) / "catalogue"
        with upload.open("wb") as out:
            async for chunk in request.stream():
                out.write(chunk)
        try:
            info = await run_in_threadpool(
                catalogues.publish_catalogue,
                session,
                principal.municipality_id,
                supplier_id,
                upload,
                principal.username,
            )
        except catalogues.CatalogueRejected as exc:
            first = exc.errors[0] if exc.errors else None
            what = f"{first.rule_id} at {first.location}: {first.message[:300]}" if first else ""
            body = {
                "code": "catalogue_invalid",
                "message": f"The catalogue was refused: {what}. "
                f"{len(exc.errors)} problem(s); nothing was stored.",
                "field": first.location if first else None,
                "errors": [e.to_json() for e in exc.errors],
            }
            return JSONResponse(body, status_code=422)
    return JSONResponse(info.model_dump(mode="json"))
