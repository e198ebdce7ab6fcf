"""The app's one table from error code to message: every code the server, the store or
the domain can give, in plain words that say what happened and what to do.

Each entry keeps the translation context it was first written in (``ErrorMessages``,
``FindTexts``, ``OrderTexts``) so the existing sv/da/nb translations stay found.
Placeholders are ``{name}``, filled after translation (``errors.message_for_code``).
"""

from __future__ import annotations

from desktop.ui.shell.error_table_orders import ORDERS
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP

_GENERAL: dict[str, str] = {
    "too_many_attempts": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Too many failed sign-ins. Wait a quarter of an hour, then try again; if you have "
        "forgotten your password, ask the procurement office.",
    ),
    "bad_credentials": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The user name or password is wrong. Check them and try again.",
    ),
    "network_unavailable": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Avrop cannot reach the server. Check your network connection and try again. "
        "You can keep working with the data on this computer meanwhile.",
    ),
    "server_error": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The server had a problem and could not answer. Try again in a few minutes; "
        "if it keeps happening, contact the procurement office.",
    ),
    "keyring_unavailable": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Avrop cannot use this computer's password store (keyring), so it cannot "
        "remember your sign-in. You can sign in for this session only.",
    ),
    "insecure_server": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The server address must start with https://. Plain http:// is only allowed "
        "for this computer. Check the address with the procurement office.",
    ),
    "invalid_server_url": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The server address is not valid. Enter it as https://server.example.com.",
    ),
    "tls_error": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The server's security certificate could not be verified. Do not continue; "
        "contact your IT support.",
    ),
    "store_too_new": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The data on this computer was saved by a newer version of Avrop. Install the "
        "newest version of Avrop to open it.",
    ),
    "token_expired": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Your sign-in has expired. Sign in again to continue.",
    ),
    "token_invalid": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Your sign-in is no longer valid. Sign in again to continue.",
    ),
    "not_signed_in": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "You are not signed in. Sign in to continue.",
    ),
    "forbidden": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "You are not allowed to do this. Ask your manager or the procurement office if "
        "you need access.",
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The server no longer has this item. Sync and try again.",
    ),
    "validation_error": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Some of the information is not valid. Check the highlighted field and try again.",
    ),
    "malformed_json": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The server sent an answer Avrop does not understand. Contact the procurement office.",
    ),
    "bad_response": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The server sent an answer Avrop does not understand. Contact the procurement office.",
    ),
    "payload_too_large": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This is too large to send. Make it smaller and try again.",
    ),
    "snapshot_invalid": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This is not a catalogue snapshot Avrop can use. Build it again with "
        "\u201cavrop catalogue snapshot\u201d.",
    ),
    "snapshot_busy": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Another catalogue snapshot is being published just now. Try again in a minute.",
    ),
    "missing_field": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Please fill in all fields.",
    ),
    "store_unreadable": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Avrop cannot read its data on this computer. Contact your IT support; do not "
        "delete any files.",
    ),
    "store_migration_failed": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Avrop could not update its data on this computer. Nothing was lost: a backup "
        "was made. Contact your IT support.",
    ),
    "demo_server_failed": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The demo could not start. Close Avrop and try again.",
    ),
    "sync_failed": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Syncing did not finish. The data you had before is kept. Try again with File → Sync now.",
    ),
    "bad_request": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The server could not understand the request. Try again; if it keeps happening, "
        "contact the procurement office.",
    ),
    "internal_error": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The server had an unexpected problem. Try again in a few minutes; if it keeps "
        "happening, contact the procurement office.",
    ),
    "method_not_allowed": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The server does not offer this. Install the newest version of Avrop.",
    ),
    "not_acceptable": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The server cannot answer in a form Avrop reads. Install the newest version of Avrop.",
    ),
    "unsupported_media_type": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The server does not accept what Avrop sent. Install the newest version of Avrop.",
    ),
    "idempotency_key_missing": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The server refused a request without its safety key. Install the newest version "
        "of Avrop; if it keeps happening, contact your IT support.",
    ),
    "idempotency_key_reused": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The server already received something different under the same safety key, so it"
        " refused this. Nothing was sent twice. Contact the procurement office.",
    ),
    "idempotency_in_progress": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The server is still handling this. Avrop tries again by itself in a moment.",
    ),
    "order_duplicate": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The server already has this order, so it was not sent twice. Follow it under Orders.",
    ),
    "cart_line_missing": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This item is no longer in the cart. Look at the cart again.",
    ),
    "receipt_line_unknown": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The delivery names an item that is not in the order. Check the delivery against "
        "the order.",
    ),
    "receipt_not_expected": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This order cannot be marked as received now. Sync (F5) and look at its state "
        "under Orders.",
    ),
    "receipt_quantity_negative": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "A received quantity cannot be below zero. Correct the number.",
    ),
    "response_line_unknown": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The supplier's answer names an item that is not in the order. Contact the supplier.",
    ),
    "response_lines_missing": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The supplier's answer leaves out items of the order. Contact the supplier.",
    ),
    "response_lines_unexpected": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The supplier's answer lists items it should not. Contact the supplier.",
    ),
    "response_not_expected": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The order does not wait for an answer from the supplier now. Sync (F5) and look "
        "at its state under Orders.",
    ),
    "response_quantity_negative": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The supplier's answer has a quantity below zero. Contact the supplier.",
    ),
}

# Errors of finding, guidance, office requests and call-offs.
_FIND: dict[str, str] = {
    "request_need_missing": QT_TRANSLATE_NOOP(
        "FindTexts", "Describe what you need, in a sentence or two."
    ),
    "request_need_too_long": QT_TRANSLATE_NOOP(
        "FindTexts", "The description is too long. Keep it under 2,000 characters."
    ),
    "request_unit_invalid": QT_TRANSLATE_NOOP(
        "FindTexts", "Choose one of the units you order for."
    ),
    "request_text_too_long": QT_TRANSLATE_NOOP(
        "FindTexts", "The quantity is too long. Write it shortly, e.g. 20 or about 5 boxes."
    ),
    "request_amount_invalid": QT_TRANSLATE_NOOP(
        "FindTexts", "Write the estimated amount as a number, e.g. 1500 or 1500.50."
    ),
    "calloff_agreement_unknown": QT_TRANSLATE_NOOP(
        "FindTexts", "Avrop does not know this agreement. Sync (F5) and try again."
    ),
    "calloff_supplier_not_on_agreement": QT_TRANSLATE_NOOP(
        "FindTexts", "Choose one of the agreement's suppliers."
    ),
    "calloff_date_future": QT_TRANSLATE_NOOP(
        "FindTexts", "The order date cannot be in the future. Record the call-off once it is made."
    ),
    "calloff_agreement_not_valid": QT_TRANSLATE_NOOP(
        "FindTexts", "The agreement was not valid on that date. Check the date."
    ),
    "calloff_amount_invalid": QT_TRANSLATE_NOOP(
        "FindTexts", "Write the amount excluding VAT, above zero, e.g. 4500 or 4500.50."
    ),
    "calloff_description_missing": QT_TRANSLATE_NOOP(
        "FindTexts", "Write what you ordered, e.g. 'Taxi to the swimming hall'."
    ),
    "cascade_reason_missing": QT_TRANSLATE_NOOP(
        "FindTexts",
        "This supplier is not first in rank. Write why the suppliers before it could not deliver.",
    ),
    "cascade_reason_too_long": QT_TRANSLATE_NOOP(
        "FindTexts", "The reason is too long. Keep it under 500 characters."
    ),
    "calloff_agreement_in_ecommerce": QT_TRANSLATE_NOOP(
        "FindTexts", "This agreement's items are in Avrop: search for them and order here."
    ),
    "catalogue_invalid": QT_TRANSLATE_NOOP(
        "FindTexts",
        "The supplier's catalogue has errors, so Avrop keeps the one it had. The "
        "procurement office has been told.",
    ),
    "peppol_invalid": QT_TRANSLATE_NOOP(
        "FindTexts",
        "The supplier's catalogue could not be read, so Avrop keeps the one it had.",
    ),
    "reason_missing": QT_TRANSLATE_NOOP(
        "FindTexts", "Write a short reason, so the unit's figures can explain the purchase."
    ),
}

_FALLBACK = QT_TRANSLATE_NOOP(
    "ErrorMessages",
    "Something went wrong. Try again; if it keeps happening, contact the procurement office.",
)


# code → (translation context, English source)
TABLE: dict[str, tuple[str, str]] = {
    **{code: ("ErrorMessages", text) for code, text in _GENERAL.items()},
    **{code: ("FindTexts", text) for code, text in _FIND.items()},
    **{code: ("OrderTexts", text) for code, text in ORDERS.items()},
}
FALLBACK: tuple[str, str] = ("ErrorMessages", _FALLBACK)
