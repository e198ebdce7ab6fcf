"""Plain-words texts of the orders capability: problems, states, answers, refusals.

Below the UI, problems and errors carry stable codes with their values as plain strings
(``Problem(code, params)``); here they become translated sentences that say what is
wrong and what to do. Placeholders are ``{name}``, filled after translation.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop.domain.errors import AvropError
from desktop.domain.order import OrderState
from desktop.domain.order_problems import Problem
from desktop.domain.quantity import plain_quantity
from desktop.ui.error_messages import known_codes, message_for_code

_CTX = "OrderTexts"

PROBLEMS: dict[str, str] = {
    "not_orderer_for_unit": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "You do not order for {unit}. Choose one of your own units, or ask your manager "
        "to make you an orderer for it.",
    ),
    "not_certified": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "Only certified orderers may place orders. Ask your manager about the ordering course.",
    ),
    "order_settings_missing": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "Avrop does not know the accounts and budget of {unit} yet. Connect to the network "
        "once and sync (F5); after that you can order offline too.",
    ),
    "supplier_unknown": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "The supplier is not in Avrop's register any more. Sync, or ask the procurement office.",
    ),
    "supplier_not_in_ecommerce": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "{supplier} does not take orders through Avrop. Order as the agreement's "
        "instructions say (phone or e-mail).",
    ),
    "off_agreement_reason_missing": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "These items are not under a framework agreement. Write why you need to buy them "
        "beside the agreements.",
    ),
    "agreement_unknown": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "The agreement of these items is no longer known. Sync, then add them to the cart again.",
    ),
    "agreement_not_yet_valid": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "The agreement {agreement} ({number}) is valid only from {from}. Order these items "
        "from then on, or ask the procurement office.",
    ),
    "agreement_expired": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "The agreement {agreement} ({number}) ended on {to}. Remove these items and find "
        "them under the new agreement.",
    ),
    "supplier_not_on_agreement": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "{supplier} is not a supplier on the agreement {agreement}. Remove these items or "
        "choose a supplier on the agreement.",
    ),
    "quantity_not_positive": QT_TRANSLATE_NOOP(
        "OrderTexts", "{item}: enter a quantity above zero."
    ),
    "quantity_whole_units": QT_TRANSLATE_NOOP(
        "OrderTexts", "{item}: {unit} is ordered in whole units; {quantity} is not a whole number."
    ),
    "quantity_too_precise": QT_TRANSLATE_NOOP(
        "OrderTexts", "{item}: use at most {decimals} decimals."
    ),
    "quantity_below_minimum": QT_TRANSLATE_NOOP(
        "OrderTexts", "{item}: the supplier takes at least {minimum} {unit} per order."
    ),
    "quantity_above_maximum": QT_TRANSLATE_NOOP(
        "OrderTexts", "{item}: the supplier takes at most {maximum} {unit} per order."
    ),
    "price_missing": QT_TRANSLATE_NOOP(
        "OrderTexts", "{item} has no price. Sync the catalogue, or ask the procurement office."
    ),
    "mixed_currency": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "One order can have one currency only ({currencies}). Ask the procurement office.",
    ),
    "supplier_minimum_not_reached": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "{supplier} takes orders from {minimum} {currency}. Add items for {missing} "
        "{currency} more, or order later together with other items.",
    ),
    "requested_date_past": QT_TRANSLATE_NOOP(
        "OrderTexts", "The delivery date {date} has passed. Choose a later date."
    ),
    "requested_date_not_drop_day": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "Goods are not delivered to you on {date}. They will come on the next delivery day.",
    ),
    "needs_approval": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "This order ({total} {currency}) is over your unit's limit of {limit} {currency}. It "
        "waits for your manager's approval before it goes to the supplier.",
    ),
    "budget_exceeded": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "This order goes {over} {currency} over the budget of account {account}: {left} "
        "{currency} are left. You may still order; your manager will see it.",
    ),
    "budget_unknown": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "There is no budget for this account this year. Check with your manager before ordering.",
    ),
    "order_empty": QT_TRANSLATE_NOOP("OrderTexts", "The order has no items."),
    "order_not_editable": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "The order may already have reached the supplier, so it can no longer be changed "
        "or cancelled here. Wait for the supplier's answer.",
    ),
    "order_missing": QT_TRANSLATE_NOOP("OrderTexts", "The order no longer exists."),
    "document_invalid": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "The server could not read the order document. Change the order and send it "
        "again; if it keeps happening, contact the procurement office.",
    ),
    "document_mismatch": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "The order's details did not match its document. Change the order and send it again.",
    ),
    "receipt_above_ordered": QT_TRANSLATE_NOOP(
        "OrderTexts", "More would be received than was ordered. Check the quantities."
    ),
    "receipt_empty": QT_TRANSLATE_NOOP(
        "OrderTexts", "Enter how much of at least one line has arrived."
    ),
    "reason_required": QT_TRANSLATE_NOOP(
        "OrderTexts", "Write why you decline the order, so the orderer knows what to do."
    ),
    "order_state_invalid": QT_TRANSLATE_NOOP(
        "OrderTexts", "The order has moved on meanwhile. Sync and look again."
    ),
    "response_currency": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "The supplier's answer is in another currency than the order, so it was refused. "
        "Ask the supplier to answer in the order's currency.",
    ),
    "order_not_sent": QT_TRANSLATE_NOOP(
        "OrderTexts", "The order has not reached the server yet. Try again when it is sent."
    ),
}

STATES: dict[OrderState, str] = {
    OrderState.QUEUED: QT_TRANSLATE_NOOP("OrderTexts", "Queued"),
    OrderState.SENDING: QT_TRANSLATE_NOOP("OrderTexts", "Sending"),
    OrderState.NEEDS_FIX: QT_TRANSLATE_NOOP("OrderTexts", "Needs your attention"),
    OrderState.CANCELLED: QT_TRANSLATE_NOOP("OrderTexts", "Cancelled"),
    OrderState.AWAITING_APPROVAL: QT_TRANSLATE_NOOP("OrderTexts", "Waiting for approval"),
    OrderState.DECLINED: QT_TRANSLATE_NOOP("OrderTexts", "Declined by the manager"),
    OrderState.SENT: QT_TRANSLATE_NOOP("OrderTexts", "Sent"),
    OrderState.ACKNOWLEDGED: QT_TRANSLATE_NOOP("OrderTexts", "Received by the supplier"),
    OrderState.ACCEPTED: QT_TRANSLATE_NOOP("OrderTexts", "Accepted"),
    OrderState.CHANGED: QT_TRANSLATE_NOOP("OrderTexts", "Accepted with changes"),
    OrderState.REJECTED: QT_TRANSLATE_NOOP("OrderTexts", "Rejected"),
    OrderState.PARTLY_DELIVERED: QT_TRANSLATE_NOOP("OrderTexts", "Partly delivered"),
    OrderState.DELIVERED: QT_TRANSLATE_NOOP("OrderTexts", "Delivered"),
}

STATE_HINTS: dict[OrderState, str] = {
    OrderState.QUEUED: QT_TRANSLATE_NOOP(
        "OrderTexts",
        "Saved on this computer and waiting to be sent. You can still change or cancel it.",
    ),
    OrderState.SENDING: QT_TRANSLATE_NOOP(
        "OrderTexts",
        "Being sent. If the connection broke, Avrop keeps trying; it is never sent twice.",
    ),
    OrderState.NEEDS_FIX: QT_TRANSLATE_NOOP(
        "OrderTexts", "The server refused the order. Change it and send it again, or cancel it."
    ),
    OrderState.AWAITING_APPROVAL: QT_TRANSLATE_NOOP(
        "OrderTexts", "Over the unit's limit: it goes to the supplier when the manager approves."
    ),
}

RESPONSES: dict[str, str] = {
    "AB": QT_TRANSLATE_NOOP("OrderTexts", "Received by the supplier"),
    "AP": QT_TRANSLATE_NOOP("OrderTexts", "Accepted"),
    "RE": QT_TRANSLATE_NOOP("OrderTexts", "Rejected"),
    "CA": QT_TRANSLATE_NOOP("OrderTexts", "Accepted with changes"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def fill(template: str, params: dict[str, str]) -> str:
    for key, value in params.items():
        template = template.replace("{" + key + "}", value)
    return template


def money_text(value: Decimal | str | None) -> str:
    """An amount with two decimals in the UI language (1 234,50), never via float."""
    if value is None:
        return ""
    try:
        amount = Decimal(value).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return str(value)
    locale = QLocale()
    sign = "-" if amount < 0 else ""
    whole, _, cents = f"{abs(amount):f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return f"{sign}{locale.groupSeparator().join(groups)}{locale.decimalPoint()}{cents or '00'}"


def quantity_text(value: Decimal) -> str:
    return plain_quantity(value).replace(".", QLocale().decimalPoint())


_MONEY_PARAMS = frozenset({"minimum", "missing", "total", "limit", "left", "over"})


def problem_text(problem: Problem) -> str:
    params = {
        key: money_text(value) if key in _MONEY_PARAMS else value
        for key, value in problem.params.items()
    }
    template = PROBLEMS.get(problem.code)
    if template is None:
        return message_for_code(problem.code)
    return fill(tr(template), params)


def error_text(code: str, fallback: str = "") -> str:
    """The text of a refusal or error code: ours, else the shell's, else the server's words."""
    if code in PROBLEMS:
        return tr(PROBLEMS[code])
    if code in known_codes() or not fallback:
        return message_for_code(code)
    return fallback


def error_message(error: BaseException) -> str:
    if isinstance(error, AvropError):
        return error_text(error.code, error.message)
    return message_for_code("internal_error")


def state_text(state: OrderState) -> str:
    return tr(STATES[state])


def state_hint(state: OrderState) -> str:
    hint = STATE_HINTS.get(state)
    return tr(hint) if hint else ""


def response_text(code: str) -> str:
    return tr(RESPONSES[code]) if code in RESPONSES else code
