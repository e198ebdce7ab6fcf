"""An order to one supplier: its lines, its state and the transitions between states."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from desktop.domain.cart import line_amount
from desktop.domain.errors import AvropError
from desktop.domain.order_accounting import AccountingString
from desktop.domain.order_delivery import Delivery


class OrderState(StrEnum):
    """Where an order is, from the local outbox to the unit's door."""

    QUEUED = "queued"  # in the outbox; not yet confirmed by the server
    SENDING = "sending"  # a send is under way or its outcome is not yet known
    NEEDS_FIX = "needs_fix"  # the server refused it: edit and resend, or cancel
    CANCELLED = "cancelled"  # cancelled before it was sent
    AWAITING_APPROVAL = "awaiting_approval"  # over the unit's limit: waits for the manager
    DECLINED = "declined"  # the manager declined it
    VALIDATING = "validating"  # the server has it and is checking it (202 Accepted)
    REFUSED = "refused"  # the server's checks refused it (the app shows NEEDS_FIX)
    SENT = "sent"  # the server has it; the supplier has not answered yet
    ACKNOWLEDGED = "acknowledged"  # the supplier confirmed receipt (AB)
    ACCEPTED = "accepted"  # AP
    CHANGED = "changed"  # accepted with changes (CA)
    REJECTED = "rejected"  # RE
    PARTLY_DELIVERED = "partly_delivered"
    DELIVERED = "delivered"


LOCAL_STATES = frozenset(
    {OrderState.QUEUED, OrderState.SENDING, OrderState.NEEDS_FIX, OrderState.CANCELLED}
)
FINAL_STATES = frozenset(
    {OrderState.CANCELLED, OrderState.DECLINED, OrderState.REJECTED, OrderState.DELIVERED}
)
# The supplier has confirmed the lines (accepted, perhaps with changes, or delivered).
SUPPLIER_CONFIRMED = frozenset(
    {OrderState.ACCEPTED, OrderState.CHANGED, OrderState.PARTLY_DELIVERED, OrderState.DELIVERED}
)
# Orders in these states no longer count against the unit's budget.
NOT_SPENDING = frozenset(
    {OrderState.CANCELLED, OrderState.DECLINED, OrderState.REJECTED, OrderState.NEEDS_FIX}
)
ANSWERABLE = frozenset({OrderState.SENT, OrderState.ACKNOWLEDGED})
RECEIVABLE = frozenset(
    {
        OrderState.SENT,
        OrderState.ACKNOWLEDGED,
        OrderState.ACCEPTED,
        OrderState.CHANGED,
        OrderState.PARTLY_DELIVERED,
    }
)

_S = OrderState
_DELIVERY = frozenset({_S.PARTLY_DELIVERED, _S.DELIVERED})
_PLACED = frozenset({_S.SENT, _S.AWAITING_APPROVAL})  # as the server's checks left it
TRANSITIONS: dict[OrderState, frozenset[OrderState]] = {
    _S.QUEUED: frozenset({_S.SENDING, _S.CANCELLED, _S.NEEDS_FIX, _S.VALIDATING} | _PLACED),
    _S.SENDING: frozenset({_S.QUEUED, _S.NEEDS_FIX, _S.VALIDATING} | _PLACED),
    _S.NEEDS_FIX: frozenset({_S.QUEUED, _S.CANCELLED}),
    _S.VALIDATING: frozenset({_S.NEEDS_FIX} | _PLACED),  # the server's checks decide
    _S.REFUSED: frozenset(),  # the server's word only: the app shows it as NEEDS_FIX
    _S.AWAITING_APPROVAL: frozenset({_S.SENT, _S.DECLINED}),
    _S.SENT: frozenset({_S.ACKNOWLEDGED, _S.ACCEPTED, _S.CHANGED, _S.REJECTED}) | _DELIVERY,
    _S.ACKNOWLEDGED: frozenset({_S.ACCEPTED, _S.CHANGED, _S.REJECTED} | _DELIVERY),
    _S.ACCEPTED: _DELIVERY,
    _S.CHANGED: _DELIVERY,
    _S.PARTLY_DELIVERED: _DELIVERY,
    _S.CANCELLED: frozenset(),
    _S.DECLINED: frozenset(),
    _S.REJECTED: frozenset(),
    _S.DELIVERED: frozenset(),
}


def can_transition(current: OrderState, new: OrderState) -> bool:
    return new in TRANSITIONS[current]


def check_transition(current: OrderState, new: OrderState) -> None:
    """Raise ``order_state_invalid`` unless an order may go from ``current`` to ``new``."""
    if not can_transition(current, new):
        raise AvropError(
            "order_state_invalid", f"An order that is {current.value} cannot become {new.value}."
        )


@dataclass(frozen=True)
class OrderLine:
    """One line of an order; a changed response or a goods receipt fills the extras."""

    line_id: str
    seller_item_id: str
    name: str
    quantity: Decimal
    unit_code: str
    price: Decimal
    base_quantity: Decimal = Decimal("1")
    gtin: str | None = None
    changed_quantity: Decimal | None = None  # the supplier's new quantity (CA)
    changed_price: Decimal | None = None  # the supplier's new price (CA)
    received_quantity: Decimal = Decimal("0")
    substitute_item_id: str = ""  # the item the supplier delivers instead (CA)
    substitute_name: str = ""

    @property
    def amount(self) -> Decimal:
        return line_amount(self.quantity, self.price, self.base_quantity)

    @property
    def expected_quantity(self) -> Decimal:
        """What should arrive: the supplier's changed quantity, else the ordered one."""
        return self.quantity if self.changed_quantity is None else self.changed_quantity

    @property
    def confirmed_price(self) -> Decimal:
        return self.price if self.changed_price is None else self.changed_price

    @property
    def confirmed_amount(self) -> Decimal:
        return line_amount(self.expected_quantity, self.confirmed_price, self.base_quantity)

    @property
    def is_changed(self) -> bool:
        return (
            self.changed_quantity is not None
            or self.changed_price is not None
            or bool(self.substitute_item_id or self.substitute_name)
        )

    @property
    def outstanding(self) -> Decimal:
        return max(self.expected_quantity - self.received_quantity, Decimal("0"))


@dataclass(frozen=True)
class ResponseRecord:
    """One supplier answer to the order (PEPPOL Order Response) as the server kept it."""

    code: str  # AB, AP, RE or CA
    issued_at: datetime
    note: str
    received_at: datetime


@dataclass(frozen=True)
class ApprovalRecord:
    """The manager's decision on an order over the unit's approval limit."""

    approved: bool
    by: str
    reason: str
    at: datetime


@dataclass(frozen=True)
class Order:
    """An order as the app knows it. ``id`` is client-generated and never changes."""

    id: str
    unit_id: str
    supplier_id: str
    agreement_id: str | None
    accounting: AccountingString
    delivery: Delivery
    currency: str
    lines: tuple[OrderLine, ...]
    created_by: str
    created_at: datetime
    state: OrderState = OrderState.QUEUED
    note: str = ""
    off_agreement_reason: str | None = None
    server_id: str | None = None
    number: str | None = None  # the readable number the server gives it
    responses: tuple[ResponseRecord, ...] = ()
    approval: ApprovalRecord | None = None
    approvers: tuple[str, ...] = ()  # who may approve it now (the server says)
    placed_by_name: str = ""  # the display name of ``created_by`` (the server says)
    on_behalf_of: str = ""  # the unit's name when a superuser placed it for the unit

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0.00"))

    @property
    def label(self) -> str:
        """The order's number once the server gave one, else the start of its local id."""
        return self.number or self.id[:8]

    @property
    def confirmed_total(self) -> Decimal:
        return sum((line.confirmed_amount for line in self.lines), Decimal("0.00"))

    @property
    def editable(self) -> bool:
        """Whether the user may still change or cancel it (nothing has reached the server)."""
        return self.state in (OrderState.QUEUED, OrderState.NEEDS_FIX)

    def line(self, line_id: str) -> OrderLine | None:
        return next((ln for ln in self.lines if ln.line_id == line_id), None)

    def moved_to(self, state: OrderState) -> Order:
        """This order in ``state`` (staying put is always allowed)."""
        if state is self.state:
            return self
        check_transition(self.state, state)
        return replace(self, state=state)
