"""Reference data in the local store: units, agreements, suppliers, the user, sync state.

Every method is one transaction and returns domain objects, never ORM rows. Call it
from the database thread (``Services.run_db``) in the app.

``replace_*`` makes the stored list equal to the given one by updating rows in place,
adding new ones and deleting the missing ones (rather than deleting everything first),
so rows of other tables that refer to a kept item are never cascaded away.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.domain.reference import Agreement, Me, Supplier, Unit
from desktop.storage.catalogue_offers import refresh_all_offers
from desktop.storage.database import Database
from desktop.storage.models import (
    AgreementCpvRow,
    AgreementRow,
    AgreementSupplierRow,
    Base,
    MeRow,
    SupplierRow,
    SyncStateRow,
    UnitRow,
)

_Row = TypeVar("_Row", bound=Base)
_Item = TypeVar("_Item", Unit, Agreement, Supplier)


@dataclass(frozen=True)
class SyncState:
    """What the last successful sync of a resource saw: its ETag and when."""

    resource: str
    etag: str | None
    synced_at: datetime


@dataclass(frozen=True)
class ReplaceResult:
    """How many items a ``replace_*`` added, changed and removed."""

    added: int = 0
    updated: int = 0
    removed: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


def _unit_columns(u: Unit) -> dict[str, Any]:
    return {"name": u.name, "kind": u.kind.value, "parent_name": u.parent_name}


def _supplier_columns(s: Supplier) -> dict[str, Any]:
    return {"name": s.name, "in_ecommerce": s.in_ecommerce}


def _agreement_columns(a: Agreement) -> dict[str, Any]:
    return {
        "number": a.number,
        "name": a.name,
        "call_off": a.call_off.value,
        "valid_from": a.valid_from,
        "valid_to": a.valid_to,
        "in_ecommerce": a.in_ecommerce,
    }


class ReferenceRepository:
    """Reads and replaces the reference data of the signed-in user's municipality."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- replacing -------------------------------------------------------------------

    def _replace(
        self,
        session: Session,
        row_type: type[_Row],
        items: Iterable[_Item],
        columns: Callable[[_Item], dict[str, Any]],
    ) -> tuple[ReplaceResult, list[_Item]]:
        wanted = {item.id: item for item in items}
        rows: list[Any] = list(session.scalars(select(row_type)))
        existing: dict[str, Any] = {row.id: row for row in rows}
        added = updated = 0
        touched: list[_Item] = []
        for item_id, item in wanted.items():
            payload = item.to_json()
            row = existing.get(item_id)
            if row is None:
                session.add(row_type(id=item_id, payload=payload, **columns(item)))
                added += 1
                touched.append(item)
            elif row.payload != payload:
                for name, value in columns(item).items():
                    setattr(row, name, value)
                row.payload = payload
                updated += 1
                touched.append(item)
        gone = [row_id for row_id in existing if row_id not in wanted]
        for row_id in gone:
            session.delete(existing[row_id])
        session.flush()
        return ReplaceResult(added, updated, len(gone)), touched

    def _record_sync(self, session: Session, state: SyncState | None) -> None:
        if state is not None:
            session.merge(
                SyncStateRow(resource=state.resource, etag=state.etag, synced_at=state.synced_at)
            )

    def replace_units(
        self, items: Iterable[Unit], *, sync_state: SyncState | None = None
    ) -> ReplaceResult:
        """Make the stored units equal to ``items`` (and record ``sync_state``), atomically."""
        with self._db.session() as session:
            result, _ = self._replace(session, UnitRow, items, _unit_columns)
            self._record_sync(session, sync_state)
            return result

    def replace_suppliers(
        self, items: Iterable[Supplier], *, sync_state: SyncState | None = None
    ) -> ReplaceResult:
        """Make the stored suppliers equal to ``items`` (and record ``sync_state``)."""
        with self._db.session() as session:
            result, _ = self._replace(session, SupplierRow, items, _supplier_columns)
            self._record_sync(session, sync_state)
            return result

    def replace_agreements(
        self, items: Iterable[Agreement], *, sync_state: SyncState | None = None
    ) -> ReplaceResult:
        """Make the stored agreements equal to ``items``, with their suppliers and CPVs."""
        with self._db.session() as session:
            result, touched = self._replace(session, AgreementRow, items, _agreement_columns)
            for agreement in touched:
                session.execute(
                    delete(AgreementSupplierRow).where(
                        AgreementSupplierRow.agreement_id == agreement.id
                    )
                )
                session.execute(
                    delete(AgreementCpvRow).where(AgreementCpvRow.agreement_id == agreement.id)
                )
                for rank, supplier_id in enumerate(dict.fromkeys(agreement.supplier_ids), 1):
                    session.add(
                        AgreementSupplierRow(
                            agreement_id=agreement.id, supplier_id=supplier_id, rank=rank
                        )
                    )
                for code in dict.fromkeys(agreement.cpv_codes):
                    session.add(AgreementCpvRow(agreement_id=agreement.id, cpv_code=code))
            if touched:  # a call-off or a supplier's rank picks the best offer
                session.flush()
                raw = session.connection().connection.driver_connection
                assert isinstance(raw, sqlite3.Connection)
                refresh_all_offers(raw)
            self._record_sync(session, sync_state)
            return result

    # -- reading ---------------------------------------------------------------------

    def units(self) -> list[Unit]:
        """All units, by name."""
        with self._db.session() as session:
            rows = session.scalars(select(UnitRow).order_by(UnitRow.name, UnitRow.id))
            return [Unit.from_json(row.payload) for row in rows]

    def unit(self, unit_id: str) -> Unit | None:
        with self._db.session() as session:
            row = session.get(UnitRow, unit_id)
            return Unit.from_json(row.payload) if row else None

    def agreements(self) -> list[Agreement]:
        """All agreements, by name."""
        with self._db.session() as session:
            rows = session.scalars(
                select(AgreementRow).order_by(AgreementRow.name, AgreementRow.id)
            )
            return [Agreement.from_json(row.payload) for row in rows]

    def agreement(self, agreement_id: str) -> Agreement | None:
        with self._db.session() as session:
            row = session.get(AgreementRow, agreement_id)
            return Agreement.from_json(row.payload) if row else None

    def agreements_for_supplier(self, supplier_id: str) -> list[Agreement]:
        """The agreements that name ``supplier_id``, by name."""
        with self._db.session() as session:
            rows = session.scalars(
                select(AgreementRow)
                .join(AgreementSupplierRow, AgreementSupplierRow.agreement_id == AgreementRow.id)
                .where(AgreementSupplierRow.supplier_id == supplier_id)
                .order_by(AgreementRow.name, AgreementRow.id)
            )
            return [Agreement.from_json(row.payload) for row in rows]

    def suppliers(self) -> list[Supplier]:
        """All suppliers, by name."""
        with self._db.session() as session:
            rows = session.scalars(select(SupplierRow).order_by(SupplierRow.name, SupplierRow.id))
            return [Supplier.from_json(row.payload) for row in rows]

    def supplier(self, supplier_id: str) -> Supplier | None:
        with self._db.session() as session:
            row = session.get(SupplierRow, supplier_id)
            return Supplier.from_json(row.payload) if row else None

    # -- the user and sync state --------------------------------------------------------

    def save_me(self, me: Me) -> None:
        """Keep ``me`` as the signed-in user (replacing whoever was there)."""
        with self._db.session() as session:
            session.merge(
                MeRow(id=1, username=me.username, payload=me.to_json(), saved_at=datetime.now(UTC))
            )

    def me(self) -> Me | None:
        """The user last saved, or ``None``."""
        with self._db.session() as session:
            row = session.get(MeRow, 1)
            return Me.from_json(row.payload) if row else None

    def clear_me(self) -> None:
        with self._db.session() as session:
            session.execute(delete(MeRow))

    def sync_state(self, resource: str) -> SyncState | None:
        with self._db.session() as session:
            row = session.get(SyncStateRow, resource)
            return SyncState(row.resource, row.etag, row.synced_at) if row else None

    def set_sync_state(
        self, resource: str, etag: str | None, synced_at: datetime | None = None
    ) -> SyncState:
        """Record a successful sync of ``resource`` (``synced_at`` defaults to now)."""
        state = SyncState(resource, etag, synced_at or datetime.now(UTC))
        with self._db.session() as session:
            self._record_sync(session, state)
        return state

    def clear_sync_states(self) -> None:
        """Forget every ETag (another server or user: the next sync fetches everything)."""
        with self._db.session() as session:
            session.execute(delete(SyncStateRow))
