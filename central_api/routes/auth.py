"""Sign-in: tokens, rotation of the refresh token, sign-out."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from central_api.authz import BearerToken
from central_api.deps import Config, DbSession
from central_api.schemas.auth import RefreshRequest, TokenRequest, TokenResponse
from central_api.schemas.common import AUTHENTICATED_ERRORS, error_responses
from central_api.services import tokens
from central_api.services.sign_in_throttle import ThrottleLimits
from central_api.services.tokens import IssuedTokens, SignInAttempt, TokenLifetimes

router = APIRouter(prefix="/auth", tags=["auth"])
_ERRORS = error_responses(400, *AUTHENTICATED_ERRORS, 422)
_SIGN_IN_ERRORS = error_responses(400, *AUTHENTICATED_ERRORS, 422, 429)


async def _lifetimes(config: Config) -> TokenLifetimes:
    return TokenLifetimes(config.access_token_ttl_s, config.refresh_token_ttl_s)


Lifetimes = Annotated[TokenLifetimes, Depends(_lifetimes)]


async def _throttle(config: Config) -> ThrottleLimits:
    return ThrottleLimits(
        config.sign_in_failures_per_user,
        config.sign_in_failures_per_address,
        config.sign_in_window_s,
    )


Throttle = Annotated[ThrottleLimits, Depends(_throttle)]


def _answer(issued: IssuedTokens) -> TokenResponse:
    return TokenResponse(
        access_token=issued.access_token,
        refresh_token=issued.refresh_token,
        expires_in=issued.expires_in,
    )


@router.post("/token", response_model=TokenResponse, responses=_SIGN_IN_ERRORS)
def sign_in(
    body: TokenRequest,
    request: Request,
    session: DbSession,
    ttl: Lifetimes,
    limits: Throttle,
) -> TokenResponse:
    """Sign in with username and password: an access and a refresh token.

    401 `bad_credentials` for a wrong username or password; 429 `too_many_attempts`
    (with `Retry-After`) after too many failures for the username or from the address.
    """
    address = request.client.host if request.client else "unknown"
    attempt = SignInAttempt(body.username, body.password, address)
    return _answer(tokens.sign_in(session, attempt, ttl, limits))


@router.post("/refresh", response_model=TokenResponse, responses=_ERRORS)
def refresh(body: RefreshRequest, session: DbSession, ttl: Lifetimes) -> TokenResponse:
    """A new token pair for a refresh token; the refresh token used is revoked.

    401 `token_expired` or `token_invalid` (unknown, or already used: then every token
    of that sign-in is revoked).
    """
    return _answer(tokens.refresh(session, body.refresh_token, ttl))


@router.post("/logout", status_code=204, response_class=Response, responses=_ERRORS)
def sign_out(body: RefreshRequest, session: DbSession, access_token: BearerToken) -> Response:
    """Sign out: revokes the access token sent and the refresh token in the body."""
    tokens.sign_out(session, access_token, body.refresh_token)
    return Response(status_code=204)
