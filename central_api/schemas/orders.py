"""Request and response models of the order endpoints (the OpenAPI contract).

The answers are ``desktop.domain.order_wire.RemoteOrder.to_json()``; the request of
``POST /orders`` is what ``PlaceOrderRequest.to_json()`` sends.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from central_api.schemas.input import InputModel
from central_api.schemas.peppol import DocumentRejected
from desktop.domain.order import OrderState

MONEY_PATTERN = r"^-?\d+(\.\d+)?$"
MONEY = Field(description='Decimal amount as a string, e.g. "1500.00"', pattern=MONEY_PATTERN)


class AccountingIn(InputModel):
    """The unit's accounting string; its text (parts joined by ``-``) must equal the
    document's ``AccountingCost``."""

    model_config = ConfigDict(extra="forbid")

    cost_centre: str = Field(min_length=1, max_length=32)
    account: str = Field(min_length=1, max_length=20)
    project: str | None = Field(default=None, max_length=32)


class PlaceOrderIn(InputModel):
    """``POST /orders``: a PEPPOL BIS 3 Order plus the unit and accounting data.

    Send it with an ``Idempotency-Key`` header (a client-generated UUID, the same for
    every retry of this order)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "unit_id": "u-forskola-solrosen",
                    "supplier_id": "s-coffee-1",
                    "agreement_id": "a-coffee",
                    "accounting": {"cost_centre": "3410", "account": "6110", "project": None},
                    "currency": "SEK",
                    "total": "549.00",
                    "off_agreement_reason": None,
                    "document": "<Order xmlns=...>...</Order>",
                }
            ]
        },
    )

    unit_id: str = Field(min_length=1, max_length=64)
    supplier_id: str = Field(min_length=1, max_length=64)
    agreement_id: str | None = Field(max_length=64, description="null: beside the agreements")
    accounting: AccountingIn
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    total: str = MONEY
    off_agreement_reason: str | None = Field(
        default=None, max_length=1000, description="Required when agreement_id is null"
    )
    document: str = Field(min_length=1, description="The PEPPOL BIS 3 Order XML")


class OrderLineOut(BaseModel):
    line_id: str
    seller_item_id: str
    name: str
    quantity: str = MONEY
    unit_code: str = Field(description="UN/ECE Rec 20")
    price: str = MONEY
    base_quantity: str = MONEY
    changed_quantity: str | None = Field(description="The supplier's new quantity (CA)")
    changed_price: str | None = Field(description="The supplier's new price (CA)")
    received_quantity: str = MONEY
    gtin: str | None
    substitute_item_id: str = Field(
        default="", description="The item the supplier delivers instead (CA), else empty"
    )
    substitute_name: str = Field(default="", description="Its name (CA), else empty")


class OrderResponseOut(BaseModel):
    code: str = Field(description="AB received, AP accepted, RE rejected, CA changed")
    issued_at: datetime
    note: str
    received_at: datetime


class ApprovalOut(BaseModel):
    approved: bool
    by: str = Field(description="Display name of the manager who decided")
    reason: str
    at: datetime


class AccountingOut(BaseModel):
    cost_centre: str
    account: str
    project: str | None


class OrderOut(BaseModel):
    id: str = Field(description="The server's id of the order")
    number: str = Field(description="The order number to quote, e.g. 2025-000123")
    client_order_id: str = Field(description="The PEPPOL Order/ID the client gave it")
    unit_id: str
    supplier_id: str
    agreement_id: str | None
    state: OrderState
    currency: str
    total: str = MONEY
    created_by: str = Field(description="Username of the orderer")
    created_at: datetime
    updated_at: datetime
    requested_delivery_date: date | None
    accounting: AccountingOut
    lines: list[OrderLineOut]
    responses: list[OrderResponseOut]
    approval: ApprovalOut | None
    approvers: list[str] = Field(
        description="Who may approve it now (another manager of the unit, else the "
        "procurement office; never its orderer); empty unless awaiting approval"
    )
    placed_by_name: str = Field("", description="Display name of the person who placed it")
    note: str = Field("", description="The orderer's message (the order document's Note)")
    unit_name: str = Field("", description="Name of the unit it is for")
    on_behalf: bool = Field(
        False, description="Placed by a superuser on behalf of the unit they support"
    )
    refusal: DocumentRejected | None = Field(
        None,
        description="State `refused`: why the checks refused it, as the 422 of a "
        "synchronous check would say (`code`, `message`, `field`, and `errors` for "
        "`document_invalid`); null otherwise",
    )


class OrderList(BaseModel):
    items: list[OrderOut]
    cursor: str = Field(description="Pass as `since` to get only what changed after these")
    more: bool = Field(description="More changes wait: ask again with the new cursor")


class ApprovalIn(InputModel):
    model_config = ConfigDict(extra="forbid")

    approve: bool
    reason: str = Field(default="", max_length=2000, description="Required to decline")


class ReceiptLineIn(InputModel):
    model_config = ConfigDict(extra="forbid")

    line_id: str = Field(min_length=1, max_length=16)
    quantity: str = Field(pattern=r"^\d{1,9}(\.\d{1,3})?$", description="Received now (adds up)")


class ReceiptIn(InputModel):
    model_config = ConfigDict(extra="forbid")

    lines: list[ReceiptLineIn] = Field(min_length=1)
    note: str = Field(default="", max_length=2000)


class AccountBudgetOut(BaseModel):
    account: str
    name: str
    amount: str = MONEY
    spent: str = MONEY


class BuyerOut(BaseModel):
    name: str
    endpoint_id: str = Field(description="PEPPOL participant id of the municipality")
    scheme: str = Field(description="0007, 0184, 0192 or 0088")
    country: str


class OrderSettingsOut(BaseModel):
    unit_id: str
    year: int
    default_account: str = Field(description="For purchases beside the agreements")
    project: str | None
    currency: str
    accounts: list[AccountBudgetOut] = Field(description="This year's budget per account")
    agreement_accounts: dict[str, str] = Field(description="Agreement id → account")
    hub_drop_days: list[int] = Field(description="Weekdays (0 = Monday) the hub delivers")
    supplier_drop_days: dict[str, list[int]] = Field(description="Supplier id → weekdays")
    closed_dates: dict[str, list[date]] = Field(
        default_factory=dict,
        description="Hub or supplier id → dates it delivers nothing (public holidays aside)",
    )
    buyer: BuyerOut | None = Field(description="The municipality as the order's buyer")
    country: str = Field(description="The municipality's country, ISO 3166-1 alpha-2 (holidays)")
