"""The demo municipality's ordering settings: the account each agreement's purchases go
to, the units' default account and project, and the hub's and suppliers' drop days.

(Budgets per account come with the spend history, ``history_seed``.)
"""

from __future__ import annotations

import zlib
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.demo.generator import DemoData
from central_api.demo.history_profiles import ACCOUNT_OF_CATEGORY, ACCOUNTS
from central_api.models import (
    AgreementAccountRow,
    AgreementRow,
    ClosedDayRow,
    DeliveryDaysRow,
    SupplierRow,
    UnitOrderSettingsRow,
)
from desktop.domain.reference import UnitKind

HUB_DROP_DAYS = "1,3"  # the hub drives to the units on Tuesdays and Thursdays
HUB_STOCKTAKING_YEARS = range(2025, 2031)
HUB_STOCKTAKING_MONTHS = (1, 4, 7, 10)  # closed the first Tuesday of each quarter
SUPPLIER_PATTERNS = ("0,2,4", "1,3", "0,3", "2,4", "0,1,2,3,4")
DEFAULT_ACCOUNT = ACCOUNTS["consumables"][0]
PROJECTS = {"u-vard-ekbacken": "P-VO-2025"}  # the care home codes to a project


def stocktaking_days() -> list[date]:
    """The hub's stock-taking days: the first Tuesday of each quarter."""
    days = []
    for year in HUB_STOCKTAKING_YEARS:
        for month in HUB_STOCKTAKING_MONTHS:
            first = date(year, month, 1)
            days.append(first + timedelta(days=(1 - first.weekday()) % 7))
    return days


def seed_order_settings(session: Session, data: DemoData) -> None:
    for agreement in session.scalars(
        select(AgreementRow).where(AgreementRow.municipality_id == data.municipality.id)
    ):
        group = ACCOUNT_OF_CATEGORY.get(agreement.category_key or "")
        if group is not None:
            session.add(AgreementAccountRow(agreement_id=agreement.id, account=ACCOUNTS[group][0]))
    for unit in data.units:
        if unit.kind in (UnitKind.HUB, UnitKind.OFFICE):
            continue
        session.add(
            UnitOrderSettingsRow(
                unit_id=unit.id, default_account=DEFAULT_ACCOUNT, project=PROJECTS.get(unit.id)
            )
        )
        if unit.hub_id and session.get(DeliveryDaysRow, unit.hub_id) is None:
            session.add(DeliveryDaysRow(party_id=unit.hub_id, weekdays=HUB_DROP_DAYS))
            session.add_all(
                ClosedDayRow(party_id=unit.hub_id, day=day, reason="Inventering")
                for day in stocktaking_days()
            )
            session.flush()
    suppliers = session.scalars(
        select(SupplierRow.id).where(
            SupplierRow.municipality_id == data.municipality.id, SupplierRow.in_ecommerce
        )
    )
    for supplier_id in suppliers:
        pattern = SUPPLIER_PATTERNS[zlib.crc32(supplier_id.encode()) % len(SUPPLIER_PATTERNS)]
        session.add(DeliveryDaysRow(party_id=supplier_id, weekdays=pattern))
    session.flush()
