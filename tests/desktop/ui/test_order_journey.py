"""The journey of issue 11 in sv, da and nb, through the widgets against the demo server:
search "blöjor", pick the cheapest identical offer, add, place, see the confirmation,
follow the order until it is delivered. The window never grows past the screen on the way.

The steps live in :mod:`tools.order_journey` (the screenshots tool runs the same ones).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop.domain.order import OrderState
from desktop.ui.shell.i18n import Translations
from desktop.ui.shell.main_window import MainWindow
from tests.fixtures.find_ui import STORE_FILE
from tests.fixtures.qt_app import UiEnvFactory
from tools.order_journey import OrderJourney, same_product, supplier_accepts, unit_price

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

# "Placed" in each language, from the catalogues: the confirmation speaks the UI language.
PLACED = {"sv": "lagd", "da": "afgivet", "nb": "lagt inn"}


@pytest.mark.parametrize("language", ["sv", "da", "nb"])
def test_a_teacher_orders_the_cheapest_nappies_and_follows_them_to_delivery(
    qtbot: Any,
    qapp: QApplication,
    ui_env: UiEnvFactory,
    find_template: Path,
    demo_server: Any,
    tmp_path: Path,
    language: str,
) -> None:
    shutil.copyfile(find_template, tmp_path / STORE_FILE)
    env = ui_env(server_url=demo_server.url, data_dir=tmp_path)
    services = env.services
    services.auth.use_session_only()
    services.auth.sign_in(demo_server.url, "orderer", "demo", remember=False)
    translations = Translations(qapp)
    translations.apply(language)
    try:
        window = MainWindow(services, env.tasks, services.auth.me, monitor_interval_ms=60_000)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.data_loaded, timeout=20_000):
            window.show()
        window.activateWindow()
        window.orders.controller.follow_up.sync(services.auth.me)  # accounts, drop days
        screen = window.screen().availableGeometry()
        journey = OrderJourney(window)

        journey.search("blöjor")
        rows = journey.shown_rows()
        picked = journey.pick_cheapest_offer()
        assert same_product(picked, rows[0])
        cheaper = [
            r for r in rows if same_product(r, picked) and unit_price(r) < unit_price(picked)
        ]
        assert cheaper == [], "an identical offer is cheaper than the one picked"

        journey.add_to_cart("2")
        width = window.frameGeometry().width()
        assert journey.place_order() == 1
        confirmation = journey.see_confirmation()
        assert PLACED[language] in confirmation.lower(), confirmation
        assert window.frameGeometry().width() <= width  # placing never widens the window
        assert screen.contains(window.frameGeometry()), (window.frameGeometry(), screen)

        assert journey.follow_order() is OrderState.SENT
        supplier_accepts(demo_server.url, window, journey.order_id)
        journey.sync_until(OrderState.ACCEPTED)
        journey.receive_everything()
        entry = services.ordering.orders.entry(journey.order_id)
        assert entry is not None and entry.order.state is OrderState.DELIVERED
        assert entry.order.lines[0].seller_item_id == picked.seller_item_id
        assert screen.contains(window.frameGeometry())
        window.close()
    finally:
        translations.apply("en")
