"""Issuing, checking, rotating and revoking access and refresh tokens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, joinedload

from central_api.errors import unauthorized
from central_api.models import TokenRow, UserRow, utcnow
from central_api.security import new_family_id, new_token, token_hash, verify_password
from central_api.services import sign_in_throttle
from central_api.services.sign_in_throttle import ThrottleLimits

ACCESS = "access"
REFRESH = "refresh"
# Expired tokens are kept this long (so they answer `token_expired`), then purged.
PURGE_AFTER = timedelta(days=7)


@dataclass(frozen=True)
class TokenLifetimes:
    access_s: int
    refresh_s: int


@dataclass(frozen=True)
class IssuedTokens:
    access_token: str
    refresh_token: str
    expires_in: int


@dataclass(frozen=True)
class SignInAttempt:
    username: str
    password: str
    address: str  # the client's IP address, for the per-address throttle


def sign_in(
    session: Session, attempt: SignInAttempt, ttl: TokenLifetimes, limits: ThrottleLimits
) -> IssuedTokens:
    """Tokens for a right username and password; 401 ``bad_credentials`` otherwise, and
    429 ``too_many_attempts`` while the username or address failed too often."""
    sign_in_throttle.check_allowed(session, attempt.username, attempt.address, limits)
    user = session.scalar(select(UserRow).where(UserRow.username == attempt.username))
    stored_hash = user.password_hash if user is not None else None
    if not verify_password(stored_hash, attempt.password) or user is None or not user.active:
        sign_in_throttle.record_failure(session, attempt.username, attempt.address, limits)
        raise unauthorized("bad_credentials", "Wrong username or password")
    sign_in_throttle.clear_user(session, attempt.username)
    return _issue_pair(session, user.id, new_family_id(), ttl)


def purge_expired(session: Session, now: datetime) -> int:
    """Delete tokens expired longer than ``PURGE_AFTER`` ago (the caller commits)."""
    result = session.execute(delete(TokenRow).where(TokenRow.expires_at < now - PURGE_AFTER))
    return int(getattr(result, "rowcount", 0) or 0)


def refresh(session: Session, refresh_token: str, ttl: TokenLifetimes) -> IssuedTokens:
    """A new pair for a valid refresh token, which is revoked (rotation).

    Presenting an already rotated refresh token means it leaked or was replayed: the
    whole sign-in (token family) is revoked.
    """
    now = utcnow()
    row = _find(session, refresh_token, REFRESH)
    if row.revoked_at is not None:
        _revoke_family(session, row.family_id, now)
        session.commit()
        raise unauthorized("token_invalid", "The refresh token was already used")
    if row.expires_at <= now:
        raise unauthorized("token_expired", "The refresh token has expired; sign in again")
    user = session.get(UserRow, row.user_id)
    if user is None or not user.active:
        raise unauthorized("token_invalid", "The account is not active")
    revoked = session.execute(
        update(TokenRow)
        .where(TokenRow.id == row.id, TokenRow.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    if getattr(revoked, "rowcount", 1) != 1:  # a concurrent refresh won the race
        session.rollback()
        raise unauthorized("token_invalid", "The refresh token was already used")
    return _issue_pair(session, row.user_id, row.family_id, ttl)


def authenticate(session: Session, access_token: str) -> UserRow:
    """The user of a valid access token; 401 ``token_expired`` / ``token_invalid``."""
    # One query for the token, its user and the user's units: this runs on every request.
    found = (
        session.execute(
            select(TokenRow, UserRow)
            .join(UserRow, UserRow.id == TokenRow.user_id)
            .options(joinedload(UserRow.units))
            .where(TokenRow.token_hash == token_hash(access_token))
        )
        .unique()
        .first()
    )
    if found is None:
        raise unauthorized("token_invalid", f"Unknown {ACCESS} token")
    row, user = found
    check_access_token(row.kind, row.revoked_at, row.expires_at, user.active)
    return user


def check_access_token(
    kind: str, revoked_at: datetime | None, expires_at: datetime, user_active: bool
) -> None:
    """401 unless a found token is a live access token of an active user (the one rule
    set for :func:`authenticate` and the one-query readers of ``central_api.fast_reads``)."""
    if kind != ACCESS:
        raise unauthorized("token_invalid", f"Unknown {ACCESS} token")
    if revoked_at is not None:
        raise unauthorized("token_invalid", "The access token was revoked")
    if expires_at <= utcnow():
        raise unauthorized("token_expired", "The access token has expired")
    if not user_active:
        raise unauthorized("token_invalid", "The account is not active")


def sign_out(session: Session, access_token: str, refresh_token: str) -> None:
    """Revoke the sign-in of ``access_token`` and of ``refresh_token`` (same user only)."""
    now = utcnow()
    authenticate(session, access_token)  # 401 like any other authenticated request
    access = _find(session, access_token, ACCESS)
    _revoke_family(session, access.family_id, now)
    other = session.scalar(select(TokenRow).where(TokenRow.token_hash == token_hash(refresh_token)))
    if other is not None and other.user_id == access.user_id:
        _revoke_family(session, other.family_id, now)
    session.commit()


def _find(session: Session, token: str, kind: str) -> TokenRow:
    row = session.scalar(select(TokenRow).where(TokenRow.token_hash == token_hash(token)))
    if row is None or row.kind != kind:
        raise unauthorized("token_invalid", f"Unknown {kind} token")
    return row


def _revoke_family(session: Session, family_id: str, now: datetime) -> None:
    session.execute(
        update(TokenRow)
        .where(TokenRow.family_id == family_id, TokenRow.revoked_at.is_(None))
        .values(revoked_at=now)
    )


def _issue_pair(
    session: Session, user_id: int, family_id: str, ttl: TokenLifetimes
) -> IssuedTokens:
    now = utcnow()
    session.execute(
        delete(TokenRow).where(TokenRow.user_id == user_id, TokenRow.expires_at < now - PURGE_AFTER)
    )
    access, refresh_token = new_token(), new_token()
    for raw, kind, seconds in (
        (access, ACCESS, ttl.access_s),
        (refresh_token, REFRESH, ttl.refresh_s),
    ):
        session.add(
            TokenRow(
                token_hash=token_hash(raw),
                kind=kind,
                user_id=user_id,
                family_id=family_id,
                issued_at=now,
                expires_at=now + timedelta(seconds=seconds),
                revoked_at=None,
            )
        )
    session.commit()
    return IssuedTokens(access, refresh_token, ttl.access_s)
