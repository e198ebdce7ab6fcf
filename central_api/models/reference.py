"""Reference data of a municipality: the municipality, its units, suppliers, agreements."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from central_api.models.base import Base, Money


class MunicipalityRow(Base):
    """A municipality (the tenant): every other row belongs to exactly one."""

    __tablename__ = "municipalities"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    org_number: Mapped[str] = mapped_column(String(32))
    org_scheme: Mapped[str] = mapped_column(String(4))
    language: Mapped[str] = mapped_column(String(8))
    # Where uncertified orderers take the orderer training (the office publishes it).
    certification_url: Mapped[str | None] = mapped_column(String(500))


class UnitRow(Base):
    """A school, kindergarten, care home, the hub or the office."""

    __tablename__ = "units"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    municipality_id: Mapped[str] = mapped_column(ForeignKey("municipalities.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    street: Mapped[str] = mapped_column(String(200))
    postcode: Mapped[str] = mapped_column(String(20))
    city: Mapped[str] = mapped_column(String(100))
    country: Mapped[str] = mapped_column(String(2))
    gln: Mapped[str | None] = mapped_column(String(13))
    cost_centre: Mapped[str] = mapped_column(String(32))
    approval_limit: Mapped[Decimal] = mapped_column(Money())
    hub_id: Mapped[str | None] = mapped_column(ForeignKey("units.id"))
    parent_name: Mapped[str] = mapped_column(String(200))


class SupplierRow(Base):
    """A supplier in the municipality's register (on an agreement or not)."""

    __tablename__ = "suppliers"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    municipality_id: Mapped[str] = mapped_column(ForeignKey("municipalities.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    endpoint_id: Mapped[str] = mapped_column(String(64))
    endpoint_scheme: Mapped[str] = mapped_column(String(4))
    country: Mapped[str] = mapped_column(String(2))
    in_ecommerce: Mapped[bool] = mapped_column(Boolean)
    min_order_amount: Mapped[Decimal] = mapped_column(Money())
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    web: Mapped[str | None] = mapped_column(String(200))


class AgreementRow(Base):
    """A framework agreement; suppliers and CPV codes in their own tables, in order."""

    __tablename__ = "agreements"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    municipality_id: Mapped[str] = mapped_column(ForeignKey("municipalities.id"), index=True)
    number: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    call_off: Mapped[str] = mapped_column(String(20))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    in_ecommerce: Mapped[bool] = mapped_column(Boolean)
    category_key: Mapped[str | None] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(Text)
    instructions: Mapped[str] = mapped_column(Text)
    # The name per language where the office gave one: JSON {"sv": ..., "da": ...}.
    names: Mapped[str] = mapped_column(Text, default="{}")

    suppliers: Mapped[list[AgreementSupplierRow]] = relationship(
        order_by="AgreementSupplierRow.rank", cascade="all, delete-orphan", lazy="selectin"
    )
    cpv_codes: Mapped[list[AgreementCpvRow]] = relationship(
        order_by="AgreementCpvRow.position", cascade="all, delete-orphan", lazy="selectin"
    )


class AgreementSupplierRow(Base):
    """A supplier on an agreement; ``rank`` 1 is called off first in a ranked cascade."""

    __tablename__ = "agreement_suppliers"

    agreement_id: Mapped[str] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True
    )
    supplier_id: Mapped[str] = mapped_column(ForeignKey("suppliers.id"), primary_key=True)
    rank: Mapped[int] = mapped_column(Integer)


class AgreementCpvRow(Base):
    """A CPV code an agreement covers."""

    __tablename__ = "agreement_cpv_codes"

    agreement_id: Mapped[str] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True
    )
    cpv_code: Mapped[str] = mapped_column(String(10), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
