"""What Avrop itself needs of catalogue lines, checked one line at a time while reading.

The official PEPPOL rules (``desktop.peppol.conformance``; the server runs them on every
catalogue a supplier publishes) decide what conforms: unit codes, negative prices,
order quantities, validity periods, item identification. :class:`LineRules` keeps only
what Avrop needs to use a line and no rule checks: an ID and a name, one line per ID
and per seller's item id, one currency, a usable base quantity and content quantity,
CPV codes it can file, and line actions that fit the header.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from desktop.domain.catalogue import CatalogueLine, LineAction
from desktop.peppol.avrop_checks import gs1_check_digit_ok
from desktop.peppol.catalogue_writer import CatalogueHeader
from desktop.peppol.errors import DocumentError

_CPV_RE = re.compile(r"\d{8}")
_CURRENCY_RE = re.compile(r"[A-Z]{3}")

_Err = Callable[[str, str, str], None]  # field, code, message


def gtin_is_valid(gtin: str) -> bool:
    """True for a GTIN-8, -12, -13 or -14 with a correct check digit (a warning, never
    a refusal: see ``avrop_checks``)."""
    return gs1_check_digit_ok(gtin)


class LineRules:
    """Checks lines one by one against the rules and against the lines before them."""

    def __init__(self, header: CatalogueHeader | None) -> None:
        self.header = header
        self.currency: str | None = None
        self._line_ids: set[str] = set()
        self._item_ids: set[str] = set()

    def check(self, line: CatalogueLine, xml_line: int | None) -> list[DocumentError]:
        """The rule violations of ``line`` (which starts at ``xml_line`` of the text)."""
        errors: list[DocumentError] = []
        lid = line.line_id or None

        def err(field: str, code: str, message: str) -> None:
            errors.append(DocumentError(lid, xml_line, field, code, message))

        if not line.line_id:
            err("ID", "missing", "the line has no ID")
        elif line.line_id in self._line_ids:
            err("ID", "duplicate_line_id", f"line ID {line.line_id!r} is used twice")
        else:
            self._line_ids.add(line.line_id)
        if not line.name:
            err("Item/Name", "missing", "the item has no name")
        if not line.seller_item_id:
            err(
                "Item/SellersItemIdentification",
                "item_id_missing",
                "the item has neither a seller's item id nor a standard item id (GTIN)",
            )
        elif line.seller_item_id in self._item_ids:
            err(
                "Item/SellersItemIdentification/ID",
                "duplicate_item_id",
                f"seller's item id {line.seller_item_id!r} is on two lines",
            )
        else:
            self._item_ids.add(line.seller_item_id)
        self._check_action(line, err)
        self._check_quantities(line, err)
        self._check_prices(line, err)
        for code in line.cpv_codes:
            if not _CPV_RE.fullmatch(code):
                err(
                    "Item/CommodityClassification",
                    "cpv_code",
                    f"{code!r} is not an 8-digit CPV code",
                )
        return errors

    def _check_action(self, line: CatalogueLine, err: _Err) -> None:
        if self.header is not None and not self.header.partial and line.action != LineAction.ADD:
            err(
                "ActionCode",
                "action_not_allowed",
                f"a full catalogue cannot {line.action.value.lower()} lines; send an update",
            )

    def _check_quantities(self, line: CatalogueLine, err: _Err) -> None:
        if line.content_quantity is not None and line.content_quantity <= 0:
            err("ContentUnitQuantity", "content_quantity", "the content quantity must be above 0")

    def _check_prices(self, line: CatalogueLine, err: _Err) -> None:
        if line.base_quantity <= Decimal(0):
            err("Price/BaseQuantity", "base_quantity", "the base quantity must be above 0")
        if line.price is None and line.list_price is None:
            return  # no currency in the document for this line
        if not _CURRENCY_RE.fullmatch(line.currency):
            err("PriceAmount/@currencyID", "currency", f"{line.currency!r} is not a currency code")
        elif self.currency is None:
            self.currency = line.currency
        elif line.currency != self.currency:
            err(
                "PriceAmount/@currencyID",
                "mixed_currency",
                f"the line is priced in {line.currency}, the catalogue in {self.currency}",
            )
