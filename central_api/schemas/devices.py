"""Bodies of the device heartbeat and the per-unit device list."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, Field, StrictInt, StrictStr

from central_api.schemas.input import InputModel, in_range_moment


def _iso_string(value: Any) -> Any:
    if value is not None and not isinstance(value, str):
        raise ValueError("must be an ISO 8601 timestamp string or null")
    return value


def _as_utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


IsoTimestamp = Annotated[
    datetime | None,
    BeforeValidator(_iso_string),
    AfterValidator(in_range_moment),
    AfterValidator(_as_utc),
]


class HeartbeatIn(InputModel):
    """What an installation reports; naive timestamps are read as UTC."""

    device_id: StrictStr = Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9._:-]+$")
    app_version: StrictStr = Field(min_length=1, max_length=50)
    last_sync_at: IsoTimestamp = Field(description="Last successful sync, or null")
    outbox_length: StrictInt = Field(ge=0, le=1_000_000)
    oldest_queued_at: IsoTimestamp = Field(
        default=None, description="When the oldest item still waiting was queued, or null"
    )
    last_error: StrictStr | None = Field(
        default=None, max_length=500, description="The last error sending it, or null"
    )


class DeviceOut(BaseModel):
    device_id: str
    username: str
    display_name: str
    app_version: str
    last_sync_at: datetime | None
    outbox_length: int
    oldest_queued_at: datetime | None
    last_error: str | None
    last_heartbeat_at: datetime


class DeviceList(BaseModel):
    items: list[DeviceOut]
