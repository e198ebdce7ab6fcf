"""Reasons for buying beside an agreement, kept per cart item until the order is placed.

The Find view records one when the user adds an item that an agreement covers more
cheaply (or at all) and goes on anyway; the cart hands ``reason_for_cart`` to the
order as its ``off_agreement_reason``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import delete, select

from desktop.domain.values import format_money
from desktop.storage.database import Database
from desktop.storage.guidance_models import OffAgreementChoiceRow

REASON_MAX = 500


@dataclass(frozen=True)
class OffAgreementChoice:
    unit_id: str
    supplier_id: str
    seller_item_id: str
    username: str
    agreement_id: str | None  # the agreement that covers the item
    reason: str
    price_difference: Decimal | None  # per unit compared, chosen minus agreement item
    chosen_at: datetime


def _choice(row: OffAgreementChoiceRow) -> OffAgreementChoice:
    return OffAgreementChoice(
        row.unit_id,
        row.supplier_id,
        row.seller_item_id,
        row.username,
        row.agreement_id,
        row.reason,
        None if row.price_difference is None else Decimal(row.price_difference),
        row.chosen_at,
    )


class OffAgreementChoices:
    """Every method is one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, choice: OffAgreementChoice) -> None:
        """Keep ``choice`` (replacing an earlier one for the same cart item)."""
        reason = choice.reason.strip()[:REASON_MAX]
        with self._db.session() as session:
            row = session.get(
                OffAgreementChoiceRow, (choice.unit_id, choice.supplier_id, choice.seller_item_id)
            )
            if row is None:
                row = OffAgreementChoiceRow(
                    unit_id=choice.unit_id,
                    supplier_id=choice.supplier_id,
                    seller_item_id=choice.seller_item_id,
                )
                session.add(row)
            row.username = choice.username
            row.agreement_id = choice.agreement_id
            row.reason = reason
            row.price_difference = (
                None if choice.price_difference is None else format_money(choice.price_difference)
            )
            row.chosen_at = choice.chosen_at

    def choices(self, unit_id: str) -> list[OffAgreementChoice]:
        with self._db.session() as session:
            rows = session.scalars(
                select(OffAgreementChoiceRow)
                .where(OffAgreementChoiceRow.unit_id == unit_id)
                .order_by(
                    OffAgreementChoiceRow.chosen_at,
                    OffAgreementChoiceRow.supplier_id,
                    OffAgreementChoiceRow.seller_item_id,
                )
            )
            return [_choice(r) for r in rows]

    def reason_for_cart(self, unit_id: str, supplier_id: str | None = None) -> str | None:
        """The reasons given for ``unit_id``'s cart (one supplier's, if given), joined."""
        reasons = [
            c.reason
            for c in self.choices(unit_id)
            if supplier_id is None or c.supplier_id == supplier_id
        ]
        unique = list(dict.fromkeys(r for r in reasons if r))
        return "; ".join(unique)[:REASON_MAX] or None

    def forget(self, unit_id: str, keys: Iterable[tuple[str, str]]) -> None:
        """Drop the reasons of these cart items (removed, or ordered)."""
        with self._db.session() as session:
            for supplier_id, seller_item_id in keys:
                session.execute(
                    delete(OffAgreementChoiceRow).where(
                        OffAgreementChoiceRow.unit_id == unit_id,
                        OffAgreementChoiceRow.supplier_id == supplier_id,
                        OffAgreementChoiceRow.seller_item_id == seller_item_id,
                    )
                )
