"""The Find area: published catalogues, guidance, announcements, office requests, call-offs."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from central_api.models.base import Base, Money, UtcDateTime


class CatalogueDocumentRow(Base):
    """A supplier's current PEPPOL catalogue, validated, kept gzip-compressed."""

    __tablename__ = "catalogue_documents"

    supplier_id: Mapped[str] = mapped_column(
        ForeignKey("suppliers.id", ondelete="CASCADE"), primary_key=True
    )
    municipality_id: Mapped[str] = mapped_column(ForeignKey("municipalities.id"), index=True)
    etag: Mapped[str] = mapped_column(String(80))
    xml_gzip: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    xml_bytes: Mapped[int] = mapped_column(Integer)
    line_count: Mapped[int] = mapped_column(Integer)
    catalogue_id: Mapped[str] = mapped_column(String(200))
    published_at: Mapped[datetime] = mapped_column(UtcDateTime())
    published_by: Mapped[str] = mapped_column(String(64))


class GuidanceDocumentRow(Base):
    """The municipality's guidance (``GuidanceRules`` JSON), as the office published it."""

    __tablename__ = "guidance_documents"

    municipality_id: Mapped[str] = mapped_column(ForeignKey("municipalities.id"), primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class AnnouncementRow(Base):
    """A message from the office; title and body are JSON texts per language."""

    __tablename__ = "announcements"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    municipality_id: Mapped[str] = mapped_column(ForeignKey("municipalities.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    published: Mapped[date] = mapped_column(Date)
    agreement_id: Mapped[str | None] = mapped_column(ForeignKey("agreements.id"))
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    savings_percent: Mapped[Decimal | None] = mapped_column(Money())


class OfficeRequestRow(Base):
    """A "can't find it" question to the office; the id is made by the client."""

    __tablename__ = "office_requests"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    municipality_id: Mapped[str] = mapped_column(ForeignKey("municipalities.id"), index=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    username: Mapped[str] = mapped_column(String(64))
    need: Mapped[str] = mapped_column(Text)
    quantity: Mapped[str] = mapped_column(String(200))
    estimated_amount: Mapped[Decimal | None] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(String(3))
    urgency: Mapped[str] = mapped_column(String(20))
    search_text: Mapped[str] = mapped_column(String(200))
    agreement_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    received_at: Mapped[datetime] = mapped_column(UtcDateTime())
    status: Mapped[str] = mapped_column(String(20))
    answer_text: Mapped[str | None] = mapped_column(Text)
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    answered_by: Mapped[str | None] = mapped_column(String(64))
    answer_agreement_id: Mapped[str | None] = mapped_column(String(64))
    answer_supplier_id: Mapped[str | None] = mapped_column(String(64))
    answer_seller_item_id: Mapped[str | None] = mapped_column(String(200))


class RecordedCallOffRow(Base):
    """A call-off made outside e-commerce (phone, portal, e-mail), recorded by the unit.

    It counts as on-agreement purchasing in the unit's figures: ``amount`` excluding VAT,
    ``ordered_on`` the day it was called off.
    """

    __tablename__ = "recorded_calloffs"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    municipality_id: Mapped[str] = mapped_column(ForeignKey("municipalities.id"), index=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id"), index=True)
    supplier_id: Mapped[str] = mapped_column(ForeignKey("suppliers.id"))
    amount: Mapped[Decimal] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(String(3))
    description: Mapped[str] = mapped_column(Text)
    ordered_on: Mapped[date] = mapped_column(Date, index=True)
    cascade_reason: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime())
