"""Tables of the local catalogue and its search (migration ``0002``).

The store and the search use plain SQL on these tables for speed; the classes are here
so the schema has one declaration that tests compare with the migration. The FTS5
tables ``catalogue_fts`` and ``cpv_label_fts`` are created by the migration only
(SQLAlchemy has no model of a virtual table): see ``catalogue_index`` for what they hold.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.storage.models import Base


class CatalogueItemRow(Base):
    """One line of a supplier's catalogue. ``item_id`` is also its FTS rowid and encodes
    its static rank (``catalogue_index``); money and quantities are decimal strings."""

    __tablename__ = "catalogue_items"
    __table_args__ = (
        UniqueConstraint("supplier_id", "seller_item_id"),
        Index("ix_catalogue_items_offer_key", "offer_key"),
    )

    item_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    supplier_id: Mapped[str] = mapped_column(String)
    seller_item_id: Mapped[str] = mapped_column(String)
    line_id: Mapped[str] = mapped_column(String)
    name: Mapped[str] = mapped_column(String)
    brand: Mapped[str] = mapped_column(String)
    description: Mapped[str] = mapped_column(String)
    keywords: Mapped[str] = mapped_column(String)  # joined with U+001F
    gtin: Mapped[str | None] = mapped_column(String, nullable=True)
    unit_code: Mapped[str] = mapped_column(String)
    content_quantity: Mapped[str | None] = mapped_column(String, nullable=True)
    content_unit_code: Mapped[str | None] = mapped_column(String, nullable=True)
    price: Mapped[str | None] = mapped_column(String, nullable=True)
    currency: Mapped[str] = mapped_column(String)
    base_quantity: Mapped[str] = mapped_column(String)
    list_price: Mapped[str | None] = mapped_column(String, nullable=True)
    min_order_quantity: Mapped[str | None] = mapped_column(String, nullable=True)
    max_order_quantity: Mapped[str | None] = mapped_column(String, nullable=True)
    valid_from: Mapped[str | None] = mapped_column(String, nullable=True)
    valid_to: Mapped[str | None] = mapped_column(String, nullable=True)
    cpv_codes: Mapped[str] = mapped_column(String)  # space-separated
    unspsc_codes: Mapped[str] = mapped_column(String)  # space-separated
    certificates: Mapped[str] = mapped_column(String)  # type U+001F name, joined with U+001E
    image_refs: Mapped[str] = mapped_column(String)  # joined with U+001F
    agreement_id: Mapped[str | None] = mapped_column(String, nullable=True)
    crisis_critical: Mapped[int] = mapped_column(Integer)
    eco: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[int] = mapped_column(Integer)
    offer_key: Mapped[str | None] = mapped_column(String, nullable=True)  # catalogue_offers


class CatalogueSupplierRow(Base):
    """Per-supplier catalogue state: the last good sync and the last failure."""

    __tablename__ = "catalogue_suppliers"

    supplier_id: Mapped[str] = mapped_column(String, primary_key=True)
    etag: Mapped[str | None] = mapped_column(String, nullable=True)
    synced_at: Mapped[datetime | None] = mapped_column(nullable=True)
    line_count: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String, nullable=True)
    error_at: Mapped[datetime | None] = mapped_column(nullable=True)


class CatalogueTermRow(Base):
    """The index vocabulary (tokens of ``catalogue_fts`` but long numbers) with how many
    items hold each: prefixes typed by the user are expanded to these terms."""

    __tablename__ = "catalogue_terms"
    __table_args__ = {"sqlite_with_rowid": False}

    term: Mapped[str] = mapped_column(String, primary_key=True)
    docs: Mapped[int] = mapped_column(Integer)


class CatalogueMetaRow(Base):
    """Key/value facts about the index: ``index_version``, ``generation``."""

    __tablename__ = "catalogue_meta"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(String)


class CpvLabelRow(Base):
    """The CPV 2008 list with labels in en, sv, da, nb, fi (CC BY 4.0, see resources)."""

    __tablename__ = "cpv_labels"

    code: Mapped[str] = mapped_column(String, primary_key=True)
    level: Mapped[str] = mapped_column(String)
    parent: Mapped[str | None] = mapped_column(String, nullable=True)
    en: Mapped[str] = mapped_column(String)
    sv: Mapped[str] = mapped_column(String)
    da: Mapped[str] = mapped_column(String)
    nb: Mapped[str] = mapped_column(String)
    fi: Mapped[str] = mapped_column(String)


class SearchSynonymRow(Base):
    """The procurement office's synonyms: a folded word (or words) → another phrase."""

    __tablename__ = "search_synonyms"

    language: Mapped[str] = mapped_column(String, primary_key=True)
    term: Mapped[str] = mapped_column(String, primary_key=True)
    synonym: Mapped[str] = mapped_column(String, primary_key=True)


class CatalogueOfferRow(Base):
    """An item of a product several suppliers offer on one agreement (migration 0009):
    its group's best offer and its place (1 = best) among the group's ``offers``."""

    __tablename__ = "catalogue_offers"
    __table_args__ = (Index("ix_catalogue_offers_offer_key", "offer_key"),)

    item_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    offer_key: Mapped[str] = mapped_column(String)
    best_id: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)
    offers: Mapped[int] = mapped_column(Integer)
