"""After placing: which orders were made (number, supplier, total), when and where they
are delivered, and the way to follow them under Orders."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.order_delivery import Delivery
from desktop.services.ordering import PlaceResult
from desktop.ui.shell.formats import fit_default_button, money_text


def date_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


class PlacedDialog(QDialog):
    """The confirmation of one placing. ``follow`` asks to show the orders under Orders."""

    follow = Signal()

    def __init__(self, result: PlaceResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placedConfirmation")
        count = len(result.placed)
        self.setWindowTitle(self.tr("Order placed") if count == 1 else self.tr("Orders placed"))
        review = result.review
        names = {g.group.supplier_id: g.supplier.name for g in review.groups if g.supplier}
        heading = self.tr("%n order(s) placed for %1.", "", count)
        self.heading = QLabel(heading.replace("%1", review.unit.name), self)
        self.heading.setObjectName("placedHeading")
        self.heading.setWordWrap(True)
        self.orders = QTreeWidget(self)
        self.orders.setObjectName("placedOrders")
        self.orders.setRootIsDecorated(False)
        self.orders.setHeaderLabels([self.tr("Order"), self.tr("Supplier"), self.tr("Total")])
        self.orders.setAccessibleName(self.tr("The orders just placed"))
        self._rows: dict[str, QTreeWidgetItem] = {}
        for entry in result.placed:
            order = entry.order
            total = money_text(order.total, order.currency)
            name = names.get(order.supplier_id, order.supplier_id)
            row = QTreeWidgetItem(self.orders, [order.label, name, total])
            self._rows[order.id] = row
            if not order.number:
                row.setToolTip(0, self.tr("The order gets its number when it is sent."))
        for column in range(3):
            self.orders.resizeColumnToContents(column)
        rows = max(1, len(result.placed))
        row_height = self.orders.sizeHintForRow(0) if result.placed else 20
        header = self.orders.header().sizeHint().height()
        self.orders.setFixedHeight(header + rows * max(row_height, 20) + 8)
        first = result.placed[0].order.delivery if result.placed else review.delivery
        self.delivery = QLabel(self._delivery_text(first, review.drop_dates), self)
        self.delivery.setObjectName("placedDelivery")
        self.delivery.setWordWrap(True)
        follow = (
            self.tr(
                "The order is saved on this computer and sent as soon as the server can be "
                "reached. Follow it under Orders: there you see when the supplier confirms "
                "and when it is delivered."
            )
            if count == 1
            else self.tr(
                "The orders are saved on this computer and sent as soon as the server can be "
                "reached. Follow them under Orders: there you see when the supplier confirms "
                "and when they are delivered."
            )
        )
        self.follow_text = QLabel(follow, self)
        self.follow_text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.follow_button = QPushButton(self.tr("&Show in Orders"), self)
        self.follow_button.setObjectName("followPlacedOrders")
        self.follow_button.setAccessibleName(self.tr("Show the placed orders under Orders"))
        buttons.addButton(self.follow_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the confirmation"))
        self.follow_button.clicked.connect(self._follow)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.orders, self.delivery, self.follow_text, buttons):
            layout.addWidget(widget)
        self.follow_button.setDefault(True)
        fit_default_button(self.follow_button)
        self.follow_button.setFocus()
        self.setMinimumWidth(560)

    def _delivery_text(self, delivery: Delivery, drop_dates: tuple[date, ...]) -> str:
        if delivery.requested_date is not None:
            when = self.tr("Delivery on %1").replace("%1", date_text(delivery.requested_date))
        elif drop_dates:
            when = self.tr("Delivery on the next delivery day, %1").replace(
                "%1", date_text(drop_dates[0])
            )
        else:
            when = self.tr("Delivery on the next delivery day")
        address = delivery.location_address
        where = f"{delivery.location_name}, {address.street}, {address.postcode} {address.city}"
        if delivery.via_hub:
            text = self.tr("%1, to %2 (transshipment hub), for %3.")
            return (
                text.replace("%1", when).replace("%2", where).replace("%3", delivery.recipient_name)
            )
        return self.tr("%1, to %2.").replace("%1", when).replace("%2", where)

    @property
    def order_ids(self) -> list[str]:
        return list(self._rows)

    def show_numbers(self, labels: dict[str, str]) -> None:
        """Put the server's numbers in once the orders are sent (``labels``: id → label)."""
        for order_id, row in self._rows.items():
            label = labels.get(order_id)
            if label and label != row.text(0):
                row.setText(0, label)
                row.setToolTip(0, "")

    def _follow(self) -> None:
        self.follow.emit()
        self.accept()
