"""Response models mirroring ``desktop.domain.reference`` ``to_json()`` (for OpenAPI).

The routes serve ``to_json()`` of the domain classes; a test checks that these models
describe exactly those keys.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from desktop.domain.reference import CallOffMethod, Role, UnitKind

MONEY = Field(description='Decimal amount as a string, e.g. "1500.00"', pattern=r"^-?\d+(\.\d+)?$")


class AddressOut(BaseModel):
    street: str
    postcode: str
    city: str
    country: str = Field(description="ISO 3166-1 alpha-2")


class UnitOut(BaseModel):
    id: str
    name: str
    kind: UnitKind
    address: AddressOut
    gln: str | None = Field(description="GLN of the delivery location (scheme 0088)")
    cost_centre: str
    approval_limit: str = MONEY
    hub_id: str | None = Field(description="Deliveries go through this hub unit, when set")
    parent_name: str


class SupplierOut(BaseModel):
    id: str
    name: str
    endpoint_id: str = Field(description="PEPPOL participant id")
    endpoint_scheme: str = Field(description="0007, 0184, 0192 or 0088")
    country: str
    in_ecommerce: bool
    min_order_amount: str = MONEY
    phone: str | None
    email: str | None
    web: str | None


class AgreementOut(BaseModel):
    id: str
    number: str
    name: str
    call_off: CallOffMethod
    valid_from: date
    valid_to: date | None
    in_ecommerce: bool
    supplier_ids: list[str] = Field(description="In rank order for a ranked cascade")
    cpv_codes: list[str]
    description: str
    instructions: str = Field(description="How to call off, for the orderer")
    names: dict[str, str] = Field(
        default_factory=dict,
        description="The name per language (sv, da, nb, en) where the office gave one; "
        "`name` is the municipality's own. Every language is sent: the app shows the "
        "user's, else the municipality's, else any.",
    )


class MeOut(BaseModel):
    username: str
    display_name: str
    role: Role
    unit_ids: list[str]
    certified: bool
    municipality: str
    language: str
    certification_url: str | None = Field(
        default=None, description="The office's orderer training, for the uncertified"
    )


class UnitList(BaseModel):
    items: list[UnitOut]


class SupplierList(BaseModel):
    items: list[SupplierOut]


class AgreementList(BaseModel):
    items: list[AgreementOut]
