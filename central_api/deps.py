"""Request-scoped dependencies: the database session and the server config."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

import anyio
from fastapi import Depends, Request
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from central_api.config import ServerConfig


async def get_session(request: Request) -> AsyncIterator[Session]:
    """One session per request; routes commit what they change.

    Made on the event loop (a session opens no connection until it is used). At the end
    a session that still holds a connection (a read that did not commit) is closed in
    the threadpool, off the loop; one that committed is closed here at no I/O cost.
    """
    session: Session = request.app.state.sessions()
    try:
        yield session
    finally:
        if session.in_transaction():
            with anyio.CancelScope(shield=True):
                await run_in_threadpool(session.close)
        else:
            session.close()


def read_sessions(request: Request) -> sessionmaker[Session]:
    """Sessions for a request that only reads (``central_api.db.read_engine``)."""
    sessions: sessionmaker[Session] = request.app.state.read_sessions
    return sessions


async def get_config(request: Request) -> ServerConfig:
    config: ServerConfig = request.app.state.config
    return config


DbSession = Annotated[Session, Depends(get_session)]
Config = Annotated[ServerConfig, Depends(get_config)]
