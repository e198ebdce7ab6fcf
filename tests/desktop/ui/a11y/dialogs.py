"""Every dialog of ``desktop.ui``, found by walking the package, and how to open each one.

:func:`dialog_classes` imports every module under ``desktop.ui`` and lists the
``QDialog`` subclasses defined there, so a new dialog (say in ``ui/support/``) shows up
in the walk on its own; :data:`BUILDERS` says how to make one with real data. A dialog
without a builder fails the walk test until one is added here.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QDialog

import desktop.ui
from desktop.domain.order import OrderState
from desktop.domain.spend import SpendKind
from desktop.domain.spend_drill import SpendFilter
from tests.fixtures.orders import sample_order
from tests.fixtures.spend_data import fixture_report

Builder = Callable[[Any], QDialog]  # takes the walk's context (env, window)


def dialog_classes() -> list[type[QDialog]]:
    found: dict[str, type[QDialog]] = {}
    for module_info in pkgutil.walk_packages(desktop.ui.__path__, "desktop.ui."):
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, QDialog)
                and value.__module__ == module.__name__
            ):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[name] for name in sorted(found)]


def _sign_in(ctx: Any) -> QDialog:
    from desktop.ui.shell.sign_in_dialog import SignInDialog

    return SignInDialog(ctx.env.tasks, ctx.env.services.auth)


def _settings(_env: Any) -> QDialog:
    from desktop.ui.shell.settings_dialog import SettingsDialog

    return SettingsDialog("system")


def _crash(_env: Any) -> QDialog:
    from desktop.ui.shell.crash import CrashDialog

    return CrashDialog("Traceback: RuntimeError: a test", None)


def _approval(_env: Any) -> QDialog:
    from desktop.domain.order_settings import Budget
    from desktop.services.approval_context import ApprovalContext
    from desktop.ui.orders.approval_dialog import ApprovalDialog

    budget = Budget("6110", Decimal("80000"), Decimal("52000"), "SEK")
    context = ApprovalContext(Decimal("5000"), budget)
    order = sample_order(state=OrderState.AWAITING_APPROVAL)
    return ApprovalDialog(order, "Kaffekompaniet", context)


def _receipt(_env: Any) -> QDialog:
    from desktop.ui.orders.receipt_dialog import ReceiptDialog

    return ReceiptDialog(sample_order(state=OrderState.ACCEPTED))


def _edit(_env: Any) -> QDialog:
    from desktop.ui.orders.edit_dialog import OrderEditDialog

    return OrderEditDialog(sample_order())


def _document(_env: Any) -> QDialog:
    from desktop.domain.reference import Supplier
    from desktop.peppol.order_mapping import order_xml
    from desktop.ui.orders.document_view import DocumentDialog
    from tests.fixtures.orders_api import EKBY

    supplier = Supplier("s-coffee-1", "Kaffekompaniet AB", "5566778899", "0007", "SE", True)
    return DocumentDialog(order_xml(sample_order(), EKBY, supplier).encode())


def _purchases(ctx: Any) -> QDialog:
    from desktop.ui.spend.export_actions import TableExporter
    from desktop.ui.spend.purchases_dialog import PurchasesDialog

    exporter = TableExporter(lambda: ["test"], lambda _text: None, ctx.window)
    report = fixture_report()
    wanted = SpendFilter(month=report.months[0].month, kind=SpendKind.OFF_AGREEMENT)
    return PurchasesDialog(report, wanted, "January – beside", exporter)


def _guide(ctx: Any) -> Any:
    """The first agreement card the Find page shows (the walk searched "hantverkare")."""
    return ctx.window.find_page.guidance.cards[0].guide


def _office(ctx: Any) -> QDialog:
    from desktop.ui.find.office_dialog import OfficeRequestDialog

    units = ctx.env.services.find.units()
    return OfficeRequestDialog(units, units[0].id, "tuschpennor")


def _calloff(ctx: Any) -> QDialog:
    from desktop.ui.find.calloff_dialog import CallOffDialog

    units = ctx.env.services.find.units()
    return CallOffDialog(_guide(ctx), units, units[0].id, date.today())


def _reason(ctx: Any) -> QDialog:
    from desktop.ui.find.offagreement_dialog import ReasonDialog

    return ReasonDialog("Tuschpennor", cascade=(_guide(ctx).agreement, ["A", "B"]))


def _announcements(ctx: Any) -> QDialog:
    from desktop.ui.find.announcements import AnnouncementsDialog

    return AnnouncementsDialog(ctx.env.services.find.announcements(), "sv")


def _bundle(_env: Any) -> QDialog:
    from desktop.services.support import BundleInfo
    from desktop.ui.support.bundles_tab import BundleDialog

    info = BundleInfo("b-1", "u-forskola-solrosen", "Olivia Berg", "Outbox stuck", None)
    return BundleDialog(info, {"app_version": "1.0.0", "outbox": []}, None)


def _placed(ctx: Any) -> QDialog:
    from desktop.domain.cart import Cart
    from desktop.services.ordering import CartReview, PlaceResult
    from desktop.storage.order_repo import OrderEntry
    from desktop.ui.cart.confirmation import PlacedDialog

    order = sample_order()
    unit = next(u for u in ctx.env.services.reference.units() if u.id == order.unit_id)
    review = CartReview(unit, Cart(unit.id), (), order.delivery, (date(2026, 12, 22),), None)
    return PlacedDialog(PlaceResult((OrderEntry(order, "orderer"),), review))


def _reorder(_env: Any) -> QDialog:
    from desktop.services.reorder import PriceChange, ReorderResult
    from desktop.ui.orders.reorder_action import ReorderSummary

    change = PriceChange("Bryggkaffe 500 g", Decimal("54.90"), Decimal("59.90"), "SEK")
    result = ReorderResult("u-forskola-solrosen", ("Bryggkaffe 500 g",), ("Te",), (change,))
    return ReorderSummary(result, None)


BUILDERS: dict[str, Builder] = {
    "PlacedDialog": _placed,
    "ReorderSummary": _reorder,
    "BundleDialog": _bundle,
    "SignInDialog": _sign_in,
    "SettingsDialog": _settings,
    "CrashDialog": _crash,
    "ApprovalDialog": _approval,
    "ReceiptDialog": _receipt,
    "OrderEditDialog": _edit,
    "DocumentDialog": _document,
    "PurchasesDialog": _purchases,
    "OfficeRequestDialog": _office,
    "CallOffDialog": _calloff,
    "ReasonDialog": _reason,
    "AnnouncementsDialog": _announcements,
}
