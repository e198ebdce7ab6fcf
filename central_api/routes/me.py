"""``GET /me``: the signed-in user."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from central_api.authz import CurrentUser
from central_api.deps import DbSession
from central_api.schemas.common import AUTHENTICATED_ERRORS, error_responses
from central_api.schemas.reference import MeOut
from central_api.services.reference import me_of

router = APIRouter(tags=["reference"])


@router.get("/me", response_model=MeOut, responses=error_responses(*AUTHENTICATED_ERRORS))
def me(principal: CurrentUser, session: DbSession) -> dict[str, Any]:
    """The user, their role, the units they reach and whether they are certified."""
    return me_of(session, principal).to_json()
