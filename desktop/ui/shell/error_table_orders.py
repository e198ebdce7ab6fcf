"""The order part of the error table (``error_table``): problems and refusals of carts
and orders, in the ``OrderTexts`` translation context they were first written in."""

from __future__ import annotations

from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP

# Problems and refusals of carts and orders.
ORDERS: dict[str, str] = {
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
    "unit_unknown": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "Your unit is not in Avrop's register any more. Sync, or ask the procurement office.",
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
    "quantity_not_a_number": QT_TRANSLATE_NOOP(
        "OrderTexts", "{item}: “{typed}” is not a quantity. Type a number, such as 2."
    ),
    "quantity_negative": QT_TRANSLATE_NOOP(
        "OrderTexts", "{item}: a quantity cannot be negative ({typed}). Type how many you want."
    ),
    "quantity_zero": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "{item}: 0 does not remove the item. To take it out, use Remove item (Delete key).",
    ),
    "quantity_too_large": QT_TRANSLATE_NOOP(
        "OrderTexts", "{item}: {typed} is more than one order line takes (at most {maximum})."
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
        "{supplier} takes orders from {minimum}. Add items for {missing} "
        "more, or order later together with other items.",
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
        "This order ({total}) is over your unit's limit of {limit}. It "
        "waits for your manager's approval before it goes to the supplier.",
    ),
    "budget_exceeded": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "This order goes {over} over the budget of account {account}: {left} "
        "are left. You may still order; your manager will see it.",
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
    "validation_failed": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "The server could not check this order. Open it with Change and send it again; "
        "if that happens again, contact support.",
    ),
    "cost_centre_mismatch": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "The accounting string names another unit's cost centre. Choose the account and "
        "cost centre of the unit you order for.",
    ),
    "total_not_positive": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "The order has nothing to pay for. Give each line a quantity above zero and a price.",
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
    "bundle_duplicate": QT_TRANSLATE_NOOP("OrderTexts", "This support bundle was sent already."),
    "originator_not_superuser": QT_TRANSLATE_NOOP(
        "OrderTexts",
        "Only a superuser orders on behalf of a unit. Place the order as yourself, or ask "
        "your unit's superuser.",
    ),
}
