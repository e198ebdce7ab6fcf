"""Bodies of ``/auth/token``, ``/auth/refresh`` and ``/auth/logout``."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, StrictStr

from central_api.schemas.input import InputModel


class TokenRequest(InputModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"username": "orderer", "password": "demo"}]}
    )

    username: StrictStr = Field(min_length=1, max_length=200)
    password: StrictStr = Field(min_length=1, max_length=1000)


class RefreshRequest(InputModel):
    refresh_token: StrictStr = Field(min_length=1, max_length=500)


class TokenResponse(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(description="Seconds until the access token expires")
