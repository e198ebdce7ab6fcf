"""Orders: ``POST /orders`` (idempotent), follow-up lists, the document as received,
approval, the supplier's Order Response, goods receipt, and a unit's order settings."""

from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Body, Depends, Query, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from central_api.authz import (
    BearerToken,
    CurrentUser,
    UnitAccess,
    principal_for,
    principal_of_token,
    unit_scope,
)
from central_api.config import ServerConfig
from central_api.deps import Config, DbSession, read_sessions
from central_api.errors import ApiError, forbidden
from central_api.limits import body_limit
from central_api.schemas.common import AUTHENTICATED_ERRORS, error_responses
from central_api.schemas.orders import (
    ApprovalIn,
    OrderList,
    OrderOut,
    OrderSettingsOut,
    PlaceOrderIn,
    ReceiptIn,
)
from central_api.schemas.peppol import DocumentRejected
from central_api.services import idempotency
from central_api.services.order_accept import accept_order
from central_api.services.order_followup import decide_approval, record_receipt, record_response
from central_api.services.order_numbering import commit_numbered
from central_api.services.order_placing import parse_answer
from central_api.services.order_settings import order_settings
from central_api.services.order_sync import order_page
from central_api.services.order_validator import wake_validator
from central_api.services.order_views import (
    order_json,
    placer_people,
    readable_order,
)
from central_api.services.peppol_rules import document_text
from central_api.services.tokens import authenticate
from desktop.domain.reference import Role

log = logging.getLogger(__name__)

router = APIRouter(tags=["orders"])

RESPONDING_ROLES = (Role.PROCUREMENT,)  # and supplier accounts, when a municipality has them
RECEIVING_ROLES = (Role.ORDERER, Role.MANAGER)
MAX_ORDER_BYTES = 2 * 1024 * 1024
XML_MEDIA = "application/xml"

IdempotencyKey = idempotency.IdempotencyKey


async def raw_body(request: Request) -> bytes:
    """The request body, read on the event loop so that the route itself can be a plain
    ``def`` (its database work then runs in the threadpool, never on the loop)."""
    return await request.body()


def _today(config: ServerConfig) -> date:
    return config.demo_today or date.today()


_DOCUMENT_REJECTED = {
    "model": DocumentRejected,
    "description": "`document_invalid`: the document does not conform to PEPPOL BIS 3 "
    "(XSD + official rules, release 2026.5); `errors` lists rule id, location, line and "
    "message of each finding and nothing is stored. Other codes (`document_mismatch`, "
    "`validation_error`, …) carry no `errors`.",
}


_ACCEPTED = (
    "Accepted and stored as `validating`; the checks (XSD, the official rules, the "
    "unit's cost centre, agreement, amounts, approval limit) run next, and the order "
    "moves to `sent` or `awaiting_approval` (as a 201 did), or to `refused` with the "
    "findings a 422 gave in `refusal`. Follow it with `GET /orders?since` or the "
    "`Location`. A repeat with the same key gets this first answer again."
)


@router.post(
    "/orders",
    status_code=202,
    response_model=OrderOut,
    openapi_extra=body_limit(MAX_ORDER_BYTES),
    responses={
        202: {"description": _ACCEPTED},
        **error_responses(*AUTHENTICATED_ERRORS, 400, 403, 404, 409),
        422: _DOCUMENT_REJECTED,
    },
)
def post_order(
    request: Request,
    body: PlaceOrderIn,
    token: BearerToken,
    session: DbSession,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Place an order for one of your units (orderers and managers, certified; superusers
    on behalf of the units they support).

    Answers 202 `validating` at once: only who orders for which unit (403/404), the
    supplier and agreement named (422 `supplier_unknown` / `agreement_unknown`), a
    readable XML Order with its ID (422 `document_invalid`) and a new Order ID (409
    `order_duplicate`) are checked before the answer. The document is then checked in
    the background against the UBL schema and the official PEPPOL BIS 3 Order rules
    (T01), read by Avrop and matched with the JSON; the order becomes `sent`,
    `awaiting_approval` (over the unit's approval limit) or `refused` (its `refusal`
    holds what a 422 held). A corrected order may reuse the Order ID of its refused one.

    Idempotent: the server keeps the key with the order for as long as the order exists.
    A repeat with the same key and body gets the first answer again (header
    `Idempotent-Replayed: true`); the same key with another body gets 422
    `idempotency_key_reused`; a repeat while the first is still handled gets 409
    `idempotency_in_progress`; no key gets 400 `idempotency_key_missing`.
    """

    # The sign-in check of ``CurrentUser``, in this route's one hop to the threadpool (a
    # sync dependency would be a hop of its own).
    principal = principal_of_token(session, token)
    new_order: list[int] = []  # the id of an order this request stored

    def create() -> idempotency.Created:
        accepted = accept_order(session, principal, body)
        row = accepted.row
        answer = order_json(session, row, placer_people(principal, row, accepted.unit_name))
        if accepted.new:
            new_order.append(row.id)
        return idempotency.Created(202, answer, "order", str(row.id), order_id=row.id)

    def commit(session: Session, stored: idempotency.Completion) -> None:
        if new_order:  # numbered last (with the key stored), waking the validators
            commit_numbered(session, new_order[0], notify=True, stored=stored)
        else:
            stored.run(session)
            session.commit()

    payload = body.model_dump(mode="json")
    done = idempotency.run(
        session, principal.user_id, idempotency_key, payload, create, None, commit
    )
    if done.replayed:
        return JSONResponse(
            done.body, status_code=done.status, headers={"Idempotent-Replayed": "true"}
        )
    wake_validator(request.app)
    return JSONResponse(
        done.body, status_code=202, headers={"Location": f"/orders/{done.body['id']}"}
    )


@router.get(
    "/orders",
    response_model=OrderList,
    responses=error_responses(*AUTHENTICATED_ERRORS, 403, 404, 422),
)
async def get_orders(
    request: Request,
    token: BearerToken,
    unit: Annotated[str | None, Query(description="One unit; default all you reach")] = None,
    since: Annotated[str, Query(pattern=r"^\d{1,18}$", description="The last cursor")] = "0",
) -> Response:
    """Orders changed after `since`, oldest change first (at most 200; `more` says if
    there are more). Orderers get their own orders, managers and superusers their
    units', the procurement office every unit's."""

    def page() -> dict[str, object]:
        # Every installation asks this every minute: one hop to the threadpool, a read
        # session (no transaction round trips on PostgreSQL), the sign-in check of
        # ``CurrentUser``.
        with read_sessions(request)() as session:
            principal = principal_for(session, authenticate(session, token))
            return order_page(session, principal, unit, int(since))

    return JSONResponse(await run_in_threadpool(page))


@router.get(
    "/orders/{order_id}",
    response_model=OrderOut,
    responses=error_responses(*AUTHENTICATED_ERRORS, 403, 404),
)
def get_order(order_id: str, principal: CurrentUser, session: DbSession) -> Response:
    """One order with its lines, answers, approval and goods received."""
    return JSONResponse(order_json(session, readable_order(session, principal, order_id)))


@router.get(
    "/orders/{order_id}/document",
    response_class=Response,
    responses={
        200: {
            "content": {XML_MEDIA: {"schema": {"type": "string"}}},
            "description": "The PEPPOL Order as received",
        },
        **error_responses(*AUTHENTICATED_ERRORS, 403, 404),
    },
)
def get_order_document(order_id: str, principal: CurrentUser, session: DbSession) -> Response:
    """The PEPPOL BIS 3 Order document exactly as it was received."""
    row = readable_order(session, principal, order_id)
    return Response(row.document.encode("utf-8"), media_type=XML_MEDIA)


@router.post(
    "/orders/{order_id}/approval",
    response_model=OrderOut,
    responses=error_responses(*AUTHENTICATED_ERRORS, 403, 404, 409, 422),
)
def post_approval(
    order_id: str, decision: ApprovalIn, principal: CurrentUser, session: DbSession
) -> Response:
    """Another manager of the unit approves or declines an order over the approval limit
    (else the procurement office; never the person who placed it: the order's
    `approvers` names who may). A reason is required to decline. 409
    `order_state_invalid` unless it awaits approval."""
    row = readable_order(session, principal, order_id)
    decide_approval(session, principal, row, decision.approve, decision.reason)
    session.commit()
    return JSONResponse(order_json(session, row))


@router.post(
    "/orders/{order_id}/response",
    response_model=OrderOut,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {XML_MEDIA: {"schema": {"type": "string"}}},
            "description": "A PEPPOL BIS 3 Order Response (AB, AP, RE or CA)",
        }
    },
    responses={
        **error_responses(*AUTHENTICATED_ERRORS, 403, 404, 409, 415),
        422: _DOCUMENT_REJECTED,
    },
)
def post_response(
    order_id: str,
    request: Request,
    data: Annotated[bytes, Depends(raw_body)],
    principal: CurrentUser,
    session: DbSession,
) -> Response:
    """The supplier's answer, as a PEPPOL Order Response (procurement office or supplier
    accounts). CA must list the changed lines. The orderer sees it on the next sync.
    The document must conform to the official PEPPOL BIS 3 Order Response rules (T76),
    else 422 `document_invalid` lists the findings and nothing is stored."""
    if principal.role not in RESPONDING_ROLES:
        raise forbidden("Only the supplier or the procurement office answers orders")
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in (XML_MEDIA, "text/xml"):
        raise ApiError(415, "unsupported_media_type", "Send the Order Response as XML")
    row = readable_order(session, principal, order_id)
    answer = parse_answer(data, row)
    record_response(session, principal, row, answer, document_text(data))
    session.commit()
    return JSONResponse(order_json(session, row))


@router.post(
    "/orders/{order_id}/receipt",
    response_model=OrderOut,
    responses=error_responses(*AUTHENTICATED_ERRORS, 403, 404, 409, 422),
)
def post_receipt(
    order_id: str,
    receipt: Annotated[ReceiptIn, Body()],
    principal: CurrentUser,
    session: DbSession,
) -> Response:
    """Goods received now, per line (partial deliveries add up); kept for invoice
    matching. The order becomes `partly_delivered` or `delivered`."""
    row = readable_order(session, principal, order_id)
    if principal.role not in RECEIVING_ROLES:
        raise forbidden("Only the unit's staff receive goods")
    received: dict[str, Decimal] = {}
    for line in receipt.lines:
        received[line.line_id] = received.get(line.line_id, Decimal("0")) + Decimal(line.quantity)
    record_receipt(session, principal, row, received, receipt.note)
    session.commit()
    return JSONResponse(order_json(session, row))


@router.get(
    "/units/{unit_id}/order-settings",
    response_model=OrderSettingsOut,
    responses=error_responses(*AUTHENTICATED_ERRORS, 403, 404),
)
def get_order_settings(
    access: Annotated[UnitAccess, Depends(unit_scope())], session: DbSession, config: Config
) -> Response:
    """What the unit orders against this year: the account of each agreement, budget and
    spent per account, the default account and project, and the drop days."""
    return JSONResponse(order_settings(session, access.unit, _today(config)).to_json())
