"""The chosen order's details in plain words (HTML for the Orders page)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from desktop.domain.order import OrderState
from desktop.domain.order_delivery import Delivery
from desktop.storage.order_repo import OrderEntry
from desktop.ui.orders.document_view import address_text, day_text
from desktop.ui.orders.model import order_label
from desktop.ui.orders.texts import error_text, response_text, state_hint, state_text
from desktop.ui.shell.formats import money_text

CTX = "OrderDetails"


def delivery_text(delivery: Delivery) -> str:
    """When and where the goods come: "Delivery Tuesday 15 December 2026 to …"."""
    where = f"{delivery.location_name}, {address_text(delivery.location_address)}"
    if delivery.via_hub:
        where = (
            QCoreApplication.translate("OrderDetails", "%1 (through the hub, for %2)")
            .replace("%1", where)
            .replace("%2", delivery.recipient_name)
        )
    if delivery.requested_date is None:
        text = QCoreApplication.translate(
            "OrderDetails", "Delivery on the next delivery day to %1."
        )
        return text.replace("%1", where)
    text = QCoreApplication.translate("OrderDetails", "Delivery %1 to %2.")
    return text.replace("%1", day_text(delivery.requested_date)).replace("%2", where)


def details_html(entry: OrderEntry, supplier: str) -> str:
    """Head, state with its hint, totals, refusal, tries, approval and answers."""
    order = entry.order
    head = QCoreApplication.translate("OrderDetails", "Order %1 to %2")
    head = head.replace("%1", order_label(order)).replace("%2", supplier)
    parts = [f"<h3>{html.escape(head)}</h3>"]
    state = QCoreApplication.translate("OrderDetails", "Status: %1")
    state = state.replace("%1", state_text(order.state))
    parts.append(f"<p><b>{html.escape(state)}</b> {html.escape(state_hint(order.state))}</p>")
    orderer = order.placed_by_name or order.created_by
    if order.on_behalf_of:
        placed = QCoreApplication.translate("OrderDetails", "Placed by %1 on behalf of %2.")
        placed = placed.replace("%1", orderer).replace("%2", order.on_behalf_of)
    else:
        placed = QCoreApplication.translate("OrderDetails", "Ordered by %1.").replace("%1", orderer)
    parts.append(f"<p>{html.escape(placed)}</p>")
    parts.append(f"<p>{html.escape(delivery_text(order.delivery))}</p>")
    total = QCoreApplication.translate("OrderDetails", "Total %1; account %2.")
    total = total.replace("%1", money_text(order.total, order.currency))
    total = total.replace("%2", order.accounting.text)
    if order.confirmed_total != order.total:
        confirmed = QCoreApplication.translate("OrderDetails", "Confirmed total %1.")
        total += " " + confirmed.replace("%1", money_text(order.confirmed_total, order.currency))
    parts.append(f"<p>{html.escape(total)}</p>")
    if entry.refusal is not None:
        why = error_text(entry.refusal.code, entry.refusal.message)
        parts.append(f'<p style="color:#b3261e">{html.escape(why)}</p>')
    if entry.outbox is not None and entry.outbox.attempts and entry.outbox.last_error:
        tries = QCoreApplication.translate(
            "OrderDetails", "Tries so far: %1. Avrop keeps trying."
        ).replace("%1", str(entry.outbox.attempts))
        parts.append(f"<p>{html.escape(tries)}</p>")
    if order.state is OrderState.AWAITING_APPROVAL and order.approvers:
        waiting = QCoreApplication.translate("OrderDetails", "Waits for approval by %1.")
        names = ", ".join(order.approvers)
        parts.append(f"<p>{html.escape(waiting.replace('%1', names))}</p>")
    if order.approval is not None:
        if order.approval.approved:
            decision = QCoreApplication.translate("OrderDetails", "Approved by %1.")
        else:
            decision = QCoreApplication.translate("OrderDetails", "Declined by %1.")
        text = decision.replace("%1", order.approval.by)
        if order.approval.reason:
            text += " " + order.approval.reason
        parts.append(f"<p>{html.escape(text)}</p>")
    for response in order.responses:
        line = QCoreApplication.translate("OrderDetails", "Supplier's answer: %1.")
        line = line.replace("%1", response_text(response.code))
        if response.note:
            line += " " + response.note
        parts.append(f"<p>{html.escape(line)}</p>")
    return "".join(parts)
