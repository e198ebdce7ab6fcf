"""The Support place on real widgets, real services and the real central API (demo)."""

from __future__ import annotations

import re
from typing import Any

from desktop.ui.support import SupportPage
from desktop.ui.support.tables import WARN
from tests.fixtures.central_api_server import RunningServer
from tests.fixtures.qt_app import UiEnvFactory

EKEN = "u-forskola-eken"


def _page(qtbot: Any, ui_env: UiEnvFactory, server: RunningServer, user: str) -> SupportPage:
    env = ui_env()
    env.services.auth.use_session_only()
    env.services.auth.sign_in(server.url, user, "demo", remember=False)
    env.services.net_executor.submit(env.services.sync.sync).result()
    page = SupportPage(env.tasks, env.services.support, env.services.templates)
    qtbot.addWidget(page)
    page.set_unit(EKEN, env.services.reference.me())
    page.show()
    return page


def test_the_superuser_sees_the_stuck_pc_the_rejected_order_and_the_open_request(
    qtbot: Any, ui_env: UiEnvFactory, demo_server: RunningServer
) -> None:
    page = _page(qtbot, ui_env, demo_server, "superuser")
    glance = page.glance
    qtbot.waitUntil(lambda: glance.devices.rowCount() > 0 and glance.orders.rowCount() > 0)
    qtbot.waitUntil(lambda: glance.requests.rowCount() > 0 and glance.people.rowCount() > 0)
    rows = range(glance.devices.rowCount())
    stuck = [r for r in rows if glance.devices.cell_text(r, 0) == "Elin Sandberg"]
    assert stuck and glance.devices.item(stuck[0], 0).background().color() == WARN
    assert glance.devices.cell_text(stuck[0], 3) == "3"
    summary = glance.summary.text()
    # Elin's 3, and whatever other tests on the shared demo server left waiting in Eken
    stuck_count = re.match(r"(\d+) items are stuck on a colleague's computer\.", summary)
    assert stuck_count is not None and int(stuck_count.group(1)) >= 3
    assert "One question to the office is open." in summary
    assert glance.orders.cell_text(0, 1) == "Rejected by the supplier"
    assert "SEK" in glance.orders.cell_text(0, 2)  # the total with its currency
    qtbot.waitUntil(lambda: glance.orders.cell_text(0, 3) == "Elin Sandberg")
    assert page.tabs.count() == 3 and not page.templates_tab.save.isHidden()


def test_an_orderer_gets_templates_and_bundles_but_no_overview(
    qtbot: Any, ui_env: UiEnvFactory, demo_server: RunningServer
) -> None:
    page = _page(qtbot, ui_env, demo_server, "orderer")
    assert page.tabs.count() == 2 and page.templates_tab.save.isHidden()
    qtbot.waitUntil(lambda: page.templates_tab.list.count() > 0)
    assert page.templates_tab.list.item(0).text() == "Veckans kaffe och te"
    qtbot.waitUntil(lambda: page.templates_tab.lines.rowCount() == 4)
    assert page.bundles_tab.table.isHidden()
