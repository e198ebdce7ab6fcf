"""Installations report a heartbeat; those who support a unit see its devices."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from central_api.authz import CurrentUser, UnitAccess, unit_scope
from central_api.deps import DbSession
from central_api.schemas.common import AUTHENTICATED_ERRORS, error_responses
from central_api.schemas.devices import DeviceList, DeviceOut, HeartbeatIn
from central_api.services import devices
from desktop.domain.reference import Role

router = APIRouter(tags=["devices"])

SupportedUnit = Annotated[
    UnitAccess, Depends(unit_scope(Role.MANAGER, Role.SUPERUSER, Role.PROCUREMENT))
]


@router.post(
    "/devices/heartbeat",
    response_model=DeviceOut,
    responses=error_responses(400, *AUTHENTICATED_ERRORS, 422),
)
def heartbeat(body: HeartbeatIn, principal: CurrentUser, session: DbSession) -> DeviceOut:
    """Record this installation's app version, last sync and outbox length."""
    return devices.record_heartbeat(session, principal, body)


@router.get(
    "/units/{unit_id}/devices",
    response_model=DeviceList,
    responses=error_responses(*AUTHENTICATED_ERRORS, 403, 404),
)
def unit_devices(access: SupportedUnit, session: DbSession) -> DeviceList:
    """The installations of the unit's users with their last heartbeat.

    Managers, superusers and procurement, for units they reach.
    """
    return DeviceList(items=devices.devices_of_unit(session, access.unit.id))
