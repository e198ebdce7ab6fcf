"""Write the demo municipality into the database, once.

``seed_demo`` runs the ``SEED_STEPS`` in order in one transaction and records
``demo_seed`` and ``demo_today`` in ``server_meta``; on a database already seeded it does
nothing (a restart keeps the data). Later parts (catalogues, order history) append a
step ``(name, function(session, data))``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session

from central_api.demo.catalogue_publish import seed_catalogues, seed_pictures
from central_api.demo.generator import SEED, DemoData, generate
from central_api.demo.guidance_seed import seed_guidance
from central_api.demo.history_seed import seed_spend_history
from central_api.demo.order_seed import seed_order_settings
from central_api.demo.people import DEMO_PASSWORD, DemoUser
from central_api.demo.support_seed import seed_support
from central_api.demo.variants import localise
from central_api.models import (
    AgreementCpvRow,
    AgreementRow,
    AgreementSupplierRow,
    MunicipalityRow,
    ServerMetaRow,
    SupplierRow,
    UnitRow,
    UserRow,
    UserUnitRow,
    utcnow,
)
from central_api.security import hash_password
from desktop.domain.reference import Unit

SEED_KEY = "demo_seed"
TODAY_KEY = "demo_today"
VARIANT_KEY = "demo_variant"

SeedStep = Callable[[Session, DemoData], None]


def unit_row(municipality_id: str, unit: Unit) -> UnitRow:
    """The database row of one unit."""
    return UnitRow(
        id=unit.id,
        municipality_id=municipality_id,
        name=unit.name,
        kind=unit.kind.value,
        street=unit.address.street,
        postcode=unit.address.postcode,
        city=unit.address.city,
        country=unit.address.country,
        gln=unit.gln,
        cost_centre=unit.cost_centre,
        approval_limit=unit.approval_limit,
        hub_id=unit.hub_id,
        parent_name=unit.parent_name,
    )


def user_row(municipality_id: str, user: DemoUser, password_hash: str) -> UserRow:
    """The database row of one active user and their units."""
    row = UserRow(
        municipality_id=municipality_id,
        username=user.username,
        display_name=user.display_name,
        role=user.role.value,
        password_hash=password_hash,
        certified=user.certified,
        language=user.language,
        active=True,
        created_at=utcnow(),
    )
    row.units = [UserUnitRow(unit_id=unit_id) for unit_id in user.unit_ids]
    return row


def seed_reference_data(session: Session, data: DemoData) -> None:
    m = data.municipality
    session.add(
        MunicipalityRow(
            id=m.id,
            name=m.name,
            country=m.country,
            org_number=m.org_number,
            org_scheme=m.org_scheme,
            language=m.language,
        )
    )
    session.flush()
    # The hub first: the other units point at it.
    for unit in sorted(data.units, key=lambda u: u.hub_id is not None):
        session.add(unit_row(m.id, unit))
        session.flush()
    session.add_all(
        SupplierRow(
            id=s.id,
            municipality_id=m.id,
            name=s.name,
            endpoint_id=s.endpoint_id,
            endpoint_scheme=s.endpoint_scheme,
            country=s.country,
            in_ecommerce=s.in_ecommerce,
            min_order_amount=s.min_order_amount,
            phone=s.phone,
            email=s.email,
            web=s.web,
        )
        for s in data.suppliers
    )
    session.flush()
    for a in data.agreements:
        row = AgreementRow(
            id=a.id,
            municipality_id=m.id,
            number=a.number,
            name=a.name,
            call_off=a.call_off.value,
            valid_from=a.valid_from,
            valid_to=a.valid_to,
            in_ecommerce=a.in_ecommerce,
            category_key=data.category_of_agreement.get(a.id),
            description=a.description,
            instructions=a.instructions,
            names=json.dumps(a.names, ensure_ascii=False, sort_keys=True),
        )
        row.suppliers = [
            AgreementSupplierRow(supplier_id=s, rank=rank)
            for rank, s in enumerate(a.supplier_ids, start=1)
        ]
        row.cpv_codes = [AgreementCpvRow(cpv_code=c, position=i) for i, c in enumerate(a.cpv_codes)]
        session.add(row)
    session.flush()


def seed_users(session: Session, data: DemoData) -> None:
    password_hash = hash_password(DEMO_PASSWORD, fast=True)
    for user in data.users:
        session.add(user_row(data.municipality.id, user, password_hash))
    session.flush()


SEED_STEPS: list[tuple[str, SeedStep]] = [
    ("reference data", seed_reference_data),
    ("users", seed_users),
    ("spend history", seed_spend_history),
    ("guidance", seed_guidance),
    ("catalogues", seed_catalogues),
    ("pictures", seed_pictures),
    ("order settings", seed_order_settings),
    ("support", seed_support),
]


def seeded_today(session: Session) -> date | None:
    """The "today" the demo data was generated around, if it was seeded."""
    row = session.get(ServerMetaRow, TODAY_KEY)
    return date.fromisoformat(row.value) if row else None


def seed_demo(session: Session, today: date | None = None, variant: str = "se") -> bool:
    """Seed the demo municipality (country ``variant``: se, dk, no) unless already
    seeded; True if it seeded now."""
    if session.get(ServerMetaRow, SEED_KEY) is not None:
        return False
    data = localise(generate(today), variant)
    for _name, step in SEED_STEPS:
        step(session, data)
    session.add(ServerMetaRow(key=SEED_KEY, value=str(SEED)))
    session.add(ServerMetaRow(key=TODAY_KEY, value=data.today.isoformat()))
    session.add(ServerMetaRow(key=VARIANT_KEY, value=data.variant))
    session.commit()
    return True
