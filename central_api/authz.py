"""Who is asking and what they may reach: used by every endpoint.

* ``CurrentUser`` (a dependency): the signed-in :class:`Principal`, or 401
  (``token_invalid`` / ``token_expired``).
* ``require_roles(Role.MANAGER, ...)``: a dependency giving the principal, or 403.
* ``UnitScope`` / ``unit_scope(roles...)``: for routes with a ``{unit_id}`` path
  parameter; 404 for a unit outside the user's municipality, 403 for a unit of the
  municipality the user may not reach (or a role not allowed), else the unit.
* ``check_unit_access(session, principal, unit_id, roles)``: the same as a function, for
  unit ids that arrive in a query string or body (e.g. ``GET /orders?unit=``).

Unit reach: orderers and managers reach their own units, superusers the units they
support, procurement every unit of its municipality.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, cast

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import any_, bindparam, select
from sqlalchemy.orm import Session

from central_api.deps import DbSession
from central_api.errors import forbidden, not_found, unauthorized
from central_api.models import TokenRow, UnitRow, UserRow, UserUnitRow
from central_api.security import token_hash
from central_api.services.tokens import ACCESS, check_access_token
from desktop.domain.reference import Role

bearer_scheme = HTTPBearer(
    auto_error=False,
    scheme_name="bearer",
    description="Access token from `POST /auth/token` (`Authorization: Bearer <token>`)",
)


@dataclass(frozen=True)
class Principal:
    """The signed-in user as the authorisation checks see them."""

    user_id: int
    username: str
    display_name: str
    role: Role
    municipality_id: str
    unit_ids: frozenset[str]  # every unit they reach (all of the municipality for procurement)
    certified: bool
    language: str

    def has_role(self, *roles: Role) -> bool:
        return self.role in roles

    def reaches_unit(self, unit_id: str) -> bool:
        return unit_id in self.unit_ids


def principal_for(session: Session, user: UserRow) -> Principal:
    if user.role == Role.PROCUREMENT:
        unit_ids = _municipality_units(session, user.municipality_id)
    else:
        unit_ids = frozenset(link.unit_id for link in user.units)
    return Principal(
        user_id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=Role(user.role),
        municipality_id=user.municipality_id,
        unit_ids=unit_ids,
        certified=user.certified,
        language=user.language,
    )


async def bearer_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
) -> str:
    """The raw bearer token of the request, or 401 ``token_invalid`` (``async``: no I/O,
    so no hop to the threadpool)."""
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials:
        raise unauthorized("token_invalid", "Sign in first (Authorization: Bearer <token>)")
    return credentials.credentials


BearerToken = Annotated[str, Depends(bearer_token)]


# The token, its user and the user's units (one row per unit): every request runs it.
_TOKEN_USER_UNITS_COLUMNS = (
    select(
        TokenRow.kind,
        TokenRow.revoked_at,
        TokenRow.expires_at,
        UserRow.active,
        UserRow.id,
        UserRow.username,
        UserRow.display_name,
        UserRow.role,
        UserRow.municipality_id,
        UserRow.certified,
        UserRow.language,
        UserUnitRow.unit_id,
    )
    .join(UserRow, UserRow.id == TokenRow.user_id)
    .outerjoin(UserUnitRow, UserUnitRow.user_id == UserRow.id)
)
TOKEN_USER_UNITS = _TOKEN_USER_UNITS_COLUMNS.where(TokenRow.token_hash == bindparam("hash"))
# The same for many tokens at once, each row ending with its hash (``front_batch``).
TOKENS_USER_UNITS = _TOKEN_USER_UNITS_COLUMNS.add_columns(TokenRow.token_hash).where(
    TokenRow.token_hash == any_(bindparam("hashes"))
)


def principal_of_token(session: Session, token: str) -> Principal:
    """The signed-in user of an access token, read in one Core statement (two for the
    procurement office: its units); 401 by the rules of ``authenticate``."""
    rows = session.connection().execute(TOKEN_USER_UNITS, {"hash": token_hash(token)}).all()
    municipality = procurement_municipality(rows)
    units = None if municipality is None else _municipality_units(session, municipality)
    return principal_of_rows(rows, units)


def procurement_municipality(rows: Sequence[Sequence[Any]]) -> str | None:
    """401 unless ``rows`` (of ``TOKEN_USER_UNITS``) are a live access token's; the
    municipality whose units the user reaches when they are the procurement office."""
    if not rows:
        raise unauthorized("token_invalid", f"Unknown {ACCESS} token")
    kind, revoked_at, expires_at, active = rows[0][:4]
    check_access_token(kind, revoked_at, expires_at, active)
    role, municipality = rows[0][7:9]
    return str(municipality) if role == Role.PROCUREMENT else None


def principal_of_rows(
    rows: Sequence[Sequence[Any]], municipality_units: frozenset[str] | None
) -> Principal:
    """The principal of checked rows (:func:`procurement_municipality`); the office's
    ``municipality_units``, None for everyone else (their units are in the rows)."""
    user_id, username, name, role, municipality, certified, language = rows[0][4:11]
    unit_ids = municipality_units
    if unit_ids is None:
        unit_ids = frozenset(row[11] for row in rows if row[11] is not None)
    return Principal(
        user_id=user_id,
        username=username,
        display_name=name,
        role=Role(role),
        municipality_id=municipality,
        unit_ids=unit_ids,
        certified=certified,
        language=language,
    )


MUNICIPALITY_UNITS = select(UnitRow.id).where(UnitRow.municipality_id == bindparam("municipality"))


def _municipality_units(session: Session, municipality_id: str) -> frozenset[str]:
    units = session.scalars(MUNICIPALITY_UNITS, {"municipality": municipality_id})
    return frozenset(units)


def get_principal(session: DbSession, token: BearerToken) -> Principal:
    return principal_of_token(session, token)


CurrentUser = Annotated[Principal, Depends(get_principal)]


def require_roles(*roles: Role) -> Callable[[Principal], Awaitable[Principal]]:
    """A dependency: the principal if their role is one of ``roles``, else 403."""
    allowed = frozenset(roles)

    async def dependency(principal: CurrentUser) -> Principal:
        if principal.role not in allowed:
            raise forbidden("Your role may not do this")
        return principal

    return dependency


def check_unit_access(
    session: Session, principal: Principal, unit_id: str, roles: Iterable[Role] | None = None
) -> UnitRow:
    """The unit if ``principal`` may reach it (with one of ``roles``, when given).

    404 ``not_found`` when no unit ``unit_id`` exists in the principal's municipality
    (other municipalities' units are not revealed), 403 ``forbidden`` otherwise.
    """
    unit = session.get(UnitRow, unit_id)
    check_unit_reach(principal, unit_id, unit.municipality_id if unit else None, roles)
    return cast("UnitRow", unit)


def check_unit_reach(
    principal: Principal,
    unit_id: str,
    municipality_id: str | None,
    roles: Iterable[Role] | None = None,
) -> None:
    """:func:`check_unit_access` for a unit looked up already: ``municipality_id`` is its
    municipality, None when there is no such unit."""
    if municipality_id is None or municipality_id != principal.municipality_id:
        raise not_found("Unknown unit", "unit_id")
    if roles is not None and principal.role not in frozenset(roles):
        raise forbidden("Your role may not do this for a unit", "unit_id")
    if not principal.reaches_unit(unit_id):
        raise forbidden("This unit is not one of yours", "unit_id")


@dataclass(frozen=True)
class UnitAccess:
    """A unit the principal may reach, as given to a unit-scoped route."""

    principal: Principal
    unit: UnitRow


def unit_scope(*roles: Role) -> Callable[..., UnitAccess]:
    """A dependency for routes with ``{unit_id}``: the unit, if the principal reaches it."""
    allowed = roles or tuple(Role)

    def dependency(unit_id: str, principal: CurrentUser, session: DbSession) -> UnitAccess:
        return UnitAccess(principal, check_unit_access(session, principal, unit_id, allowed))

    return dependency


def municipality_unit(session: Session, principal: Principal, unit_id: str) -> UnitRow:
    """A unit of the principal's municipality (reference data, any role), else 404."""
    unit = session.get(UnitRow, unit_id)
    if unit is None or unit.municipality_id != principal.municipality_id:
        raise not_found("Unknown unit", "unit_id")
    return unit
