"""The order's PEPPOL document as a person reads it: parties, delivery, lines, prices and
the total; the XML itself behind "Technical details"."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.reference import Address
from desktop.peppol.errors import PeppolDocumentError
from desktop.peppol.order_document import OrderDocument
from desktop.peppol.order_reader import read_order
from desktop.peppol.parties import Party
from desktop.ui.shell.formats import money_text, quantity_text, unit_text


def day_text(day: date) -> str:
    """A date in the UI language's long form ("tisdag 15 december 2026")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def address_text(address: Address) -> str:
    return ", ".join(p for p in (address.street, f"{address.postcode} {address.city}".strip()) if p)


def _party(title: str, party: Party) -> str:
    lines = [party.name or party.endpoint_id, f"{party.scheme}:{party.endpoint_id}"]
    if party.contact is not None and party.contact.name:
        lines.append(party.contact.name)
    body = "<br>".join(html.escape(x) for x in lines)
    return f"<td valign='top'><b>{html.escape(title)}</b><br>{body}</td>"


def document_html(doc: OrderDocument) -> str:
    """The order as a small printed order form (HTML for a ``QTextBrowser``)."""
    head = (
        QCoreApplication.translate("OrderDocument", "Order %1 of %2")
        .replace("%1", doc.order_id)
        .replace("%2", day_text(doc.issue_date))
    )
    parts = [f"<h3>{html.escape(head)}</h3>", "<table width='100%' cellpadding='4'><tr>"]
    parts.append(_party(QCoreApplication.translate("OrderDocument", "Buyer"), doc.buyer))
    parts.append(_party(QCoreApplication.translate("OrderDocument", "Supplier"), doc.seller))
    parts.append("</tr></table>")
    facts: list[str] = []
    if doc.delivery is not None:
        where = doc.delivery
        if where.address is not None:
            facts.append(
                QCoreApplication.translate("OrderDocument", "Deliver to: %1").replace(
                    "%1", address_text(where.address)
                )
            )
        if where.final_recipient:
            facts.append(
                QCoreApplication.translate("OrderDocument", "For: %1").replace(
                    "%1", where.final_recipient
                )
            )
        if where.requested_from is not None:
            facts.append(
                QCoreApplication.translate("OrderDocument", "Delivery date: %1").replace(
                    "%1", day_text(where.requested_from)
                )
            )
    if doc.contract_id:
        facts.append(
            QCoreApplication.translate("OrderDocument", "Agreement: %1").replace(
                "%1", doc.contract_id
            )
        )
    if doc.accounting_cost:
        facts.append(
            QCoreApplication.translate("OrderDocument", "Account: %1").replace(
                "%1", doc.accounting_cost
            )
        )
    if doc.note:
        facts.append(
            QCoreApplication.translate("OrderDocument", "Note: %1").replace("%1", doc.note)
        )
    parts.extend(f"<p>{html.escape(fact)}</p>" for fact in facts)
    heads = (
        QCoreApplication.translate("OrderDocument", "Item"),
        QCoreApplication.translate("OrderDocument", "Quantity"),
        QCoreApplication.translate("OrderDocument", "Unit price"),
        QCoreApplication.translate("OrderDocument", "Amount"),
    )
    parts.append("<table width='100%' cellpadding='3' border='0'><tr>")
    aligns = ("left", "right", "right", "right")  # amounts line up on the right
    parts.extend(
        f"<th align='{a}'>{html.escape(h)}</th>" for a, h in zip(aligns, heads, strict=True)
    )
    parts.append("</tr>")
    for line in doc.lines:
        quantity = f"{quantity_text(line.quantity)} {unit_text(line.unit_code)}".strip()
        cells = (
            line.name,
            quantity,
            money_text(line.price, doc.currency),
            money_text(line.line_amount, doc.currency),
        )
        row = (f"<td align='{a}'>{html.escape(c)}</td>" for a, c in zip(aligns, cells, strict=True))
        parts.append("<tr>" + "".join(row) + "</tr>")
    parts.append("</table>")
    total = QCoreApplication.translate("OrderDocument", "Total excl. VAT: %1").replace(
        "%1", money_text(doc.total, doc.currency)
    )
    parts.append(f"<p><b>{html.escape(total)}</b></p>")
    return "".join(parts)


class DocumentDialog(QDialog):
    """The order as the server received it: readable first, the XML on request."""

    def __init__(self, content: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderDocumentDialog")
        self.setWindowTitle(self.tr("PEPPOL order document"))
        self.readable = QTextBrowser(self)
        self.readable.setObjectName("orderDocumentReadable")
        self.readable.setAccessibleName(self.tr("The order as the supplier receives it"))
        readable = True
        try:
            self.readable.setHtml(document_html(read_order(content)))
        except PeppolDocumentError:
            readable = False
            self.readable.setPlainText(
                self.tr("Avrop cannot read this document as an order; its text is below.")
            )
        self.technical = QPushButton(self.tr("&Technical details"), self)
        self.technical.setObjectName("orderDocumentTechnical")
        self.technical.setCheckable(True)
        self.technical.setAccessibleName(self.tr("Show the document's XML"))
        self.view = QPlainTextEdit(content.decode("utf-8", errors="replace"), self)
        self.view.setObjectName("orderDocumentXml")
        self.view.setReadOnly(True)
        self.view.setAccessibleName(self.tr("The order document as the server received it"))
        self.view.setVisible(not readable)  # the XML shows at once when it is all there is
        self.technical.setChecked(not readable)
        self.technical.toggled.connect(self.view.setVisible)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the document"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.readable, 2)
        toggle_row = QHBoxLayout()
        toggle_row.addWidget(self.technical)
        toggle_row.addStretch(1)
        layout.addLayout(toggle_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)
