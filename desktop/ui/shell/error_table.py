"""The app's one table from error code to message: every code the server, the store or
the domain can give, in plain words that say what happened and what to do.

Each entry keeps the translation context it was first written in (``ErrorMessages``,
``FindTexts``, ``OrderTexts``) so the existing sv/da/nb translations stay found.
Placeholders are ``{name}``, filled after translation (``errors.message_for_code``).
"""

from __future__ import annotations

from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP

_GENERAL: dict[str, str] = {
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

# Problems and refusals of carts and orders.
_ORDERS: dict[str, str] = {
    "not_orderer_for_unit": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "You do not order for {unit}. Choose one of your own units, or ask your manager "
        "to make you an orderer for it.",
    ),
    "not_certified": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "Only certified orderers may place orders. Ask your manager about the ordering course.",
    ),
    "ordering_on_behalf": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "You order on behalf of {unit}: the order names you, {user}, as the one who placed it.",
    ),
    "templates_changed": QT_TRANSLATE_NOOP(
        "OrderTexts", "Someone changed the unit's templates meanwhile. Reload them and try again."
    ),
    "precondition_required": QT_TRANSLATE_NOOP(
        "OrderTexts", "Reload the unit's templates before you change them."
    ),
    "template_duplicate": QT_TRANSLATE_NOOP(
        "OrderTexts", "Two templates have the same name key. Rename one and save again."
    ),
    "cost_centre_mismatch": QT_TRANSLATE_NOOP(
        "OrderTexts", "The order must be booked on the unit's own cost centre."
    ),
    "total_not_positive": QT_TRANSLATE_NOOP("OrderTexts", "The order's total must be above 0."),
    "too_many_attempts": QT_TRANSLATE_NOOP(
        "OrderTexts", "Too many failed attempts. Wait a few minutes and try again."
    ),
    "bundle_duplicate": QT_TRANSLATE_NOOP("OrderTexts", "This support bundle was sent already."),
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
    "order_not_sent": QT_TRANSLATE_NOOP(
        "OrderTexts", "The order has not reached the server yet. Try again when it is sent."
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
    **{code: ("OrderTexts", text) for code, text in _ORDERS.items()},
}
FALLBACK: tuple[str, str] = ("ErrorMessages", _FALLBACK)
