"""ORM base and the reference-data tables (migration ``0001``).

Other areas put their tables in their own model files on the same ``Base``. Rows never
leave the storage package: repositories turn them into domain objects.

Each reference row keeps the item's full wire form in ``payload`` (so a field the API
adds later is kept without a migration) beside the columns queries need.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Dialect, ForeignKey, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

# Stable constraint names, so later migrations (batch mode on SQLite) can refer to them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """An aware timestamp stored as ISO 8601 text in UTC; naive values are refused."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("UtcDateTime needs an aware datetime")
        return value.astimezone(UTC).isoformat()

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        parsed = datetime.fromisoformat(str(value))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    """Declarative base of every table in the local store."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, datetime: UtcDateTime}


class UnitRow(Base):
    __tablename__ = "units"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String)
    parent_name: Mapped[str] = mapped_column(String, default="")
    payload: Mapped[dict[str, Any]]


class SupplierRow(Base):
    __tablename__ = "suppliers"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    in_ecommerce: Mapped[bool] = mapped_column(Boolean)
    payload: Mapped[dict[str, Any]]


class AgreementRow(Base):
    __tablename__ = "agreements"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    number: Mapped[str] = mapped_column(String)
    name: Mapped[str] = mapped_column(String)
    call_off: Mapped[str] = mapped_column(String)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    in_ecommerce: Mapped[bool] = mapped_column(Boolean)
    payload: Mapped[dict[str, Any]]


class AgreementSupplierRow(Base):
    """An agreement's suppliers in rank order (no foreign key to ``suppliers``: the
    lists arrive separately and either may name an item the other does not hold yet)."""

    __tablename__ = "agreement_suppliers"

    agreement_id: Mapped[str] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True
    )
    supplier_id: Mapped[str] = mapped_column(String, primary_key=True, index=True)
    rank: Mapped[int] = mapped_column(Integer)


class AgreementCpvRow(Base):
    """The CPV codes an agreement covers (for need → category → agreement look-ups)."""

    __tablename__ = "agreement_cpv"

    agreement_id: Mapped[str] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True
    )
    cpv_code: Mapped[str] = mapped_column(String, primary_key=True, index=True)


class MeRow(Base):
    """The signed-in user as last seen by ``GET /me`` (a single row, id 1)."""

    __tablename__ = "me"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String)
    payload: Mapped[dict[str, Any]]
    saved_at: Mapped[datetime] = mapped_column()


class SyncStateRow(Base):
    """The ETag and time of the last successful sync of one resource."""

    __tablename__ = "sync_state"

    resource: Mapped[str] = mapped_column(String, primary_key=True)
    etag: Mapped[str | None] = mapped_column(String, nullable=True)
    synced_at: Mapped[datetime] = mapped_column()
