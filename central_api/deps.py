"""Request-scoped dependencies: the database session and the server config."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from central_api.config import ServerConfig


def get_session(request: Request) -> Iterator[Session]:
    """One session per request; routes commit what they change."""
    with request.app.state.sessions() as session:
        yield session


def get_config(request: Request) -> ServerConfig:
    config: ServerConfig = request.app.state.config
    return config


DbSession = Annotated[Session, Depends(get_session)]
Config = Annotated[ServerConfig, Depends(get_config)]
