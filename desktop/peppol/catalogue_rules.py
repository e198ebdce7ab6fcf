"""PEPPOL BIS 3 catalogue rules on top of the UBL schema, one line at a time.

:class:`LineRules` keeps what the rules across lines need (line and item ids seen, the
catalogue's currency) so that a million lines are checked in one streaming pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from desktop.domain.catalogue import CatalogueLine, LineAction
from desktop.peppol.catalogue_writer import CatalogueHeader
from desktop.peppol.errors import DocumentError

# UN/ECE Recommendation 20 codes a Nordic municipality's catalogues use; a code of
# Recommendation 21 (packaging, "X" + two characters) is accepted as PEPPOL does.
# fmt: off
UNIT_CODES = frozenset({
    "EA", "C62", "H87", "PR", "SET", "DZN", "GRO", "PK", "BX", "CT", "CS", "CA", "BG",
    "BO", "RO", "PA", "TU", "NMP", "NAR", "PAL", "KGM", "GRM", "MGM", "HGM", "TNE", "LTR",
    "MLT", "CLT", "DLT", "HLT", "MTQ", "CMQ", "DMQ", "MMQ", "MTR", "CMT", "MMT", "DMT", "KMT",
    "MTK", "CMK", "DMK", "MMK", "HAR", "ARE", "FOT", "INH", "HUR", "MIN", "SEC", "DAY", "WEE",
    "MON", "ANN", "QAN", "KWH", "WHR", "MWH", "KWT", "LM", "E48",
})
# fmt: on
_REC21_RE = re.compile(r"X[A-Z0-9]{2}")
_CPV_RE = re.compile(r"\d{8}")
_CURRENCY_RE = re.compile(r"[A-Z]{3}")

_Err = Callable[[str, str, str], None]  # field, code, message


def is_unit_code(code: str) -> bool:
    """True for a UN/ECE Rec 20 code from :data:`UNIT_CODES` or a Rec 21 ``X..`` code."""
    return code in UNIT_CODES or _REC21_RE.fullmatch(code) is not None


def gtin_is_valid(gtin: str) -> bool:
    """True for a GTIN-8, -12, -13 or -14 with a correct check digit."""
    if len(gtin) not in (8, 12, 13, 14) or not gtin.isdigit() or not gtin.isascii():
        return False
    digits = [int(c) for c in reversed(gtin[:-1])]
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(digits))
    return (10 - total % 10) % 10 == int(gtin[-1])


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
        if line.gtin is not None and not gtin_is_valid(line.gtin):
            err(
                "Item/StandardItemIdentification/ID",
                "gtin_invalid",
                f"{line.gtin!r} is not a valid GTIN",
            )
        self._check_action(line, err)
        self._check_quantities(line, err)
        self._check_prices(line, err)
        self._check_validity(line, err)
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
        for field, code in (
            ("OrderableUnit", line.unit_code),
            ("ContentUnitQuantity/@unitCode", line.content_unit_code),
        ):
            if code is not None and not is_unit_code(code):
                err(field, "unit_code", f"{code!r} is not a UN/ECE Rec 20 unit code")
        low, high = line.min_order_quantity, line.max_order_quantity
        if low is not None and low <= 0:
            err(
                "MinimumOrderQuantity",
                "order_quantity",
                "the minimum order quantity must be above 0",
            )
        if high is not None and high <= 0:
            err(
                "MaximumOrderQuantity",
                "order_quantity",
                "the maximum order quantity must be above 0",
            )
        if low is not None and high is not None and 0 < high < low:
            err(
                "MaximumOrderQuantity",
                "order_quantity_range",
                "the maximum order quantity is below the minimum",
            )
        if line.content_quantity is not None and line.content_quantity <= 0:
            err("ContentUnitQuantity", "content_quantity", "the content quantity must be above 0")

    def _check_prices(self, line: CatalogueLine, err: _Err) -> None:
        for field, amount in (
            ("Price/PriceAmount", line.price),
            ("Price/PriceAmount", line.list_price),
        ):
            if amount is not None and amount < 0:
                err(field, "negative_price", "a price cannot be negative")
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

    def _check_validity(self, line: CatalogueLine, err: _Err) -> None:
        start, end = line.valid_from, line.valid_to
        if start is not None and end is not None and end < start:
            err("LineValidityPeriod", "validity_range", "the line's validity ends before it starts")
        header = self.header
        if header is None:
            return
        low, high = header.valid_from, header.valid_to
        outside = any(
            day is not None and (day < low or (high is not None and day > high))
            for day in (start, end)
        )
        if outside:
            err(
                "LineValidityPeriod",
                "validity_outside_catalogue",
                "the line's validity is not within the catalogue's validity period",
            )
