"""The journey of issue 11 in sv, da and nb, through the widgets, each against its own
demo variant (``--demo se|dk|no``: items named in the language, priced in its currency):
search for nappies, open the product's other offers in the item pane, choose the
cheapest, add, place, see the confirmation (order number, delivery date, address),
"Show in Orders", follow the order until it is delivered; the count on Cart goes back
to 0. The window never grows past the screen on the way.

The steps live in :mod:`tools.order_journey` (the screenshots tool runs the same ones).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from desktop.app import AppOptions, build_services
from desktop.domain.demo_variants import DEMO_VARIANTS
from desktop.domain.order import OrderState
from desktop.ui.shell.i18n import Translations
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.places import Place
from desktop.ui.shell.tasks import TaskManager
from tools.order_journey import (
    NAPPIES,
    VARIANT_OF_LANGUAGE,
    OrderJourney,
    supplier_accepts,
    unit_price,
    wait_until,
)

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def _fits(window: MainWindow, screen: QRect) -> None:
    assert screen.contains(window.frameGeometry()), (window.frameGeometry(), screen)


@pytest.mark.parametrize("language", ["sv", "da", "nb"])
def test_a_teacher_orders_the_cheapest_nappies_and_follows_them_to_delivery(
    qtbot: Any, qapp: QApplication, tmp_path: Path, language: str
) -> None:
    variant = DEMO_VARIANTS[VARIANT_OF_LANGUAGE[language]]
    services = build_services(AppOptions(data_dir=tmp_path, demo=True, demo_variant=variant.code))
    tasks = TaskManager(services)
    translations = Translations(qapp)
    translations.apply(language)
    try:
        assert services.demo_server is not None and services.demo_credentials is not None
        user, password = services.demo_credentials
        services.auth.use_session_only()
        me = services.auth.sign_in(services.demo_server.url, user, password, remember=False)
        services.sync.sync()  # reference data, as the app's start does
        assert services.find.sync().catalogues.updated  # the suppliers' catalogues
        window = MainWindow(services, tasks, me, monitor_interval_ms=60_000)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.data_loaded, timeout=60_000):
            window.show()
        window.activateWindow()
        window.orders.controller.follow_up.sync(me)  # accounts, drop days
        screen = window.screen().availableGeometry()
        journey = OrderJourney(window)
        cart = window.navigation

        journey.search(NAPPIES[language])
        rows = journey.shown_rows()
        assert all(r.currency == variant.currency for r in rows)
        shown_product = next(r for r in rows if r.offers > 1)  # the one the journey opens
        picked, offers = journey.pick_cheapest_offer()
        assert offers[0].item_id == shown_product.item_id, "the row shown is not the best offer"
        assert unit_price(offers[0]) == min(unit_price(o) for o in offers)
        assert unit_price(picked) == min(unit_price(o) for o in offers), "not the cheapest"
        assert len({o.supplier_id for o in offers}) == len(offers) > 1
        _fits(window, screen)

        journey.add_to_cart(journey.enough_of(picked))
        wait_until(lambda: cart.count_of(Place.CART) == 1, 20, "one line on Cart")
        assert cart.item(Place.CART.value).text().endswith("(1)")
        width = window.frameGeometry().width()
        assert journey.place_order() == 1
        dialog = journey.see_confirmation()
        order = services.ordering.orders.entry(journey.order_id)
        assert order is not None
        shown = dialog.orders.topLevelItem(0)
        assert dialog.orders.topLevelItemCount() == 1 and shown is not None
        assert shown.text(0) == order.order.label and shown.text(1) == picked.supplier_name
        assert variant.currency in shown.text(2)
        delivery = order.order.delivery
        assert delivery.location_address.street in dialog.delivery.text()
        assert delivery.location_address.city in dialog.delivery.text()
        assert any(ch.isdigit() for ch in dialog.delivery.text())  # the delivery date
        assert window.frameGeometry().width() <= width  # placing never widens the window
        _fits(window, screen)
        journey.show_in_orders(dialog)
        assert window.current_place() is Place.ORDERS
        wait_until(lambda: cart.count_of(Place.CART) == 0, 20, "Cart empty again")
        assert "(" not in cart.item(Place.CART.value).text()

        assert journey.follow_order() is OrderState.SENT
        supplier_accepts(services.demo_server.url, window, journey.order_id)
        journey.sync_until(OrderState.ACCEPTED)
        journey.receive_everything()
        entry = services.ordering.orders.entry(journey.order_id)
        assert entry is not None and entry.order.state is OrderState.DELIVERED
        assert entry.order.lines[0].seller_item_id == picked.seller_item_id
        _fits(window, screen)
        window.close()
    finally:
        translations.apply("en")
        tasks.shutdown()
        services.close()
