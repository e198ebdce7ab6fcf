"""What the Cart and Orders views call: the cart, the checks, placing, changing and
cancelling a queued order. Everything here is local (the store and the PEPPOL writer):
placing works offline, and the outbox sender delivers the orders when it can.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from decimal import Decimal

from desktop.domain.cart import Cart, CartLine, SupplierGroup
from desktop.domain.catalogue import CatalogueLine
from desktop.domain.delivery_calendar import DEFAULT_COUNTRY, closed_days
from desktop.domain.errors import AvropError
from desktop.domain.order import Order, OrderLine
from desktop.domain.order_accounting import AccountingString
from desktop.domain.order_delivery import Delivery, DropDays, delivery_for, drop_days_for
from desktop.domain.order_problems import Problem, blocking
from desktop.domain.order_rules import PlacingContext, budget_for, check_cart
from desktop.domain.order_settings import Budget, OrderSettings
from desktop.domain.order_wire import PlaceOrderRequest
from desktop.domain.quantity import QuantityRule, check_quantity
from desktop.domain.reference import Agreement, Me, Role, Supplier, Unit
from desktop.peppol.order_mapping import order_xml
from desktop.storage.cart_repo import CartRepository
from desktop.storage.guidance_choices import REASON_MAX, OffAgreementChoices
from desktop.storage.order_repo import NewOrder, OrderEntry, OrderRepository
from desktop.storage.order_settings_repo import OrderSettingsRepository
from desktop.storage.outbox_repo import OutboxRepository
from desktop.storage.reference_repo import ReferenceRepository

DROP_DATES_OFFERED = 10


@dataclass(frozen=True)
class GroupReview:
    """One order-to-be of the cart: its supplier, account, budget and problems."""

    group: SupplierGroup
    supplier: Supplier | None
    agreement: Agreement | None
    account: str | None
    budget: Budget | None
    problems: tuple[Problem, ...]

    @property
    def blocked(self) -> bool:
        return bool(blocking(self.problems))

    @property
    def needs_approval(self) -> bool:
        return any(p.code == "needs_approval" for p in self.problems)


@dataclass(frozen=True)
class CartReview:
    """The cart of a unit as it would be placed now: one order per supplier."""

    unit: Unit
    cart: Cart
    groups: tuple[GroupReview, ...]
    delivery: Delivery
    drop_dates: tuple[date, ...]
    requested_date: date | None

    @property
    def can_place(self) -> bool:
        return bool(self.groups) and not any(g.blocked for g in self.groups)

    @property
    def total(self) -> Decimal:
        return sum((g.group.total for g in self.groups), Decimal("0.00"))


@dataclass(frozen=True)
class PlaceResult:
    placed: tuple[OrderEntry, ...]
    review: CartReview


@dataclass
class OrderService:
    """Carts and local orders of the signed-in user (call from the database thread)."""

    carts: CartRepository
    orders: OrderRepository
    outbox: OutboxRepository
    reference: ReferenceRepository
    settings: OrderSettingsRepository
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    on_placed: Callable[[], None] | None = None  # e.g. wake the outbox sender
    choices: OffAgreementChoices | None = None  # reasons recorded in Find, per cart item

    # -- the cart ------------------------------------------------------------------------

    def cart(self, unit_id: str) -> Cart:
        return self.carts.cart(unit_id)

    def add_to_cart(self, unit_id: str, item: CatalogueLine, quantity: Decimal) -> Cart:
        """Add an item from the catalogue; the quantity must suit the item."""
        line = CartLine.from_catalogue(item, quantity)
        existing = self.carts.cart(unit_id).line(*line.key)
        total = quantity + (existing.quantity if existing else Decimal("0"))
        problem = check_quantity(total, line.rule)
        if problem is not None:
            raise AvropError(
                problem.code, f"{item.name}: quantity {total} is not allowed", "quantity"
            )
        return self.carts.add(unit_id, line)

    def set_quantity(self, unit_id: str, supplier_id: str, item_id: str, qty: Decimal) -> Cart:
        return self.carts.set_quantity(unit_id, supplier_id, item_id, qty)

    def remove(self, unit_id: str, supplier_id: str, item_id: str) -> Cart:
        return self.carts.remove(unit_id, supplier_id, item_id)

    def restore(self, unit_id: str, line: CartLine) -> Cart:
        """Put a removed line back as it was (the Undo of a removal)."""
        return self.carts.add(unit_id, line)

    def cart_counts(self) -> dict[str, int]:
        return self.carts.line_counts()

    # -- checks and placing ----------------------------------------------------------------

    def _me(self) -> Me:
        me = self.reference.me()
        if me is None:
            raise AvropError("not_signed_in", "Sign in to order.")
        return me

    def review(
        self,
        unit_id: str,
        requested_date: date | None = None,
        off_agreement_reason: str | None = None,
    ) -> CartReview:
        """The cart split into orders, each with what blocks or qualifies it."""
        me = self._me()
        units = {u.id: u for u in self.reference.units()}
        unit = units.get(unit_id)
        if unit is None:
            raise AvropError("unit_unknown", f"Unknown unit {unit_id}.")
        cart = self.carts.cart(unit_id)
        groups = cart.groups()
        settings = self.settings.get(unit_id)
        suppliers = {s: self.reference.supplier(s) for s in {g.supplier_id for g in groups}}
        agreement_ids = {g.agreement_id for g in groups if g.agreement_id}
        agreements = {a: self.reference.agreement(a) for a in agreement_ids}
        delivery = delivery_for(unit, units).with_date(requested_date)
        hub_days = (
            {delivery.via_hub_id: settings.hub_drop_days}
            if settings and delivery.via_hub_id
            else {}
        )
        supplier_days = settings.supplier_drop_days if settings else {}
        today = self.clock().astimezone().date()
        closed = _closed_days(delivery, settings, today)
        party_closed = settings.closed_dates if settings else {}
        drops = {
            g.supplier_id: drop_days_for(
                delivery, g.supplier_id, hub_days, supplier_days, closed, party_closed
            )
            for g in groups
        }
        ctx = PlacingContext(
            today=today,
            me=me,
            unit=unit,
            suppliers={k: v for k, v in suppliers.items() if v is not None},
            agreements={k: v for k, v in agreements.items() if v is not None},
            settings=settings,
            pending=self._pending(unit_id),
            drop_days=drops,
            requested_date=requested_date,
            off_agreement_reason=off_agreement_reason,
        )
        checked = check_cart(groups, ctx)
        reviews = tuple(
            GroupReview(
                g,
                suppliers.get(g.supplier_id),
                agreements.get(g.agreement_id) if g.agreement_id else None,
                settings.account_for(g.agreement_id) if settings else None,
                budget_for(g, ctx),
                tuple(problems),
            )
            for g, problems in zip(groups, checked, strict=True)
        )
        return CartReview(
            unit, cart, reviews, delivery, _offered_dates(drops, today, closed), requested_date
        )

    def _pending(self, unit_id: str) -> dict[str, Decimal]:
        pending: dict[str, Decimal] = {}
        for entry in self.orders.entries([unit_id]):
            if entry.outbox is not None:
                account = entry.order.accounting.account
                pending[account] = pending.get(account, Decimal("0")) + entry.order.total
        return pending

    def place(
        self,
        unit_id: str,
        requested_date: date | None = None,
        note: str = "",
        off_agreement_reason: str | None = None,
    ) -> PlaceResult:
        """Place the whole cart, one order per supplier, if nothing blocks it.

        Orders, documents and outbox entries are written in one transaction; from then
        on they are safe. Returns the review unchanged (nothing placed) when blocked.
        """
        review = self.review(unit_id, requested_date, off_agreement_reason)
        if not review.can_place:
            return PlaceResult((), review)
        me = self._me()
        settings = self.settings.get(unit_id)
        now = self.clock()
        new_orders = []
        for item in review.groups:
            # The checks block a cart without settings or with an unknown supplier.
            if settings is None or item.supplier is None or item.account is None:
                raise AvropError("order_settings_missing", "Sync once before ordering.")
            order = Order(
                id=str(uuid.uuid4()),
                unit_id=unit_id,
                supplier_id=item.group.supplier_id,
                agreement_id=item.group.agreement_id,
                accounting=AccountingString(
                    review.unit.cost_centre, item.account, settings.project
                ),
                delivery=review.delivery,
                currency=item.group.currency,
                lines=tuple(_order_line(n, line) for n, line in enumerate(item.group.lines, 1)),
                created_by=me.username,
                created_at=now,
                placed_by_name=me.display_name,
                on_behalf_of=review.unit.name if me.role is Role.SUPERUSER else "",
                note=note.strip(),
                off_agreement_reason=self._reason(unit_id, item.group, off_agreement_reason),
            )
            body = self._body(order, item.supplier, settings)
            new_orders.append(NewOrder(order, body, tuple(ln.key for ln in item.group.lines)))
        placed = self.orders.place(new_orders, me.username, now)
        if self.choices is not None:
            self.choices.forget(unit_id, [key for new in new_orders for key in new.cart_keys])
        if self.on_placed is not None:
            self.on_placed()
        return PlaceResult(tuple(placed), review)

    def _reason(self, unit_id: str, group: SupplierGroup, typed: str | None) -> str | None:
        """Beside the agreements: the reason typed in the cart. Under an agreement: the
        reasons recorded in Find for the group's items (why a supplier ranked lower in a
        ranked cascade was chosen), if any."""
        if group.agreement_id is None:
            return (typed or "").strip() or None
        if self.choices is None:
            return None
        keys = {line.key for line in group.lines}
        recorded = [
            c.reason
            for c in self.choices.choices(unit_id)
            if (c.supplier_id, c.seller_item_id) in keys and c.reason
        ]
        return "; ".join(dict.fromkeys(recorded))[:REASON_MAX] or None

    def _body(self, order: Order, supplier: Supplier, settings: OrderSettings) -> bytes:
        if settings.buyer is None:
            raise AvropError("order_settings_missing", "The municipality's details are missing.")
        on_behalf_by = (order.placed_by_name or order.created_by) if order.on_behalf_of else ""
        document = order_xml(order, settings.buyer, supplier, on_behalf_by)
        return PlaceOrderRequest(
            order.unit_id,
            order.supplier_id,
            order.agreement_id,
            order.accounting,
            order.currency,
            order.total,
            document,
            order.off_agreement_reason,
        ).to_bytes()

    # -- queued orders -------------------------------------------------------------------

    def entries(self, unit_ids: list[str] | None = None) -> list[OrderEntry]:
        """The orders of ``unit_ids`` (all when None) the signed-in user may see, as the
        server decides: an orderer their own; a manager, superuser or the office every
        order of the units they reach. None when nobody is signed in: on a shared
        computer the store holds other users' orders too."""
        me = self.reference.me()
        if me is None:
            return []
        reached = set(me.unit_ids)
        units = [u for u in (reached if unit_ids is None else unit_ids) if u in reached]
        placed_by = me.username if me.role is Role.ORDERER else None
        return self.orders.entries(units, placed_by)

    def change_queued(self, order_id: str, quantities: Mapping[str, Decimal]) -> OrderEntry:
        """Change a queued (or refused) order's quantities (0 removes a line) and queue it
        again; the new version goes under a new key."""
        entry = self.orders.entry(order_id)
        if entry is None:
            raise AvropError("order_missing", "The order no longer exists.")
        if not entry.order.editable or (entry.outbox is not None and entry.outbox.in_flight):
            raise AvropError("order_not_editable", "The order can no longer be changed.")
        lines = []
        for line in entry.order.lines:
            quantity = quantities.get(line.line_id, line.quantity)
            if quantity == 0:
                continue
            problem = check_quantity(quantity, QuantityRule(line.unit_code))
            if problem is not None:
                raise AvropError(
                    problem.code, f"{line.name}: {quantity} is not allowed", "quantity"
                )
            lines.append(replace(line, quantity=quantity))
        if not lines:
            raise AvropError("order_empty", "An order needs at least one line; cancel it instead.")
        order = replace(entry.order, lines=tuple(lines))
        supplier = self.reference.supplier(order.supplier_id)
        settings = self.settings.get(order.unit_id)
        if supplier is None or settings is None:
            raise AvropError("order_settings_missing", "Connect once to refresh the unit's data.")
        return self.orders.replace_queued(
            order, self._body(order, supplier, settings), self.clock()
        )

    def cancel(self, order_id: str) -> OrderEntry:
        return self.orders.cancel(order_id, self.clock())

    def outbox_count(self, username: str | None) -> int:
        return self.outbox.count(username) if username else 0

    def mark_seen(self, order_ids: list[str]) -> None:
        self.orders.mark_seen(order_ids)


def _order_line(number: int, line: CartLine) -> OrderLine:
    if line.price is None:
        raise AvropError("price_missing", f"{line.name} has no price.")
    return OrderLine(
        line_id=str(number),
        seller_item_id=line.seller_item_id,
        name=line.name,
        quantity=line.quantity,
        unit_code=line.unit_code,
        price=line.price,
        base_quantity=line.base_quantity,
        gtin=line.gtin,
    )


def _closed_days(
    delivery: Delivery, settings: OrderSettings | None, today: date
) -> frozenset[date]:
    """The holidays of the country the goods are dropped in (this year and next)."""
    country = delivery.location_address.country or (
        settings.buyer.country if settings and settings.buyer else DEFAULT_COUNTRY
    )
    return closed_days(country, (today.year, today.year + 1))


def _offered_dates(
    drops: Mapping[str, DropDays], today: date, closed: frozenset[date]
) -> tuple[date, ...]:
    """The next drop days that suit every supplier of the cart (all days if none do),
    never a holiday nor a day the hub or a supplier is closed."""
    days = list(drops.values()) or [DropDays()]
    common = frozenset.intersection(*(d.weekdays for d in days)) or frozenset(range(5))
    lead = max(d.lead_days for d in days)
    shut = closed.union(*(d.closed for d in days))  # holidays, closed hub or supplier days
    return tuple(DropDays(common, lead, shut).next_dates(today, DROP_DATES_OFFERED))


__all__ = ["CartReview", "GroupReview", "OrderService", "PlaceResult"]
