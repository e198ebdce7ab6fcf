"""The unit, supplier and agreement a new order names: looked up in one round trip (a
statement built once) and checked, in the order the API answers their refusals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Select, Table, bindparam, exists, select
from sqlalchemy.orm import Session

from central_api.authz import Principal, check_unit_reach
from central_api.errors import ApiError
from central_api.models import AgreementRow, AgreementSupplierRow, SupplierRow, UnitRow
from central_api.schemas.orders import PlaceOrderIn
from desktop.domain.reference import Role

_Found = tuple[Any, ...]  # what look_up finds: the unit, supplier and agreement

# Superusers order on behalf of the units they support (the order names them).
ORDERING_ROLES = (Role.ORDERER, Role.MANAGER, Role.SUPERUSER)


def invalid(field: str, code: str, message: str) -> ApiError:
    """422 ``code``: the order (its JSON or its document) cannot be placed as it is."""
    return ApiError(422, code, message, field)


def check_cost_centre(body: PlaceOrderIn, found: _Found) -> None:
    """The accounting string books the order on the ordering unit's own cost centre."""
    cost_centre = found[2]
    if body.accounting.cost_centre != cost_centre:
        raise invalid(
            "accounting.cost_centre",
            "cost_centre_mismatch",
            f"Book the order on the unit's cost centre {cost_centre}",
        )


@dataclass(frozen=True)
class Seller:
    """The supplier an order goes to, as the checks need it."""

    id: str
    endpoint_id: str
    endpoint_scheme: str


@dataclass(frozen=True)
class OrderingUnit:
    """The ordering unit, as the checks and the answer need it."""

    id: str
    name: str
    approval_limit: Decimal


def _look_up_statement() -> Select[Any]:
    """Built once (no per-request statement building): Core columns, bound parameters."""
    units, suppliers, agreements, links = (
        cast("Table", row.__table__)
        for row in (UnitRow, SupplierRow, AgreementRow, AgreementSupplierRow)
    )
    on_agreement = exists().where(
        links.c.agreement_id == bindparam("agreement_id"),
        links.c.supplier_id == suppliers.c.id,
    )
    return (
        select(
            units.c.municipality_id,
            units.c.name,
            units.c.cost_centre,
            units.c.approval_limit,
            suppliers.c.municipality_id,
            suppliers.c.in_ecommerce,
            suppliers.c.endpoint_id,
            suppliers.c.endpoint_scheme,
            agreements.c.municipality_id,
            agreements.c.valid_from,
            agreements.c.valid_to,
            on_agreement,
        )
        .select_from(units)
        .outerjoin(suppliers, suppliers.c.id == bindparam("supplier_id"))
        .outerjoin(agreements, agreements.c.id == bindparam("agreement_id"))
        .where(units.c.id == bindparam("unit_id"))
    )


_LOOK_UP = _look_up_statement()


def look_up(session: Session, body: PlaceOrderIn) -> _Found | None:
    """The unit, the supplier and, when named, the agreement and its link to the supplier,
    in one round trip (None: no such unit)."""
    found = session.execute(
        _LOOK_UP,
        {
            "unit_id": body.unit_id,
            "supplier_id": body.supplier_id,
            "agreement_id": body.agreement_id or "",
        },
    ).one_or_none()
    return None if found is None else tuple(found)


def check_unit(principal: Principal, body: PlaceOrderIn, found: _Found | None) -> OrderingUnit:
    """403/404 at once: the caller may order for the unit (certified, reaching it)."""
    check_unit_reach(principal, body.unit_id, found[0] if found else None, ORDERING_ROLES)
    assert found is not None  # (an unknown unit is refused above)
    if not principal.certified:
        raise ApiError(403, "not_certified", "Only certified orderers may place orders")
    return OrderingUnit(body.unit_id, found[1], found[3])


def check_references(principal: Principal, body: PlaceOrderIn, found: _Found) -> None:
    """The supplier and agreement named exist in the caller's municipality (the stored
    order refers to them; every other check of theirs is the validator's)."""
    if found[4] != principal.municipality_id:
        raise invalid("supplier_id", "supplier_unknown", "Unknown supplier")
    if body.agreement_id is not None and found[8] != found[4]:
        raise invalid("agreement_id", "agreement_unknown", "Unknown agreement")


def check_supplier_and_agreement(
    municipality_id: str, body: PlaceOrderIn, found: _Found, today: date
) -> Seller:
    """The supplier and, when named, the agreement (as :func:`look_up` found them)."""
    municipality, in_ecommerce, endpoint_id, endpoint_scheme = found[4:8]
    agreement_municipality, valid_from, valid_to, linked = found[8:]
    if municipality != municipality_id:  # None: no such supplier
        raise invalid("supplier_id", "supplier_unknown", "Unknown supplier")
    if not in_ecommerce:
        raise invalid(
            "supplier_id", "supplier_not_in_ecommerce", "The supplier takes no orders here"
        )
    seller = Seller(body.supplier_id, endpoint_id, endpoint_scheme)
    if body.agreement_id is None:
        if not (body.off_agreement_reason or "").strip():
            raise invalid(
                "off_agreement_reason",
                "off_agreement_reason_missing",
                "Say why the order is placed beside the agreements",
            )
        return seller
    if agreement_municipality != municipality:  # None: no such agreement
        raise invalid("agreement_id", "agreement_unknown", "Unknown agreement")
    if today < valid_from:
        raise invalid("agreement_id", "agreement_not_yet_valid", "The agreement is not valid yet")
    if valid_to is not None and today > valid_to:
        raise invalid("agreement_id", "agreement_expired", "The agreement has expired")
    if not linked:
        raise invalid(
            "supplier_id", "supplier_not_on_agreement", "The supplier is not on the agreement"
        )
    return seller
