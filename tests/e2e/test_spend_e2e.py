"""End to end: the manager of Förskolan Solrosen follows up the unit's spend.

The real central API process (demo), the real services and store, the real Spend view
offscreen: the figures are synced and shown beside the other units; the largest
supplier beside the agreements is named with the agreement that covers it; with the
server gone the same figures are shown offline with their age, and the month still
exports as PDF and XLSX.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.domain.spend_drill import off_agreement_suppliers
from desktop.ui.spend import format as fmt
from desktop.ui.spend.page import SpendPage
from tests.fixtures.central_api_server import StartCentralApi
from tests.fixtures.qt_app import UiEnvFactory

pytestmark = [pytest.mark.e2e]

SOLROSEN = "u-forskola-solrosen"


def _page(qtbot: Any, env: Any) -> SpendPage:
    page = SpendPage(env.tasks, env.services.spend, env.services.reference)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    return page


def test_manager_follows_the_spend_online_then_offline(
    qtbot: Any, ui_env: UiEnvFactory, start_central_api: StartCentralApi, tmp_path: Path
) -> None:
    server = start_central_api()
    env = ui_env(server_url=server.url)
    services = env.services
    services.net_executor.submit(
        lambda: services.auth.sign_in(server.url, "manager", "demo", remember=False)
    ).result()
    services.net_executor.submit(services.sync.sync).result()

    online = _page(qtbot, env)
    qtbot.waitUntil(
        lambda: online.figures is not None and online.refresh_button.isEnabled(), timeout=30_000
    )
    report = online.report
    assert report is not None and report.unit_id == SOLROSEN and not online.offline
    assert len(report.months) == 12
    assert online.unit_combo.isHidden()  # a manager of one unit: nothing to choose
    # Beside the other units: the comparison lists every buying unit, Solrosen in bold.
    comparison = online.tabs.model("comparison")
    assert comparison.rowCount() == 6
    # …with the trend over the twelve months (last three months against the first three).
    solrosen = next(r for r in range(6) if comparison.row_at(r).unit_id == SOLROSEN)
    assert comparison.index(solrosen, 4).data()[0] in "▲▼="
    assert online.headline.e_share.value.text() == fmt.share(report.totals.e_share)
    assert online.headline.compliance.value.text() == fmt.share(report.totals.compliance)
    # The largest supplier beside the agreements, and the agreement that covers it.
    largest = off_agreement_suppliers(report.off_agreement)[0]
    assert largest.agreement is not None
    callout = online.headline.callout_text.text()
    assert largest.name in callout and largest.agreement.number in callout
    assert largest.agreement.name in callout

    server.stop()
    offline = _page(qtbot, env)
    qtbot.waitUntil(lambda: offline.offline and offline.figures is not None, timeout=30_000)
    assert offline.report == report
    assert offline.offline_notice.isVisible()
    fetched = offline.figures.fetched_at if offline.figures else None
    assert fetched is not None and fmt.age(fetched) in offline.offline_notice.text()
    assert largest.name in offline.headline.callout_text.text()

    month = report.months[-1].month
    pdf = tmp_path / "month.pdf"
    assert offline.month_exporter.export_pdf(pdf, month) == 1
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "Förskolan Solrosen" in text
    book = load_workbook(offline.month_exporter.export_xlsx(tmp_path / "month.xlsx", month))
    assert "Invoices" in book.sheetnames
