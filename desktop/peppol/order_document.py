"""A PEPPOL BIS 3 Order as plain data (what ``order_writer`` writes and ``order_reader`` reads)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from desktop.domain.reference import Address
from desktop.peppol import ubl_names as u
from desktop.peppol.parties import Originator, Party

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Delivery:
    """Where and when to deliver.

    ``location_id`` is the delivery point's GLN (``DeliveryLocation/ID``, scheme 0088).
    ``final_recipient`` names the unit the goods are for when they go through the
    municipal transshipment hub (``DeliveryParty/PartyName/Name``).
    """

    location_id: str | None = None
    address: Address | None = None
    requested_from: date | None = None
    requested_to: date | None = None
    final_recipient: str = ""


@dataclass(frozen=True)
class OrderLineDoc:
    """One order line. ``price`` is for ``base_quantity`` units of ``unit_code``."""

    line_id: str
    quantity: Decimal
    unit_code: str
    price: Decimal
    name: str
    base_quantity: Decimal = Decimal(1)
    seller_item_id: str | None = None
    gtin: str | None = None
    accounting_cost: str = ""

    @property
    def line_amount(self) -> Decimal:
        """quantity × price ÷ base quantity, rounded half up to two decimals.

        0.00 for a base quantity not above zero (a line the rules refuse anyway).
        """
        if self.base_quantity <= 0:
            return Decimal("0.00")
        return (self.quantity * self.price / self.base_quantity).quantize(CENT, ROUND_HALF_UP)


@dataclass(frozen=True)
class OrderDocument:
    """An order to one supplier, in one currency.

    ``buyer`` carries the ordering unit's contact; ``seller`` needs its ``country``.
    ``originator`` is the person who placed it for the unit (a superuser on behalf).
    ``contract_id`` is the framework agreement (``Contract/ID``), ``accounting_cost``
    the unit's accounting string.
    """

    order_id: str
    issue_date: date
    currency: str
    buyer: Party
    seller: Party
    lines: tuple[OrderLineDoc, ...]
    customer_reference: str = ""
    accounting_cost: str = ""
    delivery: Delivery | None = None
    contract_id: str | None = None
    note: str = ""
    profile_id: str = u.ORDERING_PROFILE
    originator: Originator | None = None

    @property
    def total(self) -> Decimal:
        """The sum of the line amounts (``AnticipatedMonetaryTotal``; no VAT, no charges)."""
        return sum((line.line_amount for line in self.lines), Decimal("0.00"))
