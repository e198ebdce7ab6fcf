"""The manager's decision on an order over the unit's approval limit, with a reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.order import Order
from desktop.services.approval_context import ApprovalContext
from desktop.ui.orders.model import order_label
from desktop.ui.shell.formats import money_text, quantity_text, unit_text

MAX_LINES = 8  # lines listed; the rest are counted


class ApprovalDialog(QDialog):
    """Approve or decline; declining needs a reason (the orderer reads it)."""

    def __init__(
        self,
        order: Order,
        supplier: str,
        context: ApprovalContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approvalDialog")
        self.setMinimumWidth(460)  # the context reads as sentences, not a narrow column
        self.approved: bool | None = None
        self.setWindowTitle(self.tr("Approve order %1").replace("%1", order_label(order)))
        summary = self.tr("%1 ordered from %2 for %3.")
        summary = summary.replace("%1", order.placed_by_name or order.created_by)
        summary = summary.replace("%2", supplier)
        summary = summary.replace("%3", money_text(order.total, order.currency))
        self.summary = QLabel(summary, self)
        self.summary.setObjectName("approvalSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.limits = QLabel(self._limits_text(order, context), self)
        self.limits.setObjectName("approvalLimits")
        self.limits.setWordWrap(True)
        self.limits.setTextFormat(Qt.TextFormat.PlainText)
        message = self.tr("Message from the orderer: %1").replace("%1", order.note)
        self.message = QLabel(message if order.note else self.tr("No message."), self)
        self.message.setObjectName("approvalMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        # What was ordered: the manager decides on the items, not only on the sum.
        shown = [
            f"\u2022 {quantity_text(ln.quantity)} {unit_text(ln.unit_code)} \u00b7 {ln.name}"
            for ln in order.lines[:MAX_LINES]
        ]
        if len(order.lines) > MAX_LINES:
            shown.append(self.tr("\u2026 and %n more line(s)", "", len(order.lines) - MAX_LINES))
        self.lines = QLabel("\n".join(shown), self)
        self.lines.setObjectName("approvalLines")
        self.lines.setWordWrap(True)
        self.lines.setTextFormat(Qt.TextFormat.PlainText)  # catalogue names are never HTML
        self.reason_label = QLabel(self.tr("&Reason (required to decline):"), self)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("approvalReason")
        self.reason.setAccessibleName(self.tr("Reason for the decision"))
        self.reason.setTabChangesFocus(True)
        self.reason_label.setBuddy(self.reason)
        self.error = QLabel(self)
        self.error.setObjectName("approvalError")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.approve_button = QPushButton(self.tr("&Approve"), self)
        self.approve_button.setAccessibleName(self.tr("Approve the order"))
        self.decline_button = QPushButton(self.tr("&Decline"), self)
        self.decline_button.setAccessibleName(self.tr("Decline the order"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Close without deciding"))
        buttons.addButton(self.approve_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.decline_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.approve_button.clicked.connect(self._approve)
        self.decline_button.clicked.connect(self._decline)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.limits)
        layout.addWidget(self.message)
        layout.addWidget(self.lines)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _limits_text(self, order: Order, context: ApprovalContext) -> str:
        """The unit's limit and the budget left on the order's account, or that they are
        not known on this computer."""
        parts = []
        if context.limit is not None:
            limit = self.tr("The unit's approval limit is %1.")
            parts.append(limit.replace("%1", money_text(context.limit, order.currency)))
        budget = context.budget
        if budget is None:
            unknown = self.tr("The budget of account %1 is not known on this computer.")
            parts.append(unknown.replace("%1", order.accounting.account))
        else:
            left = self.tr("Left on account %1 this year: %2 of %3.")
            left = left.replace("%1", budget.account)
            left = left.replace("%2", money_text(budget.left, budget.currency))
            parts.append(left.replace("%3", money_text(budget.amount, budget.currency)))
        return " ".join(parts)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def _approve(self) -> None:
        self.approved = True
        self.accept()

    def _decline(self) -> None:
        if not self.reason_text():
            self.error.setText(self.tr("Write why you decline, so the orderer knows what to do."))
            self.reason.setFocus()
            return
        self.approved = False
        self.accept()
