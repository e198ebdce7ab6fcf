"""The order's PEPPOL document reads as an order; the XML waits behind a toggle."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.domain.reference import Supplier
from desktop.peppol.order_mapping import order_xml
from desktop.ui.orders.document_view import DocumentDialog
from tests.fixtures.orders import sample_order
from tests.fixtures.orders_api import EKBY

SUPPLIER = Supplier("s-coffee-1", "Kaffekompaniet AB", "5566778899", "0007", "SE", True)


def test_the_document_shows_parties_lines_prices_and_total(qtbot: Any) -> None:
    order = sample_order()
    dialog = DocumentDialog(order_xml(order, EKBY, SUPPLIER).encode())
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.readable.toPlainText()
    assert "Ekby kommun" in text and "Kaffekompaniet AB" in text  # the parties
    for line in order.lines:
        assert line.name in text
    assert "Total excl. VAT" in text and order.currency in text
    assert "Industrigatan 20, 671 40 Ekby" in text and "For: Förskolan Solrosen" in text  # hub
    assert "<cbc:" not in text
    assert not dialog.view.isVisible()  # the XML only on request
    qtbot.mouseClick(dialog.technical, Qt.MouseButton.LeftButton)
    assert dialog.view.isVisible() and "<cbc:ID>" in dialog.view.toPlainText()
    qtbot.keyClick(dialog.technical, Qt.Key.Key_Space)
    assert not dialog.view.isVisible()


def test_a_document_that_is_no_order_shows_its_text(qtbot: Any) -> None:
    dialog = DocumentDialog(b"<Invoice>not an order</Invoice>")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "cannot read" in dialog.readable.toPlainText()
    assert dialog.view.isVisible() and dialog.technical.isChecked()
