"""Plain-words texts of the orders capability: problems, states, answers, refusals.

Below the UI, problems and errors carry stable codes with their values as plain strings
(``Problem(code, params)``); here they become translated sentences that say what is
wrong and what to do. Placeholders are ``{name}``, filled after translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.order import OrderState
from desktop.ui.shell.errors import message_for_code
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP

_CTX = "OrderTexts"

STATES: dict[OrderState, str] = {
    OrderState.QUEUED: QT_TRANSLATE_NOOP("OrderTexts", "Queued"),
    OrderState.SENDING: QT_TRANSLATE_NOOP("OrderTexts", "Sending"),
    OrderState.NEEDS_FIX: QT_TRANSLATE_NOOP("OrderTexts", "Needs your attention"),
    OrderState.CANCELLED: QT_TRANSLATE_NOOP("OrderTexts", "Cancelled"),
    OrderState.AWAITING_APPROVAL: QT_TRANSLATE_NOOP("OrderTexts", "Waiting for approval"),
    OrderState.DECLINED: QT_TRANSLATE_NOOP("OrderTexts", "Declined by the manager"),
    OrderState.VALIDATING: QT_TRANSLATE_NOOP("OrderTexts", "Received \u2014 being checked"),
    OrderState.REFUSED: QT_TRANSLATE_NOOP("OrderTexts", "Needs your attention"),
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
    OrderState.VALIDATING: QT_TRANSLATE_NOOP(
        "OrderTexts",
        "The server has the order and is checking it against the rules. You will see "
        "here when it goes to the supplier, or what to change.",
    ),
    OrderState.AWAITING_APPROVAL: QT_TRANSLATE_NOOP(
        "OrderTexts",
        "Over the unit's limit: it goes to the supplier when another manager of the unit "
        "approves it (else the procurement office). No one approves their own order.",
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


def error_text(code: str, fallback: str = "") -> str:
    """The text of a refusal or error code, else the server's words (``fallback``)."""
    return message_for_code(code, fallback=fallback)


def state_text(state: OrderState) -> str:
    return tr(STATES[state])


def state_hint(state: OrderState) -> str:
    hint = STATE_HINTS.get(state)
    return tr(hint) if hint else ""


def response_text(code: str) -> str:
    return tr(RESPONSES[code]) if code in RESPONSES else code
