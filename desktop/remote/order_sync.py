"""Follow-up: orders, answers and deliveries come back on the next sync.

``OrderSync.sync`` fetches each unit's order settings (accounts, budgets, drop days) and
the orders changed since the last cursor (``GET /orders?since=``), applies them to the
local store and says what the signed-in user should be told: an answer to one of their
orders, a changed state, an order waiting for their approval. It also carries the
follow-up actions that need the server: approval, goods receipt, the document.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from functools import partial
from urllib.parse import quote, urlencode

from desktop.domain.errors import AvropError
from desktop.domain.order import Order, OrderState
from desktop.domain.order_delivery import Delivery, delivery_for
from desktop.domain.order_settings import OrderSettings
from desktop.domain.order_wire import RemoteOrder, order_from_remote
from desktop.domain.reference import Address, Me, Role, Unit
from desktop.domain.values import format_money
from desktop.remote.errors import BadResponseError
from desktop.remote.http import ApiClient
from desktop.storage.database import RunDb, run_inline
from desktop.storage.order_repo import OrderRepository, RemoteChange
from desktop.storage.order_settings_repo import OrderSettingsRepository
from desktop.storage.reference_repo import ReferenceRepository

log = logging.getLogger(__name__)

CURSOR_RESOURCE = "orders"
MAX_PAGES = 100


class NoticeKind(StrEnum):
    ANSWERED = "answered"  # the supplier answered one of my orders
    STATE = "state"  # one of my orders moved on (approved, declined, delivered)
    APPROVAL = "approval"  # an order waits for my approval


@dataclass(frozen=True)
class OrderNotice:
    """Something to tell the signed-in user about an order."""

    kind: NoticeKind
    order: Order
    old_state: OrderState | None


@dataclass
class OrderSyncResult:
    changed: list[Order] = field(default_factory=list)
    notices: list[OrderNotice] = field(default_factory=list)
    settings: dict[str, OrderSettings] = field(default_factory=dict)


def notice_for(change: RemoteChange, me: Me) -> OrderNotice | None:
    order = change.order
    if order.created_by == me.username and change.old_state is not None:
        if change.new_responses > 0:
            return OrderNotice(NoticeKind.ANSWERED, order, change.old_state)
        if order.state is not change.old_state:
            return OrderNotice(NoticeKind.STATE, order, change.old_state)
    awaiting = order.state is OrderState.AWAITING_APPROVAL
    if (
        awaiting
        and me.role is Role.MANAGER
        and order.created_by != me.username
        and change.old_state is not OrderState.AWAITING_APPROVAL
    ):
        return OrderNotice(NoticeKind.APPROVAL, order, change.old_state)
    return None


def _delivery(unit_id: str, units: Mapping[str, Unit]) -> Delivery:
    unit = units.get(unit_id)
    if unit is not None:
        return delivery_for(unit, units)
    nowhere = Address("", "", "")
    return Delivery(unit_id, unit_id, nowhere, unit_id, nowhere, None)


class OrderSync:
    """Pulls order follow-up from the central API into the local store."""

    def __init__(
        self,
        api: ApiClient | Callable[[], ApiClient],
        orders: OrderRepository,
        reference: ReferenceRepository,
        settings: OrderSettingsRepository,
        *,
        run_db: RunDb = run_inline,
    ) -> None:
        self._client = api if callable(api) and not isinstance(api, ApiClient) else (lambda: api)
        self._orders = orders
        self._reference = reference
        self._settings = settings
        self._run_db = run_db

    def sync(self, me: Me) -> OrderSyncResult:
        result = OrderSyncResult()
        for unit_id in me.unit_ids:
            answer = self._client().get_json(f"/units/{quote(unit_id, safe='')}/order-settings")
            if not isinstance(answer.data, dict):
                raise BadResponseError(answer.status, "order settings are not an object")
            settings = OrderSettings.from_json(answer.data)
            self._run_db(partial(self._settings.save, settings))
            result.settings[unit_id] = settings
        state = self._run_db(lambda: self._reference.sync_state(CURSOR_RESOURCE))
        cursor = state.etag if state and state.etag else "0"
        units = {u.id: u for u in self._run_db(self._reference.units)}
        for _ in range(MAX_PAGES):
            answer = self._client().get_json("/orders?" + urlencode({"since": cursor}))
            data = answer.data
            if not isinstance(data, dict) or not isinstance(data.get("items"), list):
                raise BadResponseError(answer.status, "the order list is not {items: [...]}")
            for item in data["items"]:
                remote = RemoteOrder.from_json(item)
                delivery = _delivery(remote.unit_id, units)
                change = self._run_db(partial(self._orders.apply_remote, remote, delivery))
                if change is not None:
                    result.changed.append(change.order)
                    notice = notice_for(change, me)
                    if notice is not None:
                        result.notices.append(notice)
            cursor = str(data.get("cursor") or cursor)
            self._run_db(partial(self._reference.set_sync_state, CURSOR_RESOURCE, cursor))
            if not data.get("more"):
                break
        return result

    # -- follow-up actions ---------------------------------------------------------------

    def _apply(self, data: object, units: Mapping[str, Unit] | None = None) -> Order:
        if not isinstance(data, dict):
            raise BadResponseError(200, "the order is not an object")
        remote = RemoteOrder.from_json(data)
        units = (
            units if units is not None else {u.id: u for u in self._run_db(self._reference.units)}
        )
        delivery = _delivery(remote.unit_id, units)
        self._run_db(lambda: self._orders.apply_remote(remote, delivery))
        entry = self._run_db(lambda: self._orders.entry(remote.client_order_id))
        return entry.order if entry is not None else order_from_remote(remote, delivery)

    def decide(self, order: Order, approve: bool, reason: str) -> Order:
        """The manager approves or declines an order over the unit's limit."""
        answer = self._client().post_json(
            f"/orders/{_server_id(order)}/approval", {"approve": approve, "reason": reason}
        )
        return self._apply(answer.data)

    def receive(self, order: Order, received: Mapping[str, Decimal], note: str = "") -> Order:
        """Record goods received now (per line id; partial deliveries add up)."""
        lines = [
            {"line_id": line_id, "quantity": format_money(quantity)}
            for line_id, quantity in received.items()
            if quantity > 0
        ]
        answer = self._client().post_json(
            f"/orders/{_server_id(order)}/receipt", {"lines": lines, "note": note}
        )
        return self._apply(answer.data)

    def refresh(self, order: Order) -> Order:
        return self._apply(self._client().get_json(f"/orders/{_server_id(order)}").data)

    def document(self, order: Order) -> bytes:
        """The PEPPOL Order as the server received it."""
        answer = self._client().get_bytes(f"/orders/{_server_id(order)}/document")
        return answer.content or b""


def _server_id(order: Order) -> str:
    if not order.server_id:
        raise AvropError("order_not_sent", "The order has not reached the server yet.")
    return quote(order.server_id, safe="")
