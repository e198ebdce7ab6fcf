"""Reference data of the user's municipality: units, agreements, suppliers (with ETags)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Request, Response

from central_api.authz import CurrentUser, municipality_unit
from central_api.deps import DbSession
from central_api.fast_reads import ReferenceReader, versioned_list
from central_api.schemas.common import AUTHENTICATED_ERRORS, error_responses
from central_api.schemas.reference import AgreementList, SupplierList, UnitList, UnitOut
from central_api.services import reference
from central_api.services.reference import unit_from_row

router = APIRouter(tags=["reference"])

IfNoneMatch = Annotated[
    str | None,
    Header(description="The ETag of the copy the client has; 304 if it is still current"),
]
_LIST_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"headers": {"ETag": {"description": "Strong ETag", "schema": {"type": "string"}}}},
    304: {"description": "Not modified: `If-None-Match` matched the current ETag"},
    **error_responses(*AUTHENTICATED_ERRORS),
}


@router.get("/units", response_model=UnitList, responses=_LIST_RESPONSES)
async def units(
    request: Request, read: ReferenceReader, if_none_match: IfNoneMatch = None
) -> Response:
    """Every unit of the municipality (schools, kindergartens, care homes, hub, office)."""
    return await versioned_list(
        request,
        read,
        "units",
        lambda session, municipality: {
            "items": [u.to_json() for u in reference.list_units(session, municipality)]
        },
    )


@router.get("/agreements", response_model=AgreementList, responses=_LIST_RESPONSES)
async def agreements(
    request: Request, read: ReferenceReader, if_none_match: IfNoneMatch = None
) -> Response:
    """Every framework agreement of the municipality, including expired and future ones."""
    return await versioned_list(
        request,
        read,
        "agreements",
        lambda session, municipality: {
            "items": [a.to_json() for a in reference.list_agreements(session, municipality)]
        },
    )


@router.get("/suppliers", response_model=SupplierList, responses=_LIST_RESPONSES)
async def suppliers(
    request: Request, read: ReferenceReader, if_none_match: IfNoneMatch = None
) -> Response:
    """Every supplier in the municipality's register (on an agreement or not)."""
    return await versioned_list(
        request,
        read,
        "suppliers",
        lambda session, municipality: {
            "items": [s.to_json() for s in reference.list_suppliers(session, municipality)]
        },
    )


@router.get(
    "/units/{unit_id}",
    response_model=UnitOut,
    responses=error_responses(*AUTHENTICATED_ERRORS, 404),
)
def unit(unit_id: str, principal: CurrentUser, session: DbSession) -> dict[str, Any]:
    """One unit of the municipality (reference data: any signed-in user of it)."""
    return unit_from_row(municipality_unit(session, principal, unit_id)).to_json()
