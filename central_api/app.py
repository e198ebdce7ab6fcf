"""``create_app(config)``: migrations to head, optional demo seed, routes and handlers."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date, timedelta

from fastapi import FastAPI
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from central_api import __version__
from central_api.config import ServerConfig
from central_api.db import create_db_engine, read_engine, session_factory, upgrade_to_head
from central_api.errors import install_error_handlers
from central_api.front import CentralApi
from central_api.front_pool import front_pool_for
from central_api.limits import BodyLimitMiddleware
from central_api.openapi_doc import install_openapi
from central_api.routes import ROUTERS
from central_api.services.cleanup import cleanup_loop
from central_api.services.order_validator import Validator
from central_api.services.reference_version import install_reference_version
from central_api.storage_guard import install_storage_guard
from central_api.url_guard import UrlGuardMiddleware

log = logging.getLogger(__name__)

TITLE = "Avrop central API"
DESCRIPTION = (
    "Reference central procurement API of Avrop: reference data of the municipality, "
    "sign-in with short-lived bearer tokens, device heartbeats. Every error answer is "
    '`{"code", "message", "field"}`.'
)


def guarded_sessions(engine: Engine) -> sessionmaker[Session]:
    """Sessions of ``engine`` whose flushes check values and bump the reference version
    (every process that writes uses these)."""
    sessions = session_factory(engine)
    install_storage_guard(sessions)
    install_reference_version(sessions)
    return sessions


def create_app(config: ServerConfig) -> FastAPI:
    """The ASGI app for ``config``; the database is migrated (and demo-seeded) now."""
    config.data_dir.mkdir(parents=True, exist_ok=True)
    engine = create_db_engine(config.effective_database_url)
    upgrade_to_head(engine)
    sessions = guarded_sessions(engine)
    if config.demo:
        from central_api.demo.seed import seed_demo

        with sessions() as session:
            if seed_demo(session, config.demo_today, config.demo_variant):
                log.info("Seeded the demo municipality")
            else:
                log.info("Demo data already present; not seeding again")

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        window = timedelta(seconds=config.sign_in_window_s)
        cleanup = asyncio.create_task(cleanup_loop(sessions, config.cleanup_interval_s, window))
        validator = None
        if not config.validator_processes:  # else they run beside the workers
            validator = Validator(sessions, lambda: config.demo_today or date.today())
            _app.state.validator = validator
            validator.start()  # its own thread and sessions: never on the event loop
        yield
        if validator is not None:
            validator.stop()
        cleanup.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await cleanup
        if front_pool is not None:
            await front_pool.close()
        engine.dispose()

    front_pool = front_pool_for(engine)  # PostgreSQL: the minute sync's statements
    app = CentralApi(title=TITLE, version=__version__, description=DESCRIPTION, lifespan=lifespan)
    app.state.config = config
    app.state.engine = engine
    app.state.sessions = sessions
    app.state.read_engine = read_engine(engine)
    app.state.read_sessions = session_factory(app.state.read_engine)  # never writes
    app.state.front_pool = front_pool
    install_error_handlers(app)
    app.add_middleware(BodyLimitMiddleware, default_limit=config.max_body_bytes)
    app.add_middleware(UrlGuardMiddleware)
    for router in ROUTERS:
        app.include_router(router)
    install_openapi(app)
    return app
