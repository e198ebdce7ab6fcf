"""A row of controls that wraps into more rows when narrow (reflow, EN 301 549 11.1.4.10).

Items keep their preferred widths; on each row the ones that may grow (a horizontal size
policy that expands) share the room left over, so a one-row layout looks like a
``QHBoxLayout`` with stretch, and a narrow one wraps rather than scroll sideways.

It does not report a height-for-width (a box layout would then size all its other items
by their preferred heights, and pages grow taller than the screen): its minimum height is
the height its rows took at the last width it was given, and it asks for a new layout when
that changes.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QSizePolicy, QWidget


def _grows(item: QLayoutItem) -> bool:
    return bool(item.expandingDirections() & Qt.Orientation.Horizontal)


def _height(item: QLayoutItem, width: int) -> int:
    """The height ``item`` needs at ``width`` (more for wrapped text on a narrow row)."""
    if item.hasHeightForWidth():
        return max(item.heightForWidth(width), item.minimumSize().height())
    return item.sizeHint().height()


class FlowRow(QLayout):
    """Lays its items out left to right, wrapping to a new row when the next does not fit."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self._needed = 0  # the height the rows took at the last width given
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add_group(self, *widgets: QWidget, grow: bool = False) -> QWidget:
        """``widgets`` side by side as one item that wraps as a whole (a label and its box)."""
        group = QWidget(self.parentWidget() or widgets[0].parentWidget())
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        for index, widget in enumerate(widgets):
            row.addWidget(widget, 1 if grow and index == len(widgets) - 1 else 0)
        policy = QSizePolicy.Policy.Expanding if grow else QSizePolicy.Policy.Preferred
        group.setSizePolicy(policy, QSizePolicy.Policy.Fixed)
        self.addWidget(group)
        return group

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        needed = self._place(rect, move=True)
        if needed != self._needed:  # more (or fewer) rows than before: the parent re-lays out
            self._needed = needed
            self.invalidate()

    def sizeHint(self) -> QSize:
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown) + self._gap * max(len(shown) - 1, 0)
        height = max([item.sizeHint().height() for item in shown] + [self._needed], default=0)
        margins = self.contentsMargins()
        return QSize(width, height) + QSize(
            margins.left() + margins.right(), margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        size = QSize(0, self._needed)
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            need = item.sizeHint().width()
            if rows[-1] and used + self._gap + need > width:
                rows.append([])
                used = 0
            used += (self._gap if rows[-1] else 0) + need
            rows[-1].append(item)
        return [row for row in rows if row]

    def _place(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        for row in self._rows(area.width()):
            widths = [min(item.sizeHint().width(), area.width()) for item in row]
            spare = area.width() - sum(widths) - self._gap * (len(row) - 1)
            growing = [index for index, item in enumerate(row) if _grows(item)]
            for index in growing:
                widths[index] += max(spare, 0) // len(growing)
            height = max(_height(item, width) for item, width in zip(row, widths, strict=True))
            x = area.x()
            for item, item_width in zip(row, widths, strict=True):
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(item_width, height)))
                x += item_width + self._gap
            y += height + self._gap
        return y - self._gap - area.y() if y > area.y() else 0  # without the margins
