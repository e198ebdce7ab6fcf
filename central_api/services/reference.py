"""A municipality's reference data as the shared domain classes (the wire format)."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.authz import Principal
from central_api.models import AgreementRow, MunicipalityRow, SupplierRow, UnitRow
from desktop.domain.reference import (
    Address,
    Agreement,
    CallOffMethod,
    Me,
    Supplier,
    Unit,
    UnitKind,
)


def unit_from_row(row: UnitRow) -> Unit:
    return Unit(
        id=row.id,
        name=row.name,
        kind=UnitKind(row.kind),
        address=Address(row.street, row.postcode, row.city, row.country),
        gln=row.gln,
        cost_centre=row.cost_centre,
        approval_limit=row.approval_limit,
        hub_id=row.hub_id,
        parent_name=row.parent_name,
    )


def supplier_from_row(row: SupplierRow) -> Supplier:
    return Supplier(
        id=row.id,
        name=row.name,
        endpoint_id=row.endpoint_id,
        endpoint_scheme=row.endpoint_scheme,
        country=row.country,
        in_ecommerce=row.in_ecommerce,
        min_order_amount=row.min_order_amount,
        phone=row.phone,
        email=row.email,
        web=row.web,
    )


def agreement_from_row(row: AgreementRow) -> Agreement:
    return Agreement(
        id=row.id,
        number=row.number,
        name=row.name,
        call_off=CallOffMethod(row.call_off),
        valid_from=row.valid_from,
        valid_to=row.valid_to,
        in_ecommerce=row.in_ecommerce,
        supplier_ids=tuple(link.supplier_id for link in row.suppliers),
        cpv_codes=tuple(code.cpv_code for code in row.cpv_codes),
        description=row.description,
        instructions=row.instructions,
        names=json.loads(row.names),
    )


def list_units(session: Session, municipality_id: str) -> list[Unit]:
    rows = session.scalars(
        select(UnitRow).where(UnitRow.municipality_id == municipality_id).order_by(UnitRow.id)
    )
    return [unit_from_row(row) for row in rows]


def list_suppliers(session: Session, municipality_id: str) -> list[Supplier]:
    rows = session.scalars(
        select(SupplierRow)
        .where(SupplierRow.municipality_id == municipality_id)
        .order_by(SupplierRow.id)
    )
    return [supplier_from_row(row) for row in rows]


def list_agreements(session: Session, municipality_id: str) -> list[Agreement]:
    rows = session.scalars(
        select(AgreementRow)
        .where(AgreementRow.municipality_id == municipality_id)
        .order_by(AgreementRow.id)
    )
    return [agreement_from_row(row) for row in rows]


def me_of(session: Session, principal: Principal) -> Me:
    municipality = session.get(MunicipalityRow, principal.municipality_id)
    return Me(
        username=principal.username,
        display_name=principal.display_name,
        role=principal.role,
        unit_ids=tuple(sorted(principal.unit_ids)),
        certified=principal.certified,
        municipality=municipality.name if municipality else "",
        language=principal.language,
        certification_url=municipality.certification_url if municipality else None,
    )
