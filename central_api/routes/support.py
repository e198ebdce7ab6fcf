"""Support: a unit's order templates (ETag), support bundles and colleagues."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Response
from fastapi.responses import JSONResponse

from central_api.authz import CurrentUser, UnitAccess, unit_scope
from central_api.deps import DbSession
from central_api.etag import CACHE_HEADERS
from central_api.limits import body_limit
from central_api.schemas.common import AUTHENTICATED_ERRORS, error_responses
from central_api.schemas.support import (
    MAX_BUNDLE_BYTES,
    BundleIn,
    BundleList,
    BundleOut,
    BundleSummary,
    ColleagueList,
    TemplatesIn,
    TemplatesOut,
)
from central_api.services import support
from desktop.domain.reference import Role

router = APIRouter(tags=["support"])

AnyUnit = Annotated[UnitAccess, Depends(unit_scope())]
EditingUnit = Annotated[
    UnitAccess, Depends(unit_scope(Role.MANAGER, Role.SUPERUSER, Role.PROCUREMENT))
]
SupportedUnit = EditingUnit
_ETAG_HEADER = {"ETag": {"description": "The templates' version", "schema": {"type": "string"}}}


def _templates_response(out: TemplatesOut) -> Response:
    headers = {"ETag": support.templates_etag(out.version), **CACHE_HEADERS}
    return JSONResponse(out.model_dump(mode="json"), headers=headers)


@router.get(
    "/units/{unit_id}/templates",
    response_model=TemplatesOut,
    responses={200: {"headers": _ETAG_HEADER}, **error_responses(*AUTHENTICATED_ERRORS, 403, 404)},
)
def get_templates(access: AnyUnit, session: DbSession) -> Response:
    """The unit's order templates, for everyone who orders for or supports the unit."""
    return _templates_response(support.templates_of(session, access.unit.id))


@router.put(
    "/units/{unit_id}/templates",
    response_model=TemplatesOut,
    responses={
        200: {"headers": _ETAG_HEADER},
        **error_responses(*AUTHENTICATED_ERRORS, 403, 404, 412, 422, 428),
    },
)
def put_templates(
    body: TemplatesIn,
    access: EditingUnit,
    session: DbSession,
    if_match: Annotated[
        str | None, Header(description="The ETag read; `*` to overwrite whatever is there")
    ] = None,
) -> Response:
    """Replace the unit's templates (managers and superusers of the unit, procurement).

    412 `templates_changed` when `If-Match` is not the current ETag; 428 without it.
    """
    out = support.save_templates(session, access.principal, access.unit.id, body, if_match)
    return _templates_response(out)


@router.get(
    "/units/{unit_id}/colleagues",
    response_model=ColleagueList,
    responses=error_responses(*AUTHENTICATED_ERRORS, 403, 404),
)
def get_colleagues(access: SupportedUnit, session: DbSession) -> ColleagueList:
    """Who works for the unit, who may order, who is certified, and the training link."""
    return support.colleagues_of(session, access.principal.municipality_id, access.unit.id)


@router.post(
    "/support/bundles",
    status_code=201,
    response_model=BundleSummary,
    openapi_extra=body_limit(MAX_BUNDLE_BYTES),
    responses=error_responses(*AUTHENTICATED_ERRORS, 403, 404, 409, 413, 422),
)
def post_bundle(body: BundleIn, principal: CurrentUser, session: DbSession) -> BundleSummary:
    """Send a diagnostics file to the superusers of one of your units.

    Idempotent by the client's `id`: the same id again answers the bundle stored first.
    """
    return support.send_bundle(session, principal, body)


@router.get(
    "/support/bundles",
    response_model=BundleList,
    responses=error_responses(*AUTHENTICATED_ERRORS, 403, 404),
)
def get_bundles(
    principal: CurrentUser,
    session: DbSession,
    unit: Annotated[str | None, Query(max_length=64, description="One unit; default all")] = None,
) -> BundleList:
    """Support bundles sent for the units you support, newest first (at most 200)."""
    return BundleList(items=support.bundles_of(session, principal, unit))


@router.get(
    "/support/bundles/{bundle_id}",
    response_model=BundleOut,
    responses=error_responses(*AUTHENTICATED_ERRORS, 404),
)
def get_bundle(bundle_id: str, principal: CurrentUser, session: DbSession) -> BundleOut:
    """One bundle: for its sender and for those who support its unit."""
    return support.bundle(session, principal, bundle_id)
