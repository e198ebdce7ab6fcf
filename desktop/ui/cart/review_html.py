"""The cart's orders-to-be in words: one paragraph per supplier with its budget and what
to check, as the Cart page shows it (texts in the ``CartPage`` context)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.domain.order_problems import Severity
from desktop.services.ordering import CartReview, GroupReview
from desktop.ui.shell.formats import money_text, problem_text
from desktop.ui.shell.i18n import language_from_locale

_COLOURS = {Severity.BLOCKING: "#b3261e", Severity.WARNING: "#8a5300", Severity.APPROVAL: "#1f5fa8"}


def review_html(review: CartReview, total_line: str) -> str:
    """The total (``total_line``: the page's plural "%n order(s)… Total %1."), then each
    supplier's order with its problems or "Ready to place."."""
    currency = review.groups[0].group.currency if review.groups else ""
    total = total_line.replace("%1", money_text(review.total, currency))
    return f"<p>{html.escape(total)}</p>" + "".join(_group_html(g) for g in review.groups)


def _group_html(item: GroupReview) -> str:
    name = item.supplier.name if item.supplier else item.group.supplier_id
    agreement = (
        item.agreement.name_in(language_from_locale(QLocale()))
        if item.agreement
        else QCoreApplication.translate("CartPage", "beside the agreements")
    )
    head = (
        QCoreApplication.translate("CartPage", "%1 — %2 — %3")
        .replace("%1", name)
        .replace("%2", agreement)
    )
    head = head.replace("%3", money_text(item.group.total, item.group.currency))
    lines = [f"<h3>{html.escape(head)}</h3>"]
    if item.budget is not None:
        budget = QCoreApplication.translate(
            "CartPage", "Account %1: %2 left of the budget before this order."
        )
        budget = budget.replace("%1", item.budget.account).replace(
            "%2", money_text(item.budget.left, item.budget.currency)
        )
        lines.append(f"<p>{html.escape(budget)}</p>")
    if item.problems:
        lines.append("<ul>")
        for problem in item.problems:
            colour = _COLOURS[problem.severity]
            text = html.escape(problem_text(problem))
            lines.append(f'<li style="color:{colour}">{text}</li>')
        lines.append("</ul>")
    else:
        ready = QCoreApplication.translate("CartPage", "Ready to place.")
        lines.append(f"<p>{html.escape(ready)}</p>")
    return "".join(lines)
