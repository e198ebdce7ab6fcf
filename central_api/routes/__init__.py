"""HTTP routes, one module per area; ``ROUTERS`` lists them for ``create_app``."""

from __future__ import annotations

from fastapi import APIRouter

from central_api.routes import (
    auth,
    calloffs,
    catalogue_snapshot,
    catalogues,
    devices,
    guidance,
    health,
    me,
    orders,
    pictures,
    reference,
    requests,
    spend,
    support,
)

ROUTERS: tuple[APIRouter, ...] = (
    health.router,
    auth.router,
    me.router,
    reference.router,
    devices.router,
    spend.router,
    guidance.router,
    requests.router,
    calloffs.router,
    catalogues.router,
    catalogue_snapshot.router,
    pictures.router,
    orders.router,
    support.router,
)
