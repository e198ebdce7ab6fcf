"""The texts of a search result's cells (``FindResultsModel``'s, also the item pane's
and the offers'): plain functions of an ``ItemRow`` and values captured on the UI thread
(the day, the new agreements), safe on any thread (the results model formats each page
of rows on the database worker, off the UI thread)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from desktop.storage.catalogue_views import ItemRow
from desktop.ui.find.texts import label_text, percent_text
from desktop.ui.shell.formats import money_text, unit_text
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP

NOT_ON_AGREEMENT = QT_TRANSLATE_NOOP("FindResultsModel", "Not on agreement")
_NOT_VALID = QT_TRANSLATE_NOOP("FindResultsModel", "Agreement not valid")
_AGREEMENT = QT_TRANSLATE_NOOP("FindResultsModel", "Agreement")
SAVES_TEXT = QT_TRANSLATE_NOOP("FindResultsModel", "Saves %1")
_CRISIS = QT_TRANSLATE_NOOP("FindResultsModel", "Crisis stock")
ECO = QT_TRANSLATE_NOOP("FindResultsModel", "Eco")
NEW = QT_TRANSLATE_NOOP("FindResultsModel", "New")

# The results' columns, in order (``FindResultsModel``'s).
NAME, PRICE, COMPARE, AGREEMENT, SAVES, LABELS, SUPPLIER = range(7)
COLUMN_COUNT = 7


def sample_texts() -> dict[int, list[str]]:
    """Typical widest values of the short columns, for sizing them."""
    money = money_text(Decimal("9999.99"), "XXX")  # width of any code
    return {
        PRICE: [f"{money} / {unit_text(u)}" for u in ("XPK", "EA", "KGM")],
        COMPARE: [f"{money} / {unit_text(u)}" for u in ("KGM", "LTR", "EA")],
        AGREEMENT: [
            "✓ " + result_tr(SAVES_TEXT).replace("%1", percent_text(Decimal("99.9"))),
            result_tr(NOT_ON_AGREEMENT),
        ],
        SAVES: [percent_text(Decimal("99.9"))],
        LABELS: [result_tr(ECO), result_tr(NEW)],
    }


def result_tr(text: str) -> str:
    return QCoreApplication.translate("FindResultsModel", text)


def price_text(row: ItemRow) -> str:
    """The price of one orderable unit: "76,33 SEK / pack"."""
    unit = unit_text(row.unit_code)
    money = money_text(row.unit_price, row.currency)
    return f"{money} / {unit}" if unit else money


def compare_text(row: ItemRow) -> str:
    """The price per content unit, to compare pack sizes: "152,66 SEK / kg"."""
    price = row.content_unit_price
    if price is None or not row.content_unit_code:
        return ""
    return f"{money_text(price, row.currency)} / {unit_text(row.content_unit_code)}"


def agreement_text(row: ItemRow, today: date) -> str:
    """ "✓ Saves 22 %" (or "✓ Agreement") for an agreement item, else why it is not one."""
    if row.agreement_id is None:
        return result_tr(NOT_ON_AGREEMENT)
    if not row.agreement_valid_on(today):
        return result_tr(_NOT_VALID)
    saving = row.saving_percent
    if saving is not None:
        return "✓ " + result_tr(SAVES_TEXT).replace("%1", percent_text(saving))
    return "✓ " + result_tr(_AGREEMENT)


def labels_text(row: ItemRow, new: bool, *, short: bool = False) -> str:
    if short:
        parts = [result_tr(ECO)] if row.eco_labels else []
    else:
        parts = [label_text(c.type_code, c.name) for c in row.eco_labels]
    if row.crisis_critical:
        parts.append(result_tr(_CRISIS))
    if new:
        parts.append(result_tr(NEW))
    return ", ".join(parts)


class ResultTexts:
    """The context of the results' plural texts: ``lupdate`` marks a text as plural only
    in a ``self.tr(text, "", n)`` call; this ``tr`` is ``QCoreApplication.translate``'s,
    safe on any thread (a QObject's ``tr`` is not for a worker to call)."""

    def tr(self, text: str, disambiguation: str, n: int) -> str:
        return QCoreApplication.translate("ResultTexts", text, disambiguation, n)

    def more_suppliers(self, more: int) -> str:
        """ "+2 more suppliers", in the current language."""
        return self.tr("+%n more supplier(s)", "", more)


_PLURALS = ResultTexts()


def row_texts(row: ItemRow, today: date, new: frozenset[str]) -> tuple[str, ...]:
    """Every cell's text of ``row``, by column: the supplier under the name (and how many
    more offer it), the compare price under the price. ``new``: the new agreements' ids."""
    name = f"{row.name}\n{row.supplier_name}"
    if row.offers >= 2:
        name = f"{name} · {_PLURALS.more_suppliers(row.offers - 1)}"
    compare = compare_text(row)
    price = price_text(row)
    saving = row.saving_percent
    return (
        name,
        f"{price}\n{compare}" if compare else price,
        compare,
        agreement_text(row, today),
        percent_text(saving) if saving is not None else "",
        labels_text(row, row.agreement_id in new, short=True),
        row.supplier_name,
    )
