"""The item pane: everything about the chosen item, and how many to put in the cart."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.storage.catalogue_views import ItemDetail
from desktop.ui.find.offers import OffersPanel
from desktop.ui.find.results_model import PictureSource, compare_text, price_text
from desktop.ui.find.texts import label_text, number_text, percent_text
from desktop.ui.shell.formats import day_text, money_text, unit_text, with_unit
from desktop.ui.shell.style import icon

PICTURE = QSize(128, 128)  # the item's picture; the category icon when it has none
_ON_AGREEMENT, _OFF_AGREEMENT = "#1f7a55", "#a8321c"  # the badge's colours


def _fitted(pixmap: QPixmap) -> QPixmap:
    """``pixmap`` scaled to the picture's box."""
    return pixmap.scaled(
        PICTURE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def _value(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # catalogue text is never HTML
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ItemPane(QScrollArea):
    """Name, supplier, agreement and its validity, prices, minimum order, labels, GTIN,
    CPV label, picture; a quantity and "Add to cart"."""

    # item id, Decimal quantity (object: catalogue item ids do not fit a C int)
    add_requested = Signal(object, object)
    favourite_toggled = Signal(bool)  # the user starred (True) or unstarred the item

    FIELDS = (
        "supplier",
        "agreement",
        "price",
        "compare",
        "saving",
        "min_order",
        "labels",
        "gtin",
        "article",
        "category",
        "description",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemPane")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.detail: ItemDetail | None = None
        self.today = date.today()
        self._pictures: PictureSource | None = None
        self._stand_in: QPixmap | None = None
        body = QWidget(self)
        body.setObjectName("card")
        self.picture = QLabel(body)
        self.picture.setObjectName("itemPicture")
        self.picture.setFixedSize(PICTURE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name = _value(body, "itemName")
        self.name.setStyleSheet("font-size: 14pt; font-weight: 600; color: #1f4d3a;")
        self.badge = _value(body, "itemBadge")
        self.star = QPushButton(body)
        self.star.setObjectName("itemFavourite")
        self.star.setCheckable(True)
        self.star.toggled.connect(self._starred)
        self.values: dict[str, QLabel] = {f: _value(body, f"item_{f}") for f in self.FIELDS}
        self.labels: dict[str, QLabel] = {f: QLabel(body) for f in self.FIELDS}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for field in self.FIELDS:
            self.labels[field].setBuddy(self.values[field])
            form.addRow(self.labels[field], self.values[field])
        self.form = form
        self.quantity_label = QLabel(body)
        self.quantity = QSpinBox(body)
        self.quantity.setObjectName("itemQuantity")
        self.quantity.setRange(1, 100000)
        self.quantity_label.setBuddy(self.quantity)
        self.add_button = QPushButton(body)
        self.add_button.setObjectName("addToCart")
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self._add)
        self.quantity.lineEdit().returnPressed.connect(self._add)  # Enter adds, as the button
        self.added = QLabel(body)
        self.added.setObjectName("itemAdded")
        self.added.setWordWrap(True)
        self.added.setStyleSheet("color: #1f7a55; font-weight: 600;")
        self.added.hide()
        self.empty = QLabel(body)
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.picture)
        title = QVBoxLayout()
        title.addWidget(self.name)
        title.addWidget(self.badge)
        # Under the name, not beside it: a narrow pane never cuts the button off.
        title.addWidget(self.star, 0, Qt.AlignmentFlag.AlignLeft)
        title.addStretch(1)
        head.addLayout(title, 1)
        quantity = QHBoxLayout()
        quantity.addWidget(self.quantity_label)
        quantity.addWidget(self.quantity, 1)
        order = QVBoxLayout()
        order.addLayout(quantity)
        order.addWidget(self.add_button)
        order.addWidget(self.added)
        self.add_button.setMinimumHeight(40)
        self.content = QWidget(body)
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(10)
        inner.addLayout(head)
        inner.addLayout(order)  # the main action right under the name
        self.offers = OffersPanel(self.content)  # other suppliers' offers of the product
        inner.addWidget(self.offers)
        inner.addLayout(form)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.empty)
        layout.addWidget(self.content)
        layout.addStretch(1)
        self.setWidget(body)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(310)
        self._retranslate()
        self.show_detail(None)

    def show_detail(self, detail: ItemDetail | None, today: date | None = None) -> None:
        """Show ``detail``. The item already shown, shown again (its offer chosen, the
        store read again), keeps the quantity typed and the "added" line: a late read
        never takes back what the user typed."""
        shown = self.detail
        again = detail is not None and shown is not None and detail.item_id == shown.item_id
        self.detail = detail
        self.today = today or date.today()
        if not again:
            self.added.hide()
        self.set_favourite(False)  # until the store says otherwise
        self.content.setVisible(detail is not None)
        self.empty.setVisible(detail is None)
        if detail is None:
            return
        self.name.setText(detail.name)
        self._show_picture(detail)
        least = max(
            int((detail.min_order_quantity or Decimal(1)).to_integral_value("ROUND_CEILING")), 1
        )
        self.quantity.setMinimum(least)  # a quantity kept below it is raised to it
        if not again:
            self.quantity.setValue(least)
        self._fill()

    def set_pictures(self, pictures: PictureSource) -> None:
        """Show the item's picture from ``pictures`` (thumbnails made off the UI thread)."""
        self._pictures = pictures
        pictures.ready.connect(self._picture_ready)

    def _picture_ready(self, ref: str) -> None:
        if self.detail is not None and self.detail.image_ref == ref:
            self._show_picture(self.detail)

    def _show_picture(self, detail: ItemDetail) -> None:
        pixmap = None
        if self._pictures is not None:
            pixmap = self._pictures.pixmap(detail.image_ref, PICTURE.width())
        self.picture.setToolTip("")
        if pixmap is None or pixmap.isNull():
            self.picture.setPixmap(self._no_picture())
        else:
            self.picture.setPixmap(_fitted(pixmap))
        self.picture.setAccessibleName(self.tr("Picture of %1").replace("%1", detail.name))

    def _no_picture(self) -> QPixmap:
        """The stand-in picture (drawn from its SVG once, not at every item shown)."""
        if self._stand_in is None:
            self._stand_in = _fitted(icon("item-picture").pixmap(QSize(56, 56)))
        return self._stand_in

    def _set_badge(self, text: str, colour: str) -> None:
        """The badge's text, and its colour; a style sheet set anew re-polishes the badge
        (and lays out the pane again), so only when the colour changes."""
        self.badge.setText(text)
        sheet = f"color: {colour}; font-weight: 600;"
        if self.badge.styleSheet() != sheet:
            self.badge.setStyleSheet(sheet)

    def _fill(self) -> None:
        d = self.detail
        if d is None:
            return
        on_agreement = d.agreement_valid_on(self.today)
        if on_agreement:
            self._set_badge("✓ " + self.tr("Framework agreement item"), _ON_AGREEMENT)
        elif d.agreement_id:
            self._set_badge(self.tr("Its agreement is not valid today"), _OFF_AGREEMENT)
        else:
            self._set_badge(self.tr("Not on a framework agreement"), _OFF_AGREEMENT)
        if d.crisis_critical:
            self.badge.setText(self.badge.text() + "  ·  " + self.tr("Crisis stock item"))
        v = self.values
        v["supplier"].setText(d.supplier_name)
        if d.agreement_id and d.agreement_name:
            valid = (
                self.tr("valid %1 to %2")
                .replace("%1", day_text(d.agreement_valid_from, "?"))
                .replace("%2", day_text(d.agreement_valid_to, "–"))
            )
            v["agreement"].setText(f"{d.agreement_name} ({d.agreement_number}), {valid}")
        else:
            v["agreement"].setText(self.tr("None"))
        v["price"].setText(price_text(d))
        v["compare"].setText(compare_text(d))
        saving = d.saving
        if saving is not None and d.saving_percent is not None and d.list_price is not None:
            v["saving"].setText(
                self.tr("%1 (%2) below the list price %3")
                .replace("%1", money_text(saving, d.currency))
                .replace("%2", percent_text(d.saving_percent))
                .replace("%3", money_text(d.list_price / d.base_quantity, d.currency))
            )
        else:
            v["saving"].setText("")
        minimum = d.min_order_quantity
        v["min_order"].setText(
            f"{number_text(minimum)} {unit_text(d.unit_code)}" if minimum else ""
        )
        labels = [label_text(c.type_code, c.name) for c in d.eco_labels]
        v["labels"].setText(", ".join(labels))
        v["gtin"].setText(d.gtin or "")
        v["article"].setText(d.seller_item_id)
        category = d.cpv_label or ""
        v["category"].setText(f"{category} ({d.cpv_code})" if d.cpv_code else category)
        v["description"].setText(d.description)
        for field in self.FIELDS:
            shown = bool(v[field].text())
            if self.form.isRowVisible(v[field]) != shown:  # each call lays the form out
                self.form.setRowVisible(v[field], shown)
            v[field].setAccessibleName(self.labels[field].text().rstrip(":"))
        self.quantity.setSuffix(f" {unit_text(d.unit_code)}")
        self.setAccessibleDescription(f"{d.name}. {self.badge.text()}. {v['price'].text()}")

    def set_favourite(self, on: bool) -> None:
        """Show whether the shown item is a favourite (without telling anyone)."""
        self.star.blockSignals(True)
        self.star.setChecked(on)
        self.star.blockSignals(False)
        self._star_text()

    def _starred(self, on: bool) -> None:
        self._star_text()
        if self.detail is not None:
            self.favourite_toggled.emit(on)

    def _star_text(self) -> None:
        on = self.star.isChecked()
        self.star.setText(("\u2605 " if on else "\u2606 ") + self.tr("Favourite"))
        self.star.setAccessibleName(
            self.tr("Favourite (Ctrl+D): starred") if on else self.tr("Favourite (Ctrl+D)")
        )

    def _add(self) -> None:
        if self.detail is not None:
            quantity = Decimal(self.quantity.value())
            self.add_requested.emit(self.detail.item_id, quantity)

    def show_added(self, item_id: int, quantity: Decimal) -> None:
        """Confirm under the button that the shown item went into the cart."""
        if self.detail is None or self.detail.item_id != item_id:
            return
        text = with_unit(
            self.tr("\u2713 Added to the cart: %1 \u00d7 %2. Ctrl+2 opens the cart."),
            "%2",
            self.detail.unit_code,
        ).replace("%1", number_text(quantity, 0))
        self.added.setText(text)
        self.added.setAccessibleName(text)
        self.added.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        texts = {
            "supplier": self.tr("Supplier:"),
            "agreement": self.tr("Agreement:"),
            "price": self.tr("Price:"),
            "compare": self.tr("Compare price:"),
            "saving": self.tr("You save:"),
            "min_order": self.tr("Minimum order:"),
            "labels": self.tr("Eco labels:"),
            "gtin": self.tr("GTIN:"),
            "article": self.tr("Article number:"),
            "category": self.tr("Category:"),
            "description": self.tr("About:"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
        self.quantity_label.setText(self.tr("&Quantity:"))
        self.quantity.setAccessibleName(self.tr("Quantity"))
        self.quantity.lineEdit().setAccessibleName(self.tr("Quantity"))
        self.add_button.setText(self.tr("Add to &cart"))
        self.add_button.setAccessibleName(self.tr("Add to cart"))
        self.empty.setText(self.tr("Choose an item in the list to see everything about it."))
        self.setAccessibleName(self.tr("Chosen item"))
        self._star_text()
        self._fill()
