"""``GET /health``: liveness, no sign-in."""

from __future__ import annotations

from fastapi import APIRouter

from central_api import __version__
from central_api.schemas.common import COMMON_ERRORS, error_responses
from central_api.schemas.health import HealthOut

router = APIRouter(tags=["health"])


@router.get("/health", response_model=HealthOut, responses=error_responses(*COMMON_ERRORS))
def health() -> HealthOut:
    """Whether the server is up, and its version."""
    return HealthOut(status="ok", version=__version__)
