"""Device heartbeats: record one, list a unit's."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.authz import Principal
from central_api.models import DeviceRow, UserRow, UserUnitRow, utcnow
from central_api.schemas.devices import DeviceOut, HeartbeatIn


def _out(device: DeviceRow, user: UserRow) -> DeviceOut:
    return DeviceOut(
        device_id=device.device_id,
        username=user.username,
        display_name=user.display_name,
        app_version=device.app_version,
        last_sync_at=device.last_sync_at,
        outbox_length=device.outbox_length,
        oldest_queued_at=device.oldest_queued_at,
        last_error=device.last_error,
        last_heartbeat_at=device.last_heartbeat_at,
    )


def record_heartbeat(session: Session, principal: Principal, body: HeartbeatIn) -> DeviceOut:
    now = utcnow()
    device = session.get(DeviceRow, (principal.user_id, body.device_id))
    if device is None:
        device = DeviceRow(user_id=principal.user_id, device_id=body.device_id, first_seen_at=now)
        session.add(device)
    device.app_version = body.app_version
    # A heartbeat between syncs (the outbox changed) may not know the last sync.
    device.last_sync_at = body.last_sync_at or device.last_sync_at
    device.outbox_length = body.outbox_length
    device.oldest_queued_at = body.oldest_queued_at if body.outbox_length else None
    device.last_error = body.last_error if body.outbox_length else None
    device.last_heartbeat_at = now
    session.commit()
    user = session.get(UserRow, principal.user_id)
    assert user is not None
    return _out(device, user)


def devices_of_unit(session: Session, unit_id: str) -> list[DeviceOut]:
    """Devices of every user linked to ``unit_id``, most recent heartbeat first."""
    rows = session.execute(
        select(DeviceRow, UserRow)
        .join(UserRow, UserRow.id == DeviceRow.user_id)
        .join(UserUnitRow, UserUnitRow.user_id == UserRow.id)
        .where(UserUnitRow.unit_id == unit_id)
        .order_by(DeviceRow.last_heartbeat_at.desc(), DeviceRow.device_id)
    )
    return [_out(device, user) for device, user in rows]
