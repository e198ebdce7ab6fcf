"""The texts of a search result's cells (``FindResultsModel``'s, also the item pane's
and the offers'): plain functions of an ``ItemRow``, safe on any thread (the results
model formats each page of rows on the database worker, off the UI thread)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.storage.catalogue_views import ItemRow
from desktop.ui.find.texts import label_text, percent_text
from desktop.ui.shell.formats import money_text, unit_text
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP

NOT_ON_AGREEMENT = QT_TRANSLATE_NOOP("FindResultsModel", "Not on agreement")
_NOT_VALID = QT_TRANSLATE_NOOP("FindResultsModel", "Agreement not valid")
_AGREEMENT = QT_TRANSLATE_NOOP("FindResultsModel", "Agreement")
SAVES = QT_TRANSLATE_NOOP("FindResultsModel", "Saves %1")
_CRISIS = QT_TRANSLATE_NOOP("FindResultsModel", "Crisis stock")
ECO = QT_TRANSLATE_NOOP("FindResultsModel", "Eco")
NEW = QT_TRANSLATE_NOOP("FindResultsModel", "New")


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
        return "✓ " + result_tr(SAVES).replace("%1", percent_text(saving))
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
